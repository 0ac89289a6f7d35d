#pragma once
// The HTML pages the server writes itself.
#include <string>
#include <string_view>

namespace jekyllpp::serve {

// WEBrick's FancyIndexing listing of `directory`, titled with the request path.
std::string directory_listing(const std::string& directory, std::string_view request_path,
                              std::string_view host);

// WEBrick's default error page, used when the site has no 404.html.
std::string status_page(unsigned status, std::string_view reason, std::string_view detail);

// The build error as a page. Without LiveReload it refreshes itself every two seconds so
// that it gives way to the site once a build succeeds.
std::string build_error_page(std::string_view message, bool livereload);

std::string escape_html(std::string_view text);
// WEBrick's HTTPUtils.escape_path: percent-encodes what may not stand in a URL path.
std::string escape_path(std::string_view path);

// RFC 1123 date ("Wed, 25 Nov 2026 06:31:22 GMT"); parse returns false when malformed.
std::string http_date(long long unix_seconds);
bool parse_http_date(std::string_view text, long long& unix_seconds);

}  // namespace jekyllpp::serve
