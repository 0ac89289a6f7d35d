// Liquid's string filters: case, whitespace, splitting, truncating, replacing, slicing.
#include <algorithm>
#include <cstdint>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "big_integer.hpp"
#include "filters/support.hpp"
#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"

namespace jekyllpp::liquid::filters {
namespace {

// Ruby's String#strip set: NUL and ASCII whitespace.
bool is_strip_space(char c) { return c == ' ' || c == '\0' || (c >= '\t' && c <= '\r'); }
// Ruby's awk-style split set.
bool is_awk_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The first byte at or after i that is at most ' ' (every awk space is), eight bytes at a time;
// s.size() when there is none.
std::size_t next_low_byte(std::string_view s, std::size_t i) {
   constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
   for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      // The lowest flagged byte is the first below 0x21 (borrows only flag bytes above it).
      const std::uint64_t low = (word - kOnes * 0x21) & ~word & kHighs;
      if (low) return i + std::size_t(__builtin_ctzll(low) >> 3);
   }
   while (i < s.size() && static_cast< unsigned char >(s[i]) > ' ') ++i;
   return i;
}

// The end of the word starting at i: the first awk space at or after it, or s.size().
std::size_t word_end(std::string_view s, std::size_t i) {
   i = next_low_byte(s, i);
   while (i < s.size() && !is_awk_space(s[i])) i = next_low_byte(s, i + 1);
   return i;
}

std::string_view lstrip_view(std::string_view s) {
   std::size_t i = 0;
   while (i < s.size() && is_strip_space(s[i])) ++i;
   return s.substr(i);
}

std::string_view rstrip_view(std::string_view s) {
   std::size_t n = s.size();
   while (n > 0 && is_strip_space(s[n - 1])) --n;
   return s.substr(0, n);
}

// String#split(" ", limit): fields separated by whitespace runs, leading whitespace ignored;
// with a limit, the last field is the unsplit rest, and whitespace after the last field still
// opens an (empty) field.
std::vector< std::string > awk_split(std::string_view s, std::size_t limit) {
   std::vector< std::string > out;
   std::size_t i = 0;
   while (true) {
      const std::size_t space_start = i;
      while (i < s.size() && is_awk_space(s[i])) ++i;
      if (i >= s.size()) {
         if (limit > 0 && !out.empty() && i > space_start && out.size() < limit) out.emplace_back();
         break;
      }
      if (limit > 0 && out.size() + 1 == limit) {
         out.emplace_back(s.substr(i));
         break;
      }
      std::size_t j = i;
      while (j < s.size() && !is_awk_space(s[j])) ++j;
      out.emplace_back(s.substr(i, j - i));
      i = j;
   }
   return out;
}

// String#split(pattern) for a plain string pattern, trailing empty fields dropped.
Array ruby_split(const std::string& s, const std::string& pattern) {
   Array out;
   if (pattern == " ") {
      for (auto& field : awk_split(s, 0)) out.emplace_back(std::move(field));
      return out;
   }
   if (pattern.empty()) {
      for (std::size_t i = 0; i < s.size();) {
         const std::size_t len = ruby::utf8_char_length(s, i);
         out.emplace_back(s.substr(i, len));
         i += len;
      }
      return out;
   }
   std::size_t start = 0;
   while (true) {
      const std::size_t at = s.find(pattern, start);
      if (at == std::string::npos) break;
      out.emplace_back(s.substr(start, at - start));
      start = at + pattern.size();
   }
   out.emplace_back(s.substr(start));
   while (!out.empty() && out.back().as_string().empty()) out.pop_back();
   return out;
}

// Ruby's sub/gsub replacement text: \\ is a backslash, \0 and \& the match, \` and \' the
// text before and after it, \1..\9 (no groups here) nothing; other escapes stay as written.
void append_replacement(std::string& out, const std::string& replacement, const std::string& s,
                        std::size_t at, std::size_t len) {
   if (replacement.find('\\') == std::string::npos) {
      out += replacement;
      return;
   }
   for (std::size_t i = 0; i < replacement.size(); ++i) {
      const char c = replacement[i];
      if (c != '\\' || i + 1 >= replacement.size()) {
         out += c;
         continue;
      }
      const char next = replacement[++i];
      if (next == '\\') out += '\\';
      else if (next == '0' || next == '&') out.append(s, at, len);
      else if (next == '`') out.append(s, 0, at);
      else if (next == '\'') out.append(s, at + len, std::string::npos);
      else if (next >= '1' && next <= '9') continue;
      else {
         out += '\\';
         out += next;
      }
   }
}

// s.find(pattern, from) for a pattern of two or more bytes: candidates are the places where its
// first two bytes match, 16 at a time (SSE2); each is checked with memcmp.
std::size_t find_text(std::string_view s, std::string_view pattern, std::size_t from) {
#ifdef __SSE2__
   const std::size_t m = pattern.size();
   if (m >= 2 && from <= s.size() && s.size() - from >= m) {
      const __m128i first = _mm_set1_epi8(pattern[0]), second = _mm_set1_epi8(pattern[1]);
      const char* const base = s.data();
      const std::size_t last_start = s.size() - m;  // the last place a match can begin
      std::size_t i = from;
      for (; i + 16 <= last_start + 1; i += 16) {  // candidates i..i+15 all begin in range
         const __m128i a = _mm_loadu_si128(reinterpret_cast< const __m128i* >(base + i));
         const __m128i b = _mm_loadu_si128(reinterpret_cast< const __m128i* >(base + i + 1));
         auto hits = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second))));
         while (hits) {
            const std::size_t at = i + std::size_t(__builtin_ctz(hits));
            if (std::memcmp(base + at + 2, pattern.data() + 2, m - 2) == 0) return at;
            hits &= hits - 1;
         }
      }
      return s.find(pattern, i);
   }
#endif
   return s.find(pattern, from);
}

std::string replace_all(const std::string& s, const std::string& from, const std::string& to) {
   std::string out;
   if (from.empty()) {
      // gsub("") inserts the replacement around every character.
      for (std::size_t i = 0; i <= s.size();) {
         append_replacement(out, to, s, i, 0);
         if (i == s.size()) break;
         const std::size_t len = ruby::utf8_char_length(s, i);
         out.append(s, i, len);
         i += len;
      }
      return out;
   }
   out.reserve(s.size());
   std::size_t start = 0;
   while (true) {
      const std::size_t at = find_text(s, from, start);
      if (at == std::string::npos) break;
      out.append(s, start, at - start);
      append_replacement(out, to, s, at, from.size());
      start = at + from.size();
   }
   out.append(s, start, std::string::npos);
   return out;
}

std::string replace_first(const std::string& s, const std::string& from, const std::string& to) {
   const std::size_t at = s.find(from);
   if (at == std::string::npos) return s;
   std::string out(s, 0, at);
   append_replacement(out, to, s, at, from.size());
   out.append(s, at + from.size(), std::string::npos);
   return out;
}

std::string replace_at(std::string s, std::size_t at, std::size_t len, const std::string& to) {
   if (at != std::string::npos) s.replace(at, len, to);
   return s;
}

// Ruby's String#slice(start, length) by characters: nullopt where Ruby gives nil.
std::optional< std::string > slice_string(const std::string& s, std::int64_t start, std::int64_t length) {
   const auto len = std::int64_t(ruby::utf8_length(s));
   if (start < 0) start += len;
   if (start < 0 || start > len || length < 0) return std::nullopt;
   const std::int64_t count = std::min(length, len - start);
   const std::size_t from = ruby::utf8_offset(s, std::size_t(start));
   std::string_view rest(s);
   rest.remove_prefix(from);
   return std::string(rest.substr(0, ruby::utf8_offset(rest, std::size_t(count))));
}

Value slice(const FilterCall& call) {
   Args args(call, 1, 1);
   // Ruby's slice takes C longs: a Bignum offset or length raises RangeError.
   if (big_integer(args[0]) || (args.has(1) && big_integer(args[1])))
      throw Error::ruby("RangeError", "bignum too big to convert into `long'");
   const std::int64_t offset = to_integer(args[0]);
   const std::int64_t length = args.has(1) && args[1].truthy() ? to_integer(args[1]) : 1;
   const Value& input = call.input;
   if (input.is_array()) {
      const Array& a = input.as_array();
      std::int64_t start = offset;
      const auto size = std::int64_t(a.size());
      if (start < 0) start += size;
      if (start < 0 || start > size || length < 0) return Value(Array{});
      const std::int64_t end = std::min(size, start + std::min(length, size));
      return Value(Array(a.begin() + start, a.begin() + end));
   }
   auto result = slice_string(to_s(input), offset, length);
   return Value(result ? std::move(*result) : std::string());
}

Value truncate(const FilterCall& call) {
   Args args(call, 0, 2);
   if (call.input.is_nil()) return Value();
   std::string input_tmp, ellipsis_tmp;
   const std::string& input = as_text(call.input, input_tmp);
   const std::int64_t length = args.has(0) ? to_integer(args[0]) : 50;
   const std::string_view ellipsis = args.has(1) ? std::string_view(as_text(args[1], ellipsis_tmp)) : "...";
   const auto ellipsis_length = std::int64_t(ruby::utf8_length(ellipsis));
   const std::int64_t keep = length > ellipsis_length ? length - ellipsis_length : 0;
   if (std::int64_t(ruby::utf8_length(input)) <= length) return Value(input);
   const std::size_t kept = ruby::utf8_offset(input, std::size_t(keep));
   std::string out;
   out.reserve(kept + ellipsis.size());
   out.append(input, 0, kept);
   out += ellipsis;
   return Value(std::move(out));
}

// Where the words-th word from `first` (a word's start) ends, when every gap before it is one
// ' ' and nothing else there is below '!': 16 (SSE2) or eight bytes at a time, counting the
// spaces. npos when the text is not like that or ends first (the general path decides then).
std::size_t single_spaced_words_end(std::string_view s, std::size_t first, std::int64_t words) {
   constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
   constexpr std::uint64_t kLows = 0x7F7F7F7F7F7F7F7FULL;
   std::uint64_t gaps_left = std::uint64_t(words);  // the words-th word ends at this many spaces on
   bool space_before = false;                        // the chunk before ended in a space
   std::size_t i = first;
#ifdef __SSE2__
   const __m128i space = _mm_set1_epi8(' ');
   for (; i + 16 <= s.size(); i += 16) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast< const __m128i* >(s.data() + i));
      // One bit per byte: bytes up to ' ' (unsigned), and bytes equal to ' '.
      const auto low = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(a, space), a)));
      const auto spaces = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(a, space)));
      if (low != spaces || (spaces & (spaces << 1)) || (space_before && (spaces & 1))) return std::string_view::npos;
      unsigned count = spaces - ((spaces >> 1) & 0x5555);  // popcount of 16 bits
      count = (count & 0x3333) + ((count >> 2) & 0x3333);
      count = (count + (count >> 4)) & 0x0F0F;
      count = (count + (count >> 8)) & 0x1F;
      if (count >= gaps_left) {
         unsigned flags = spaces;
         for (std::uint64_t k = 1; k < gaps_left; ++k) flags &= flags - 1;
         return i + std::size_t(__builtin_ctz(flags));
      }
      gaps_left -= count;
      space_before = (spaces >> 15) != 0;
   }
#endif
   for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      // Exact per byte (no carries across bytes): flags bytes below 0x21, and bytes equal to ' '.
      const std::uint64_t low = ~(((w & kLows) + kOnes * 0x5F) | w) & kHighs;
      const std::uint64_t x = w ^ (kOnes * 0x20);
      const std::uint64_t spaces = ~(((x & kLows) + kLows) | x) & kHighs;
      if (low != spaces || (spaces & (spaces << 8)) || (space_before && (spaces & 0x80))) return std::string_view::npos;
      const std::uint64_t count = ((spaces >> 7) * kOnes) >> 56;  // the flags summed in the top byte
      if (count >= gaps_left) {
         std::uint64_t flags = spaces;
         for (std::uint64_t k = 1; k < gaps_left; ++k) flags &= flags - 1;
         return i + std::size_t(__builtin_ctzll(flags) >> 3);
      }
      gaps_left -= count;
      space_before = (spaces >> 63) != 0;
   }
   return std::string_view::npos;
}

Value truncatewords(const FilterCall& call) {
   Args args(call, 0, 2);
   if (call.input.is_nil()) return Value();
   std::string tmp;
   const std::string_view input = as_text(call.input, tmp);
   std::int64_t words = args.has(0) ? to_integer(args[0]) : 15;
   if (words <= 0) words = 1;
   constexpr std::int64_t kMaxInt = (std::int64_t(1) << 31) - 1;
   if (words >= kMaxInt) {
      // The message prints the integer itself; to_integer saturates a Bignum.
      const BigInteger* big = big_integer(args[0]);
      raise_argument_error("integer " + (big ? big->str() : std::to_string(words)) + " too big for truncatewords");
   }
   std::size_t start = 0;
   while (start < input.size() && is_awk_space(input[start])) ++start;
   if (const std::size_t end = single_spaced_words_end(input, start, words); end != std::string_view::npos) {
      std::string ending_tmp;
      const std::string_view ending = args.has(1) ? std::string_view(as_text(args[1], ending_tmp)) : "...";
      std::string out;
      out.reserve(end - start + ending.size());
      out.append(input.data() + start, end - start);
      out.append(ending.data(), ending.size());
      return Value(std::move(out));
   }
   // input.split(" ", words + 1) has more than `words` fields exactly when anything, even
   // whitespace, follows the words-th word.
   // The kept words are joined by single spaces: while the text has exactly that between them,
   // they are copied as one run [first, i).
   std::string out;
   std::size_t i = 0, first = 0;
   bool single_spaced = true;
   for (std::int64_t taken = 0; taken < words; ++taken) {
      const std::size_t gap = i;
      if (i + 1 < input.size() && input[i] == ' ' && static_cast< unsigned char >(input[i + 1]) > ' ') ++i;  // one space
      else while (i < input.size() && is_awk_space(input[i])) ++i;
      if (i == input.size()) return call.input.is_string() ? call.input : Value(std::move(tmp));
      if (taken == 0) first = i;
      else if (single_spaced && !(i == gap + 1 && input[gap] == ' ')) {
         single_spaced = false;
         out.assign(input.data() + first, gap - first);
      }
      const std::size_t end = word_end(input, i);
      if (!single_spaced) {
         out += ' ';
         out.append(input.data() + i, end - i);
      }
      i = end;
   }
   if (i == input.size()) return call.input.is_string() ? call.input : Value(std::move(tmp));
   std::string ending_tmp;
   const std::string_view ending = args.has(1) ? std::string_view(as_text(args[1], ending_tmp)) : "...";
   if (single_spaced) {
      out.reserve(i - first + ending.size());
      out.assign(input.data() + first, i - first);
   }
   out += ending;
   return Value(std::move(out));
}

using StringFn = std::string (*)(std::string_view);

template < StringFn fn >
Value unary(const FilterCall& call) {
   Args args(call, 0, 0);
   std::string tmp;
   return Value(fn(as_text(call.input, tmp)));
}

std::string concat(std::string_view a, std::string_view b) {
   std::string out;
   out.reserve(a.size() + b.size());
   out.append(a);
   out.append(b);
   return out;
}

std::string strip(std::string_view s) { return std::string(rstrip_view(lstrip_view(s))); }
std::string lstrip(std::string_view s) { return std::string(lstrip_view(s)); }
std::string rstrip(std::string_view s) { return std::string(rstrip_view(s)); }

// Removes "\n" and "\r\n" (or replaces them with `with`), leaving a lone "\r".
std::string map_newlines(std::string_view s, std::string_view with) {
   std::string out;
   out.reserve(s.size());
   std::size_t from = 0;
   for (std::size_t nl = s.find('\n'); nl != std::string_view::npos; nl = s.find('\n', from)) {
      const std::size_t end = nl > from && s[nl - 1] == '\r' ? nl - 1 : nl;  // \r\n counts as one
      out.append(s, from, end - from);
      out += with;
      from = nl + 1;
   }
   out.append(s, from);
   return out;
}
std::string strip_newlines(std::string_view s) { return map_newlines(s, ""); }
std::string newline_to_br(std::string_view s) { return map_newlines(s, "<br />\n"); }

}  // namespace

void register_string_filters(Environment& env) {
   env.register_filter("downcase", unary< ruby::downcase >);
   env.register_filter("upcase", unary< ruby::upcase >);
   env.register_filter("capitalize", unary< ruby::capitalize >);
   env.register_filter("strip", unary< strip >);
   env.register_filter("lstrip", unary< lstrip >);
   env.register_filter("rstrip", unary< rstrip >);
   env.register_filter("strip_newlines", unary< strip_newlines >);
   env.register_filter("newline_to_br", unary< newline_to_br >);
   env.register_filter("slice", slice);
   env.register_filter("truncate", truncate);
   env.register_filter("truncatewords", truncatewords);
   env.register_filter("split", [](const FilterCall& call) {
      Args args(call, 1, 0);
      return Value(ruby_split(to_s(call.input), to_s(args[0])));
   });
   env.register_filter("replace", [](const FilterCall& call) {
      Args args(call, 1, 1);
      std::string tmp[3];
      return Value(replace_all(as_text(call.input, tmp[0]), as_text(args[0], tmp[1]),
                               args.has(1) ? as_text(args[1], tmp[2]) : tmp[2]));
   });
   env.register_filter("replace_first", [](const FilterCall& call) {
      Args args(call, 1, 1);
      return Value(replace_first(to_s(call.input), to_s(args[0]), args.has(1) ? to_s(args[1]) : ""));
   });
   env.register_filter("replace_last", [](const FilterCall& call) {
      Args args(call, 2, 0);
      const std::string input = to_s(call.input), from = to_s(args[0]);
      return Value(replace_at(input, input.rfind(from), from.size(), to_s(args[1])));
   });
   env.register_filter("remove", [](const FilterCall& call) {
      Args args(call, 1, 0);
      std::string tmp[2];
      return Value(replace_all(as_text(call.input, tmp[0]), as_text(args[0], tmp[1]), ""));
   });
   env.register_filter("remove_first", [](const FilterCall& call) {
      Args args(call, 1, 0);
      return Value(replace_first(to_s(call.input), to_s(args[0]), ""));
   });
   env.register_filter("remove_last", [](const FilterCall& call) {
      Args args(call, 1, 0);
      const std::string input = to_s(call.input), from = to_s(args[0]);
      return Value(replace_at(input, input.rfind(from), from.size(), ""));
   });
   env.register_filter("append", [](const FilterCall& call) {
      Args args(call, 1, 0);
      std::string tmp[2];
      return Value(concat(as_text(call.input, tmp[0]), as_text(args[0], tmp[1])));
   });
   env.register_filter("prepend", [](const FilterCall& call) {
      Args args(call, 1, 0);
      std::string tmp[2];
      return Value(concat(as_text(args[0], tmp[0]), as_text(call.input, tmp[1])));
   });
}

}  // namespace jekyllpp::liquid::filters
