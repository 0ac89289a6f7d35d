// Ruby's Time.parse: Date._parse's scanners (a time with its zone, weekday, "16 Jul 2004",
// "Jul 16, 2004", ISO "2004-07-16", "16-Jul-2004", "2004/07/16", "16.07.2004", "'04", a month name,
// "16th", runs of digits), then Time.make_time's filling of missing parts from now.
#include <array>
#include <cctype>
#include <climits>
#include <cstring>
#include <limits>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string>

#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/liquid/ruby/time.hpp"

namespace jekyllpp::liquid::ruby {
namespace {

// Date._parse's numbers are Ruby Integers of any size; here they saturate at int64's limits.
struct Parsed {
   std::optional< std::int64_t > year, mon, mday, hour, min, sec;
   std::optional< std::int64_t > yday;  // day of the year, from a 3-, 5- or 7-digit run
   std::optional< std::int32_t > nanoseconds;
   std::optional< std::string > zone;
};

const std::regex::flag_type kFlags = std::regex::ECMAScript | std::regex::icase | std::regex::optimize;

const char* const kMonthAbbrs[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};

int month_number(const std::string& name) {
   const std::string lower = downcase(name.substr(0, 3));
   for (int i = 0; i < 12; ++i)
      if (lower == kMonthAbbrs[i]) return i + 1;
   return 0;
}


bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Digit runs past int64 saturate at its maximum (Ruby reads them as Bignums; later range checks
// then refuse the date, as Ruby's RangeError does).
std::int64_t to_int(std::string_view s) {
   std::uint64_t v = 0;
   bool neg = false;
   std::size_t i = 0;
   while (i < s.size() && !(is_digit(s[i]) || s[i] == '-' || s[i] == '+')) ++i;
   if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
   constexpr std::uint64_t max = std::numeric_limits< std::int64_t >::max();
   for (; i < s.size() && is_digit(s[i]); ++i) {
      const std::uint64_t digit = std::uint64_t(s[i] - '0');
      v = v > (max - digit) / 10 ? max : v * 10 + digit;
   }
   return neg ? -std::int64_t(v) : std::int64_t(v);
}

// Replaces a match with a space so later scanners do not see it again.
void blank_out(std::string& s, const std::smatch& m) {
   s.replace(std::size_t(m.position(0)), std::size_t(m.length(0)), " ");
}

// Sets the year, honouring Date._parse's completion of two-digit years (69 -> 1969, 68 -> 2068).
void set_year(Parsed& p, const std::string& y) {
   std::int64_t year = to_int(y);
   std::size_t digits = 0;
   for (char c : y) digits += std::isdigit(static_cast< unsigned char >(c)) ? 1 : 0;
   if (y[0] != '\'' && digits <= 2 && y[0] != '-' && y[0] != '+') year += year >= 69 ? 1900 : 2000;
   p.year = year;
}

// s3e reads a month or day as its digits alone: "-1" is day 1.
std::int64_t digits_of(const std::string& s) {
   const std::size_t first = s.find_first_of("0123456789");
   return first == std::string::npos ? 0 : to_int(std::string_view(s).substr(first));
}

// Date._parse's s3e: decides which of three numbers is the year, month and day. month_name is
// set when the month came from a name (then m is not reconsidered).
void s3e(Parsed& p, std::optional< std::string > y, std::optional< std::string > m,
         std::optional< std::string > d, int month_name) {
   if (y && m && !d && !month_name) {
      d = m;
      m = y;
      y.reset();
   }
   if (!y) {
      if (d && (d->size() > 2 || (*d)[0] == '\'')) {
         y = d;
         d.reset();
      }
   }
   if (y) {
      std::size_t i = 0;
      while (i < y->size() && !std::isdigit(static_cast< unsigned char >((*y)[i])) && (*y)[i] != '-' && (*y)[i] != '+') ++i;
      std::size_t j = i;
      if (j < y->size() && ((*y)[j] == '-' || (*y)[j] == '+')) ++j;
      while (j < y->size() && std::isdigit(static_cast< unsigned char >((*y)[j]))) ++j;
      if (j < y->size()) {
         std::string bp = y->substr(i);
         y = d;
         d = bp;
      }
   }
   if (!month_name && m && ((*m)[0] == '\'' || m->size() > 2)) {
      std::optional< std::string > oy = y, om = m, od = d;
      y = om;
      m = od;
      d = oy;
   }
   if (d && ((*d)[0] == '\'' || d->size() > 2)) std::swap(y, d);
   if (y) set_year(p, *y);
   if (month_name) p.mon = month_name;
   else if (m) p.mon = digits_of(*m);
   if (d) p.mday = digits_of(*d);
}

bool parse_time_part(std::string& s, Parsed& p) {
   static const std::regex re(
      R"(((?:\d+\s*:\s*\d+(?:\s*:\s*\d+(?:[,.]\d*)?)?|\d+\s*h(?:\s*\d+m?(?:\s*\d+s?)?)?)(?:\s*[ap](?:m\b|\.m\.))?|\d+\s*[ap](?:m\b|\.m\.))(?:\s*((?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?|[a-z.\s]+(?:standard|daylight)\s+time\b|[a-z]+(?:\s+dst)?\b))?)",
      kFlags);
   static const std::regex inner(
      R"(^(\d+)\s*(?:h|:)?\s*(?:(\d+)\s*(?:m|:)?\s*(?:(\d+)(?:[,.](\d+))?\s*s?)?)?\s*(?:([ap])(?:m\b|\.m\.))?)", kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   const std::string time = m[1].str();
   if (m[2].matched) p.zone = m[2].str();
   std::smatch t;
   if (std::regex_search(time, t, inner)) {
      std::int64_t hour = to_int(t[1].str());
      if (t[5].matched) {
         hour %= 12;
         if (std::tolower(static_cast< unsigned char >(t[5].str()[0])) == 'p') hour += 12;
      }
      p.hour = hour;
      if (t[2].matched) p.min = to_int(t[2].str());
      if (t[3].matched) p.sec = to_int(t[3].str());
      if (t[4].matched) {
         std::string frac = t[4].str().substr(0, 9);
         frac.append(9 - frac.size(), '0');
         p.nanoseconds = std::int32_t(to_int(frac));
      }
   }
   blank_out(s, m);
   return true;
}

const std::string kMonthPattern = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";

bool parse_eu(std::string& s, Parsed& p) {
   static const std::regex re("('?\\d+)[^-\\d\\s]*\\s*" + kMonthPattern +
                                 "[^-\\d\\s']*(?:\\s*(?:c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))?\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?",
                              kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   std::optional< std::string > y;
   if (m[3].matched) y = m[3].str();
   s3e(p, y, std::nullopt, m[1].str(), month_number(m[2].str()));
   blank_out(s, m);
   return true;
}

bool parse_us(std::string& s, Parsed& p) {
   static const std::regex re("\\b" + kMonthPattern +
                                 "[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*(?:\\s*,?\\s*(?:c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))?\\s*('?-?\\d+))?",
                              kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   std::optional< std::string > y;
   if (m[3].matched) y = m[3].str();
   s3e(p, y, std::nullopt, m[2].str(), month_number(m[1].str()));
   blank_out(s, m);
   return true;
}

bool parse_three_numbers(std::string& s, Parsed& p, const std::regex& re) {
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   std::optional< std::string > d;
   if (m[3].matched) d = m[3].str();
   s3e(p, m[1].str(), m[2].str(), d, 0);
   blank_out(s, m);
   return true;
}

bool parse_iso(std::string& s, Parsed& p) {
   static const std::regex re(R"(('?[-+]?\d+)-(\d+)-('?-?\d+))", kFlags);
   return parse_three_numbers(s, p, re);
}

bool parse_vms(std::string& s, Parsed& p) {
   static const std::regex re("('?-?\\d+)-" + kMonthPattern + "[^-/.]*-('?-?\\d+)", kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   s3e(p, m[3].str(), std::nullopt, m[1].str(), month_number(m[2].str()));
   blank_out(s, m);
   return true;
}

bool parse_sla(std::string& s, Parsed& p) {
   static const std::regex re(R"(('?-?\d+)/\s*('?\d+)(?:\D\s*('?-?\d+))?)", kFlags);
   return parse_three_numbers(s, p, re);
}

bool parse_dot(std::string& s, Parsed& p) {
   static const std::regex re(R"(('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+))", kFlags);
   return parse_three_numbers(s, p, re);
}

bool parse_year(std::string& s, Parsed& p) {
   static const std::regex re(R"('(\d+)\b)", kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   p.year = to_int(m[1].str());
   blank_out(s, m);
   return true;
}

bool parse_mon(std::string& s, Parsed& p) {
   static const std::regex re("\\b" + kMonthPattern + "\\S*", kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   p.mon = month_number(m[1].str());
   blank_out(s, m);
   return true;
}

bool parse_mday(std::string& s, Parsed& p) {
   static const std::regex re(R"((\d+)(st|nd|rd|th)\b)", kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   p.mday = to_int(m[1].str());
   blank_out(s, m);
   return true;
}

// Runs of digits: 2 (day), 3 (day of the year), 4 (month, day), 5 (yy + day of the year),
// 6 (yymmdd), 7 (yyyy + day of the year), 8 (yyyymmdd), 10/12/14 with the hour, minute, second;
// optionally followed by "T" and a 2-, 4- or 6-digit time.
bool parse_ddd(std::string& s, Parsed& p) {
   static const std::regex re(R"(([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b))?)",
                              kFlags);
   std::smatch m;
   if (!std::regex_search(s, m, re)) return false;
   const std::string d = m[2].str();
   auto num = [&](std::size_t pos, std::size_t len) { return to_int(d.substr(pos, len)); };
   switch (d.size()) {
      case 2: p.mday = num(0, 2); break;
      case 3: p.yday = num(0, 3); break;
      case 4: p.mon = num(0, 2), p.mday = num(2, 2); break;
      case 5: set_year(p, d.substr(0, 2)), p.yday = num(2, 3); break;
      case 7: p.year = num(0, 4), p.yday = num(4, 3); break;
      case 6: set_year(p, d.substr(0, 2)), p.mon = num(2, 2), p.mday = num(4, 2); break;
      case 8:
      case 10:
      case 12:
      case 14:
         p.year = to_int(d.substr(0, 4)), p.mon = num(4, 2), p.mday = num(6, 2);
         if (d.size() >= 10) p.hour = num(8, 2);
         if (d.size() >= 12) p.min = num(10, 2);
         if (d.size() == 14) p.sec = num(12, 2);
         break;
      default: return false;
   }
   if (m[3].matched) {
      const std::string t = m[3].str();
      p.hour = to_int(t.substr(0, 2));
      if (t.size() >= 4) p.min = to_int(t.substr(2, 2));
      if (t.size() >= 6) p.sec = to_int(t.substr(4, 2));
   }
   if (m[5].matched) p.zone = m[5].str();
   blank_out(s, m);
   return true;
}

// Time.zone_offset: the names Ruby's Time knows and "+hh", "+hh:mm", "+hhmm"; nullopt otherwise.
std::optional< std::int32_t > zone_offset(std::string_view zone) {
   // [-+]hh, then optionally [:]mm, then optionally [:]ss, and nothing after.
   if (zone.size() >= 3 && (zone[0] == '-' || zone[0] == '+') && is_digit(zone[1]) && is_digit(zone[2])) {
      std::int32_t off = std::int32_t(to_int(zone.substr(1, 2)) * 3600);
      std::size_t i = 3;
      bool numeric = true;
      for (std::int32_t unit : {60, 1}) {
         if (i == zone.size()) break;
         const std::size_t j = zone[i] == ':' ? i + 1 : i;
         if (j + 2 > zone.size() || !is_digit(zone[j]) || !is_digit(zone[j + 1])) {
            numeric = false;
            break;
         }
         off += std::int32_t(to_int(zone.substr(j, 2))) * unit;
         i = j + 2;
      }
      if (numeric && i == zone.size()) return zone[0] == '-' ? -off : off;
   }
   const std::string z = upcase(zone);
   static const std::array< std::pair< const char*, int >, 12 > named = {{{"UTC", 0}, {"Z", 0},
      {"UT", 0}, {"GMT", 0}, {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5}, {"MST", -7},
      {"MDT", -6}, {"PST", -8}, {"PDT", -7}}};
   for (const auto& [name, hours] : named)
      if (z == name) return hours * 3600;
   if (z.size() == 1 && z[0] >= 'A' && z[0] <= 'Y' && z[0] != 'J') {
      const char c = z[0];
      if (c <= 'I') return (c - 'A' + 1) * 3600;
      if (c <= 'M') return (c - 'A') * 3600;  // K, L, M: 10..12 (J is skipped)
      return -(c - 'N' + 1) * 3600;
   }
   return std::nullopt;
}

// The instant a local civil time (given as if it were UTC) names, as Ruby's Time.local picks it:
// in a repeated hour the later (after the change) reading, in a skipped hour the earlier offset.
// Sets t's seconds and offset.
void local_to_epoch(std::int64_t civil_as_utc, Time& t) {
   if (local_zone_is_utc()) {
      t.seconds = civil_as_utc;
      t.utc_offset = 0;
      return;
   }
   const std::int32_t before = local_utc_offset(civil_as_utc - 86400);
   const std::int32_t after = local_utc_offset(civil_as_utc + 86400);
   if (local_utc_offset(civil_as_utc - after) == after) {
      t.seconds = civil_as_utc - after;
      t.utc_offset = after;
   } else if (local_utc_offset(civil_as_utc - before) == before) {
      t.seconds = civil_as_utc - before;
      t.utc_offset = before;
   } else {
      t.seconds = civil_as_utc - before;
      t.utc_offset = local_utc_offset(t.seconds);
   }
}

// The parts of the common "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS[.frac]] [zone]" and
// "YYYY-MM-DDTHH:MM..." forms (zone: z, utc, gmt, +hh, +hhmm, +hh:mm). Missing time parts are 0.
struct PlainIso {
   std::int64_t year = 0;
   int mon = 0, mday = 0, hour = 0, min = 0, sec = 0;
   std::int32_t nanoseconds = 0;
   std::string_view zone;  // empty: none
};

// A reading position in the text of parse_plain_iso.
class Cursor {
public:
   explicit Cursor(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}
   bool done() const { return p_ == end_; }
   const char* position() const { return p_; }
   bool at(char c) const { return p_ != end_ && *p_ == c; }
   bool take(char c) {
      if (!at(c)) return false;
      ++p_;
      return true;
   }
   void skip_spaces() {
      while (p_ != end_ && *p_ == ' ') ++p_;
   }
   void skip_to(const char* q) { p_ = q; }
   bool digit_at(const char* q) const { return q < end_ && unsigned(*q - '0') < 10; }
   // Exactly four digits, not followed by another digit, as their value (or -1).
   int four_digits() {
      if (end_ - p_ < 4 || !digit_at(p_) || !digit_at(p_ + 1) || !digit_at(p_ + 2) || !digit_at(p_ + 3) ||
          digit_at(p_ + 4))
         return -1;
      const int value = (p_[0] - '0') * 1000 + (p_[1] - '0') * 100 + (p_[2] - '0') * 10 + (p_[3] - '0');
      p_ += 4;
      return value;
   }
   // One or two digits, not followed by another digit, as their value (or -1).
   int one_or_two_digits() {
      if (!digit_at(p_)) return -1;
      if (!digit_at(p_ + 1)) return *p_++ - '0';
      if (digit_at(p_ + 2)) return -1;
      const int value = (p_[0] - '0') * 10 + (p_[1] - '0');
      p_ += 2;
      return value;
   }
   const char* end() const { return end_; }

private:
   const char* p_;
   const char* end_;
};

// Whether the eight bytes of w are ASCII digits, but for the bytes set in separators (0xFF each).
bool digits_but(std::uint64_t w, std::uint64_t separators) {
   constexpr std::uint64_t kZeros = 0x3030303030303030ULL, kHighNibbles = 0xF0F0F0F0F0F0F0F0ULL;
   w = (w & ~separators) | (kZeros & separators);
   // 0x30..0x3F, and adding 6 keeps the high nibble (no carry crosses a byte: the first test held)
   return (w & kHighNibbles) == kZeros && ((w + 0x0606060606060606ULL) & kHighNibbles) == kZeros;
}

// The most common form, "YYYY-MM-DD HH:MM:SS" (or with T/t between), read at fixed places.
bool parse_fixed_iso(std::string_view s, PlainIso& p) {
   if (s.size() != 19 || s[4] != '-' || s[7] != '-' || s[13] != ':' || s[16] != ':' ||
       (s[10] != ' ' && s[10] != 'T' && s[10] != 't'))
      return false;
   std::uint64_t w[3];  // bytes 0..7, 8..15, 11..18
   std::memcpy(&w[0], s.data(), 8);
   std::memcpy(&w[1], s.data() + 8, 8);
   std::memcpy(&w[2], s.data() + 11, 8);
   constexpr std::uint64_t kDateDashes = 0xFFULL << 32 | 0xFFULL << 56;  // bytes 4 and 7
   constexpr std::uint64_t kBytes2And5 = 0xFFULL << 16 | 0xFFULL << 40;  // 10 and 13; 13 and 16
   if (!digits_but(w[0], kDateDashes) || !digits_but(w[1], kBytes2And5) || !digits_but(w[2], kBytes2And5))
      return false;
   const auto d = [&](std::size_t i) { return int(s[i] - '0'); };
   p.year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
   p.mon = d(5) * 10 + d(6);
   p.mday = d(8) * 10 + d(9);
   p.hour = d(11) * 10 + d(12);
   p.min = d(14) * 10 + d(15);
   p.sec = d(17) * 10 + d(18);
   return true;
}

// Reads the plain forms above without the scanners, to the same parts the scanners would find
// (time part, then parse_iso); false leaves other forms to them.
bool parse_plain_iso(std::string_view s, PlainIso& p) {
   if (parse_fixed_iso(s, p)) return true;
   Cursor c(s);
   c.skip_spaces();
   const int year = c.four_digits();
   if (year < 0 || !c.take('-')) return false;
   p.year = year;
   p.mon = c.one_or_two_digits();
   if (p.mon < 0 || !c.take('-')) return false;
   p.mday = c.one_or_two_digits();
   if (p.mday < 0) return false;
   if (c.at('T') || c.at('t') || c.at(' ')) {
      const bool space = c.at(' ');
      if (space) c.skip_spaces();
      else c.skip_to(c.position() + 1);
      if (c.done() && space) return true;
      p.hour = c.one_or_two_digits();
      if (p.hour < 0 || !c.take(':')) return false;
      p.min = c.one_or_two_digits();
      if (p.min < 0) return false;
      if (c.take(':')) {
         p.sec = c.one_or_two_digits();
         if (p.sec < 0) return false;
         if (c.take('.') || c.take(',')) {
            const char* start = c.position();
            const char* q = start;
            while (c.digit_at(q)) ++q;
            if (q == start) return false;
            std::string frac(start, std::size_t(std::min< std::ptrdiff_t >(q - start, 9)));
            frac.append(9 - frac.size(), '0');
            p.nanoseconds = std::int32_t(to_int(frac));
            c.skip_to(q);
         }
      }
      c.skip_spaces();
      const char* zone_start = c.position();
      if (c.at('+') || c.at('-')) {
         // +hh, +hhmm or +hh:mm
         const char* j = zone_start + 1;
         if (!c.digit_at(j) || !c.digit_at(j + 1)) return false;
         j += 2;
         if (j < c.end() && *j != ' ') {
            if (*j == ':') ++j;
            if (!c.digit_at(j) || !c.digit_at(j + 1)) return false;
            j += 2;
         }
         c.skip_to(j);
      } else {
         const char* q = zone_start;
         while (q < c.end() && *q != ' ') ++q;
         if (q > zone_start) {
            const std::string name = downcase(std::string_view(zone_start, std::size_t(q - zone_start)));
            if (name != "z" && name != "utc" && name != "gmt") return false;
         }
         c.skip_to(q);
      }
      p.zone = std::string_view(zone_start, std::size_t(c.position() - zone_start));
      c.skip_spaces();
   }
   return c.done();
}

// Time.local / Time.new of the parts (offset: the zone's; none: the local zone): nullopt for
// parts out of range and years whose seconds would not fit in int64.
std::optional< Time > make_time(std::int64_t year, int mon, int mday, int hour, int min, int sec,
                                std::int32_t nanoseconds, std::optional< std::int32_t > offset) {
   // Ruby's years have no limit; beyond this one the seconds would not fit in int64, and the
   // text is taken as no date.
   constexpr std::int64_t max_year = 200'000'000'000;
   if (year > max_year || year < -max_year) return std::nullopt;
   if (mon < 1 || mon > 12 || mday < 1 || mday > 31 || hour < 0 || hour > 24 || min < 0 || min > 59 ||
       sec < 0 || sec > 60 || (hour == 24 && (min > 0 || sec > 0)))
      return std::nullopt;
   // Time.new rolls "Feb 30" over into March: count the days from the first of the month.
   const std::int64_t first = epoch_seconds(year, mon, 1, hour, min, sec, 0) +
                              std::int64_t(mday - 1) * 86400;
   Time t;
   t.nanoseconds = nanoseconds;
   if (offset) {
      // Time#localtime raises "utc_offset out of range" (an ArgumentError) for a day or more.
      if (*offset <= -86400 || *offset >= 86400) return std::nullopt;
      t.utc_offset = *offset;
      t.seconds = first - *offset;
   } else {
      local_to_epoch(first, t);
   }
   return t;
}

// Sets p's month and day from day `yday` of `year`; false where Ruby raises "yday out of range".
bool yday_to_date(std::int64_t year, std::int64_t yday, Parsed& p) {
   const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
   const int lengths[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
   if (yday < 1) return false;
   for (int month = 0; month < 12; ++month) {
      if (yday <= lengths[month]) {
         p.mon = month + 1;
         p.mday = yday;
         return true;
      }
      yday -= lengths[month];
   }
   return false;
}

}  // namespace

std::optional< Time > parse_time(std::string_view text) {
   if (PlainIso plain; parse_plain_iso(text, plain)) {
      std::optional< std::int32_t > offset;
      if (!plain.zone.empty()) offset = zone_offset(plain.zone);
      return make_time(plain.year, plain.mon, plain.mday, plain.hour, plain.min, plain.sec,
                       plain.nanoseconds, offset);
   }
   // Date._parse first turns every character outside [-+',./:@alnum\[\]] into a space.
   std::string s(text);
   for (char& c : s) {
      const auto b = static_cast< unsigned char >(c);
      if (!(std::isalnum(b) || b >= 0x80 || std::string_view("-+',./:@[]").find(c) != std::string_view::npos))
         c = ' ';
   }
   Parsed p;
   parse_time_part(s, p);
   parse_eu(s, p) || parse_us(s, p) || parse_iso(s, p) || parse_vms(s, p) || parse_sla(s, p) ||
      parse_dot(s, p) || parse_year(s, p) || parse_mon(s, p) || parse_mday(s, p) || parse_ddd(s, p);

   if (!p.year && !p.yday && !p.mon && !p.mday && !p.hour && !p.min && !p.sec && !p.nanoseconds) return std::nullopt;

   std::optional< std::int32_t > offset;
   if (p.zone) offset = zone_offset(*p.zone);
   // Missing leading parts come from now (in the parsed zone); later ones default to their minimum.
   if (!p.year) {
      const Time current = now();
      Time reference = current;
      if (offset) reference.utc_offset = *offset;
      const CivilTime c = civil(reference);
      do {
         p.year = c.year;
         if (p.mon || p.yday) break;
         p.mon = c.month;
         if (p.mday) break;
         p.mday = c.day;
         if (p.hour) break;
         p.hour = c.hour;
         if (p.min) break;
         p.min = c.minute;
         if (p.sec) break;
         p.sec = c.second;
         if (p.nanoseconds) break;
         p.nanoseconds = current.nanoseconds;
      } while (false);
   }
   // Time.parse's make_time: a day of the year names its month and day, within that year.
   if (p.yday && !yday_to_date(*p.year, *p.yday, p)) return std::nullopt;
   // Time.local converts each part but the year to a C int: Ruby raises RangeError (Liquid's
   // "internal" error) for a number beyond it.
   for (const auto* part : {&p.mon, &p.mday, &p.hour, &p.min, &p.sec})
      if (*part && (**part > INT_MAX || **part < INT_MIN))
         throw std::out_of_range("integer " + std::to_string(**part) + " too big to convert to `int'");
   return make_time(*p.year, int(p.mon.value_or(1)), int(p.mday.value_or(1)), int(p.hour.value_or(0)),
                    int(p.min.value_or(0)), int(p.sec.value_or(0)), p.nanoseconds.value_or(0), offset);
}

}  // namespace jekyllpp::liquid::ruby
