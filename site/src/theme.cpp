#include "jekyllpp/site/theme.hpp"
#include "theme_gemspec.hpp"

#include <boost/filesystem.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/logger.hpp"

namespace fs = boost::filesystem;

namespace jekyllpp::site {

namespace {

// Compares RubyGems version strings segment by segment ("2.10.0" > "2.9.1").
bool version_less(const std::string& a, const std::string& b) {
   std::istringstream sa(a), sb(b);
   std::string pa, pb;
   while (true) {
      const bool more_a = bool(std::getline(sa, pa, '.'));
      const bool more_b = bool(std::getline(sb, pb, '.'));
      if (!more_a || !more_b) return !more_a && more_b;
      const bool num_a = !pa.empty() && std::all_of(pa.begin(), pa.end(), ::isdigit);
      const bool num_b = !pb.empty() && std::all_of(pb.begin(), pb.end(), ::isdigit);
      if (num_a && num_b) {
         if (std::stoll(pa) != std::stoll(pb)) return std::stoll(pa) < std::stoll(pb);
      } else if (pa != pb) {
         return pa < pb;
      }
   }
}

void add_globbed(std::vector< std::string >& dirs, const fs::path& parent) {
   boost::system::error_code ec;
   if (!fs::is_directory(parent, ec)) return;
   std::vector< std::string > found;
   for (const auto& entry : fs::directory_iterator(parent, ec)) {
      if (fs::is_directory(entry.path(), ec)) found.push_back(entry.path().string());
   }
   std::sort(found.begin(), found.end());
   dirs.insert(dirs.end(), found.begin(), found.end());
}

// The runtime dependencies a gemspec declares: installed specs write
// `s.add_runtime_dependency(%q<jekyll-feed>...`, a theme's own source gemspec
// `spec.add_runtime_dependency "jekyll-feed", ...` (or add_dependency, its alias).
std::vector< std::string > runtime_dependencies(const fs::path& gemspec) {
   std::ifstream in(gemspec.string());
   std::stringstream text;
   text << in.rdbuf();
   const std::string spec = text.str();
   static const std::regex dependency(
      R"re(add_runtime_dependency\(\s*%q<([^>]+)>|add_(?:runtime_)?dependency[\s(]\s*["']([^"']+)["'])re");
   std::vector< std::string > names;
   for (std::sregex_iterator it(spec.begin(), spec.end(), dependency), end; it != end; ++it) {
      const std::string name = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
      if (name != "jekyll" && std::find(names.begin(), names.end(), name) == names.end()) {
         names.push_back(name);
      }
   }
   return names;
}


// Theme#path_for: the folder if it exists and its real path stays inside the root.
std::optional< std::string > theme_folder(const fs::path& root, const char* folder) {
   boost::system::error_code ec;
   const fs::path real = fs::canonical(root / folder, ec);
   if (ec || !fs::is_directory(real, ec)) return std::nullopt;
   const std::string r = real.string(), base = root.string();
   if (r != base && r.compare(0, base.size() + 1, base + "/") != 0) return std::nullopt;
   return r;
}

Theme theme_at(const std::string& name, const std::string& version, const fs::path& folder,
               const fs::path& gemspec) {
   Theme theme;
   theme.name = name;
   theme.version = version;
   boost::system::error_code ec;
   const fs::path root = fs::canonical(folder, ec);
   theme.root = (ec ? folder : root).string();
   theme.includes_path = theme_folder(theme.root, "_includes");
   theme.layouts_path = theme_folder(theme.root, "_layouts");
   theme.sass_path = theme_folder(theme.root, "_sass");
   theme.assets_path = theme_folder(theme.root, "assets");
   theme.data_path = theme_folder(theme.root, "_data");
   if (!gemspec.empty()) theme.runtime_dependencies = runtime_dependencies(gemspec);
   return theme;
}

// Ruby's class name of a YAML value, as Jekyll's warning prints `config["theme"].class`.
std::string ruby_class_name(const liquid::Value& value) {
   if (value.is_bool()) return value.as_bool() ? "TrueClass" : "FalseClass";
   if (value.is_integer()) return "Integer";
   if (value.is_float()) return "Float";
   if (value.is_array()) return "Array";
   if (value.is_hash()) return "Hash";
   if (value.is_time()) return "Time";
   return "String";
}

}  // namespace

boost::filesystem::path folder_gemspec(const boost::filesystem::path& folder, const std::string& name) {
   boost::system::error_code ec;
   if (fs::is_regular_file(folder / (name + ".gemspec"), ec)) return folder / (name + ".gemspec");
   const fs::path installed =
      folder.parent_path().parent_path() / "specifications" / (folder.filename().string() + ".gemspec");
   if (fs::is_regular_file(installed, ec)) return installed;
   std::vector< fs::path > found;
   for (const auto& entry : fs::directory_iterator(folder, ec))
      if (entry.path().extension() == ".gemspec") found.push_back(entry.path());
   std::sort(found.begin(), found.end());
   return found.empty() ? fs::path() : found.front();
}

ThemeNotFound::ThemeNotFound(const std::string& name, std::vector< std::string > searched)
   : std::runtime_error("The " + name + " theme could not be found."), searched(std::move(searched)) {}

std::vector< std::string > gem_search_dirs(const std::string& site_source) {
   std::vector< std::string > dirs;
   auto add_env_list = [&](const char* variable) {
      const char* value = std::getenv(variable);
      if (!value) return;
      std::stringstream list(value);
      for (std::string dir; std::getline(list, dir, ':');) {
         if (!dir.empty()) dirs.push_back(dir);
      }
   };
   add_env_list("GEM_HOME");
   add_env_list("GEM_PATH");
   if (const char* home = std::getenv("HOME")) {
      add_globbed(dirs, fs::path(home) / ".local/share/gem/ruby");
      add_globbed(dirs, fs::path(home) / ".gem/ruby");
   }
   for (const char* parent : {"/var/lib/gems", "/usr/local/lib/ruby/gems", "/usr/lib/ruby/gems",
                              "/usr/lib/x86_64-linux-gnu/ruby/gems"}) {
      add_globbed(dirs, parent);
   }
   add_globbed(dirs, "/usr/share/rubygems-integration");
   add_globbed(dirs, "/usr/lib/x86_64-linux-gnu/rubygems-integration");
   if (!site_source.empty()) add_globbed(dirs, fs::path(site_source) / "vendor/bundle/ruby");
   return dirs;
}

Theme find_theme(const std::string& requested, const std::string& site_source,
                 const std::string& theme_dir) {
   std::string name = requested;
   name.erase(0, name.find_first_not_of(" \t\n"));
   name.erase(name.find_last_not_of(" \t\n") + 1);
   std::transform(name.begin(), name.end(), name.begin(), ::tolower);
   if (!theme_dir.empty()) {
      fs::path folder = fs::absolute(theme_dir).lexically_normal();
      if (folder.filename() == ".") folder = folder.parent_path();
      if (!fs::is_directory(folder)) throw ThemeNotFound(name, {folder.string()});
      return theme_at(name, "", folder, folder_gemspec(folder, name));
   }
   const std::vector< std::string > dirs = gem_search_dirs(site_source);
   std::string best_version;
   fs::path best_folder, best_spec;
   const std::string prefix = name + "-";
   boost::system::error_code ec;
   for (const auto& dir : dirs) {
      const fs::path specs = fs::path(dir) / "specifications";
      if (!fs::is_directory(specs, ec)) continue;
      for (const auto& entry : fs::directory_iterator(specs, ec)) {
         const std::string file = entry.path().filename().string();
         if (file.size() <= prefix.size() + 8 || file.compare(0, prefix.size(), prefix) != 0) continue;
         if (entry.path().extension() != ".gemspec") continue;
         const std::string version = file.substr(prefix.size(), file.size() - prefix.size() - 8);
         if (version.empty() || !::isdigit(static_cast< unsigned char >(version[0]))) continue;
         const fs::path folder = fs::path(dir) / "gems" / (name + "-" + version);
         if (!fs::is_directory(folder, ec)) continue;
         if (best_folder.empty() || version_less(best_version, version)) {
            best_version = version;
            best_folder = folder;
            best_spec = entry.path();
         }
      }
   }
   if (best_folder.empty()) throw ThemeNotFound(name, dirs);
   return theme_at(name, best_version, best_folder, best_spec);
}

std::optional< Theme > configure_theme(const Config& config, Logger& logger) {
   const liquid::Value& requested = config.get("theme");
   if (requested.is_nil()) return std::nullopt;
   if (!requested.is_string()) {
      logger.warn("Theme:", "value of 'theme' in config should be String to use gem-based themes, but got " +
                               ruby_class_name(requested));
      return std::nullopt;
   }
   logger.debug("Theme:", requested.as_string());
   const std::string theme_dir = config.string("theme_dir");
   try {
      Theme theme = find_theme(requested.as_string(), config.source, theme_dir);
      logger.debug("Theme source:", theme.root);
      return theme;
   } catch (const ThemeNotFound& missing) {
      std::string searched;
      for (const std::string& dir : missing.searched) searched += (searched.empty() ? "" : ":") + dir;
      if (!theme_dir.empty())
         throw Error(Error::Kind::Other, std::string(missing.what()) + "\nChecked in '--theme-dir " + searched +
                                            "': no such directory",
                     "Jekyll::Errors::MissingDependencyException");
      throw Error(Error::Kind::Other, std::string(missing.what()) + "\nChecked in 'GEM_PATH=" + searched +
                                         "' , execute `gem env` for more information",
                  "Jekyll::Errors::MissingDependencyException");
   }
}

}  // namespace jekyllpp::site
