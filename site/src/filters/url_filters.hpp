#pragma once
// Jekyll's URLFilters over plain strings.
#include <string>
#include <string_view>

namespace jekyllpp::site::filters {

// relative_url: baseurl (without its trailing "/") and input, each with a leading "/",
// normalized as a URI; absolute URIs pass unchanged.
std::string relative_url(std::string_view input, std::string_view baseurl);
// absolute_url: site_url + relative_url(input), normalized; relative_url when site_url is "".
std::string absolute_url(std::string_view input, std::string_view site_url, std::string_view baseurl);

// strip_index: a trailing "/index.html" (or ".htm") becomes "/".
std::string strip_index(const std::string& url);

}  // namespace jekyllpp::site::filters
