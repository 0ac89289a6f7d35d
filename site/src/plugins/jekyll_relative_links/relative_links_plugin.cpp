// jekyll-relative-links 0.7.0: Markdown links to other source files ([text](other.md) and
// reference definitions) are rewritten to those files' URLs before conversion. Options under
// `relative_links:`: enabled, collections (documents too), exclude (globs of files left alone).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <fnmatch.h>
#include <pcre2.h>

#include <vector>

#include "filters/uri.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/plugin_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// LINK_REGEX with the gem's sub-patterns spelled out. Groups: 2-5 an inline link's text, path,
// fragment and title; 6-9 a reference definition's.
constexpr const char* link_pattern =
   R"re((\[(.*?)\]\(([^)]+?)(#.+?|)?(\s+"(?:\\"|[^"])*(?<!\\)"|\s+"(?:\\'|[^'])*(?<!\\)')?\))re"
   R"re(|^\s*?\[(.*?)\]: (.+?)(#.+?|)?(\s+"(?:\\"|[^"])*(?<!\\)"|\s+"(?:\\'|[^'])*(?<!\\)')?\s*?$))re";

// The compiled LINK_REGEX (Ruby: ^ and $ at line ends, . not matching "\n").
pcre2_code* link_regex() {
   static pcre2_code* const code = [] {
      int error = 0;
      PCRE2_SIZE offset = 0;
      return pcre2_compile(reinterpret_cast< PCRE2_SPTR >(link_pattern), PCRE2_ZERO_TERMINATED, PCRE2_MULTILINE,
                           &error, &offset, nullptr);
   }();
   return code;
}

// CGI.unescape: "+" is a space, %XX a byte.
std::string cgi_unescape(std::string_view text) {
   std::string out;
   auto hex = [](char c) {
      return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
   };
   for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '+') {
         out += ' ';
      } else if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
         out += char(hex(text[i + 1]) * 16 + hex(text[i + 2]));
         i += 2;
      } else {
         out += text[i];
      }
   }
   return out;
}

// path_from_root: File.expand_path(path, base) taken relative to the working directory (the
// source); nullopt when ".." climbs out of it (no source file can be there).
std::optional< std::string > path_from_root(std::string path, const std::string& url_base) {
   const bool absolute = !path.empty() && path[0] == '/';
   if (absolute) path.erase(0, 1);
   std::vector< std::string > segments;
   auto add = [&segments](const std::string& joined) {
      for (std::size_t start = 0; start <= joined.size();) {
         std::size_t slash = joined.find('/', start);
         if (slash == std::string::npos) slash = joined.size();
         const std::string segment = joined.substr(start, slash - start);
         start = slash + 1;
         if (segment.empty() || segment == ".") continue;
         if (segment != "..") {
            segments.push_back(segment);
         } else if (segments.empty()) {
            return false;
         } else {
            segments.pop_back();
         }
      }
      return true;
   };
   if ((!absolute && !add(url_base)) || !add(path)) return std::nullopt;
   std::string out;
   for (const std::string& segment : segments) out += (out.empty() ? "" : "/") + segment;
   return out;
}

// excluded?: EntryFilter#glob_include? of the `exclude:` globs, both sides under the source
// (File.fnmatch? without flags, or a plain path prefix).
bool excluded(const Site& site, const Value& globs, const std::string& relative_path) {
   if (!globs.is_array()) return false;
   const std::string entry = join_path(site.source, relative_path);
   for (const Value& glob : globs.as_array()) {
      if (!glob.is_string()) continue;
      const std::string pattern = join_path(site.source, glob.as_string());
      if (fnmatch(pattern.c_str(), entry.c_str(), 0) == 0 || entry.compare(0, pattern.size(), pattern) == 0) return true;
   }
   return false;
}

class RelativeLinksPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-relative-links"; }
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Lowest; }

   void generate(Site& site) const override {
      const Value& options = site.config.get("relative_links");
      const Value& enabled = lookup(options, "enabled");
      if (enabled.is_bool() && !enabled.as_bool()) return;
      const Converter* markdown = markdown_converter(site);
      if (!markdown || !link_regex()) return;
      const Value& collections = lookup(options, "collections");
      std::vector< Document* > documents;
      for (const auto& page : site.pages) documents.push_back(page.get());
      std::vector< Document* > docs_to_write;
      for (const auto& collection : site.collections)
         if (collection->write())
            for (const auto& doc : collection->docs) docs_to_write.push_back(doc.get());
      if (collections.is_bool() && collections.as_bool())
         documents.insert(documents.end(), docs_to_write.begin(), docs_to_write.end());

      // potential_targets: pages, static files, then written documents, by source path.
      Targets targets;
      for (const auto& page : site.pages) targets.emplace_back(page->relative_path, &page->url);
      for (const auto& file : site.static_files)
         targets.emplace_back(file->relative_path.substr(!file->relative_path.empty() && file->relative_path[0] == '/'),
                              &file->url);
      for (Document* doc : docs_to_write) targets.emplace_back(doc->relative_path, &doc->url);

      liquid::Context context(*site.environment);
      context.set_register("site", &site);
      for (Document* doc : documents) {
         if (!markdown->matches(doc->extname) || excluded(site, lookup(options, "exclude"), doc->relative_path)) continue;
         doc->content = replace_links(doc->content, dirname(doc->relative_path), targets, context);
         if (!doc->is_page() && doc->has_excerpt) {
            const Value& separator = doc->get("excerpt_separator");
            doc->excerpt_source = extract_excerpt(
               doc->content, liquid::to_output(separator.is_nil() ? site.config.get("excerpt_separator") : separator));
         }
      }
   }

private:
   using Targets = std::vector< std::pair< std::string, const std::string* > >;

   static std::string replace_links(const std::string& content, const std::string& url_base, const Targets& targets,
                                    liquid::Context& context) {
      pcre2_match_data* match = pcre2_match_data_create_from_pattern(link_regex(), nullptr);
      const auto* subject = reinterpret_cast< PCRE2_SPTR >(content.data());
      std::string out;
      std::size_t copied = 0;
      for (std::size_t at = 0; at <= content.size();) {
         if (pcre2_match(link_regex(), subject, content.size(), at, 0, match, nullptr) < 0) break;
         const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match);
         auto group = [&](int n) -> std::optional< std::string > {
            if (ovector[2 * n] == PCRE2_UNSET) return std::nullopt;
            return content.substr(ovector[2 * n], ovector[2 * n + 1] - ovector[2 * n]);
         };
         const std::size_t start = ovector[0], end = ovector[1];
         at = end > start ? end : end + 1;
         const bool inline_link = group(2).has_value();
         const int first = inline_link ? 2 : 6;
         const std::string text = group(first).value_or(""), path = group(first + 1).value_or("");
         if (path.empty() || path[0] == '#' || filters::uri_is_absolute(path)) continue;
         const auto root_path = path_from_root(path, url_base);
         if (!root_path) continue;
         const std::string wanted = cgi_unescape(*root_path);
         const std::string* url = nullptr;
         for (const auto& [relative_path, target_url] : targets)
            if (relative_path == wanted) {
               url = target_url;
               break;
            }
         if (!url) continue;
         std::string replacement = liquid::to_output(context.invoke_filter("relative_url", Value(*url), {}, {}));
         replacement += group(first + 2).value_or("") + group(first + 3).value_or("");
         replacement = inline_link ? "[" + text + "](" + replacement + ")" : "\n[" + text + "]: " + replacement;
         out.append(content, copied, start - copied);
         out += replacement;
         copied = end;
      }
      pcre2_match_data_free(match);
      if (copied == 0) return content;
      out.append(content, copied, std::string::npos);
      return out;
   }
};

}  // namespace

std::unique_ptr< Plugin > make_relative_links_plugin() { return std::make_unique< RelativeLinksPlugin >(); }

}  // namespace jekyllpp::site::plugins
