#include "jekyllpp/sass/compile.hpp"

#include <sass.h>

#include <memory>

namespace jekyllpp::sass {

namespace {

Sass_Output_Style to_libsass(Style style) {
   switch (style) {
      case Style::Nested: return SASS_STYLE_NESTED;
      case Style::Expanded: return SASS_STYLE_EXPANDED;
      case Style::Compact: return SASS_STYLE_COMPACT;
      case Style::Compressed: return SASS_STYLE_COMPRESSED;
   }
   return SASS_STYLE_COMPACT;
}

std::string joined_load_paths(const std::vector< std::string >& paths) {
   std::string joined;
   for (const auto& path : paths) {
      if (!joined.empty()) joined += ':';
      joined += path;
   }
   return joined;
}

struct DataContextDeleter {
   void operator()(Sass_Data_Context* context) const { sass_delete_data_context(context); }
};

}  // namespace

bool parse_style(std::string_view name, Style& style) {
   if (!name.empty() && name.front() == ':') name.remove_prefix(1);
   if (name == "nested") style = Style::Nested;
   else if (name == "expanded") style = Style::Expanded;
   else if (name == "compact") style = Style::Compact;
   else if (name == "compressed") style = Style::Compressed;
   else return false;
   return true;
}

Output compile(std::string_view source, const Options& options) {
   if (source.empty()) return {};
   // libsass takes ownership of the source buffer and frees it with free().
   char* buffer = sass_copy_c_string(std::string(source).c_str());
   std::unique_ptr< Sass_Data_Context, DataContextDeleter > data(sass_make_data_context(buffer));
   Sass_Context* context = sass_data_context_get_context(data.get());
   Sass_Options* native = sass_context_get_options(context);

   sass_option_set_is_indented_syntax_src(native, options.syntax == Syntax::Sass);
   if (!options.input_path.empty()) sass_option_set_input_path(native, options.input_path.c_str());
   if (!options.output_path.empty()) sass_option_set_output_path(native, options.output_path.c_str());
   const std::string include_path = joined_load_paths(options.load_paths);
   if (!include_path.empty()) sass_option_set_include_path(native, include_path.c_str());
   sass_option_set_output_style(native, to_libsass(options.style));
   if (options.precision) sass_option_set_precision(native, *options.precision);
   sass_option_set_source_comments(native, options.line_comments);
   sass_option_set_source_map_embed(native, options.source_map_embed);
   if (!options.source_map_file.empty()) {
      sass_option_set_source_map_file(native, options.source_map_file.c_str());
   }
   sass_option_set_source_map_contents(native, options.source_map_contents);
   sass_option_set_omit_source_map_url(native, options.omit_source_map_url);

   if (sass_compile_data_context(data.get()) != 0) {
      const char* message = sass_context_get_error_message(context);
      const char* file = sass_context_get_error_file(context);
      throw SyntaxError(message ? message : "Sass error", file ? file : "",
                        int(sass_context_get_error_line(context)));
   }
   Output output;
   if (const char* css = sass_context_get_output_string(context)) output.css = css;
   if (const char* map = sass_context_get_source_map_string(context)) output.source_map = map;
   return output;
}

}  // namespace jekyllpp::sass
