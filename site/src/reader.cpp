#include "jekyllpp/site/reader.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <regex>

#include "jekyllpp/site/date_filename.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/entry_filter.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/front_matter.hpp"
#include "jekyllpp/site/ordered_parallel.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/read_cache.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/data_reader.hpp"
#include "jekyllpp/site/theme.hpp"
#include "jekyllpp/site/yaml_value.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "filters/ruby_ops.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

bool is_directory(const std::string& path) {
   struct stat st{};
   return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool exists(const std::string& path) {
   struct stat st{};
   return ::stat(path.c_str(), &st) == 0;
}

enum class EntryOrder { Sorted, AsRead };

// A directory entry and its type as readdir gives it (DT_UNKNOWN where the file system does not).
struct DirEntry {
   std::string name;
   unsigned char type;
   bool operator<(const DirEntry& other) const { return name < other.name; }
};

// Directory entries (without "." and ".."), sorted (as Ruby's Dir.glob) or in the file
// system's own order (as Ruby's Dir.entries).
std::vector< DirEntry > list_entries(const std::string& dir, bool with_dotfiles = true,
                                     EntryOrder order = EntryOrder::Sorted) {
   std::vector< DirEntry > entries;
   DIR* handle = ::opendir(dir.c_str());
   if (!handle) return entries;
   while (dirent* entry = ::readdir(handle)) {
      std::string name = entry->d_name;
      if (name == "." || name == "..") continue;
      if (!with_dotfiles && name[0] == '.') continue;
      entries.push_back({std::move(name), entry->d_type});
   }
   ::closedir(handle);
   if (order == EntryOrder::Sorted) std::sort(entries.begin(), entries.end());
   return entries;
}

std::vector< std::string > list_directory(const std::string& dir, bool with_dotfiles = true,
                                          EntryOrder order = EntryOrder::Sorted) {
   std::vector< std::string > names;
   for (DirEntry& entry : list_entries(dir, with_dotfiles, order)) names.push_back(std::move(entry.name));
   return names;
}

// The file type bits (S_IFMT) of `path`, the entry `entry` of its folder, as lstat gives them
// (a symlinked directory is S_IFLNK: Ruby's Dir.glob("**/*") lists it but does not descend):
// readdir's type where known (the walk of 4,000 posts saves 4,000 lstat calls, serial), else
// lstat's; 0 when the entry is gone.
mode_t entry_type(const std::string& path, const DirEntry& entry) {
   if (entry.type != DT_UNKNOWN) return DTTOIF(entry.type);
   struct stat st{};
   return ::lstat(path.c_str(), &st) == 0 ? st.st_mode & S_IFMT : 0;
}

// Dir["**/*"] under `dir` (files and directories, no dot entries), relative paths; `walk`, when
// given, gets the folders listed (with their stamps) and whether a symlink was met.
void glob_recursive(const std::string& dir, const std::string& prefix, std::vector< std::string >& out,
                    ReadCache::Listing* walk = nullptr) {
   if (walk) walk->folders.emplace_back(dir, ReadCache::stamp_of(dir));
   for (const DirEntry& entry : list_entries(dir, false)) {
      std::string relative = prefix.empty() ? entry.name : prefix + "/" + entry.name;
      out.push_back(relative);
      const std::string path = dir + "/" + entry.name;
      const mode_t type = entry_type(path, entry);
      if (!type) continue;
      if (walk) {
         walk->met.emplace(path, S_ISDIR(type));
         if (S_ISLNK(type)) walk->cacheable = false;
      }
      if (S_ISDIR(type)) glob_recursive(path, relative, out, walk);
   }
}

// Whether `path` names itself as the watcher names it (realpath), so that the changes it
// reports are seen to lie in it.
bool canonical(const std::string& path) {
   char real[PATH_MAX];
   return ::realpath(path.c_str(), real) && path == real;
}

bool yaml_header(const std::string& path) {
   std::ifstream in(path, std::ios::binary);
   std::string first;
   std::getline(in, first);
   if (!in.eof()) first += '\n';
   return has_yaml_header(first);
}

EntryFilter make_filter(const Site& site) {
   return EntryFilter(site.source, site.config.strings("include"), site.config.strings("exclude"), site.safe());
}

class Reader {
public:
   explicit Reader(Site& site) : site_(site), filter_(make_filter(site)) {}

   // A folder setting as PathManager.sanitized_path takes it: nil is the source, a string is
   // joined to it, anything else has no start_with?.
   std::string configured_dir(std::string_view key) const {
      const Value& value = site_.config.get(key);
      if (!value.is_nil() && !value.is_string())
         throw Error(Error::Kind::Other,
                     filters::undefined_method("start_with?", value) +
                        "\n\n        clean_path = if questionable_path.start_with?(\"~\")\n"
                        "                                         ^^^^^^^^^^^^",
                     "NoMethodError");
      return site_.config.string(key);
   }

   void read() {
      read_layouts(site_.in_source_dir(configured_dir("layouts_dir")), false);
      if (site_.theme && site_.theme->layouts_path) read_layouts(*site_.theme->layouts_path, true);
      // Reader#outside_configured_directory?, asked first for the source's own posts, calls
      // collections_dir.empty?, which nil, a number or true lacks.
      if (const Value& collections_dir = site_.config.get("collections_dir");
          collections_dir.is_nil() || collections_dir.is_number() || collections_dir.is_bool())
         throw Error(Error::Kind::Other,
                     filters::undefined_method("empty?", collections_dir) +
                        "\n\n      !collections_dir.empty? && !dir.start_with?(\"/#{collections_dir}\")\n"
                        "                      ^^^^^^^",
                     "NoMethodError");
      read_directories("");
      sort_files();
      read_site_data();
      for (auto& collection : site_.collections)
         if (collection->label != "posts" && collection->label != "data") read_collection(*collection);
      if (site_.theme && site_.theme->assets_path) read_theme_assets(*site_.theme);
   }

private:
   // LayoutReader: the site's layouts first, then the theme's where the site has none of that
   // name; Dir["**/*.*"], so only names with a dot.
   void read_layouts(const std::string& layouts_dir, bool from_theme) {
      if (!is_directory(layouts_dir)) return;
      std::vector< std::string > entries;
      glob_recursive(layouts_dir, "", entries);
      for (const std::string& entry : filter_.filter(layouts_dir, entries, site_.source)) {
         std::string path = layouts_dir + "/" + entry;
         if (is_directory(path) || basename(entry).find('.') == std::string::npos) continue;
         auto layout = std::make_shared< Layout >();
         layout->path = path;
         layout->ext = extname(entry);
         layout->name = entry.substr(0, entry.size() - layout->ext.size());
         if (from_theme && site_.layouts.count(layout->name)) continue;
         layout->relative_path = join_path(site_.config.string("layouts_dir"), entry);
         std::string text = read_file(path);
         auto split = split_front_matter(text);
         layout->data = Value(liquid::Hash());
         if (!liquid::ruby::utf8_valid(text)) {
            // Convertible#read_yaml's front matter regexp raises on bytes that are not UTF-8:
            // the layout keeps its whole text, which fails to parse when a file uses it.
            const std::string message = "invalid byte sequence in UTF-8";
            site_.logger.warn("Error reading file " + path + ": " + message);
            if (site_.config.flag("strict_front_matter")) throw Error(Error::Kind::Other, message, "ArgumentError");
            layout->content = std::move(text);
         } else if (split) {
            layout->content = std::string(split->body);
            try {
               Value data = parse_yaml(split->yaml);
               if (data.is_hash()) layout->data = data;
            } catch (const YamlError& e) {
               site_.logger.warn("YAML Exception reading " + path + ": " + e.what());
               if (site_.config.flag("strict_front_matter")) throw Error(Error::Kind::Other, e.what(), "Psych::SyntaxError");
            } catch (const YamlDisallowedClass& e) {
               site_.logger.warn("Error reading file " + path + ": " + e.what());
               if (site_.config.flag("strict_front_matter")) throw;
            }
         } else {
            layout->content = std::move(text);
         }
         site_.layouts[layout->name] = std::move(layout);
      }
   }

   // Reader#read_data: the theme's _data under the site's, site values winning.
   void read_site_data() {
      site_.data = read_data(site_, configured_dir("data_dir"));
      if (site_.theme && site_.theme->data_path)
         site_.data = deep_merge(read_data_at(site_, *site_.theme->data_path), site_.data);
   }

   // ThemeAssetsReader: every file under the theme's assets/ (Find.find: sorted, depth first,
   // dotfiles too, no entry filter) as a page or a static file, unless the site has one at the
   // same relative path.
   void read_theme_assets(const Theme& theme) {
      std::vector< std::string > entries;
      // The folder's real path, named from the theme root (path.sub("#{theme.root}/", "")).
      const std::string& assets = *theme.assets_path;
      find_files(assets, assets.compare(0, theme.root.size() + 1, theme.root + "/") == 0
                            ? assets.substr(theme.root.size() + 1) : "assets", entries);
      for (const std::string& relative : entries) {
         const std::string path = theme.root + "/" + relative;
         const std::string dir = dirname(relative), name = basename(relative);
         if (yaml_header(path)) {
            auto page = read_page(site_, dir, name, theme.root);
            if (page) append_unless_exists(site_.pages, page);
         } else {
            auto file = std::make_shared< StaticFile >();
            file->name = name;
            file->dir = "/" + dir;
            file->relative_path = join_path(file->dir, name);
            file->path = path;
            file->extname = extname(name);
            file->basename = strip_trailing_dots(name.substr(0, name.size() - file->extname.size()));
            append_unless_exists(site_.static_files, file);
         }
      }
   }

   // Find.find's files under `dir` (`relative` names it from the theme root); symlinked
   // files are warned about and skipped, symlinked directories skipped.
   void find_files(const std::string& dir, const std::string& relative, std::vector< std::string >& out) {
      for (const std::string& name : list_directory(dir)) {
         const std::string path = dir + "/" + name;
         struct stat link{};
         if (::lstat(path.c_str(), &link) != 0) continue;
         if (S_ISDIR(link.st_mode)) {
            find_files(path, relative + "/" + name, out);
         } else if (is_directory(path)) {
            continue;
         } else if (S_ISLNK(link.st_mode)) {
            site_.logger.warn("Theme reader:", "Ignored symlinked asset: " + path);
         } else {
            out.push_back(relative + "/" + name);
         }
      }
   }

   template < class Item >
   void append_unless_exists(std::vector< std::shared_ptr< Item > >& haystack, std::shared_ptr< Item > item) {
      for (const auto& existing : haystack)
         if (existing->relative_path == item->relative_path) {
            site_.logger.debug("Theme:", "Ignoring " + item->relative_path +
                                            " in theme due to existing file with that path in site.");
            return;
         }
      haystack.push_back(std::move(item));
   }

   bool outside_configured_directory(const std::string& dir) const {
      std::string collections_dir = site_.config.string("collections_dir");
      return !collections_dir.empty() && dir.compare(0, collections_dir.size() + 1, "/" + collections_dir) != 0 &&
             dir.compare(0, collections_dir.size(), collections_dir) != 0;
   }

   void read_directories(const std::string& dir) {
      std::string base = site_.in_source_dir(dir);
      if (!is_directory(base)) return;
      std::vector< std::string > dirs, pages, statics;
      // Reader#read_directories walks Dir.entries unsorted; pages are then sorted by name only,
      // so same-named pages (index.md in several folders) keep the file system's order.
      for (const std::string& entry : filter_.filter(base, list_directory(base, true, EntryOrder::AsRead))) {
         std::string path = base + "/" + entry;
         if (is_directory(path)) dirs.push_back(entry);
         else if (yaml_header(path)) pages.push_back(entry);
         else statics.push_back(entry);
      }
      if (!outside_configured_directory(dir)) {
         read_posts(dir, "_posts", false);
         if (site_.show_drafts()) read_posts(dir, "_drafts", true);
      }
      for (const std::string& entry : dirs) {
         std::string path = site_.in_source_dir(join_path(dir, entry));
         if (path != site_.dest) read_directories(join_path(dir, entry));
      }
      for (const std::string& entry : pages) {
         auto page = read_page(site_, dir, entry);
         if (page && site_.publish(*page)) site_.pages.push_back(page);
      }
      for (const std::string& entry : statics) {
         auto file = std::make_shared< StaticFile >();
         file->name = entry;
         file->dir = dir.empty() ? "/" : (dir[0] == '/' ? dir : "/" + dir);
         file->relative_path = join_path(file->dir, entry);
         file->path = base + "/" + entry;
         file->extname = extname(entry);
         file->basename = strip_trailing_dots(entry.substr(0, entry.size() - file->extname.size()));
         site_.static_files.push_back(file);
      }
   }

   void read_posts(const std::string& dir, const std::string& magic_dir, bool drafts) {
      std::string base = site_.in_source_dir(join_path(dir, magic_dir));
      if (!exists(base)) return;
      auto list = [&] { return post_entries(base, drafts); };
      const std::vector< std::string > entries =
         site_.read_cache ? site_.read_cache->listing((drafts ? "drafts\n" : "posts\n") + base, list) : list().files;
      Collection& posts = site_.posts();
      // The posts are read in parallel and taken in order (their log lines too).
      ordered_parallel< std::shared_ptr< Document > >(
         site_.logger, entries.size(),
         [&](std::size_t i) { return read_document(site_, posts, base + "/" + entries[i]); },
         [&](std::size_t, std::shared_ptr< Document > doc) {
            // PostReader#processable?: a post whose text is not UTF-8 (its front matter could not
            // be read, the error is logged) is left out.
            if (doc->text_not_utf8) return;
            // Publisher#publish? asks a publishable draft's Document#date when `future` is off,
            // which keeps the mtime in data["date"]: Reader#sort_files! then orders it by that date
            // (otherwise it has none and sorts by path, before the posts).
            if (doc->draft && !site_.future() && (doc->published() || site_.unpublished()) &&
                !doc->get("date").is_time())
               doc->set("date", Value(doc->date));
            if (!site_.publish(*doc)) {
               if (site_.hidden_in_the_future(*doc))
                  site_.logger.warn("Skipping:", doc->relative_path + " has a future date");
               return;
            }
            posts.docs.push_back(std::move(doc));
         });
   }

   // PostReader's files under `base`: names a post's (or a draft's) pattern matches, less
   // folders and YAML files (a YAML post has no content, which PostReader#processable? skips).
   ReadCache::Listing post_entries(const std::string& base, bool drafts) const {
      static const std::regex dateless_matcher(R"(^(?:.+/)*(.*)(\.[^.]+)$)");
      ReadCache::Listing listing;
      listing.cacheable = canonical(base);
      std::vector< std::string > entries;
      glob_recursive(base, "", entries, &listing);
      for (const std::string& entry : filter_.filter(base, entries)) {
         // Without symlinks in the walk, its lstat told folders apart already.
         const std::string path = base + "/" + entry;
         const auto met = listing.met.find(path);
         if (listing.cacheable && met != listing.met.end() ? met->second : is_directory(path)) continue;
         DateFilename parts;
         bool named = drafts ? std::regex_match(entry, dateless_matcher) : match_date_filename(entry, parts);
         if (!named) continue;
         std::string ext = extname(entry);
         if (ext == ".yml" || ext == ".yaml") continue;
         listing.files.push_back(entry);
      }
      return listing;
   }

   void read_collection(Collection& collection) {
      if (!is_directory(collection.directory)) return;
      std::vector< std::string > entries;
      glob_recursive_with_dots(collection.directory, "", entries);
      EntryFilter filter = make_filter(site_);
      // Each entry: skipped (a directory), a document (read in parallel) or a static file.
      struct Entry {
         bool skip = false;
         std::shared_ptr< Document > doc;
      };
      const std::vector< std::string > kept = filter.filter(collection.directory, entries);
      std::vector< Entry > read(kept.size());
      ordered_parallel< Entry >(
         site_.logger, kept.size(),
         [&](std::size_t i) {
            std::string path = collection.directory + "/" + kept[i];
            Entry entry;
            if (is_directory(path)) entry.skip = true;
            else if (yaml_header(path)) entry.doc = read_document(site_, collection, path);
            return entry;
         },
         [&](std::size_t i, Entry entry) { read[i] = std::move(entry); });
      for (std::size_t i = 0; i < kept.size(); ++i) {
         const std::string& entry = kept[i];
         std::string path = collection.directory + "/" + entry;
         if (read[i].skip) continue;
         if (read[i].doc) {
            auto& doc = read[i].doc;
            if (site_.unpublished() || doc->published()) collection.docs.push_back(doc);
         } else {
            auto file = std::make_shared< StaticFile >();
            file->collection = &collection;
            file->name = basename(entry);
            std::string sub = dirname(entry);
            file->dir = sub == "." ? collection.relative_directory : collection.relative_directory + "/" + sub;
            file->relative_path = file->dir + "/" + file->name;
            file->path = path;
            file->extname = extname(file->name);
            file->basename = strip_trailing_dots(file->name.substr(0, file->name.size() - file->extname.size()));
            collection.files.push_back(file);
         }
      }
      for (auto& file : collection.files) site_.static_files.push_back(file);
   }

   static void glob_recursive_with_dots(const std::string& dir, const std::string& prefix,
                                        std::vector< std::string >& out) {
      for (const DirEntry& entry : list_entries(dir, true)) {
         std::string relative = prefix.empty() ? entry.name : prefix + "/" + entry.name;
         out.push_back(relative);
         const std::string path = dir + "/" + entry.name;
         if (S_ISDIR(entry_type(path, entry))) glob_recursive_with_dots(path, relative, out);
      }
   }

   void sort_files() {
      std::stable_sort(site_.pages.begin(), site_.pages.end(),
                       [](const auto& a, const auto& b) { return a->name < b->name; });
      std::stable_sort(site_.static_files.begin(), site_.static_files.end(),
                       [](const auto& a, const auto& b) { return a->relative_path < b->relative_path; });
   }

   Site& site_;
   EntryFilter filter_;
};

}  // namespace

void read_site(Site& site) { Reader(site).read(); }

}  // namespace jekyllpp::site
