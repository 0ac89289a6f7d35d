#pragma once
// Maps a request path onto the destination folder the way Jekyll's servlet (a WEBrick
// FileHandler) does, without ever leaving that folder.
#include <string>
#include <string_view>

namespace jekyllpp::serve {

struct Resolution {
   enum class Kind {
      File,          // serve `file`
      Listing,       // a directory with no index file: list `file`
      Redirect,      // a directory asked for without its slash: 301 to PATH/
      NotFound,      // 404
      Forbidden,     // 403: a symlink leading outside the root
   };
   Kind kind = Kind::NotFound;
   std::string file;   // absolute path on disk (File, Listing)
};

// Percent-decodes a request path (without query); false when it is malformed (400).
bool decode_request_path(std::string_view raw, std::string& decoded);

// WEBrick's File.expand_path over the request path: drops "." and resolves "..", keeping a
// trailing slash; false when ".." climbs above "/".
bool normalize_request_path(std::string_view decoded, std::string& normalized);

// Resolves a decoded, normalized path ("/about/", or "" for the bare mount point) under
// `root` (an absolute, real path):
// directories are walked segment by segment; a directory ending in "/" gets its index
// (index.htm, index.html, ... each also tried with .html and .xhtml appended, then
// DIR.html, DIR.xhtml); "/name" is tried as name, name.html, name.xhtml; what follows a
// found file is ignored as WEBrick does. Names WEBrick never discloses (".ht*", "~*",
// trailing dots or spaces) are 404. With `directory_index` false (--show-dir-listing)
// directories are listed instead.
Resolution resolve(const std::string& root, std::string_view path, bool directory_index = true);

}  // namespace jekyllpp::serve
