#include "respond.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

#include "jekyllpp/serve/inject.hpp"
#include "jekyllpp/serve/mime.hpp"
#include "jekyllpp/serve/range.hpp"
#include "jekyllpp/serve/resolve.hpp"
#include "pages.hpp"

namespace jekyllpp::serve {
namespace {

constexpr const char* kMultipartBoundary = "jekyllpp_byteranges_7c3a9e";

bool read_part(int fd, std::uint64_t offset, std::uint64_t length, std::string& out) {
   std::size_t start = out.size();
   out.resize(start + length);
   std::uint64_t done = 0;
   while (done < length) {
      ssize_t n = ::pread(fd, out.data() + start + done, length - done,
                          static_cast<off_t>(offset + done));
      if (n <= 0) {
         out.resize(start + done);
         return false;
      }
      done += static_cast<std::uint64_t>(n);
   }
   return true;
}

bool read_file(const std::string& path, std::string& out) {
   int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
   if (fd < 0) return false;
   struct stat st;
   bool ok = ::fstat(fd, &st) == 0 && read_part(fd, 0, static_cast<std::uint64_t>(st.st_size), out);
   ::close(fd);
   return ok;
}

bool is_html(std::string_view type) { return type.find("text/html") != std::string_view::npos; }

class Responder {
public:
   Responder(const HttpConfig& config, const std::string& root, const Request& request,
             const std::string* build_error)
      : config_(config), root_(root), request_(request), build_error_(build_error) {}

   Response run() {
      if (request_.method == "OPTIONS") {
         response_.headers.emplace_back("Allow", "GET,HEAD,OPTIONS");
         return finish();
      }
      if (request_.method != "GET" && request_.method != "HEAD") {
         return error(405, "Method Not Allowed", "unsupported method `" + request_.method + "'.");
      }
      std::string_view target = request_.target;
      std::size_t question = target.find('?');
      std::string_view raw_path = target.substr(0, question);
      if (question != std::string_view::npos) query_ = std::string(target.substr(question));
      std::string decoded;
      if (!decode_request_path(raw_path, decoded) || !normalize_request_path(decoded, path_)) {
         return error(400, "Bad Request", "bad URI `" + std::string(raw_path) + "'.");
      }
      std::string_view path_info = path_;
      std::string_view base = config_.baseurl;
      while (!base.empty() && base.back() == '/') base.remove_suffix(1);
      if (!base.empty()) {
         if (path_info.compare(0, base.size(), base) != 0 ||
             (path_info.size() > base.size() && path_info[base.size()] != '/')) {
            return not_found();
         }
         path_info.remove_prefix(base.size());
      }

      Resolution resolution = resolve(root_, path_info, config_.directory_index);
      switch (resolution.kind) {
         case Resolution::Kind::File: return file(resolution.file);
         case Resolution::Kind::Listing: return listing(resolution.file);
         case Resolution::Kind::Redirect: return redirect();
         case Resolution::Kind::Forbidden:
            return error(403, "Forbidden", "no access permission to `" + path_ + "'.");
         case Resolution::Kind::NotFound: break;
      }
      return not_found();
   }

private:
   Response not_found() {
      if (build_error_) return build_error();
      return error(404, "Not Found", "`" + path_ + "' not found.");
   }

   Response build_error() {
      response_.status = 500;
      html_body(build_error_page(*build_error_, config_.livereload.has_value()));
      return finish();
   }

   // Jekyll swaps WEBrick's error page for the site's 404.html, whatever the status. Error
   // pages bypass the servlet's do_GET: no LiveReload script, no configured headers.
   Response error(unsigned status, std::string_view reason, const std::string& detail) {
      response_.status = status;
      if (!read_file(root_ + "/404.html", response_.body)) {
         response_.body = status_page(status, reason, detail);
      }
      response_.headers.emplace_back("Content-Type", "text/html; charset=UTF-8");
      site_headers_ = false;
      return finish();
   }

   void html_body(std::string body) {
      response_.body = std::move(body);
      response_.headers.emplace_back("Content-Type", "text/html; charset=UTF-8");
      inject(response_.body);
   }

   bool inject(std::string& body) {
      if (!config_.livereload) return false;
      if (request_.user_agent.find("MSIE") != std::string::npos) return false;
      return inject_livereload(body, *config_.livereload);
   }

   // WEBrick's set_redirect: no type and none of the servlet's headers.
   Response redirect() {
      response_.status = 301;
      std::string location = escape_path(path_ + "/") + query_;
      response_.headers.emplace_back("Location", "http://" + request_.host + location);
      response_.body = "<HTML><A HREF=\"" + location + "\">" + escape_html(location) + "</A>.</HTML>\n";
      site_headers_ = false;
      return finish();
   }

   Response listing(const std::string& directory) {
      if (build_error_) return build_error();
      response_.body = directory_listing(directory, path_, request_.host);
      response_.headers.emplace_back("Content-Type", "text/html; charset=\"UTF-8\"");
      inject(response_.body);
      return finish();
   }

   Response file(const std::string& path) {
      struct stat st;
      if (::stat(path.c_str(), &st) != 0) return not_found();
      std::string_view type = mime_type(path);
      if (build_error_ && is_html(type)) return build_error();

      auto size = static_cast<std::uint64_t>(st.st_size);
      char etag[64];
      std::snprintf(etag, sizeof etag, "%llx-%llx-%llx",
                    static_cast<unsigned long long>(st.st_ino),
                    static_cast<unsigned long long>(size),
                    static_cast<unsigned long long>(st.st_mtime));
      response_.headers.emplace_back("Etag", etag);
      response_.headers.emplace_back("Content-Type", content_type_with_charset(type, config_.encoding));
      response_.headers.emplace_back("Last-Modified", http_date(st.st_mtime));
      if (not_modified(st.st_mtime, etag)) {
         response_.status = 304;
         return finish();
      }
      if (!request_.range.empty()) return ranges(path, type, size);

      if (!read_file(path, response_.body)) return error(403, "Forbidden", "`" + path_ + "' unreadable.");
      if (is_html(type) && inject(response_.body)) {
         response_.headers.emplace_back("X-Rack-LiveReload", "1");
      }
      return finish();
   }

   bool not_modified(long long mtime, std::string_view etag) const {
      long long since;
      if (!request_.if_modified_since.empty() &&
          parse_http_date(request_.if_modified_since, since) && since >= mtime) {
         return true;
      }
      std::string_view tags = request_.if_none_match;
      if (tags == "*") return true;
      while (!tags.empty()) {
         std::size_t comma = tags.find(',');
         std::string_view tag = tags.substr(0, comma);
         while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
         while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
         if (tag == etag) return true;
         if (comma == std::string_view::npos) break;
         tags.remove_prefix(comma + 1);
      }
      return false;
   }

   Response ranges(const std::string& path, std::string_view type, std::uint64_t size) {
      std::vector<ByteRange> parts;
      switch (parse_range(request_.range, size, parts)) {
         case RangeResult::Malformed:
            response_.headers.clear();
            return error(400, "Bad Request", "Unrecognized range-spec: \"" + request_.range + "\"");
         case RangeResult::Unsatisfiable:
            response_.headers.resize(1);  // WEBrick keeps the ETag
            return error(416, "Request Range Not Satisfiable", "");
         case RangeResult::Satisfiable: break;
      }
      int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) return error(403, "Forbidden", "`" + path_ + "' unreadable.");
      // WEBrick answers ranges itself: the bare type, none of the servlet's headers.
      response_.status = 206;
      site_headers_ = false;
      for (auto& header : response_.headers) {
         if (header.first == "Content-Type") header.second = std::string(type);
      }
      std::string total = "/" + std::to_string(size);
      if (parts.size() == 1) {
         response_.headers.emplace_back("Content-Range", "bytes " + std::to_string(parts[0].first) +
                                        "-" + std::to_string(parts[0].last) + total);
         read_part(fd, parts[0].first, parts[0].last - parts[0].first + 1, response_.body);
      } else {
         for (auto& header : response_.headers) {
            if (header.first == "Content-Type") {
               header.second = std::string("multipart/byteranges; boundary=") + kMultipartBoundary;
            }
         }
         for (const ByteRange& part : parts) {
            response_.body += std::string("--") + kMultipartBoundary + "\r\nContent-Type: ";
            response_.body += type;
            response_.body += "\r\nContent-Range: bytes " + std::to_string(part.first) + "-" +
                              std::to_string(part.last) + total + "\r\n\r\n";
            read_part(fd, part.first, part.last - part.first + 1, response_.body);
            response_.body += "\r\n";
         }
         response_.body += std::string("--") + kMultipartBoundary + "--\r\n";
      }
      ::close(fd);
      return finish();
   }

   Response finish() {
      if (site_headers_) {
         for (const auto& header : config_.headers) response_.headers.push_back(header);
      }
      if (request_.method == "HEAD") {
         response_.head_length = response_.body.size();
         response_.body.clear();
      }
      return std::move(response_);
   }

   const HttpConfig& config_;
   const std::string& root_;
   const Request& request_;
   const std::string* build_error_;
   std::string path_;
   std::string query_;
   Response response_;
   bool site_headers_ = true;
};

}  // namespace

Response respond(const HttpConfig& config, const std::string& root, const Request& request,
                 const std::string* build_error) {
   return Responder(config, root, request, build_error).run();
}

}  // namespace jekyllpp::serve
