#pragma once
// Turns one request into a response, with no networking: what Jekyll's servlet and WEBrick's
// file handler answer. Kept apart from the Beast session code so it compiles quickly.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jekyllpp/serve/http_server.hpp"

namespace jekyllpp::serve {

struct Request {
   std::string method;
   std::string target;      // raw, with query
   std::string host;        // the Host header
   std::string range;
   std::string if_modified_since;
   std::string if_none_match;
   std::string user_agent;
};

struct Response {
   unsigned status = 200;
   std::vector<std::pair<std::string, std::string>> headers;
   std::string body;
   std::optional<std::size_t> head_length;  // HEAD: the Content-Length of the GET body
};

// `root` must be a real path; `build_error` is set while the last build failed.
Response respond(const HttpConfig& config, const std::string& root, const Request& request,
                 const std::string* build_error);

}  // namespace jekyllpp::serve
