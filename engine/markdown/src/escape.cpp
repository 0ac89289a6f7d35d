#include "escape.hpp"

#include "byte_scan.hpp"

namespace jekyllpp::markdown {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Length of the entity reference (REXML's REFERENCE_RE) starting at `pos`, or 0.
size_t entity_length(std::string_view s, size_t pos) {
   size_t i = pos + 1;
   if (i < s.size() && s[i] == '#') {
      ++i;
      bool hex = i < s.size() && s[i] == 'x';
      if (hex) ++i;
      size_t start = i;
      while (i < s.size() && (hex ? is_hex(s[i]) : is_digit(s[i]))) ++i;
      if (i == start) return 0;
   } else {
      if (i >= s.size() || !(is_alpha(s[i]) || s[i] == '_' || s[i] == ':')) return 0;
      ++i;
      while (i < s.size() &&
             (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '_' || s[i] == ':' || s[i] == '-' ||
              s[i] == '.'))
         ++i;
   }
   return i < s.size() && s[i] == ';' ? i + 1 - pos : 0;
}

void append_escaped(std::string& out, std::string_view s, bool quote, bool keep_entities) {
   size_t run = 0;
   for (size_t i = 0; i < s.size(); ++i) {
      i = find_byte_of<false, '<', '>', '"', '&'>(s, i);  // past most characters
      if (i == s.size()) break;
      const char c = s[i];
      const char* rep = nullptr;
      switch (c) {
         case '<': rep = "&lt;"; break;
         case '>': rep = "&gt;"; break;
         case '"': rep = quote ? "&quot;" : nullptr; break;
         case '&':
            if (keep_entities) {
               size_t len = entity_length(s, i);
               if (len) {
                  i += len - 1;
                  continue;
               }
            }
            rep = "&amp;";
            break;
         default: break;
      }
      if (!rep) continue;
      out.append(s.data() + run, i - run);
      out += rep;
      run = i + 1;
   }
   out.append(s.data() + run, s.size() - run);
}

}  // namespace

void append_escaped_text(std::string& out, std::string_view text) {
   append_escaped(out, text, false, true);
}

void append_escaped_attribute(std::string& out, std::string_view value) {
   append_escaped(out, value, true, true);
}

void append_escaped_code(std::string& out, std::string_view code) {
   append_escaped(out, code, false, false);
}

}  // namespace jekyllpp::markdown
