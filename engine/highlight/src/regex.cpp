#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.hpp"

#include <pcre2.h>

#include <stdexcept>
#include <string>

namespace jekyllpp::highlight {

Regex::Regex(std::string_view pattern, std::string_view flags, bool anchored) {
   std::uint32_t options = PCRE2_UTF | PCRE2_MULTILINE | PCRE2_NO_UTF_CHECK;
   if (anchored) options |= PCRE2_ANCHORED;
   for (char f : flags) {
      if (f == 'i') options |= PCRE2_CASELESS;
      else if (f == 'm') options |= PCRE2_DOTALL;
      else if (f == 'x') options |= PCRE2_EXTENDED;
   }
   int error = 0;
   PCRE2_SIZE offset = 0;
   code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options,
                         &error, &offset, nullptr);
   if (!code_) {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message(error, message, sizeof message);
      throw std::logic_error("highlight: bad pattern /" + std::string(pattern) + "/ at " +
                             std::to_string(offset) + ": " + reinterpret_cast<char*>(message));
   }
   pcre2_jit_compile(code_, PCRE2_JIT_COMPLETE);
   Match probe;
   matches_empty_ = match(std::string_view("", 0), 0, probe);
}

Regex::~Regex() { pcre2_code_free(code_); }

bool Regex::match(std::string_view subject, std::size_t pos, Match& m) const {
   int rc = pcre2_match(code_, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), pos,
                        PCRE2_NO_UTF_CHECK, m.data_, nullptr);
   if (rc <= 0) return false;
   m.subject_ = subject;
   m.count_ = rc;
   return true;
}

Match::Match() {
   data_ = pcre2_match_data_create(40, nullptr);
   ovector_ = pcre2_get_ovector_pointer(data_);
}

Match::~Match() { pcre2_match_data_free(data_); }

bool Match::has(int group) const {
   return group < count_ && ovector_[2 * group] != PCRE2_UNSET;
}

std::string_view Match::operator[](int group) const {
   if (!has(group)) return {};
   return subject_.substr(ovector_[2 * group], ovector_[2 * group + 1] - ovector_[2 * group]);
}

std::size_t Match::begin(int group) const { return has(group) ? ovector_[2 * group] : 0; }
std::size_t Match::end(int group) const { return has(group) ? ovector_[2 * group + 1] : 0; }

}  // namespace jekyllpp::highlight
