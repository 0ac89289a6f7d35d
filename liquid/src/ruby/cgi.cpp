#include "jekyllpp/liquid/ruby/cgi.hpp"

namespace jekyllpp::liquid::ruby {

const char* cgi_html_entity(char c) {
   switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&#39;";
      default: return nullptr;
   }
}

namespace {
struct EscapedBytes {
   bool escaped[256] = {};
   constexpr EscapedBytes() {
      for (char c : {'&', '<', '>', '"', '\''}) escaped[static_cast< unsigned char >(c)] = true;
   }
};
constexpr EscapedBytes kEscaped;
}  // namespace

std::string cgi_escape_html(std::string_view text) {
   std::size_t first = 0;  // text without anything to escape (the common case) is copied whole
   while (first < text.size() && !kEscaped.escaped[static_cast< unsigned char >(text[first])]) ++first;
   if (first == text.size()) return std::string(text);
   std::string out;
   out.reserve(text.size() + text.size() / 8);
   std::size_t run = 0;  // the start of the characters not yet copied, copied in one piece
   for (std::size_t i = first; i < text.size(); ++i) {
      if (const char* entity = cgi_html_entity(text[i])) {
         out.append(text.data() + run, i - run);
         out += entity;
         run = i + 1;
      }
   }
   out.append(text.data() + run, text.size() - run);
   return out;
}

}  // namespace jekyllpp::liquid::ruby
