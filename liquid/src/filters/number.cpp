#include "filters/number.hpp"

#include "big_integer.hpp"
#include "ruby/short_decimal.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/ruby/number.hpp"

namespace jekyllpp::liquid::filters {
namespace {

BigInt pow10(std::int64_t n) {
   BigInt r = 1;
   for (; n >= 19; n -= 19) r *= std::uint64_t(10000000000000000000ULL);
   std::uint64_t rest = 1;
   for (; n > 0; --n) rest *= 10;
   return r * rest;
}

// The number of decimal digits of |a| (1 for zero).
std::int64_t digit_count(const BigInt& a) {
   const BigInt m = abs(a);
   if (m > std::numeric_limits< std::uint64_t >::max()) return std::int64_t(m.str().size());
   std::uint64_t v = m.convert_to< std::uint64_t >();
   std::int64_t n = 1;
   for (; v >= 10; v /= 10) ++n;
   return n;
}

BigInt floor_div(const BigInt& a, const BigInt& b) {
   BigInt q = a / b;
   if (q * b != a && ((a < 0) != (b < 0))) --q;
   return q;
}

BigInt floor_mod(const BigInt& a, const BigInt& b) { return a - floor_div(a, b) * b; }

// Both mantissas scaled to the smaller exponent.
std::int64_t align(const Decimal& a, const Decimal& b, BigInt& ma, BigInt& mb) {
   const std::int64_t e = std::min(a.exponent, b.exponent);
   ma = a.mantissa * pow10(a.exponent - e);
   mb = b.mantissa * pow10(b.exponent - e);
   return e;
}

Number integer(BigInt i) {
   Number n;
   n.integer = std::move(i);
   return n;
}

Number decimal(Decimal d) {
   Number n;
   n.is_integer = false;
   n.decimal = std::move(d);
   return n;
}

Number decimal(BigInt mantissa, std::int64_t exponent) {
   Decimal d;
   d.mantissa = std::move(mantissa);
   d.exponent = exponent;
   return decimal(std::move(d));
}

[[noreturn]] void raise_zero_division() { throw Error(Error::Kind::ZeroDivision, "divided by 0"); }

[[noreturn]] void raise_float_domain(const Decimal& d) {
   const char* what = d.special == Decimal::Special::NaN ? "'NaN' (Not a Number)"
                      : d.special == Decimal::Special::NegativeInfinity ? "'-Infinity'"
                                                                         : "'Infinity'";
   throw Error(Error::Kind::FloatDomain, std::string("Computation results in ") + what);
}

bool any_special(const Number& a, const Number& b) {
   return (!a.is_integer && !a.decimal.finite()) || (!b.is_integer && !b.decimal.finite());
}

double as_double(const Number& n) { return n.is_integer ? n.integer.convert_to< double >() : n.decimal.to_double(); }

}  // namespace

std::optional< Decimal > Decimal::parse(std::string_view text) {
   Decimal d;
   if (text == "Infinity" || text == "+Infinity") return d.special = Special::PositiveInfinity, d;
   if (text == "-Infinity") return d.special = Special::NegativeInfinity, d;
   if (text == "NaN") return d.special = Special::NaN, d;
   std::size_t i = 0;
   bool negative = false;
   if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
   std::string digits;
   std::int64_t exponent = 0;
   for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) digits += text[i];
   if (i < text.size() && text[i] == '.') {
      for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
         digits += text[i];
         --exponent;
      }
   }
   if (digits.empty()) return std::nullopt;
   if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
      // Float#to_s writes "1.0e-05": a decimal exponent with leading zeros (not an octal literal).
      std::size_t start = i + 1 + (i + 1 < text.size() && text[i + 1] == '+');
      std::int64_t e = 0;
      const auto [end, error] = std::from_chars(text.data() + start, text.data() + text.size(), e);
      if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
      exponent += e;
      i = text.size();
   }
   if (i != text.size()) return std::nullopt;
   // cpp_int reads a leading 0 as an octal prefix.
   const std::size_t nonzero = digits.find_first_not_of('0');
   if (nonzero == std::string::npos) {
      d.mantissa = 0;
   } else if (digits.size() - nonzero <= 18) {  // fits a uint64: no string conversion
      std::uint64_t m = 0;
      for (std::size_t k = nonzero; k < digits.size(); ++k) m = m * 10 + std::uint64_t(digits[k] - '0');
      d.mantissa = m;
   } else {
      d.mantissa = BigInt(digits.substr(nonzero));
   }
   if (negative) d.mantissa = -d.mantissa;
   d.negative_zero = negative && d.mantissa == 0;
   d.exponent = exponent;
   return d;
}

Decimal Decimal::from_double(double v) {
   Decimal d;
   std::int64_t m;
   int decimals;
   if (std::isnan(v)) {
      d.special = Special::NaN;
   } else if (std::isinf(v)) {
      d.special = v > 0 ? Special::PositiveInfinity : Special::NegativeInfinity;
   } else if (short_decimal(v, m, decimals)) {
      // As parse reads float_to_s's text, which has at least one decimal ("100.0").
      d.mantissa = decimals == 0 ? m * 10 : m;
      d.exponent = decimals == 0 ? -1 : -decimals;
   } else {
      d = *parse(float_to_s(v));
   }
   return d;
}

double Decimal::to_double() const {
   switch (special) {
      case Special::PositiveInfinity: return std::numeric_limits< double >::infinity();
      case Special::NegativeInfinity: return -std::numeric_limits< double >::infinity();
      case Special::NaN: return std::numeric_limits< double >::quiet_NaN();
      case Special::None: break;
   }
   if (mantissa == 0) return negative_zero ? -0.0 : 0.0;
   // Clinger's fast path: a mantissa below 2^53 and a power of ten up to 1e22 are both exact
   // doubles, so one IEEE multiplication or division rounds the exact value correctly.
   static constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
   constexpr std::int64_t kMaxExact = std::int64_t(1) << 53;
   if (exponent >= -22 && exponent <= 22 && mantissa > -kMaxExact && mantissa < kMaxExact) {
      const double m = double(mantissa.convert_to< std::int64_t >());
      return exponent < 0 ? m / kExact[-exponent] : m * kExact[exponent];
   }
   const std::string text = mantissa.str() + "e" + std::to_string(exponent);
   return std::strtod(text.c_str(), nullptr);
}

int Decimal::sign() const {
   if (special == Special::PositiveInfinity) return 1;
   if (special == Special::NegativeInfinity) return -1;
   if (special == Special::NaN) return 0;
   return mantissa < 0 ? -1 : (mantissa > 0 ? 1 : 0);
}

Decimal Number::as_decimal() const {
   if (!is_integer) return decimal;
   Decimal d;
   d.mantissa = integer;
   return d;
}

Value Number::to_value() const {
   if (!is_integer) return Value(decimal.to_double());
   return integer_value(integer);
}

Number to_number(const Value& v) {
   switch (v.type()) {
      case Value::Type::Integer: return integer(v.as_integer());
      case Value::Type::Drop:
         if (const BigInteger* big = big_integer(v)) return integer(*big);
         return integer(0);
      case Value::Type::Float: return decimal(Decimal::from_double(v.as_float()));
      case Value::Type::String: {
         // Liquid: /\A-?\d+\.\d+\z/ on the stripped string reads as BigDecimal, else to_i.
         std::string_view s = v.as_string();
         auto space = [](char c) { return c == ' ' || c == '\0' || (c >= '\t' && c <= '\r'); };
         while (!s.empty() && space(s.front())) s.remove_prefix(1);
         while (!s.empty() && space(s.back())) s.remove_suffix(1);
         std::size_t i = s.size() > 0 && s[0] == '-' ? 1 : 0;
         const std::size_t whole = i;
         while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
         if (i > whole && i + 1 < s.size() && s[i] == '.') {
            std::size_t j = i + 1;
            while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
            if (j == s.size() && j > i + 1) return decimal(*Decimal::parse(s));
         }
         // to_i is a Bignum past int64 (string_to_i saturates there).
         const std::int64_t to_i = ruby::string_to_i(v.as_string());
         const std::int64_t max = std::numeric_limits< std::int64_t >::max();
         const bool saturated = to_i == max || to_i == -max;
         return saturated ? to_number(integer_value(ruby::string_to_i_digits(v.as_string()))) : integer(to_i);
      }
      default: return integer(0);
   }
}

namespace {
bool is_negative(const Decimal& d) { return d.mantissa < 0 || d.negative_zero; }

// BigDecimal sums: exact; a zero sum of two zeros is negative only when both were.
Number sum(const Number& a, const Number& b, bool subtract) {
   if (a.is_integer && b.is_integer) return integer(subtract ? BigInt(a.integer - b.integer) : BigInt(a.integer + b.integer));
   if (any_special(a, b))
      return decimal(Decimal::from_double(subtract ? as_double(a) - as_double(b) : as_double(a) + as_double(b)));
   const Decimal x = a.as_decimal(), y = b.as_decimal();
   BigInt mx, my;
   const std::int64_t e = align(x, y, mx, my);
   Number result = decimal(subtract ? BigInt(mx - my) : BigInt(mx + my), e);
   if (x.mantissa == 0 && y.mantissa == 0)
      result.decimal.negative_zero = is_negative(x) && (subtract ? !is_negative(y) : is_negative(y));
   return result;
}
}  // namespace

Number add(const Number& a, const Number& b) { return sum(a, b, false); }

Number subtract(const Number& a, const Number& b) { return sum(a, b, true); }

Number multiply(const Number& a, const Number& b) {
   if (a.is_integer && b.is_integer) return integer(a.integer * b.integer);
   if (any_special(a, b)) return decimal(Decimal::from_double(as_double(a) * as_double(b)));
   const Decimal x = a.as_decimal(), y = b.as_decimal();
   Number product = decimal(x.mantissa * y.mantissa, x.exponent + y.exponent);
   product.decimal.negative_zero = product.decimal.mantissa == 0 && is_negative(x) != is_negative(y);
   return product;
}

Number divide(const Number& a, const Number& b) {
   if (a.is_integer && b.is_integer) {
      if (b.integer == 0) raise_zero_division();
      return integer(floor_div(a.integer, b.integer));
   }
   const Decimal x = a.as_decimal(), y = b.as_decimal();
   if (any_special(a, b) || y.mantissa == 0) {
      // BigDecimal gives Infinity or NaN here rather than raising.
      if (y.finite() && y.mantissa == 0) {
         const int s = is_negative(y) ? -x.sign() : x.sign();  // a -0.0 divisor flips the sign
         if (!x.finite() && x.special == Decimal::Special::NaN) return decimal(x);
         return decimal(Decimal::from_double(s == 0 ? std::numeric_limits< double >::quiet_NaN()
                                                    : s * std::numeric_limits< double >::infinity()));
      }
      return decimal(Decimal::from_double(as_double(a) / as_double(b)));
   }
   if (x.mantissa == 0) {
      Number zero = decimal(BigInt(0), 0);
      zero.decimal.negative_zero = is_negative(x) != is_negative(y);
      return zero;
   }
   // Enough digits that rounding to a double matches the exact quotient's; a sticky digit
   // keeps an inexact quotient off a rounding tie.
   const BigInt xa = abs(x.mantissa), ya = abs(y.mantissa);
   const std::int64_t digits_x = digit_count(xa), digits_y = digit_count(ya);
   const std::int64_t k = std::max< std::int64_t >(0, 40 + digits_y - digits_x);
   const BigInt scaled = xa * pow10(k);
   BigInt q = scaled / ya;
   std::int64_t exponent = x.exponent - y.exponent - k;
   if (q * ya != scaled) {
      q = q * 10 + 1;
      --exponent;
   }
   if ((x.mantissa < 0) != (y.mantissa < 0)) q = -q;
   return decimal(std::move(q), exponent);
}

std::optional< double > quick_quotient(const Number& a, const Number& b) {
   if (a.is_integer && b.is_integer) return std::nullopt;
   static const Decimal kWhole;  // an integer operand's (finite, exponent 0)
   const Decimal& x = a.is_integer ? kWhole : a.decimal;
   const Decimal& y = b.is_integer ? kWhole : b.decimal;
   if (!x.finite() || !y.finite()) return std::nullopt;
   const BigInt& mx = a.is_integer ? a.integer : x.mantissa;
   const BigInt& my = b.is_integer ? b.integer : y.mantissa;
   const std::int64_t ex = a.is_integer ? 0 : x.exponent, ey = b.is_integer ? 0 : y.exponent;
   constexpr std::int64_t kMaxExact = std::int64_t(1) << 53;
   if (mx == 0 || my == 0 || mx <= -kMaxExact || mx >= kMaxExact || my <= -kMaxExact || my >= kMaxExact)
      return std::nullopt;
   std::int64_t n = mx.convert_to< std::int64_t >(), d = my.convert_to< std::int64_t >();
   // x / y = (n * 10^shift) / d or n / (d * 10^-shift): scale the one side, keeping it exact.
   for (std::int64_t shift = ex - ey; shift != 0; shift += shift > 0 ? -1 : 1) {
      std::int64_t& side = shift > 0 ? n : d;
      if (side <= -kMaxExact / 10 || side >= kMaxExact / 10) return std::nullopt;
      side *= 10;
   }
   return double(n) / double(d);
}

Number modulo(const Number& a, const Number& b) {
   if (a.is_integer && b.is_integer) {
      if (b.integer == 0) raise_zero_division();
      return integer(floor_mod(a.integer, b.integer));
   }
   const Decimal x = a.as_decimal(), y = b.as_decimal();
   if (y.finite() && y.mantissa == 0) raise_zero_division();
   if (any_special(a, b)) return decimal(Decimal::from_double(std::numeric_limits< double >::quiet_NaN()));
   BigInt mx, my;
   const std::int64_t e = align(x, y, mx, my);
   return decimal(floor_mod(mx, my), e);
}

std::optional< int > compare(const Number& a, const Number& b) {
   if (a.is_integer && b.is_integer) return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
   if (any_special(a, b)) {
      const double x = as_double(a), y = as_double(b);
      if (std::isnan(x) || std::isnan(y)) return std::nullopt;
      return x < y ? -1 : (x > y ? 1 : 0);
   }
   BigInt mx, my;
   align(a.as_decimal(), b.as_decimal(), mx, my);
   return mx < my ? -1 : (mx > my ? 1 : 0);
}

Number absolute(const Number& a) {
   if (a.is_integer) return integer(abs(a.integer));
   Decimal d = a.decimal;
   if (d.special == Decimal::Special::NegativeInfinity) d.special = Decimal::Special::PositiveInfinity;
   d.mantissa = abs(d.mantissa);
   d.negative_zero = false;
   return decimal(std::move(d));
}

Number round(const Number& a, const Number& digits) {
   // The digit count is converted with to_int (a BigDecimal argument is truncated) and must fit
   // a C int, as Ruby's round requires.
   BigInt whole;
   if (digits.is_integer) {
      whole = digits.integer;
   } else {
      if (!digits.decimal.finite()) raise_float_domain(digits.decimal);
      const Decimal& d = digits.decimal;
      whole = d.exponent >= 0 ? d.mantissa * pow10(d.exponent) : d.mantissa / pow10(-d.exponent);
   }
   if (whole > std::numeric_limits< int >::max())
      throw Error(Error::Kind::Standard, "integer " + whole.str() + " too big to convert to `int'");
   if (whole < std::numeric_limits< int >::min())
      throw Error(Error::Kind::Standard, "integer " + whole.str() + " too small to convert to `int'");
   const std::int64_t n = whole.convert_to< std::int64_t >();
   auto round_half_up = [](const BigInt& m, const BigInt& unit) {
      BigInt q = abs(m) / unit;
      if ((abs(m) % unit) * 2 >= unit) ++q;
      return m < 0 ? BigInt(-q) : q;
   };
   if (a.is_integer) {
      if (n >= 0) return a;
      if (-n > digit_count(a.integer)) return integer(0);
      const BigInt unit = pow10(-n);
      return integer(round_half_up(a.integer, unit) * unit);
   }
   const Decimal& d = a.decimal;
   if (!d.finite()) {
      if (n <= 0) raise_float_domain(d);  // the result would be an Integer
      return a;
   }
   // BigDecimal#round(n) answers an Integer for n <= 0.
   if (d.exponent >= -n) {
      if (n > 0) return a;
      return integer(d.mantissa * pow10(d.exponent));
   }
   constexpr std::int64_t kSmall = std::int64_t(1) << 62;
   if (n >= 0 && -n - d.exponent <= 18 && d.mantissa > -kSmall && d.mantissa < kSmall) {
      // The same rounding in 64-bit integers (the mantissa and 10^18 fit).
      const std::int64_t m = d.mantissa.convert_to< std::int64_t >();
      std::int64_t unit = 1;
      for (std::int64_t k = -n - d.exponent; k > 0; --k) unit *= 10;
      const std::int64_t magnitude = m < 0 ? -m : m;
      std::int64_t q = magnitude / unit;
      if ((magnitude % unit) * 2 >= unit) ++q;
      if (n > 0) return decimal(BigInt(m < 0 ? -q : q), -n);
      return integer(BigInt(m < 0 ? -q : q));
   }
   const bool beyond = -n - d.exponent > digit_count(d.mantissa);
   const BigInt rounded = beyond ? BigInt(0) : round_half_up(d.mantissa, pow10(-n - d.exponent));
   if (n > 0) return decimal(rounded, -n);
   return integer(rounded * pow10(-n));
}

Number floor(const Number& a) {
   if (a.is_integer) return a;
   const Decimal& d = a.decimal;
   if (!d.finite()) raise_float_domain(d);
   if (d.exponent >= 0) return integer(d.mantissa * pow10(d.exponent));
   return integer(floor_div(d.mantissa, pow10(-d.exponent)));
}

Number ceil(const Number& a) {
   if (a.is_integer) return a;
   const Decimal& d = a.decimal;
   if (!d.finite()) raise_float_domain(d);
   if (d.exponent >= 0) return integer(d.mantissa * pow10(d.exponent));
   return integer(-floor_div(-d.mantissa, pow10(-d.exponent)));
}

}  // namespace jekyllpp::liquid::filters
