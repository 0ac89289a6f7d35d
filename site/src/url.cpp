#include "jekyllpp/site/url.hpp"

#include <cctype>
#include <stdexcept>

#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::site {

namespace {

bool simple_path(std::string_view path) {
   for (char c : path)
      if (!(std::isalnum(static_cast< unsigned char >(c)) || c == '.' || c == '/' || c == '-')) return false;
   return true;
}

// Characters Addressable leaves alone in a path (unreserved, sub-delims, ":@/") plus the
// "?" that starts a query; every "#" ends up as %23.
bool uri_safe(unsigned char c) {
   if (std::isalnum(c)) return true;
   switch (c) {
      case '-': case '.': case '_': case '~': case '!': case '$': case '&': case '\'': case '(': case ')':
      case '*': case '+': case ',': case ';': case '=': case ':': case '@': case '/': case '?':
         return true;
      default: return false;
   }
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
   if (from.empty()) return;
   std::size_t pos = 0;
   while ((pos = text.find(from, pos)) != std::string::npos) {
      text.replace(pos, from.size(), to);
      pos += to.size();
   }
}

}  // namespace

std::string escape_path(std::string_view path) {
   if (path.empty() || simple_path(path)) return std::string(path);
   static const char* hex = "0123456789ABCDEF";
   std::string out;
   out.reserve(path.size() + 8);
   for (unsigned char c : path) {
      if (uri_safe(c)) {
         out += char(c);
      } else {
         out += '%';
         out += hex[c >> 4];
         out += hex[c & 15];
      }
   }
   return out;
}

std::string unescape_path(std::string_view path) {
   if (path.find('%') == std::string_view::npos) return std::string(path);
   std::string out;
   out.reserve(path.size());
   for (std::size_t i = 0; i < path.size(); ++i) {
      if (path[i] == '%' && i + 2 < path.size() + 0 && std::isxdigit(static_cast< unsigned char >(path[i + 1])) &&
          std::isxdigit(static_cast< unsigned char >(path[i + 2]))) {
         out += char(std::stoi(std::string(path.substr(i + 1, 2)), nullptr, 16));
         i += 2;
      } else {
         out += path[i];
      }
   }
   return out;
}

std::string sanitize_url(std::string_view url) {
   std::string result = "/";
   result += url;
   replace_all(result, "..", "/");
   replace_all(result, "./", "");
   std::string squeezed;
   squeezed.reserve(result.size());
   for (char c : result)
      if (!(c == '/' && !squeezed.empty() && squeezed.back() == '/')) squeezed += c;
   return squeezed;
}

std::string url_from_hash(const std::string& url_template, const PlaceholderList& placeholders) {
   std::string result = url_template;
   for (const auto& [name, value] : placeholders) {
      if (result.find(':') == std::string::npos) break;
      if (!value) replace_all(result, "/:" + name, "");
      else replace_all(result, ":" + name, escape_path(*value));
   }
   return sanitize_url(result);
}

std::string url_from_lookup(const std::string& url_template, const PlaceholderLookup& lookup) {
   std::string result;
   result.reserve(url_template.size() + 16);
   for (std::size_t i = 0; i < url_template.size();) {
      std::size_t end = i + 1;
      if (url_template[i] == ':')
         while (end < url_template.size() && (std::islower(static_cast< unsigned char >(url_template[end])) ||
                                              url_template[end] == '_'))
            ++end;
      if (url_template[i] != ':' || end == i + 1) {
         result += url_template[i++];
         continue;
      }
      std::string name = url_template.substr(i + 1, end - i - 1);
      std::optional< std::string > value = lookup(name);
      std::string matched = name;
      if (!value && name.back() == '_') {
         matched = name.substr(0, name.size() - 1);
         value = lookup(matched);
      }
      if (!value) {
         std::string pool = name.back() == '_' ? name + " or " + name.substr(0, name.size() - 1) : name;
         throw Error(Error::Kind::Other,
                     "The URL template doesn't have " + pool + " keys. Check your permalink template!", "NoMethodError");
      }
      // ":title_" with key "title" keeps the trailing "_".
      result += escape_path(*value);
      result += name.substr(matched.size());
      i = end;
   }
   return sanitize_url(result);
}

std::string add_permalink_suffix(std::string url_template, const std::string& style) {
   if (style == "pretty") {
      url_template += "/";
   } else if (style == "date" || style == "ordinal" || style == "none") {
      url_template += ":output_ext";
   } else {
      if (!style.empty() && style.back() == '/') url_template += "/";
      if (style.size() >= 11 && style.compare(style.size() - 11, 11, ":output_ext") == 0)
         url_template += ":output_ext";
   }
   return url_template;
}

}  // namespace jekyllpp::site
