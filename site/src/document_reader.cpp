#include "jekyllpp/site/document_reader.hpp"

#include <string.h>  // memrchr
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <regex>

#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/site/date_filename.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/front_matter.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/read_cache.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/slugify.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "jekyllpp/site/url.hpp"
#include "jekyllpp/site/yaml_value.hpp"
#include "filters/ruby_ops.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

// The NoMethodError Document#merge_categories! raises (`other.key?("categories")`) for front
// matter that is no hash, as Ruby 3.1 words it: the receiver's inspect and class ("for
// "text":String"; a longer inspect gives way to #<Class:address>), then error_highlight's
// quote of the Jekyll 4.3.1 line that raised it.
std::string key_method_missing(const Value& data) {
   std::string receiver = liquid::inspect(data);
   if (receiver.size() > 65) {
      char address[32];
      std::snprintf(address, sizeof address, "%016zx", reinterpret_cast< std::size_t >(&data));
      receiver = "#<" + filters::ruby_class_name(data) + ":0x" + address + ">";
   } else {
      receiver += ":" + filters::ruby_class_name(data);
   }
   return "undefined method `key?' for " + receiver +
          "\n\n      if other.key?(\"categories\") && !other[\"categories\"].nil?\n              ^^^^^";
}

// Ruby's `data.key?("x")`.
bool has(const Value& data, std::string_view key) { return data.is_hash() && data.as_hash().contains(key); }

// Splits a document's text into data and body; YAML problems are logged as Jekyll logs them.
struct ReadResult {
   Value data;
   std::string body;
   bool not_utf8 = false;
};

// Documents pass `content`: Document#read_content sets the body before loading the YAML, so a
// document whose front matter fails to load keeps its body.
ReadResult read_front_matter(Site& site, const std::string& path, bool is_page, std::string* content = nullptr) {
   ReadResult result;
   std::string text = read_file(path);
   auto split = split_front_matter(text);
   // Jekyll matches its front matter regexp against the whole text (with front matter or
   // not), which raises on bytes that are not UTF-8; the file keeps its text as content and
   // no data.
   if (!liquid::ruby::utf8_valid(text)) {
      const std::string message = "invalid byte sequence in UTF-8";
      if (is_page) site.logger.warn("Error reading file " + path + ": " + message);
      else site.logger.error("Error:", "could not read file " + path + ": " + message);
      if (site.config.flag("strict_front_matter")) throw Error(Error::Kind::Other, message, "ArgumentError");
      result.body = std::move(text);
      result.not_utf8 = true;
      return result;
   }
   if (!split) {
      result.body = std::move(text);
      return result;
   }
   // The text read becomes the body in place; `content` gets a copy only when the YAML fails.
   const std::size_t body_at = std::size_t(split->body.data() - text.data());
   try {
      try {
         result.data = parse_yaml(split->yaml);
      } catch (...) {
         if (content) content->assign(text, body_at);
         throw;
      }
   } catch (const YamlError& e) {
      if (!is_page) throw;  // Document#read stops here; its caller logs the error
      site.logger.warn("YAML Exception reading " + path + ": " + e.what());
      if (site.config.flag("strict_front_matter")) throw Error(Error::Kind::Other, e.what(), "Psych::SyntaxError");
      result.data = Value();
   } catch (const YamlDisallowedClass& e) {
      if (!is_page) throw;
      // Convertible#read_yaml's `rescue StandardError`: the body was already taken.
      site.logger.warn("Error reading file " + path + ": " + e.what());
      if (site.config.flag("strict_front_matter")) throw;
      result.data = Value();
   }
   text.erase(0, body_at);
   result.body = std::move(text);
   return result;
}

// hash with key set to value: in place when hash alone holds its entries.
Value with(Value hash, std::string key, Value value) {
   if (liquid::Hash* own = hash.unique_hash()) {
      own->set(std::move(key), std::move(value));
      return hash;
   }
   liquid::Hash copy = hash.is_hash() ? hash.as_hash() : liquid::Hash();
   copy.set(std::move(key), std::move(value));
   return Value(std::move(copy));
}

liquid::Array split_words(const std::string& text) {
   liquid::Array out;
   std::size_t i = 0;
   while (i < text.size()) {
      while (i < text.size() && std::isspace(static_cast< unsigned char >(text[i]))) ++i;
      std::size_t start = i;
      while (i < text.size() && !std::isspace(static_cast< unsigned char >(text[i]))) ++i;
      if (i > start) out.emplace_back(text.substr(start, i - start));
   }
   return out;
}

void flatten_into(const Value& value, liquid::Array& out) {
   if (value.is_array())
      for (const Value& item : value.as_array()) flatten_into(item, out);
   else if (!value.is_nil())
      out.push_back(value);
}

// Utils.pluralized_array_from_hash: `singular value || plural value`, so a singular key set to
// nil or false (`category: false`) falls through to the plural key.
liquid::Array pluralized(const Value& data, const char* singular, const char* plural) {
   liquid::Array out;
   if (lookup(data, singular).truthy()) {
      flatten_into(lookup(data, singular), out);
      return out;
   }
   const Value& value = lookup(data, plural);
   if (value.is_string()) return split_words(value.as_string());
   if (value.is_array()) flatten_into(value, out);
   return out;
}

// Ruby's Array#| keeps an item unless one eql? to it is there: same class (2021 and "2021" are both kept)
void append_unique(liquid::Array& list, const Value& item) {
   for (const Value& existing : list)
      if (existing.type() == item.type() && liquid::liquid_equal(existing, item)) return;
   list.push_back(item);
}

// Document#merge_data! for front matter and defaults: categories union, date parsed.
void merge_data(Document& doc, Value other, const char* source) {
   if (!other.is_hash()) return;
   const Value& categories = lookup(other, "categories");
   if (!categories.is_nil()) {
      Value merged_categories = categories.is_string() ? Value(split_words(categories.as_string())) : categories;
      const Value& current = doc.get("categories");
      // `data["categories"] | other`: Array#| takes only an array (`categories: 7` is a TypeError)
      if (current.is_array() && !merged_categories.is_array())
         throw Error(Error::Kind::Other, filters::no_implicit_conversion(merged_categories, "Array"), "TypeError");
      if (current.is_array() && merged_categories.is_array()) {
         liquid::Array joined = current.as_array();
         for (const Value& item : merged_categories.as_array()) append_unique(joined, item);
         merged_categories = Value(std::move(joined));
      }
      other = with(std::move(other), "categories", merged_categories);
   }
   deep_merge_into(doc.data, other);
   if (has(doc.data, "date")) {
      const Value& date = doc.get("date");
      std::string text = date.is_time() ? time_to_s(date.as_time()) : liquid::to_output(date);
      auto parsed = parse_time(text);
      if (!parsed)
         throw Error(Error::Kind::InvalidDate, "Invalid date '" + text + "': Document '" + doc.relative_path +
                                                  "' does not have a valid date in the " + source + ".");
      doc.set("date", Value(*parsed));
   }
}

std::string to_s(const Value& value) { return value.is_nil() ? std::string() : liquid::to_output(value); }

}  // namespace

const Value& Document::get(std::string_view key) const { return lookup(data, key); }

// Jekyll's data[key] = value: a page's own hash changes too.
void Document::set(std::string key, Value value) {
   if (is_page() && front_matter.is_hash()) front_matter = with(std::move(front_matter), key, value);
   data = with(std::move(data), std::move(key), std::move(value));
}

const Value& Document::own(std::string_view key) const {
   if (is_page() && has(front_matter, key)) return lookup(front_matter, key);
   return get(key);
}

// Publisher#can_be_published?: data.fetch("published", true), so a nil `published` hides the
// file too, and a page's defaults (reached only through the default_proc) never hide it.
bool Document::published() const {
   const Value& source = is_page() && front_matter.is_hash() ? front_matter : data;
   return !has(source, "published") || lookup(source, "published").truthy();
}

namespace {

// Excerpt#sanctify_liquid_tags: closes the Liquid blocks the separator cut in two.
bool close_open_blocks(std::string& head) {
   static const std::regex tag(R"(\{%-?\s*(\w+)\s*[\s\S]*?-?%\})");
   static const char* const blocks[] = {"if", "unless", "for", "case", "capture", "comment", "raw", "tablerow",
                                        "highlight", "ifchanged"};
   std::vector< std::string > names;
   for (std::sregex_iterator it(head.begin(), head.end(), tag), end; it != end; ++it) names.push_back((*it)[1].str());
   bool modified = false;
   for (auto name = names.rbegin(); name != names.rend(); ++name) {
      if (std::find(std::begin(blocks), std::end(blocks), *name) == std::end(blocks)) continue;
      std::regex end_tag("\\{%-?\\s*end" + *name + "[\\s\\S]*?\\s*-?%\\}");
      if (std::regex_search(head, end_tag)) continue;
      modified = true;
      head += "\n{% end" + *name + " %}";
   }
   return modified;
}

// Excerpt's MKDWN_LINK_REF_REGEX, %r!^ {0,3}(?:(\[[^\]]+\])(:.+))$!, scanned over text as
// Ruby scans it: each match's label ("[x]", which may span lines) and rest (":..." up to the
// next \n or the end; Ruby's `.` takes a \r, so CRLF definitions keep it).
std::vector< std::pair< std::string_view, std::string_view > > link_reference_definitions(std::string_view text) {
   std::vector< std::pair< std::string_view, std::string_view > > found;
   // Tries a definition starting at line_start; the end of the match or npos.
   auto match_at = [&](std::size_t line_start) -> std::size_t {
      std::size_t i = line_start;
      while (i < text.size() && i - line_start < 3 && text[i] == ' ') ++i;
      if (i >= text.size() || text[i] != '[') return std::string_view::npos;
      const std::size_t close = text.find(']', i + 1);
      if (close == std::string_view::npos || close == i + 1) return std::string_view::npos;
      if (close + 1 >= text.size() || text[close + 1] != ':') return std::string_view::npos;
      std::size_t end = close + 2;
      while (end < text.size() && text[end] != '\n') ++end;
      if (end == close + 2) return std::string_view::npos;
      found.emplace_back(text.substr(i, close + 1 - i), text.substr(close + 1, end - close - 1));
      return end;
   };
   // Every line start from `first_line` on is tried in order, a match skipping the lines it
   // spans. Only a line whose "[" follows at most three spaces can match: found from the "["s
   // (a few a post) rather than line by line.
   std::size_t first_line = 0;
   std::size_t line = 0, scanned = 0;  // line: where the line holding text[scanned] starts
   for (std::size_t open = text.find('['); open != std::string_view::npos; open = text.find('[', open + 1)) {
      if (const void* nl = memrchr(text.data() + scanned, '\n', open - scanned))
         line = std::size_t(static_cast< const char* >(nl) - text.data()) + 1;
      scanned = open;
      if (line < first_line || open - line > 3 || text.substr(line, open - line).find_first_not_of(' ') != std::string_view::npos)
         continue;
      const std::size_t end = match_at(line);
      if (end == std::string_view::npos) continue;
      if (end == text.size()) break;
      first_line = end + 1;  // end is the "\n" closing the definition
      open = end;
   }
   return found;
}

}  // namespace

std::string extract_excerpt(const std::string& content, const std::string& separator, bool* modified) {
   std::size_t at = content.find(separator);
   if (at == std::string::npos) return content;
   std::string head = content.substr(0, at);
   const std::string_view tail = std::string_view(content).substr(at + separator.size());
   if (tail.empty()) return head;
   if (head.find("{%") != std::string::npos && close_open_blocks(head) && modified) *modified = true;
   // Markdown link reference definitions in the rest that the excerpt uses.
   std::vector< std::string > definitions;
   for (const auto& [label, rest] : link_reference_definitions(tail))
      if (head.find(label) != std::string::npos) definitions.push_back(std::string(label) + std::string(rest));
   if (definitions.empty()) return head;
   head += "\n\n";
   for (std::size_t i = 0; i < definitions.size(); ++i) head += (i ? "\n" : "") + definitions[i];
   return head;
}

namespace {

std::shared_ptr< Document > read_page_file(Site& site, const std::string& dir, const std::string& name,
                                           const std::string& base) {
   auto page = std::make_shared< Document >();
   page->kind = Document::Kind::Page;
   page->dir = dir;
   page->name = name;
   page->path = base.empty() ? site.in_source_dir(join_path(dir, name)) : sanitized_path(base, join_path(dir, name));
   page->relative_path = join_path(dir, name);
   while (!page->relative_path.empty() && page->relative_path[0] == '/') page->relative_path.erase(0, 1);
   page->extname = extname(name);
   page->basename_without_ext = strip_trailing_dots(name.substr(0, name.size() - page->extname.size()));
   ReadResult read;
   try {
      read = read_front_matter(site, page->path, true);
   } catch (const Error&) {
      throw;  // strict_front_matter: already logged as Jekyll logs it
   } catch (const std::runtime_error& e) {
      site.logger.warn("Error reading file " + page->path + ": " + e.what());
      if (site.config.flag("strict_front_matter")) throw;
   }
   if (!read.data.is_nil() && !read.data.is_hash())
      throw Error(Error::Kind::InvalidYAMLFrontMatter, "Invalid YAML front matter in " + page->path);
   if (read.data.is_nil()) read.data = Value(liquid::Hash());
   const Value& permalink = lookup(read.data, "permalink");
   if (permalink.is_string() && permalink.as_string().empty())
      throw Error(Error::Kind::InvalidPermalink, "Invalid permalink in " + page->path);
   page->content = std::move(read.body);
   page->data = deep_merge(site.frontmatter_defaults->all(page->relative_path, "pages"), read.data);
   page->front_matter = std::move(read.data);
   page->output_ext = site.output_ext_for(page->extname);
   return page;
}

std::shared_ptr< Document > read_document_file(Site& site, Collection& collection, const std::string& path) {
   auto doc = std::make_shared< Document >();
   doc->kind = Document::Kind::CollectionDocument;
   doc->collection = &collection;
   doc->path = path;
   std::string collections_path = site.in_source_dir(site.config.string("collections_dir"));
   doc->relative_path = path.compare(0, collections_path.size() + 1, collections_path + "/") == 0
                           ? path.substr(collections_path.size() + 1)
                           : path;
   doc->extname = extname(path);
   std::string base = basename(path);
   doc->basename_without_ext = base.substr(0, base.size() - doc->extname.size());
   doc->data = Value(liquid::Hash());

   doc->draft = doc->relative_path.find(collection.relative_directory) == std::string::npos &&
                collection.label == "posts";
   doc->set("draft", doc->draft);
   // Categories from the directories above _posts/_drafts.
   std::string special = doc->draft ? "_drafts" : collection.relative_directory;
   liquid::Array superdirs;
   if (doc->relative_path.compare(0, special.size(), special) != 0) {
      std::string above = doc->relative_path.substr(0, doc->relative_path.find(special));
      std::size_t start = 0;
      while (start < above.size()) {
         std::size_t slash = above.find('/', start);
         std::string part = above.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
         if (!part.empty() && part != special && part != base) superdirs.emplace_back(part);
         if (slash == std::string::npos) break;
         start = slash + 1;
      }
   }
   merge_data(*doc, with(Value(liquid::Hash()), "categories", Value(std::move(superdirs))), "file path");

   if (doc->extname == ".yaml" || doc->extname == ".yml") {
      doc->data = parse_yaml(read_file_bytes(path));  // read without "bom|", as a data file
      doc->output_ext = site.output_ext_for(doc->extname);
      return doc;
   }
   std::string type = collection.label;
   try {
      Value defaults = site.frontmatter_defaults->all(doc->relative_path, type);
      if (!defaults.as_hash().empty()) merge_data(*doc, defaults, "front matter defaults");
      ReadResult read = read_front_matter(site, path, false, &doc->content);
      doc->content = std::move(read.body);
      doc->text_not_utf8 = read.not_utf8;
      if (!read.data.is_nil()) {
         if (!read.data.is_hash())
            throw Error(Error::Kind::Other, key_method_missing(read.data));
         merge_data(*doc, std::move(read.data), "YAML front matter");
      }

      // populate_title: date and slug from the file name.
      std::smatch m;
      std::string slug, ext;
      if (DateFilename parts; match_date_filename(doc->relative_path, parts)) {
         slug = parts.slug;
         ext = parts.ext;
         const Value& date = doc->get("date");
         if (date.is_time()) doc->date_compared_with_site_time = date.as_time().seconds;
         if (!date.truthy() || (date.is_time() && date.as_time().seconds == site.time.seconds))
            merge_data(*doc, with(Value(liquid::Hash()), "date", std::string(parts.date)), "filename");
      } else {
         static const std::regex dateless(R"(^(?:.+/)*(.*)(\.[^.]+)$)");
         if (std::regex_match(doc->relative_path, m, dateless)) {
            slug = m[1].str();
            ext = m[2].str();
         } else {
            slug = doc->basename_without_ext;
         }
      }
      slug = strip_trailing_dots(slug);
      if (!doc->get("title").truthy()) doc->set("title", titleize_slug(slug));
      if (!doc->get("slug").truthy()) doc->set("slug", slug);
      if (!doc->get("ext").truthy()) doc->set("ext", ext.empty() ? Value() : Value(ext));

      // populate_categories / populate_tags.
      liquid::Array categories;
      const Value& current = doc->get("categories");
      if (current.is_array()) categories = current.as_array();
      else if (!current.is_nil()) categories.push_back(current);
      for (const Value& item : pluralized(doc->data, "category", "categories")) categories.push_back(item);
      liquid::Array flat;
      for (const Value& item : categories) {
         liquid::Array pieces;
         flatten_into(item, pieces);
         for (const Value& piece : pieces) append_unique(flat, Value(liquid::to_output(piece)));
      }
      // merge_data!, so `data["categories"] | strings`: `categories: [2019]` ends as [2019, "2019"]
      merge_data(*doc, with(Value(liquid::Hash()), "categories", Value(std::move(flat))), "YAML front matter");
      doc->set("tags", Value(pluralized(doc->data, "tag", "tags")));
   } catch (const YamlError& e) {
      site.logger.error("Error:", "YAML Exception reading " + path + ": " + e.what());
      if (site.config.flag("strict_front_matter")) throw;
   } catch (const Error& e) {
      site.logger.error("Error:", "could not read file " + path + ": " + e.what());
      if (site.config.flag("strict_front_matter") || e.fatal()) throw;
   } catch (const std::runtime_error& e) {
      site.logger.error("Error:", "could not read file " + path + ": " + e.what());
      if (site.config.flag("strict_front_matter")) throw;
   }

   // Document#date: front matter, else (drafts) the file's mtime, else site.time.
   const Value& date = doc->get("date");
   if (date.is_time()) {
      doc->date = date.as_time();
   } else {
      struct stat st{};
      doc->dated_by_site_time = !(doc->draft && ::stat(path.c_str(), &st) == 0);
      doc->date = doc->dated_by_site_time ? site.time : local_time(st.st_mtime);
   }

   // Document#excerpt_separator (`data["excerpt_separator"] || site's`) and #generate_excerpt
   // (`data["excerpt"] ||= Excerpt.new`): an `excerpt:` left empty or false is generated too.
   const Value& own_separator = doc->get("excerpt_separator");
   std::string separator = to_s(own_separator.truthy() ? own_separator : site.config.get("excerpt_separator"));
   if (!separator.empty() && !doc->get("excerpt").truthy()) {
      doc->has_excerpt = true;
      bool modified = false;
      doc->excerpt_source = extract_excerpt(doc->content, separator, &modified);
      if (modified) {
         site.logger.warn("Warning:", "Excerpt modified in " + doc->relative_path + "!");
         site.logger.warn("", "Found a Liquid block containing the excerpt separator " + liquid::inspect(Value(separator)) + ".");
         site.logger.warn("", "The block has been modified with the appropriate closing tag.");
         site.logger.warn("", "Feel free to define a custom excerpt or excerpt_separator in the");
         site.logger.warn("", "document's Front Matter if the generated excerpt is unsatisfactory.");
      }
   }
   doc->output_ext = site.output_ext_for(doc->extname);
   return doc;
}

}  // namespace

std::shared_ptr< Document > read_page_without_hooks(Site& site, const std::string& dir, const std::string& name,
                                                    const std::string& base) {
   if (!site.read_cache) return read_page_file(site, dir, name, base);
   const std::string path = base.empty() ? site.in_source_dir(join_path(dir, name)) : sanitized_path(base, join_path(dir, name));
   return site.read_cache->read("page\n" + dir + "\n" + name + "\n" + base, path, site.time,
                                [&] { return read_page_file(site, dir, name, base); });
}

std::shared_ptr< Document > read_page(Site& site, const std::string& dir, const std::string& name,
                                      const std::string& base) {
   std::shared_ptr< Document > page = read_page_without_hooks(site, dir, name, base);
   if (page)
      for (const auto& plugin : site.plugins) plugin->page_initialized(site, *page);
   return page;
}

std::shared_ptr< Document > read_document(Site& site, Collection& collection, const std::string& path) {
   if (!site.read_cache) return read_document_file(site, collection, path);
   auto doc = site.read_cache->read("document\n" + collection.label + "\n" + path, path, site.time,
                                    [&] { return read_document_file(site, collection, path); });
   if (doc) doc->collection = &collection;
   return doc;
}

namespace {

// Renderer#permalink_ext: a permalink that is no string (a number, true) has no end_with?.
std::string permalink_ext(const Value& permalink) {
   if (permalink.truthy() && !permalink.is_string())
      throw Error(Error::Kind::Other,
                  filters::undefined_method("end_with?", permalink) +
                     "\n\n      if document_permalink && !document_permalink.end_with?(\"/\")\n"
                     "                                                  ^^^^^^^^^^",
                  "NoMethodError");
   if (!permalink.is_string()) return "";
   const std::string& text = permalink.as_string();
   if (text.empty() || text.back() == '/') return "";
   return extname(text);
}

std::string set_destination(Site& site, const std::string& url, const std::string& output_ext, bool page) {
   std::string path = sanitized_path(site.dest, unescape_path(url));
   if (!url.empty() && url.back() == '/') {
      path = join_path(path, page ? "index" : "index.html");
      if (!page) return path;
   }
   if (path.size() < output_ext.size() || path.compare(path.size() - output_ext.size(), output_ext.size(), output_ext) != 0)
      path += output_ext;
   return path;
}

}  // namespace

void assign_url(Site& site, Document& doc) {
   const Value& permalink = doc.own("permalink");
   // A document's URL#generate_url_from_drop takes the permalink first (its placeholders are
   // lazy); a page's placeholders ask permalink_ext before.
   if (permalink.truthy() && !permalink.is_string() && !doc.is_page())
      throw Error(Error::Kind::Other,
                  filters::undefined_method("gsub", permalink) +
                     "\n\n      template.gsub(%r!:([a-z_]+)!) do |match|\n              ^^^^^",
                  "NoMethodError");
   std::string ext = permalink_ext(permalink);
   if (!ext.empty()) doc.output_ext = ext;
   std::optional< std::string > permalink_text;
   if (permalink.truthy()) permalink_text = liquid::to_output(permalink);

   if (doc.is_page()) {
      std::string url_template;
      bool html = doc.output_ext == ".html" || doc.output_ext == ".xhtml" || doc.output_ext == ".htm";
      if (!html) url_template = "/:path/:basename:output_ext";
      else if (doc.basename_without_ext == "index") url_template = "/:path/";
      else url_template = add_permalink_suffix("/:path/:basename", site.permalink_style);
      PlaceholderList placeholders = {{"path", doc.dir}, {"basename", doc.basename_without_ext},
                                      {"output_ext", doc.output_ext}};
      doc.url = url_from_hash(permalink_text ? *permalink_text : url_template, placeholders);
      doc.destination = set_destination(site, doc.url, doc.output_ext, true);
      return;
   }

   const Collection& collection = *doc.collection;
   const Value& slug_value = doc.get("slug");
   std::string slug_source = slug_value.is_nil() ? std::string() : liquid::to_output(slug_value);
   std::string cleaned = doc.relative_path.substr(0, doc.relative_path.size() - doc.extname.size());
   if (std::size_t at = cleaned.find(collection.relative_directory); at != std::string::npos)
      cleaned.erase(at, collection.relative_directory.size());
   cleaned = strip_trailing_dots(cleaned);
   const liquid::Time& date = doc.date;
   auto lookup_placeholder = [&](const std::string& placeholder) -> std::optional< std::string > {
      const std::string_view name(placeholder);  // compared by length first, inline
      if (name == "collection") return collection.label;
      if (name == "path") return cleaned;
      if (name == "output_ext") return doc.output_ext;
      if (name == "name") return slugify(doc.basename_without_ext);
      if (name == "title")
         return slug_value.is_nil() ? slugify(doc.basename_without_ext, "pretty", true) : slugify(slug_source, "pretty", true);
      if (name == "slug") return slug_value.is_nil() ? slugify(doc.basename_without_ext) : slugify(slug_source);
      if (name == "categories" || name == "slugified_categories") {
         std::vector< std::string > seen;
         const Value& categories = doc.get("categories");
         liquid::Array list = categories.is_array() ? categories.as_array() : liquid::Array{};
         if (!categories.is_array() && !categories.is_nil()) list.push_back(categories);
         for (const Value& category : list) {
            std::string text = liquid::to_output(category);
            if (name == "categories")
               for (char& c : text) c = char(std::tolower(static_cast< unsigned char >(c)));
            else
               text = slugify(text);
            if (std::find(seen.begin(), seen.end(), text) == seen.end()) seen.push_back(text);
         }
         std::string joined;
         for (std::size_t i = 0; i < seen.size(); ++i) joined += (i ? "/" : "") + seen[i];
         return joined;
      }
      static constexpr std::pair< std::string_view, const char* > date_parts[] = {
         {"year", "%Y"},       {"month", "%m"},      {"day", "%d"},         {"hour", "%H"},      {"minute", "%M"},
         {"second", "%S"},     {"i_day", "%-d"},     {"i_month", "%-m"},    {"short_month", "%b"},
         {"long_month", "%B"}, {"short_year", "%y"}, {"w_year", "%G"},      {"week", "%V"},      {"w_day", "%u"},
         {"short_day", "%a"},  {"long_day", "%A"},   {"y_day", "%j"}};
      for (const auto& [key, format] : date_parts)
         if (name == key) return strftime(date, format);
      return std::nullopt;
   };
   doc.url_error = nullptr;
   try {
      doc.url = url_from_lookup(permalink_text ? *permalink_text : collection.url_template(), lookup_placeholder);
   } catch (const Error&) {
      if (collection.write()) throw;
      doc.url_error = std::current_exception();
      doc.url.clear();
   }
   doc.destination = set_destination(site, doc.url, doc.output_ext, false);
}

std::string page_destination(Site& site, const std::string& url, const std::string& output_ext) {
   return set_destination(site, url, output_ext, true);
}

void assign_url(Site& site, StaticFile& file) {
   std::string cleaned = strip_trailing_dots(file.relative_path.substr(0, file.relative_path.size() - file.extname.size()));
   std::string base;
   if (!file.collection) {
      base = cleaned;
   } else {
      if (std::size_t at = cleaned.find(file.collection->relative_directory); at != std::string::npos)
         cleaned.erase(at, file.collection->relative_directory.size());
      PlaceholderList placeholders = {{"collection", file.collection->label}, {"path", cleaned},
                                      {"output_ext", ""}, {"name", file.basename}, {"title", ""}};
      base = url_from_hash(file.collection->url_template(), placeholders);
      while (!base.empty() && base.back() == '/') base.pop_back();
   }
   file.url = base + file.extname;
   file.destination = sanitized_path(site.dest, unescape_path(file.url));
}

}  // namespace jekyllpp::site
