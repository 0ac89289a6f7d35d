#include "jekyllpp/site/iso_time_text.hpp"

namespace jekyllpp::site {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A reading position in the text. Every repetition of the pattern is greedy and what follows
// it never starts with what it repeats, so no step needs to give back what it took.
class Reader {
public:
   explicit Reader(std::string_view text) : text_(text) {}

   bool at_end() const { return at_ == text_.size(); }
   char peek() const { return at_end() ? '\0' : text_[at_]; }
   std::size_t position() const { return at_; }
   void rewind(std::size_t to) { at_ = to; }

   void skip_spaces() {
      while (!at_end() && is_space(text_[at_])) ++at_;
   }
   bool take(char c) {
      if (at_end() || text_[at_] != c) return false;
      ++at_;
      return true;
   }
   bool take(std::string_view word) {
      if (text_.substr(at_, word.size()) != word) return false;
      at_ += word.size();
      return true;
   }
   // min to max digits, as many as there are: `digits` views them.
   bool take_digits(std::size_t min, std::size_t max, std::string_view& digits) {
      std::size_t end = at_;
      while (end < text_.size() && end - at_ < max && is_digit(text_[end])) ++end;
      if (end - at_ < min) return false;
      digits = text_.substr(at_, end - at_);
      at_ = end;
      return true;
   }

private:
   std::string_view text_;
   std::size_t at_ = 0;
};

// (?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?
bool read_clock(Reader& in, IsoTimeGroups& groups) {
   if (!in.take('T') && !in.take('t')) {
      if (!is_space(in.peek())) return false;
      in.skip_spaces();
   }
   if (!in.take_digits(1, 2, groups[4]) || !in.take(':') || !in.take_digits(2, 2, groups[5])) return false;
   const std::size_t before_seconds = in.position();
   if (!in.take(':') || !in.take_digits(2, 2, groups[6])) {
      in.rewind(before_seconds);
      groups[6] = {};
      return true;
   }
   const std::size_t before_fraction = in.position();
   if (!in.take('.') || !in.take_digits(1, std::string_view::npos, groups[7])) {
      in.rewind(before_fraction);
      groups[7] = {};
   }
   return true;
}

// Z|UTC|GMT|[-+]\d{2}(?::?\d{2})?
bool read_zone(Reader& in, std::string_view text, IsoTimeGroups& groups) {
   const std::size_t start = in.position();
   std::string_view digits;
   if (in.take('Z') || in.take("UTC") || in.take("GMT")) {
   } else if ((in.take('+') || in.take('-')) && in.take_digits(2, 2, digits)) {
      const std::size_t before_minutes = in.position();
      in.take(':');
      if (!in.take_digits(2, 2, digits)) in.rewind(before_minutes);
   } else {
      in.rewind(start);
      return false;
   }
   groups[8] = text.substr(start, in.position() - start);
   return true;
}

}  // namespace

bool match_iso_time(std::string_view text, IsoTimeGroups& groups) {
   groups = {};
   Reader in(text);
   in.skip_spaces();
   if (!in.take_digits(4, 4, groups[1]) || !in.take('-') || !in.take_digits(1, 2, groups[2]) || !in.take('-') ||
       !in.take_digits(1, 2, groups[3]))
      return false;
   const std::size_t before_clock = in.position();
   if (!read_clock(in, groups)) {
      in.rewind(before_clock);
      groups[4] = groups[5] = groups[6] = groups[7] = {};
   }
   in.skip_spaces();
   read_zone(in, text, groups);
   in.skip_spaces();
   return in.at_end();
}

}  // namespace jekyllpp::site
