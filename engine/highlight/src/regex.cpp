#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.hpp"

#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <stdexcept>
#include <string>

namespace jekyllpp::highlight {

namespace {

// A JIT stack big enough for patterns like '(\\.|[^'])*' over long strings, where PCRE2's
// default 32 KB would fail the match that Onigmo makes. One per thread: a match finishes before
// any other starts.
class JitContext {
public:
   JitContext() {
      stack_ = pcre2_jit_stack_create(64 * 1024, 512 * 1024 * 1024, nullptr);
      context_ = pcre2_match_context_create(nullptr);
      pcre2_jit_stack_assign(context_, nullptr, stack_);
   }
   ~JitContext() {
      pcre2_match_context_free(context_);
      pcre2_jit_stack_free(stack_);
   }
   JitContext(const JitContext&) = delete;
   JitContext& operator=(const JitContext&) = delete;
   pcre2_match_context* get() { return context_; }

private:
   pcre2_jit_stack* stack_;
   pcre2_match_context* context_;
};

pcre2_match_context* match_context() {
   thread_local JitContext context;
   return context.get();
}

// Onigmo's \b and \B see a word character as Unicode does (letters, marks, digits,
// connectors), though its \w is ASCII: "é" ends a word for \b but is no \w. PCRE2's \b follows
// its \w, so both are written out as lookarounds on that set. Character classes are copied as
// they are (there \b is a backspace).
std::string unicode_word_boundaries(std::string_view pattern) {
   static const std::string word = R"([\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\x{200C}\x{200D}])";
   static const std::string boundary =
      "(?:(?<=" + word + ")(?!" + word + ")|(?<!" + word + ")(?=" + word + "))";
   static const std::string non_boundary =
      "(?:(?<=" + word + ")(?=" + word + ")|(?<!" + word + ")(?!" + word + "))";
   std::string out;
   out.reserve(pattern.size());
   bool in_class = false;
   for (std::size_t i = 0; i < pattern.size(); ++i) {
      char c = pattern[i];
      if (c == '\\' && i + 1 < pattern.size()) {
         char next = pattern[++i];
         if (!in_class && next == 'b') out += boundary;
         else if (!in_class && next == 'B') out += non_boundary;
         else (out += c) += next;
         continue;
      }
      out += c;
      if (!in_class && c == '[') {
         in_class = true;
         // A "]" first in the class (after an optional "^") is a literal.
         if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
         if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      } else if (in_class && c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') {
         std::size_t end = pattern.find(":]", i + 2);  // a POSIX class such as [:alpha:]
         if (end != std::string_view::npos) {
            out.append(pattern.substr(i + 1, end + 2 - (i + 1)));
            i = end + 1;
         }
      } else if (in_class && c == ']') {
         in_class = false;
      }
   }
   return out;
}

}  // namespace

Regex::Regex(std::string_view given, std::string_view flags, bool anchored) {
   std::string rewritten = unicode_word_boundaries(given);
   std::string_view pattern = rewritten;
   std::uint32_t options = PCRE2_UTF | PCRE2_MULTILINE | PCRE2_NO_UTF_CHECK;
   anchored_ = anchored;
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
   learn_first_bytes();
}

void Regex::compile_jit() const {
   static std::mutex mutex;
   std::lock_guard<std::mutex> lock(mutex);
   if (jit_tried_.load(std::memory_order_relaxed)) return;
   jit_ = pcre2_jit_compile(code_, PCRE2_JIT_COMPLETE) == 0;
   jit_tried_.store(true, std::memory_order_release);
}

Regex::~Regex() { pcre2_code_free(code_); }

void Regex::learn_first_bytes() {
   std::uint32_t min_length = 0, first_type = 0, first_unit = 0;
   const std::uint8_t* bitmap = nullptr;
   pcre2_pattern_info(code_, PCRE2_INFO_MINLENGTH, &min_length);
   pcre2_pattern_info(code_, PCRE2_INFO_FIRSTCODETYPE, &first_type);
   pcre2_pattern_info(code_, PCRE2_INFO_FIRSTCODEUNIT, &first_unit);
   pcre2_pattern_info(code_, PCRE2_INFO_FIRSTBITMAP, &bitmap);
   min_length_ = min_length;
   if (bitmap) {
      std::copy(bitmap, bitmap + 32, first_bytes_.begin());
   } else if (first_type == 1) {
      first_bytes_.fill(0);
      auto allow = [this](std::uint32_t byte) { first_bytes_[byte / 8] |= 1u << (byte % 8); };
      allow(first_unit & 0xFF);
      // The unit may stand for both cases when the pattern ignores case.
      if (std::isalpha(static_cast<int>(first_unit))) allow(first_unit ^ 0x20);
   } else {
      first_bytes_.fill(0xFF);
   }
}

bool Regex::run(std::string_view subject, std::size_t pos, Match& m) const {
   if (!jit_tried_.load(std::memory_order_acquire)) compile_jit();
   auto match = jit_ ? pcre2_jit_match : pcre2_match;
   int rc = match(code_, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), pos,
                  PCRE2_NO_UTF_CHECK, m.data_, m.context_);
   if (rc <= 0) return false;
   m.subject_ = subject;
   m.count_ = rc;
   return true;
}

Match::Match() {
   static_assert(unset == PCRE2_UNSET);
   data_ = pcre2_match_data_create(40, nullptr);
   context_ = match_context();
   ovector_ = pcre2_get_ovector_pointer(data_);
}

Match::~Match() { pcre2_match_data_free(data_); }

}  // namespace jekyllpp::highlight
