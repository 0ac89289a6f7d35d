#include "jekyllpp/site/slugify.hpp"

#include <cctype>
#include <cstring>

#include "jekyllpp/liquid/ruby/case.hpp"

namespace jekyllpp::site {

namespace {

bool is_alnum(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

bool keeps(unsigned char c, std::string_view mode) {
   if (mode == "raw") return !std::isspace(c);
   if (mode == "ascii") return std::isalnum(c);
   if (mode == "pretty") return is_alnum(c) || (c && std::strchr("._~!$&'()+,;=@", c));
   return is_alnum(c);
}

}  // namespace

std::string slugify(std::string_view text, std::string_view mode, bool cased) {
   if (mode != "raw" && mode != "default" && mode != "pretty" && mode != "ascii" && mode != "latin") {
      return cased ? std::string(text) : liquid::ruby::downcase(text);
   }
   std::string slug;
   slug.reserve(text.size());
   bool in_run = false;
   for (unsigned char c : text) {
      if (keeps(c, mode)) {
         slug += char(c);
         in_run = false;
      } else if (!in_run) {
         slug += '-';
         in_run = true;
      }
   }
   if (!slug.empty() && slug.front() == '-') slug.erase(0, 1);
   if (!slug.empty() && slug.back() == '-') slug.pop_back();
   return cased ? slug : liquid::ruby::downcase(slug);
}

std::string titleize_slug(std::string_view slug) {
   std::string out;
   std::size_t start = 0;
   bool first = true;
   while (start <= slug.size()) {
      std::size_t dash = slug.find('-', start);
      std::string_view word = slug.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
      if (!word.empty() || dash != std::string_view::npos) {
         if (!first) out += ' ';
         first = false;
         for (std::size_t i = 0; i < word.size(); ++i)
            out += char(i == 0 ? std::toupper(static_cast< unsigned char >(word[i]))
                               : std::tolower(static_cast< unsigned char >(word[i])));
      }
      if (dash == std::string_view::npos) break;
      start = dash + 1;
   }
   return out;
}

}  // namespace jekyllpp::site
