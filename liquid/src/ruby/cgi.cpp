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

std::string cgi_escape_html(std::string_view text) {
   std::string out;
   out.reserve(text.size() + text.size() / 8);
   std::size_t from = 0;  // text[from, i) has nothing to escape
   for (std::size_t i = 0; i < text.size(); ++i) {
      if (const char* entity = cgi_html_entity(text[i])) {
         out.append(text.data() + from, i - from);
         out += entity;
         from = i + 1;
      }
   }
   out.append(text.data() + from, text.size() - from);
   return out;
}

}  // namespace jekyllpp::liquid::ruby
