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
   for (char c : text) {
      if (const char* entity = cgi_html_entity(c)) out += entity;
      else out += c;
   }
   return out;
}

}  // namespace jekyllpp::liquid::ruby
