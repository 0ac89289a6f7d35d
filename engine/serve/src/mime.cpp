#include "jekyllpp/serve/mime.hpp"

#include <algorithm>
#include <cctype>

#include "mime_table.hpp"

namespace jekyllpp::serve {
namespace {

bool is_word(char c) {
   return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::string lower(std::string_view s) {
   std::string out(s);
   for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
   return out;
}

const std::string_view* find_type(std::string_view extension) {
   if (extension.empty()) return nullptr;
   std::string key = lower(extension);
   const MimeEntry* end = kMimeByExtension + kMimeByExtensionCount;
   const MimeEntry* it = std::lower_bound(kMimeByExtension, end, std::string_view(key),
      [](const MimeEntry& e, std::string_view k) { return e.extension < k; });
   if (it == end || it->extension != key) return nullptr;
   return &it->type;
}

}  // namespace

std::string_view mime_type(std::string_view filename) {
   std::size_t dot = filename.rfind('.');
   if (dot != std::string_view::npos) {
      std::string_view tail = filename.substr(dot + 1);
      // /\.(\w+)$/
      if (!tail.empty() && std::all_of(tail.begin(), tail.end(), is_word)) {
         if (const std::string_view* type = find_type(tail)) return *type;
      }
      // /\.(\w+)\.[\w\-]+$/
      bool tail_ok = !tail.empty() && std::all_of(tail.begin(), tail.end(), [](char c) {
         return is_word(c) || c == '-';
      });
      std::size_t prev = dot == 0 ? std::string_view::npos : filename.rfind('.', dot - 1);
      if (tail_ok && prev != std::string_view::npos) {
         std::string_view middle = filename.substr(prev + 1, dot - prev - 1);
         if (!middle.empty() && std::all_of(middle.begin(), middle.end(), is_word)) {
            if (const std::string_view* type = find_type(middle)) return *type;
         }
      }
   }
   return "application/octet-stream";
}

std::string content_type_with_charset(std::string_view type, std::string_view encoding) {
   std::string result(type);
   const std::string_view* end = kTypesWithCharset + kTypesWithCharsetCount;
   if (!std::binary_search(kTypesWithCharset, end, type)) return result;
   if (type.find("charset=") != std::string_view::npos) return result;
   result += "; charset=";
   result += encoding;
   return result;
}

}  // namespace jekyllpp::serve
