#include "jekyllpp/site/path_util.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace jekyllpp::site {

std::string join_path(std::string_view base, std::string_view item) {
   if (base.empty()) return std::string(item);
   if (item.empty()) return std::string(base);
   std::string out(base);
   while (!out.empty() && out.back() == '/') out.pop_back();
   while (!item.empty() && item.front() == '/') item.remove_prefix(1);
   out += '/';
   out += item;
   return out;
}

std::string sanitized_path(const std::string& base, const std::string& path) {
   if (path == base) return base;
   // File.expand_path(path, "/") ("~" made "/~" first, which leaves the segments as they are):
   // "." and ".." segments resolved from the root, each kept one written as "/segment".
   std::string clean;
   clean.reserve(path.size() + 1);
   const std::string_view rest(path);
   for (std::size_t start = 0; start <= rest.size();) {
      const std::size_t slash = rest.find('/', start);
      const std::string_view part = rest.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
      if (part == "..") {
         if (!clean.empty()) clean.erase(clean.rfind('/'));
      } else if (!part.empty() && part != ".") {
         clean += '/';
         clean += part;
      }
      if (slash == std::string_view::npos) break;
      start = slash + 1;
   }
   if (clean.empty()) clean = "/";
   if (clean == base) return clean;
   const std::size_t prefix = base.size() && base.back() == '/' ? base.size() - 1 : base.size();
   if (clean.size() > prefix && clean.compare(0, prefix, base, 0, prefix) == 0 && clean[prefix] == '/') return clean;
   return join_path(base, clean) == base ? base : base + (clean == "/" ? "" : clean);
}

std::string extname(std::string_view name) {
   std::string_view base = name.substr(name.find_last_of('/') == std::string_view::npos ? 0 : name.find_last_of('/') + 1);
   std::size_t start = 0;
   while (start < base.size() && base[start] == '.') ++start;
   std::size_t dot = base.find_last_of('.');
   if (dot == std::string_view::npos || dot < start || dot + 1 == base.size()) return "";
   return std::string(base.substr(dot));
}

std::string basename(std::string_view path) {
   while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
   std::size_t slash = path.find_last_of('/');
   return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string dirname(std::string_view path) {
   while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
   std::size_t slash = path.find_last_of('/');
   if (slash == std::string_view::npos) return ".";
   if (slash == 0) return "/";
   return std::string(path.substr(0, slash));
}

std::string read_file_bytes(const std::string& path) {
   int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
   if (fd < 0) throw std::runtime_error(std::strerror(errno) + std::string(" @ rb_sysopen - ") + path);
   // Read in place, asking for one byte more than the file's size: a read that fills less than
   // it asked for has met the end of a regular file, so a file read whole needs no read of 0.
   struct stat st{};
   const bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
   std::size_t want = std::max< std::size_t >(regular && st.st_size > 0 ? std::size_t(st.st_size) + 1 : 0, 4096);
   std::string text;
   std::size_t have = 0;
   for (;;) {
      text.resize(have + want);
      ssize_t n = ::read(fd, text.data() + have, want);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      have += std::size_t(n);
      if (regular && std::size_t(n) < want) break;
      if (std::size_t(n) == want) want = have;  // a growing file or a pipe: twice the room
      else want -= std::size_t(n);
   }
   text.resize(have);
   ::close(fd);
   return text;
}

std::string read_file(const std::string& path) {
   std::string text = read_file_bytes(path);
   // Ruby reads with "bom|utf-8": a leading byte order mark is dropped.
   if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
   return text;
}

std::string strip_trailing_dots(std::string text) {
   while (!text.empty() && text.back() == '.') text.pop_back();
   return text;
}

}  // namespace jekyllpp::site
