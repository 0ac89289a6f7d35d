#include "jekyllpp/site/site.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <map>

#include "jekyllpp/site/document_reader.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/ordered_parallel.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/read_cache.hpp"
#include "jekyllpp/site/reader.hpp"
#include "jekyllpp/site/renderer.hpp"
#include "jekyllpp/site/rendered_writes.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "jekyllpp/site/url.hpp"
#include "jekyllpp/site/writer.hpp"
#include "filters/ruby_ops.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

// Jekyll::Converters::Identity: copies content through, keeping the extension.
class IdentityConverter : public Converter {
public:
   std::string class_name() const override { return "Jekyll::Converters::Identity"; }
   int priority() const override { return -3; }
   bool matches(std::string_view) const override { return true; }
   std::string output_ext(std::string_view ext) const override { return std::string(ext); }
   std::string convert(std::string_view content, const std::string&) const override { return std::string(content); }
   bool passes_through() const override { return true; }
};

std::string sanitize_label(const std::string& label) {
   std::string out;
   for (char c : label)
      if (std::isalnum(static_cast< unsigned char >(c)) || c == '_' || c == '-' || c == '.') out += c;
   return out;
}

// The site's clock: SOURCE_DATE_EPOCH (reproducible builds), else config["time"], else now.
liquid::Time site_time(const Config& config) {
   if (const Value& time = config.get("time"); time.truthy()) {
      auto parsed = parse_time(time.is_time() ? time_to_s(time.as_time()) : liquid::to_output(time));
      if (!parsed)
         throw Error(Error::Kind::InvalidDate,
                     "Invalid date '" + liquid::to_output(time) + "': Invalid time in _config.yml.");
      return *parsed;
   }
   if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
      return local_time(std::strtoll(epoch, nullptr, 10));
   timespec now{};
   clock_gettime(CLOCK_REALTIME, &now);
   return local_time(now.tv_sec, std::int32_t(now.tv_nsec));
}

// Site#reset's check, which Jekyll runs from Site.new already (before the build's first log lines).
void check_limit_posts(const Config& config) {
   const Value& limit = config.get("limit_posts");
   if (limit.is_integer() && limit.as_integer() < 0)
      throw Error(Error::Kind::Other, "limit_posts must be a non-negative number", "ArgumentError");
}

}  // namespace

bool Collection::write() const { return lookup(metadata, "output").truthy(); }

std::string Collection::url_template() const {
   const Value& permalink = lookup(metadata, "permalink");
   if (!permalink.is_nil()) return liquid::to_output(permalink);
   return url_template_default;
}

Site::Site(Config config_in, Logger& logger_in)
    : config(std::move(config_in)), logger(logger_in), identity_(std::make_unique< IdentityConverter >()) {
   source = config.source;
   dest = config.destination;
   permalink_style = config.string("permalink");
   ensure_not_in_dest(source, dest);
   check_limit_posts(config);
   const Value& plugins = config.get("plugins");
   bool paginate_plugin = false;
   if (plugins.is_array())
      for (const Value& plugin : plugins.as_array())
         paginate_plugin = paginate_plugin || (plugin.is_string() && plugin.as_string() == "jekyll-paginate");
   if (config.get("paginate").truthy() && !paginate_plugin)
      logger.warn("Deprecation:",
                  "You appear to have pagination turned on, but you haven't included the `jekyll-paginate` gem. "
                  "Ensure you have `plugins: [jekyll-paginate]` in your configuration file.");
}

Site::~Site() = default;

Collection& Site::posts() {
   if (Collection* found = find_collection("posts")) return *found;
   throw Error(Error::Kind::Other, "no posts collection");
}

Collection* Site::find_collection(const std::string& label) {
   for (auto& collection : collections)
      if (collection->label == label) return collection.get();
   return nullptr;
}

bool Site::show_drafts() const { return config.flag("show_drafts"); }
bool Site::future() const { return config.flag("future"); }
bool Site::unpublished() const { return config.flag("unpublished"); }
bool Site::safe() const { return config.flag("safe"); }

std::string Site::in_source_dir(const std::string& path) const { return sanitized_path(source, path); }
std::string Site::in_dest_dir(const std::string& path) const { return sanitized_path(dest, path); }

const std::vector< const Converter* >& Site::converters_for(const std::string& ext) const {
   std::lock_guard< std::mutex > lock(converters_mutex_);
   if (converters_seen_ != converters.size()) {
      converters_by_ext_.clear();
      converters_seen_ = converters.size();
   }
   auto [found, added] = converters_by_ext_.try_emplace(ext);
   std::vector< const Converter* >& out = found->second;
   if (!added) return out;
   for (const auto& converter : converters)
      if (converter->matches(ext)) out.push_back(converter.get());
   std::stable_sort(out.begin(), out.end(),
                    [](const Converter* a, const Converter* b) { return a->priority() > b->priority(); });
   out.push_back(identity_.get());
   return out;
}

std::string Site::output_ext_for(const std::string& ext) const {
   const auto& matching = converters_for(ext);
   // Renderer#converter_output_ext: the last converter's, or the one before identity.
   return matching.size() == 1 ? matching.back()->output_ext(ext) : matching[matching.size() - 2]->output_ext(ext);
}

bool Site::hidden_in_the_future(const Document& doc) const {
   return !doc.is_page() && !future() && doc.date.seconds > time.seconds;
}

bool Site::publish(const Document& doc) const {
   return (doc.published() || unpublished()) && !hidden_in_the_future(doc);
}

std::vector< std::shared_ptr< Document > > Site::documents() const {
   std::vector< std::shared_ptr< Document > > out;
   for (const auto& collection : collections) out.insert(out.end(), collection->docs.begin(), collection->docs.end());
   return out;
}

void Site::reset() {
   time = site_time(config);
   layouts.clear();
   pages.clear();
   config_page_lists.clear();
   static_files.clear();
   data = Value(liquid::Hash());
   collections.clear();
   check_limit_posts(config);
   frontmatter_defaults = std::make_unique< FrontmatterDefaults >(config.data, source, logger);

   const Value& configured = config.get("collections");
   std::vector< std::string > labels;
   if (configured.is_hash())
      for (const auto& entry : configured.as_hash()) {
         // Collection#sanitize_label calls gsub on the label: a label that is no String (5:, 1.5:,
         // a list entry that is a hash or a list)
         const bool unusable = !config.unusable_collection_label.is_nil() &&
                               entry.first == liquid::to_output(config.unusable_collection_label);
         if (unusable || configured.as_hash().key_kind(entry) != liquid::Hash::KeyKind::String)
            throw Error(Error::Kind::Other,
                        filters::undefined_method("gsub", unusable ? config.unusable_collection_label
                                                                   : liquid::hash_key(configured.as_hash(), entry)) +
                           "\n\n      label.gsub(%r![^a-z0-9_\\\\-.]!i, \"\")\n           ^^^^^",
                        "NoMethodError");
         labels.push_back(entry.first);
      }
   else if (configured.is_array())
      for (const Value& label : configured.as_array()) labels.push_back(liquid::to_output(label));
   // add_default_collections merges the config into {"posts" => {}}: posts always come first.
   labels.erase(std::remove(labels.begin(), labels.end(), "posts"), labels.end());
   labels.insert(labels.begin(), "posts");
   std::string collections_dir = config.string("collections_dir");
   for (const std::string& raw : labels) {
      auto collection = std::make_unique< Collection >();
      collection->label = sanitize_label(raw);
      collection->metadata = configured.is_hash() ? lookup(configured, raw) : Value();
      if (!collection->metadata.is_hash()) collection->metadata = Value(liquid::Hash());
      collection->relative_directory = "_" + collection->label;
      collection->directory = in_source_dir(join_path(collections_dir, collection->relative_directory));
      collection->url_template_default = add_permalink_suffix("/:collection/:path", permalink_style);
      collections.push_back(std::move(collection));
   }
}

void Site::read() {
   read_site(*this);
   // Collection#sort_docs!.
   for (auto& collection : collections) {
      auto& docs = collection->docs;
      // Its metadata as configured (reset keeps a hash only): `metadata["order"]` of a number or
      // a list raises Integer#[]'s or Array#[]'s TypeError, of a float or true NoMethodError.
      const Value& configured = lookup(config.get("collections"), collection->label);
      if (configured.is_integer() || configured.is_array())
         throw Error(Error::Kind::Other, "no implicit conversion of String into Integer", "TypeError");
      if (configured.is_float() || (configured.is_bool() && configured.as_bool()))
         throw Error(Error::Kind::Other,
                     filters::undefined_method("[]", configured) +
                        "\n\n      if metadata[\"order\"].is_a?(Array)\n                 ^^^^^^^^^",
                     "NoMethodError");
      const Value& order = lookup(collection->metadata, "order");
      const Value& sort_by = lookup(collection->metadata, "sort_by");
      auto date_before = [](const Value& da, const Document& a, const Value& db, const Document& b) {
         if (da.is_time() && db.is_time() && da.as_time().seconds != db.as_time().seconds)
            return da.as_time().seconds < db.as_time().seconds;
         return a.path < b.path;
      };
      auto by_date = [&](const std::shared_ptr< Document >& a, const std::shared_ptr< Document >& b) {
         return date_before(a->get("date"), *a, b->get("date"), *b);
      };
      {
         // By date, each file's looked up once.
         std::vector< std::pair< const Value*, std::shared_ptr< Document > > > dated;
         for (auto& doc : docs) dated.emplace_back(&doc->get("date"), std::move(doc));
         std::stable_sort(dated.begin(), dated.end(), [&](const auto& a, const auto& b) {
            return date_before(*a.first, *a.second, *b.first, *b.second);
         });
         for (std::size_t i = 0; i < docs.size(); ++i) docs[i] = std::move(dated[i].second);
      }
      if (order.is_array()) {
         std::vector< std::shared_ptr< Document > > arranged;
         for (const Value& entry : order.as_array()) {
            std::string relative = join_path(collection->relative_directory, liquid::to_output(entry));
            for (auto& doc : docs)
               if (doc && doc->relative_path == relative) {
                  arranged.push_back(doc);
                  doc = nullptr;
               }
         }
         for (auto& doc : docs)
            if (doc) arranged.push_back(doc);
         docs = std::move(arranged);
      } else if (sort_by.is_string()) {
         const std::string key = sort_by.as_string();
         std::stable_sort(docs.begin(), docs.end(), [&](const auto& a, const auto& b) {
            const Value& va = a->get(key);
            const Value& vb = b->get(key);
            if (va.is_nil() != vb.is_nil()) return vb.is_nil();
            if (va.is_number() && vb.is_number()) {
               double x = va.is_integer() ? double(va.as_integer()) : va.as_float();
               double y = vb.is_integer() ? double(vb.as_integer()) : vb.as_float();
               if (x != y) return x < y;
            } else if (va.is_string() && vb.is_string() && va.as_string() != vb.as_string()) {
               return va.as_string() < vb.as_string();
            } else if (va.is_time() && vb.is_time() && va.as_time().seconds != vb.as_time().seconds) {
               return va.as_time().seconds < vb.as_time().seconds;
            }
            return by_date(a, b);
         });
      }
   }
   // Site#limit_posts!: the last N posts.
   const Value& limit = config.get("limit_posts");
   if (limit.is_integer() && limit.as_integer() > 0) {
      auto& docs = posts().docs;
      std::size_t keep = std::min< std::size_t >(docs.size(), std::size_t(limit.as_integer()));
      docs.erase(docs.begin(), docs.end() - std::ptrdiff_t(keep));
   }
   // Each document's URL depends on it and the configuration only: assigned on all cores.
   for (auto& collection : collections) {
      auto& docs = collection->docs;
      ordered_parallel< bool >(
         logger, docs.size(),
         [&](std::size_t i) {
            docs[i]->index = i;
            assign_url_as_read(*this, *docs[i]);
            return true;
         },
         [](std::size_t, bool) {});
   }
   for (auto& page : pages) assign_url_as_read(*this, *page);
   for (auto& file : static_files) {
      assign_url(*this, *file);
      file->data = frontmatter_defaults->all(file->url, file->collection ? file->collection->label : "");
      const Value& published = lookup(file->data, "published");
      file->write = !(published.is_bool() && !published.as_bool()) && (!file->collection || file->collection->write());
   }
}

void Site::add_generated_page(std::shared_ptr< Document > page, const Document* origin) {
   // Made rendered: files rendered after `origin` see it in site.pages as it is.
   assign_url(*this, *page);
   page->converted_ready = true;
   page->done = true;
   std::lock_guard< std::mutex > lock(generated_mutex_);
   generated_pages_.push_back(std::move(page));
   generated_origins_.push_back(origin);
}

std::vector< std::shared_ptr< Document > > Site::take_generated_pages() {
   std::lock_guard< std::mutex > lock(generated_mutex_);
   generated_origins_.clear();
   return std::move(generated_pages_);
}

std::shared_ptr< Document > Site::page_generated_by(const Document& origin) {
   std::lock_guard< std::mutex > lock(generated_mutex_);
   for (std::size_t i = 0; i < generated_pages_.size(); ++i)
      if (generated_origins_[i] == &origin) return generated_pages_[i];
   return nullptr;
}

void Site::generate() {
   std::vector< const plugins::Plugin* > generators;
   for (const auto& plugin : plugins)
      if (plugin->has_generator()) generators.push_back(plugin.get());
   std::stable_sort(generators.begin(), generators.end(), [](const auto* a, const auto* b) {
      return a->generator_priority() > b->generator_priority();
   });
   for (const plugins::Plugin* generator : generators) generator->generate(*this);
}

void Site::render(const std::function< bool(const Document&) >& only) {
   render_site(*this, only);
   for (auto& page : take_generated_pages()) pages.push_back(std::move(page));
}

void Site::cleanup() { clean_destination(*this); }

void Site::write() { write_site(*this); }

void Site::process() {
   reset();
   read();
   generate();
   // Files are written as they render, except for serve (its memo compares each file's bytes
   // with the last build's first) and incremental builds (which keep the outputs).
   if (!write_memo && !record_dependencies) rendered_writes = std::make_shared< RenderedWrites >(*this);
   try {
      render();
   } catch (...) {
      if (rendered_writes) rendered_writes->abandon();
      throw;
   }
   cleanup();
   write();
}

void ensure_not_in_dest(const std::string& source, const std::string& dest) {
   std::string path = source;
   while (true) {
      if (path == dest) throw Error(Error::Kind::Fatal, "Destination directory cannot be or contain the Source directory.");
      if (path == "/" || path.empty()) break;
      path = dirname(path);
   }
}

}  // namespace jekyllpp::site
