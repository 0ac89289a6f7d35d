#pragma once
// The site server of `jekyll serve`: the destination folder mounted at the baseurl, with
// Jekyll's servlet behaviour (index and .html lookup, its headers, 404.html, the LiveReload
// script in HTML) and WEBrick's file handling (ETag, Last-Modified, ranges, HEAD).
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jekyllpp/serve/inject.hpp"

namespace jekyllpp::serve {

struct HttpConfig {
   std::string host = "127.0.0.1";
   unsigned short port = 4000;   // 0 picks a free port
   std::string root;             // the destination folder
   std::string baseurl;          // "" or "/blog"
   std::string encoding = "utf-8";
   bool directory_index = true;  // false: --show-dir-listing
   std::optional<LiveReloadSnippet> livereload;
   std::vector<std::pair<std::string, std::string>> headers;  // added to every response
   // HTTPS when both are set: a PEM certificate (chain) and its private key (RSA or EC).
   std::string ssl_cert_file, ssl_key_file;
};

class HttpServer {
public:
   explicit HttpServer(HttpConfig config);
   ~HttpServer();
   HttpServer(const HttpServer&) = delete;
   HttpServer& operator=(const HttpServer&) = delete;

   // Binds and starts serving on a thread of its own. Throws std::runtime_error when the
   // address cannot be bound or the certificate or key cannot be loaded.
   void start();
   unsigned short port() const;
   // While set, HTML requests get this build error as a page (status 500) instead.
   void show_build_error(std::string message);
   void clear_build_error();
   void stop();

private:
   struct Impl;
   std::unique_ptr<Impl> impl_;
};

}  // namespace jekyllpp::serve
