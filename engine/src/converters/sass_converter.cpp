#include <boost/filesystem.hpp>
#include <cstdlib>
#include <glob.h>
#include <mutex>

#include "jekyllpp/engine/converters.hpp"
#include "jekyllpp/sass/compile.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/plugins/plugin_manager.hpp"
#include "jekyllpp/site/sass_settings.hpp"

namespace jekyllpp::engine {

namespace fs = boost::filesystem;
using liquid::Value;
using site::lookup;

namespace {

// Jekyll::Converters::Scss / Sass (jekyll-sass-converter 2.2 with sassc).
class ScssConverter : public site::Converter {
public:
   ScssConverter(site::Site& site, bool indented) : site_(site), indented_(indented) {
      const Value& sass = site.config.get("sass");
      style_ = sass::Style::Compact;
      if (const Value& style = lookup(sass, "style"); !style.is_nil()) {
         sass::Style parsed;
         if (sass::parse_style(liquid::to_output(style), parsed)) style_ = parsed;
      }
      std::string sass_dir = liquid::to_output(lookup(sass, "sass_dir"));
      if (sass_dir.empty()) sass_dir = "_sass";
      const bool safe = site.config.flag("safe");
      // sass_build_configuration_options: outside safe mode the whole `sass` hash is merged into
      // SassC::Engine's options, so its line_comments, precision and source_map_embed reach libsass
      safe_ = safe;
      if (!safe) {
         line_comments_ = lookup(sass, "line_comments").truthy();
         source_map_embed_ = lookup(sass, "source_map_embed").truthy();
      }
      std::vector< std::string > paths;
      const Value& user = lookup(sass, "load_paths");
      if (user.is_array())
         for (const Value& path : user.as_array()) paths.push_back(liquid::to_output(path));
      else if (!user.is_nil())
         paths.push_back(liquid::to_output(user));
      std::string relative_sass_dir = site::sanitized_path(site.source, sass_dir);
      if (relative_sass_dir.rfind(site.source + "/", 0) == 0) relative_sass_dir.erase(0, site.source.size() + 1);
      paths.push_back(relative_sass_dir);
      // safe mode keeps every path inside the source (sanitized_path: "/x" is SOURCE/x)
      for (const std::string& path : paths) {
         std::string pattern = safe ? site::sanitized_path(site.source, path)
                               : path.size() && path[0] == '/' ? path : site.source + "/" + path;
         glob_t found{};
         if (glob(pattern.c_str(), 0, nullptr, &found) == 0)
            for (std::size_t i = 0; i < found.gl_pathc; ++i) {
               std::string dir = fs::absolute(found.gl_pathv[i]).lexically_normal().string();
               if (fs::is_directory(dir) && std::find(load_paths_.begin(), load_paths_.end(), dir) == load_paths_.end())
                  load_paths_.push_back(dir);
            }
         globfree(&found);
      }
      // The theme's _sass comes last, after the paths are made unique (sass_load_paths).
      if (site.theme && site.theme->sass_path) load_paths_.push_back(*site.theme->sass_path);
      sass_ = sass;
      // sass_implementation: "sass-embedded" (the only other one allowed) is no Debian gem
      sass_embedded_ = lookup(sass, "implementation").is_string() && lookup(sass, "implementation").as_string() == "sass-embedded";
      add_charset_ = lookup(sass, "add_charset").truthy();
      source_from_pwd_ = fs::path(site.source).lexically_relative(fs::current_path()).string();
      if (source_from_pwd_.empty()) source_from_pwd_ = site.source;
   }

   std::string class_name() const override {
      return indented_ ? "Jekyll::Converters::Sass" : "Jekyll::Converters::Scss";
   }
   int priority() const override { return -10; }
   bool asset() const override { return true; }
   bool matches(std::string_view ext) const override {
      std::string lower(ext);
      for (char& c : lower) c = char(std::tolower(static_cast< unsigned char >(c)));
      return lower == (indented_ ? ".sass" : ".scss");
   }
   std::string output_ext(std::string_view) const override { return ".css"; }

   std::string convert(std::string_view content, const std::string& path) const override {
      site::check_sass_settings(sass_);
      if (sass_embedded_) site::plugins::missing_dependency("sass-embedded", site_.logger);
      const site::Document* page = nullptr;
      for (const auto& candidate : site_.pages)
         if (candidate->path == path) page = candidate.get();
      sass::Options options;
      options.style = style_;
      options.syntax = indented_ ? sass::Syntax::Sass : sass::Syntax::Scss;
      options.load_paths = load_paths_;
      options.line_comments = line_comments_;
      options.source_map_embed = source_map_embed_;
      if (!safe_) options.precision = site::sass_precision(sass_);
      options.source_map_contents = true;
      bool with_map = page && sourcemap_required();
      options.omit_source_map_url = !with_map;
      if (page) {
         std::string stem = page->basename_without_ext;
         options.input_path = site::join_path(source_from_pwd_, page->name);
         options.output_path = site::join_path(source_from_pwd_, stem + ".css");
         options.source_map_file = site::join_path(source_from_pwd_, stem + ".css.map");
      } else {
         options.input_path = "stdin";
         options.output_path = "stdin.css";
      }
      if (!with_map) options.source_map_file.clear();
      if (content.empty()) {
         // SassC::Engine#render hands an empty template back unrendered; asking it for the map
         // then raises NotRenderedError, which jekyll-sass-converter logs instead of a map page
         if (with_map) site_.logger.warn("Could not generate source map SassC::NotRenderedError => ");
         return "";
      }
      sass::Output output = sass::compile(content, options);
      if (with_map) add_source_map_page(*page, std::move(output.source_map));
      std::string css = std::move(output.css);
      if (css.rfind("\xEF\xBB\xBF", 0) == 0) css.replace(0, 3, add_charset_ ? "@charset \"UTF-8\";" : "");
      return css;
   }

private:
   // sourcemap_required?: asked only for a stylesheet page (the scssify filter has none)
   bool sourcemap_required() const {
      std::string option = site::sass_sourcemap_option(sass_);
      const char* env = std::getenv("JEKYLL_ENV");
      std::string environment = env && *env ? env : "development";
      return !(option == "never" || (option == "development" && environment != "development"));
   }

   // SourceMapPage: basename.css.map beside the stylesheet, with the page's data.
   void add_source_map_page(const site::Document& css_page, std::string map) const {
      auto page = std::make_shared< site::Document >();
      page->kind = site::Document::Kind::Page;
      page->dir = css_page.url.back() == '/' ? css_page.url : site::dirname(css_page.url);
      page->name = css_page.basename_without_ext + ".css.map";
      page->path = site::join_path(site::dirname(css_page.path), page->name);
      page->relative_path = site::join_path(site::dirname(css_page.relative_path) == "." ? "" : site::dirname(css_page.relative_path), page->name);
      page->extname = ".map";
      page->basename_without_ext = css_page.basename_without_ext + ".css";
      page->output_ext = ".map";
      page->data = css_page.data;
      page->content = map;
      page->converted = map;
      page->output = std::move(map);
      site_.add_generated_page(page, &css_page);
   }

   site::Site& site_;
   bool indented_;
   sass::Style style_;
   std::vector< std::string > load_paths_;
   Value sass_;  // the site's `sass` settings
   bool sass_embedded_ = false;
   bool line_comments_ = false;
   bool source_map_embed_ = false;
   bool safe_ = false;
   bool add_charset_ = false;
   std::string source_from_pwd_;
};

}  // namespace

std::unique_ptr< site::Converter > make_scss_converter(site::Site& site, bool indented_syntax) {
   return std::make_unique< ScssConverter >(site, indented_syntax);
}

}  // namespace jekyllpp::engine
