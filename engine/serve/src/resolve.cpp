#include "jekyllpp/serve/resolve.hpp"

#include <fnmatch.h>
#include <sys/stat.h>

#include <array>
#include <climits>
#include <cstdlib>
#include <vector>

namespace jekyllpp::serve {
namespace {

constexpr std::array<const char*, 8> kDirectoryIndex = {
   "index.htm", "index.html", "index.rhtml", "index.xht",
   "index.xhtml", "index.cgi", "index.xml", "index.json"};

int hex_value(char c) {
   if (c >= '0' && c <= '9') return c - '0';
   if (c >= 'a' && c <= 'f') return c - 'a' + 10;
   if (c >= 'A' && c <= 'F') return c - 'A' + 10;
   return -1;
}

bool is_file(const std::string& path) {
   struct stat st;
   return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_directory(const std::string& path) {
   struct stat st;
   return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// WEBrick's nondisclosure_name? (Jekyll's ".ht*", "~*") and windows_ambiguous_name?.
bool undisclosed(std::string_view name) {
   std::string n(name);
   if (::fnmatch(".ht*", n.c_str(), FNM_CASEFOLD | FNM_PERIOD) == 0) return true;
   if (::fnmatch("~*", n.c_str(), FNM_CASEFOLD) == 0) return true;
   if (!n.empty() && (n.back() == '.' || n.back() == ' ')) return true;
   return n.size() >= 7 && n.compare(n.size() - 7, 7, "::$DATA") == 0;
}

std::string_view basename_of(std::string_view path) {
   std::size_t slash = path.rfind('/');
   return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// Jekyll's search_file: NAME, NAME.html, NAME.xhtml.
bool search_file(const std::string& dir, std::string_view base, std::string& found) {
   for (const char* suffix : {"", ".html", ".xhtml"}) {
      std::string candidate = dir;
      candidate += base;
      candidate += suffix;
      if (is_file(candidate)) {
         found = std::move(candidate);
         return true;
      }
   }
   return false;
}

bool search_index_file(const std::string& root, const std::string& dir, bool directory_index,
                       std::string& found) {
   if (directory_index) {
      for (const char* index : kDirectoryIndex) {
         if (search_file(dir, std::string("/") + index, found)) return true;
      }
   }
   // Jekyll's DIR.html fallback names a sibling of the directory: never one of the root.
   if (dir == root) return false;
   return search_file(dir, ".html", found) || search_file(dir, ".xhtml", found);
}

bool inside_root(const std::string& root, const std::string& path) {
   char buffer[PATH_MAX];
   if (!::realpath(path.c_str(), buffer)) return false;
   std::string_view real(buffer);
   if (real == root) return true;
   return real.size() > root.size() && real.compare(0, root.size(), root) == 0 &&
          (root.back() == '/' || real[root.size()] == '/');
}

Resolution found_at(const std::string& root, Resolution::Kind kind, std::string path) {
   Resolution result;
   if (undisclosed(basename_of(path))) return result;
   if (!inside_root(root, path)) {
      result.kind = Resolution::Kind::Forbidden;
      return result;
   }
   result.kind = kind;
   result.file = std::move(path);
   return result;
}

}  // namespace

bool decode_request_path(std::string_view raw, std::string& decoded) {
   decoded.clear();
   decoded.reserve(raw.size());
   for (std::size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      if (c == '%' && i + 2 < raw.size()) {
         int hi = hex_value(raw[i + 1]), lo = hex_value(raw[i + 2]);
         if (hi >= 0 && lo >= 0) {
            c = static_cast<char>(hi * 16 + lo);
            i += 2;
         }
      }
      if (c == '\0') return false;
      decoded += c;
   }
   return true;
}

bool normalize_request_path(std::string_view decoded, std::string& normalized) {
   if (decoded.empty() || decoded.front() != '/') return false;
   std::vector<std::string_view> segments;
   bool trailing_slash = false;
   std::size_t pos = 0;
   while (pos < decoded.size()) {
      std::size_t next = decoded.find('/', pos);
      if (next == std::string_view::npos) next = decoded.size();
      std::string_view segment = decoded.substr(pos, next - pos);
      trailing_slash = next < decoded.size() || segment.empty() || segment == "." ||
                       segment == "..";
      if (segment == "..") {
         if (segments.empty()) return false;
         segments.pop_back();
      } else if (!segment.empty() && segment != ".") {
         segments.push_back(segment);
      }
      pos = next + 1;
   }
   normalized = "/";
   for (std::size_t i = 0; i < segments.size(); ++i) {
      if (i) normalized += '/';
      normalized += segments[i];
   }
   if (trailing_slash && !segments.empty()) normalized += '/';
   return true;
}

Resolution resolve(const std::string& root, std::string_view path, bool directory_index) {
   // WEBrick's path_info.scan(%r|/[^/]*|): "/docs/" -> "/docs", "/".
   std::vector<std::string_view> segments;
   for (std::size_t pos = 0; pos < path.size();) {
      std::size_t next = path.find('/', pos + 1);
      if (next == std::string_view::npos) next = path.size();
      segments.push_back(path.substr(pos, next - pos));
      pos = next;
   }

   std::string dir = root;
   std::size_t i = 0;
   for (; i < segments.size() && segments[i] != "/"; ++i) {
      std::string candidate = dir;
      candidate += segments[i];
      if (!is_directory(candidate)) break;
      if (undisclosed(basename_of(segments[i]))) return {};
      dir = std::move(candidate);
   }

   std::string found;
   if (i == segments.size()) {
      Resolution redirect;
      redirect.kind = Resolution::Kind::Redirect;
      return redirect;
   }
   if (segments[i] == "/") {
      if (search_index_file(root, dir, directory_index, found)) {
         return found_at(root, Resolution::Kind::File, std::move(found));
      }
      return found_at(root, Resolution::Kind::Listing, std::move(dir));
   }
   if (search_file(dir, segments[i], found)) {
      return found_at(root, Resolution::Kind::File, std::move(found));
   }
   return {};
}

}  // namespace jekyllpp::serve
