#pragma once
// A compiled PCRE2 pattern with Ruby (Onigmo) conventions: `^`/`$` match at line ends, `.`
// stops at "\n", \w \d \s \b are ASCII-only. Patterns are compiled (and JIT-compiled) once.
#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

struct pcre2_real_code_8;
struct pcre2_real_match_data_8;
struct pcre2_real_match_context_8;

namespace jekyllpp::highlight {

class Match;

class Regex {
public:
   // `flags` holds Ruby's regexp options: i (ignore case), m (dot matches newline), x (extended).
   // An anchored regex matches only at the position it is tried at, as StringScanner#skip does.
   explicit Regex(std::string_view pattern, std::string_view flags = "", bool anchored = true);
   ~Regex();
   Regex(const Regex&) = delete;
   Regex& operator=(const Regex&) = delete;

   // Tries the pattern at `pos` of `subject`. (Inline: most rules fail on the first test.)
   bool match(std::string_view subject, std::size_t pos, Match& m) const {
      if (subject.size() - pos < min_length_) return false;
      // The first byte is only known where the match must start at `pos`.
      if (anchored_ && pos < subject.size()) {
         auto byte = static_cast<unsigned char>(subject[pos]);
         if (!(first_bytes_[byte / 8] & (1u << (byte % 8)))) return false;
      }
      return run(subject, pos, m);
   }

   // Whether a match tried at a position holding `byte` (not the end) passes the first-byte test.
   bool may_start_with(unsigned char byte) const {
      return !anchored_ || (first_bytes_[byte / 8] & (1u << (byte % 8)));
   }

private:
   bool run(std::string_view subject, std::size_t pos, Match& m) const;
   void compile_jit() const;
   void learn_first_bytes();
   pcre2_real_code_8* code_;
   // JIT-compiled when first run, not when built: a lexer has many rules a document never
   // reaches, and compiling one costs more than many matches. (Lexers are shared by threads.)
   mutable std::atomic<bool> jit_tried_{false};
   mutable bool jit_ = false;
   bool anchored_ = true;
   // What PCRE2 knows of the matches: their least length and the bytes they can start with.
   // Most rules fail on their first byte, so checking it first saves most calls into PCRE2.
   std::size_t min_length_ = 0;
   std::array<std::uint8_t, 32> first_bytes_;
};

// The groups of the last successful match; unset groups read as empty, as Ruby's nil does here.
class Match {
public:
   Match();
   ~Match();
   Match(const Match&) = delete;
   Match& operator=(const Match&) = delete;

   // (Inline: tokens read them after every match.)
   bool has(int group) const { return group < count_ && ovector_[2 * group] != unset; }
   std::string_view operator[](int group) const {
      if (!has(group)) return {};
      return subject_.substr(ovector_[2 * group], ovector_[2 * group + 1] - ovector_[2 * group]);
   }
   std::size_t end(int group = 0) const { return has(group) ? ovector_[2 * group + 1] : 0; }

private:
   friend class Regex;
   static constexpr std::size_t unset = ~std::size_t{0};  // PCRE2_UNSET
   pcre2_real_match_data_8* data_;
   // This thread's match context (its JIT stack), looked up once: a Match is used by one thread.
   pcre2_real_match_context_8* context_;
   std::string_view subject_;
   std::size_t* ovector_;
   int count_ = 0;
};

}  // namespace jekyllpp::highlight
