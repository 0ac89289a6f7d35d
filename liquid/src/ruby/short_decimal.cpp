#include "ruby/short_decimal.hpp"

#include <cmath>

namespace jekyllpp::liquid {

// Below 1e9 a double's spacing is under 1.2e-7, less than half of 10^-6: at most one decimal
// with k <= 6 places rounds to d, so the first k whose candidate reads back (an exact integer
// over an exact power of ten: IEEE division rounds as reading the decimal would) gives the
// shortest digits, the same ones a shortest round-trip printer finds.
bool short_decimal(double d, std::int64_t& mantissa, int& decimals) {
   static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
   const double magnitude = std::fabs(d);
   if (!(magnitude >= 1e-4 && magnitude < 1e9)) return false;
   for (int k = 0; k <= 6; ++k) {
      const double candidate = std::nearbyint(d * kPowers[k]);
      if (candidate / kPowers[k] == d) {
         mantissa = std::int64_t(candidate);
         decimals = k;
         return true;
      }
   }
   return false;
}

}  // namespace jekyllpp::liquid
