#pragma once
// jekyll-last-modified-at 1.3.0's Determinator#last_modified_at_unix: when the site source is in
// a git work tree, the time of the last commit that touched the file (`git log -n 1`), else (or
// for a file never committed) the file's mtime.
#include <cstdint>
#include <string>

namespace jekyllpp::site::plugins::last_modified {

// The Unix time for `absolute` (an existing file under `source`).
std::int64_t last_modified_unix(const std::string& source, const std::string& absolute, std::int64_t mtime);

}  // namespace jekyllpp::site::plugins::last_modified
