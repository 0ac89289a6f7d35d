// Jekyll's {% include %} (OptimizedIncludeTag) and {% include_relative %} (IncludeRelativeTag):
// a file name that may hold {{ variables }}, key=value parameters exposed as include.*, files
// looked up in the includes directories (the site's, then the theme's; or beside the page),
// each parsed once per site. Tags built on IncludeTag pass their outputs through IncludeOutputs.
#include <sys/stat.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <regex>
#include <unordered_map>

#include "filters/filter_support.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "jekyllpp/site/dependency_graph.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"
#include "tags/include_tag.hpp"
#include "tags/registration.hpp"
#include "tags/tag_support.hpp"

namespace jekyllpp::site::tags {

namespace {

using liquid::Error;

const std::regex& param_syntax() {
   static const std::regex re(
      R"re(([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+)))re");
   return re;
}

const std::regex& full_param_syntax() {
   static const std::regex re(
      R"re(^\s*(?:([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))(?=\s|$)\s*)*$)re");
   return re;
}

const std::regex& variable_syntax() {
   static const std::regex re(R"(([^{]*(\{\{\s*[\w\-.]+\s*(\|[\s\S]*)?\}\}[^\s{}]*)+)([\s\S]*))");
   return re;
}

// `s.gsub('\"', '"')`
std::string unescape_quote(std::string text, char quote) {
   const std::string escaped = std::string("\\") + quote;
   for (std::size_t at = text.find(escaped); at != std::string::npos; at = text.find(escaped, at + 1))
      text.replace(at, 2, 1, quote);
   return text;
}

// A byte of VALID_FILENAME_CHARS' class [\w/.\-()+~\#@] (\w: ASCII letters, digits, `_`).
bool valid_file_name_char(char c) {
   return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '/' ||
          c == '.' || c == '-' || c == '(' || c == ')' || c == '+' || c == '~' || c == '#' || c == '@';
}

// VALID_FILENAME_CHARS (^[\w/.\-()+~\#@]+$: some line of the name is made of those only) and
// INVALID_SEQUENCES ([./]{2,}).
bool valid_file_name(std::string_view file) {
   for (std::size_t i = 0; i + 1 < file.size(); ++i)
      if ((file[i] == '.' || file[i] == '/') && (file[i + 1] == '.' || file[i + 1] == '/')) return false;
   std::size_t start = 0;
   while (start <= file.size()) {
      const std::size_t end = std::min(file.find('\n', start), file.size());
      const std::string_view line = file.substr(start, end - start);
      if (!line.empty() && std::all_of(line.begin(), line.end(), valid_file_name_char)) return true;
      start = end + 1;
   }
   return false;
}

bool is_file(const std::string& path) {
   struct stat info {};
   return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

// safe mode: the real path must stay inside the directory.
bool inside(const std::string& path, const std::string& dir) {
   char resolved[PATH_MAX];
   if (!::realpath(path.c_str(), resolved)) return false;
   return std::string_view(resolved).substr(0, dir.size()) == dir;
}

struct Param {
   std::string key;
   std::optional< liquid::Expression > variable;  // unset: `literal` holds the quoted text
   std::string literal;
};

class IncludeTag : public liquid::Node {
public:
   IncludeTag(const std::string& tag_name, const std::string& markup, liquid::ParseContext& parse,
              IncludeCache* cache, std::shared_ptr< IncludeOutputs > outputs = nullptr)
       : Node(parse.line_number()), tag_name_(tag_name), cache_(cache), outputs_(std::move(outputs)) {
      const std::string stripped = strip(markup);
      std::smatch match;
      // VARIABLE_SYNTAX needs a "{{": without one the regex (costly to build) is not asked.
      if (stripped.find("{{") != std::string::npos && std::regex_search(stripped, match, variable_syntax())) {
         file_ = strip(match[1].str());
         params_ = strip(match[4].str());
         try {
            file_template_ = liquid::Template::parse(file_, parse.environment());
         } catch (const Error&) {
            is_variable_ = true;  // Jekyll parses the name when rendering: the error surfaces there
         }
      } else {
         const std::size_t space = stripped.find_first_of(" \t\n\v\f\r");
         file_ = stripped.substr(0, space);
         if (space != std::string::npos) params_ = strip(stripped.substr(space));
      }
      if (params_) parse_params(*params_, parse);
   }

   void render(liquid::Context& context, std::string& output) const override {
      const Site& site = filters::site_of(context);
      const std::string file = file_name(context);
      if (outputs_) return render_through_outputs(context, site, file, output);
      validate_file_name(file);
      const std::string path = tag_name_ == "include_relative" ? locate_relative(context, site, file)
                                                                : locate(site, file);
      render_partial(context, path, params_ ? include_hash(context) : liquid::Value(), output);
   }

private:
   std::string file_name(liquid::Context& context) const {
      return file_template_ ? file_template_->render(context) : is_variable_ ? render_markup(file_, context) : file_;
   }

   void render_partial(liquid::Context& context, const std::string& path, const liquid::Value& params,
                       std::string& output) const {
      try {
         const liquid::Template& partial = cache_->partial(path, context.environment());
         liquid::Context::ScopeGuard scope(context);
         if (params_) context.set("include", params);
         partial.render(context, output);
      } catch (Error& e) {
         if (e.kind() == Error::Kind::Standard) throw;  // a plain Ruby error passes unchanged
         e.set_template_name(path);
         if (e.markup_context().empty()) e.set_markup_context("included ");
         throw;
      }
   }

   // IncludeTag#render under a subclass that wraps it (include_cached): the file is located
   // before its name is validated, and the name is validated only when it renders.
   void render_through_outputs(liquid::Context& context, const Site& site, const std::string& file,
                               std::string& output) const {
      // The cached output is the first renderer's: every page using it must render again.
      record_untracked();
      const std::string path = locate(site, file);
      const liquid::Value params = params_ ? include_hash(context) : liquid::Value();
      output += outputs_->fetch(path, params, [&] {
         validate_file_name(file);
         std::string rendered;
         render_partial(context, path, params, rendered);
         return rendered;
      });
   }

   std::string syntax_example() const {
      return "{% " + tag_name_ + " file.ext param='value' param2='value' %}";
   }

   void parse_params(const std::string& params, liquid::ParseContext& parse) {
      if (!std::regex_match(params, full_param_syntax()))
         throw Error::ruby("ArgumentError", "Invalid syntax for include tag:\n\n" + params +
                                                 "\n\nValid syntax:\n\n" + syntax_example() + "\n\n");
      for (auto it = std::sregex_iterator(params.begin(), params.end(), param_syntax());
           it != std::sregex_iterator(); ++it) {
         const std::smatch& m = *it;
         Param param{m[1].str(), std::nullopt, {}};
         if (m[2].matched) {
            param.literal = unescape_quote(m[2].str(), '"');
         } else if (m[3].matched) {
            param.literal = unescape_quote(m[3].str(), '\'');
         } else {
            param.variable = parse.parse_expression(m[4].str());
         }
         params_list_.push_back(std::move(param));
      }
   }

   liquid::Value include_hash(liquid::Context& context) const {
      liquid::Hash hash;
      for (const Param& param : params_list_)
         hash.set(param.key, param.variable ? param.variable->evaluate(context) : liquid::Value(param.literal));
      return liquid::Value(std::move(hash));
   }

   void validate_file_name(const std::string& file) const {
      if (valid_file_name(file)) return;
      throw Error::ruby("ArgumentError",
                        "Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  " + file +
                           "\n\nValid syntax:\n\n  " + syntax_example() + "\n\n");
   }

   [[noreturn]] void could_not_locate(const std::string& file, const std::vector< std::string >& dirs,
                                      bool safe) const {
      throw Error::ruby("IOError",
                        "Could not locate the included file '" + file + "' in any of " + inspect_strings(dirs) +
                           ". Ensure it exists in one of those directories and" +
                           (safe ? " is not a symlink as those are not allowed in safe mode."
                                 : ", if it is a symlink, does not point outside your site source."));
   }

   std::string locate(const Site& site, const std::string& file) const {
      if (recording_dependencies()) {
         // A file added earlier in the load path would be found in its place.
         const std::vector< std::string > dirs = includes_load_paths(site);
         for (const std::string& dir : dirs) record_file(path_join(dir, file));
      }
      if (std::optional< std::string > known = cache_->location(file)) return *known;
      const std::vector< std::string > dirs = includes_load_paths(site);
      for (const std::string& dir : dirs) {
         std::string path = path_join(dir, file);
         if (is_file(path) && (!site.safe() || inside(path, dir))) {
            cache_->remember_location(file, path);
            return path;
         }
      }
      could_not_locate(file, dirs, site.safe());
   }

   std::string locate_relative(liquid::Context& context, const Site& site, const std::string& file) const {
      const std::string dir = page_dir(context, site);
      const std::string path = path_join(dir, file);
      record_file(path);
      if (is_file(path) && (!site.safe() || inside(path, dir))) return path;
      could_not_locate(file, {dir}, site.safe());
   }

   // Site#includes_load_paths: the site's includes_dir, then the theme's _includes.
   static std::vector< std::string > includes_load_paths(const Site& site) {
      const liquid::Value& dir = site.config.get("includes_dir");
      std::vector< std::string > dirs{site.in_source_dir(dir.is_nil() ? std::string() : filters::ruby_to_s(dir))};
      if (site.theme && site.theme->includes_path) dirs.push_back(*site.theme->includes_path);
      return dirs;
   }

   // IncludeRelativeTag#page_path: the directory of the page being rendered.
   static std::string page_dir(liquid::Context& context, const Site& site) {
      const liquid::Value* page = context.register_as< liquid::Value >("page");
      if (!page) return site.source;
      std::string path = filters::ruby_to_s(liquid::lookup_path(*page, "path"));
      if (liquid::lookup_path(*page, "collection").truthy())
         path = path_join(filters::ruby_to_s(site.config.get("collections_dir")), path);
      const std::string excerpt = "/#excerpt";
      if (path.size() >= excerpt.size() && path.compare(path.size() - excerpt.size(), excerpt.size(), excerpt) == 0)
         path.erase(path.size() - excerpt.size());
      const std::size_t slash = path.rfind('/');
      // Jekyll.sanitized_path(source, ".") keeps a trailing slash: "<source>/".
      return slash == std::string::npos ? site.source + "/" : site.in_source_dir(path.substr(0, slash));
   }

   std::string tag_name_;
   // Owned by the tag factory (so by the Environment); a shared_ptr here would make a cycle
   // through the partials the cache holds, which hold include tags in turn.
   IncludeCache* cache_;
   std::shared_ptr< IncludeOutputs > outputs_;
   std::string file_;
   std::optional< liquid::Template > file_template_;
   bool is_variable_ = false;
   std::optional< std::string > params_;
   std::vector< Param > params_list_;
};

}  // namespace

std::optional< std::string > IncludeCache::location(const std::string& file) {
   std::lock_guard< std::mutex > lock(mutex_);
   auto found = locations_.find(file);
   if (found == locations_.end()) return std::nullopt;
   return found->second;
}

void IncludeCache::remember_location(const std::string& file, const std::string& path) {
   std::lock_guard< std::mutex > lock(mutex_);
   locations_.emplace(file, path);
}

const liquid::Template& IncludeCache::partial(const std::string& path, const liquid::Environment& environment) {
   {
      std::lock_guard< std::mutex > lock(mutex_);
      auto found = partials_.find(path);
      if (found != partials_.end()) return found->second;
   }
   liquid::ParseOptions options;
   options.name = path;
   liquid::Template parsed = liquid::Template::parse(read_file(path), environment, options);  // site.file_read_opts: "bom|utf-8"
   std::lock_guard< std::mutex > lock(mutex_);
   return partials_.emplace(path, std::move(parsed)).first->second;
}

void register_include_tags(liquid::Environment& environment) {
   auto cache = std::make_shared< IncludeCache >();
   auto factory = [cache](const std::string& tag_name, const std::string& markup,
                          liquid::ParseContext& parse) -> liquid::NodePtr {
      return std::make_unique< IncludeTag >(tag_name, markup, parse, cache.get());
   };
   environment.register_tag("include", factory);
   environment.register_tag("include_relative", factory);
}

liquid::TagFactory include_tag_with_outputs(std::shared_ptr< IncludeOutputs > outputs) {
   auto cache = std::make_shared< IncludeCache >();
   return [cache, outputs](const std::string& tag_name, const std::string& markup,
                           liquid::ParseContext& parse) -> liquid::NodePtr {
      return std::make_unique< IncludeTag >(tag_name, markup, parse, cache.get(), outputs);
   };
}

}  // namespace jekyllpp::site::tags
