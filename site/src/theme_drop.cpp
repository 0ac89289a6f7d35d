#include "theme_drop.hpp"

#include <fstream>
#include <regex>
#include <sstream>

#include "theme_gemspec.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

// The strings of a Ruby array literal (`["a".freeze, "b"]`, `%w[a b]` not included).
std::vector< std::string > quoted_strings(const std::string& text) {
   static const std::regex quoted(R"re("((?:[^"\\]|\\.)*)"|'([^']*)')re");
   std::vector< std::string > out;
   for (std::sregex_iterator it(text.begin(), text.end(), quoted), end; it != end; ++it)
      out.push_back((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
   return out;
}

// `s.FIELD = VALUE` (installed gemspec) or `spec.FIELD = VALUE` (a theme's source gemspec): the
// text of VALUE up to the line's end.
std::string field(const std::string& spec, const std::string& name) {
   const std::regex assignment("\\b\\w+\\." + name + "\\s*=\\s*([^\\n]*)");
   std::smatch m;
   return std::regex_search(spec, m, assignment) ? m[1].str() : std::string();
}

struct Gemspec {
   std::string version, description;
   std::vector< std::string > authors, dependencies;
   liquid::Hash metadata;
};

Gemspec read_gemspec(const Theme& theme) {
   Gemspec gem;
   gem.version = theme.version;
   const boost::filesystem::path path = folder_gemspec(theme.root, theme.name);
   if (path.empty()) return gem;
   std::ifstream in(path.string());
   std::stringstream text;
   text << in.rdbuf();
   const std::string spec = text.str();
   if (gem.version.empty()) {
      const std::vector< std::string > version = quoted_strings(field(spec, "version"));
      if (!version.empty()) gem.version = version.front();
   }
   gem.authors = quoted_strings(field(spec, "authors"));
   // ThemeDrop#description: the gemspec's description, else its summary.
   std::vector< std::string > description = quoted_strings(field(spec, "description"));
   if (description.empty()) description = quoted_strings(field(spec, "summary"));
   if (!description.empty()) gem.description = description.front();
   const std::vector< std::string > metadata = quoted_strings(field(spec, "metadata"));
   for (std::size_t i = 0; i + 1 < metadata.size(); i += 2) gem.metadata.set(metadata[i], metadata[i + 1]);
   // Gem::Dependency#to_s of each runtime dependency: "jekyll-feed (~> 0.9)".
   static const std::regex dependency(
      R"re(add_runtime_dependency\(\s*%q<([^>]+)>[^,]*,\s*\[([^\]]*)\]|add_(?:runtime_)?dependency[\s(]\s*["']([^"']+)["']([^\n]*))re");
   for (std::sregex_iterator it(spec.begin(), spec.end(), dependency), end; it != end; ++it) {
      const bool installed = (*it)[1].matched;
      const std::string name = installed ? (*it)[1].str() : (*it)[3].str();
      std::vector< std::string > requirements = quoted_strings(installed ? (*it)[2].str() : (*it)[4].str());
      if (requirements.empty()) requirements.push_back(">= 0");
      std::string text = name + " (";
      for (std::size_t i = 0; i < requirements.size(); ++i) text += (i ? ", " : "") + requirements[i];
      text += ")";
      if (std::find(gem.dependencies.begin(), gem.dependencies.end(), text) == gem.dependencies.end())
         gem.dependencies.push_back(text);
   }
   return gem;
}

class ThemeDrop : public liquid::Drop {
public:
   explicit ThemeDrop(const Theme& theme) : root_(theme.root), gem_(read_gemspec(theme)) {}
   Value get(std::string_view key) const override {
      if (key == "root") return root_;
      if (key == "version") return gem_.version;
      if (key == "authors") {
         std::string joined;
         for (std::size_t i = 0; i < gem_.authors.size(); ++i) joined += (i ? ", " : "") + gem_.authors[i];
         return joined;
      }
      if (key == "dependencies") {
         liquid::Array list;
         for (const std::string& dependency : gem_.dependencies) list.push_back(dependency);
         return Value(std::move(list));
      }
      if (key == "description") return gem_.description.empty() ? Value() : Value(gem_.description);
      if (key == "metadata") return Value(gem_.metadata);
      return Value();
   }
   bool has_key(std::string_view key) const override {
      for (const std::string& known : keys())
         if (key == known) return true;
      return false;
   }
   // Drop#keys order (to_h, jsonify, inspect), as Jekyll lists a ThemeDrop's methods.
   Each each() const override { return Each::Keys; }  // a Jekyll::Drops::Drop (Enumerable)
   std::string to_s() const override { return "Jekyll::Drops::ThemeDrop"; }  // Liquid::Drop#to_s: the class name
   std::vector< std::string > keys() const override {
      return {"version", "metadata", "root", "dependencies", "authors", "description"};
   }

private:
   std::string root_;
   Gemspec gem_;
};

}  // namespace

Value make_theme_drop(const Theme& theme) { return Value(liquid::DropPtr(std::make_shared< ThemeDrop >(theme))); }

}  // namespace jekyllpp::site
