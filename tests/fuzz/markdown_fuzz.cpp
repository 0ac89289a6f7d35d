// libFuzzer target: Markdown through both of Jekyll's converters. The first byte picks the
// kramdown options and the CommonMark extensions/options; the rest is the document. As in the
// markdown converter, kramdown only sees valid UTF-8 (Jekyll raises before converting other
// text) and CommonMark sees any bytes. Built by build.sh, not part of CTest.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/markdown/markdown.hpp"

namespace markdown = jekyllpp::markdown;

namespace {

markdown::Options kramdown_options(std::uint8_t bits) {
   markdown::Options options;
   if (bits & 1) options.input = markdown::Options::Input::kramdown;
   options.hard_wrap = bits & 2;
   options.parse_block_html = bits & 4;
   options.auto_ids = !(bits & 8);
   options.highlight_blocks = options.highlight_spans = !(bits & 16);
   if (bits & 32) {
      options.block_line_numbers.on = options.span_line_numbers.on = true;
      options.header_offset = 2;
      options.footnote_nr = 3;
      options.toc_levels = {2, 3};
      options.auto_id_prefix = "x-";
   }
   return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
   if (size == 0) return 0;
   const std::uint8_t bits = bytes[0];
   std::string_view text(reinterpret_cast< const char* >(bytes) + 1, size - 1);
   if (jekyllpp::liquid::ruby::utf8_valid(text)) {
      try {
         (void)markdown::to_html(text, kramdown_options(bits));
      } catch (const markdown::NestingTooDeep&) {
      }
      (void)markdown::smartify(text);
   }
   static const std::vector< std::string > none, all_extensions = {"table", "strikethrough", "autolink", "tagfilter",
                                                                  "tasklist"};
   static const std::vector< std::string > all_options = {"UNSAFE", "SMART", "FOOTNOTES", "HARDBREAKS",
                                                          "GITHUB_PRE_LANG", "STRIKETHROUGH_DOUBLE_TILDE",
                                                          "TABLE_PREFER_STYLE_ATTRIBUTES", "FULL_INFO_STRING",
                                                          "SOURCEPOS", "LIBERAL_HTML_TAG"};
   try {
      (void)markdown::commonmark_to_html(text, bits & 64 ? all_extensions : none, bits & 128 ? all_options : none);
   } catch (const markdown::AmbiguousGuess&) {
   }
   return 0;
}
