#pragma once
// Range headers as WEBrick's file handler reads them (HTTPUtils.parse_range_header and
// prepare_range): "bytes=0-9", "bytes=5-", "bytes=-3", comma separated.
#include <cstdint>
#include <string_view>
#include <vector>

namespace jekyllpp::serve {

struct ByteRange {
   std::uint64_t first;
   std::uint64_t last;   // inclusive
};

enum class RangeResult {
   Satisfiable,    // `ranges` holds the parts to send (206)
   Malformed,      // 400 "Unrecognized range-spec"
   Unsatisfiable,  // 416
};

// Ranges past the end are clipped; ranges starting past it are dropped (416 if none is left).
RangeResult parse_range(std::string_view header, std::uint64_t size, std::vector<ByteRange>& ranges);

}  // namespace jekyllpp::serve
