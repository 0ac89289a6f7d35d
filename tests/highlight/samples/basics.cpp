#include <iostream>
#include "site.hpp"

namespace site {

template <typename T, typename... Rest>
class Registry : public Base<T> {
public:
   explicit Registry(std::size_t n) : items_(n) {}
   virtual ~Registry() = default;

   constexpr bool empty() const noexcept { return items_.empty(); }

   T* find(const std::string& name) {
      for (auto& item : items_)
         if (item.name == name) return &item;
      return nullptr;
   }

private:
   std::vector<T> items_;
};

}  // namespace site

int main(int argc, char** argv) {
   auto raw = R"(raw "string")";
   long big = 1'000'000L;
   double d = 1.5e-3;
   unsigned hex = 0xFFu;
   auto dur = 10ms;
   switch (argc) {
   case 1: std::cout << raw << '\n'; break;
   default: break;
   }
   /* done */
   return big > 0 ? 0 : 1;
}
