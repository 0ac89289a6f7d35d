#pragma once
// The generated tables behind mime.hpp (see scripts/generate_mime_table.rb).
#include <cstddef>
#include <string_view>

namespace jekyllpp::serve {

struct MimeEntry {
   std::string_view extension;  // lower case, without the dot
   std::string_view type;
};

// Sorted by extension.
extern const MimeEntry kMimeByExtension[];
extern const std::size_t kMimeByExtensionCount;
// Sorted.
extern const std::string_view kTypesWithCharset[];
extern const std::size_t kTypesWithCharsetCount;

}  // namespace jekyllpp::serve
