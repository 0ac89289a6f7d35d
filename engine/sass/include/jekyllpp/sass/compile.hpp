#pragma once
// Sass/SCSS compilation through libsass, called the way sassc-ruby's SassC::Engine calls it
// for jekyll-sass-converter 2.2 (the converter's option choices live in the site's Sass
// converter; this is only the engine).
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::sass {

enum class Style { Nested, Expanded, Compact, Compressed };
enum class Syntax { Scss, Sass };

struct Options {
   Style style = Style::Compact;
   Syntax syntax = Syntax::Scss;
   std::string input_path;        // shown in errors and as the map's main source ("" = stdin)
   std::string output_path;       // the CSS file the map refers back to
   std::string source_map_file;   // "" = no source map
   bool source_map_contents = true;
   bool omit_source_map_url = true;
   bool line_comments = false;
   bool source_map_embed = false;   // the map as a data: URL in the CSS's sourceMappingURL
   std::optional< int > precision;  // unset: libsass's own (sassc-ruby sets it only when given)
   std::vector< std::string > load_paths;
};

struct Output {
   std::string css;
   std::string source_map;  // empty unless Options::source_map_file was set
};

// libsass's error, with its formatted message ("Error: Invalid CSS after ...\n on line 3:1 of
// main.scss\n>> ...") and position.
class SyntaxError : public std::runtime_error {
public:
   SyntaxError(const std::string& formatted, std::string file, int line)
      : std::runtime_error(formatted), file(std::move(file)), line(line) {}
   std::string file;
   int line;
};

// Parses a style name as jekyll-sass-converter accepts it ("compressed", ":expanded");
// returns false for anything else.
bool parse_style(std::string_view name, Style& style);

// Compiles `source`; an empty source compiles to an empty string, as SassC::Engine does.
Output compile(std::string_view source, const Options& options);

}  // namespace jekyllpp::sass
