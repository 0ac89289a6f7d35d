// Liquid's date filter: Utils.to_date, then Ruby's strftime.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "filters/support.hpp"
#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/liquid/ruby/number.hpp"
#include "jekyllpp/liquid/ruby/time.hpp"

namespace jekyllpp::liquid::filters {
namespace {

// Whether Ruby's downcase could change s: a capital or a non-ASCII byte in it, eight bytes at a
// time (adding 0x80 - bound sets an ASCII byte's high bit exactly when it is >= bound).
bool has_capital_or_non_ascii(std::string_view s) {
   constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
   std::size_t i = 0;
   for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (word & kHighs) return true;
      if ((word + kOnes * (0x80 - 'A')) & ~(word + kOnes * (0x80 - 'Z' - 1)) & kHighs) return true;
   }
   for (; i < s.size(); ++i)
      if ((s[i] >= 'A' && s[i] <= 'Z') || static_cast< unsigned char >(s[i]) >= 0x80) return true;
   return false;
}

// Liquid's Utils.to_date: times as they are; "now"/"today"; digits and integers as seconds since
// the epoch; other strings through Time.parse; nullopt for anything else.
std::optional< Time > to_date(const Value& v) {
   if (v.is_time()) return v.as_time();
   if (v.is_integer()) return ruby::local_time_at(v.as_integer());
   if (!v.is_string() || v.as_string().empty()) return std::nullopt;
   // Liquid downcases the string first; text without capitals or non-ASCII stays as it is.
   const std::string& text = v.as_string();
   const bool lower = !has_capital_or_non_ascii(text);
   std::string downcased;
   if (!lower) downcased = ruby::downcase(text);
   const std::string_view s = lower ? std::string_view(text) : std::string_view(downcased);
   if (s == "now" || s == "today") return ruby::now();
   if (std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return ruby::local_time_at(ruby::string_to_i(s));
   return ruby::parse_time(s);
}

Value date(const FilterCall& call) {
   Args args(call, 1, 0);
   std::string tmp;
   const std::string& format = as_text(args[0], tmp);
   if (format.empty()) return call.input;
   const auto time = to_date(call.input);
   if (!time) return call.input;
   try {
      return Value(ruby::strftime(*time, format));
   } catch (const std::invalid_argument& e) {
      raise_argument_error(e.what());
   }
}

}  // namespace

void register_date_filters(Environment& env) {
   env.register_filter("date", date);
}

}  // namespace jekyllpp::liquid::filters
