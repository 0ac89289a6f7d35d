#include "jekyllpp/site/renderer.hpp"

#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

bool has_liquid_construct(const std::string& content) {
   return content.find("{%") != std::string::npos || content.find("{{") != std::string::npos;
}

bool asset_ext(const std::string& ext) { return ext == ".sass" || ext == ".scss" || ext == ".coffee"; }
bool yaml_ext(const std::string& ext) { return ext == ".yaml" || ext == ".yml"; }

// A failure while rendering one file: what Jekyll logs, then the error to raise.
struct Failure {
   std::string topic;
   std::vector< std::string > lines;
   std::exception_ptr error;
};

class SiteRenderer {
public:
   explicit SiteRenderer(Site& site) : site_(site), cache_(*site.drop_cache) {
      const Value& liquid_options = site.config.get("liquid");
      strict_filters_ = lookup(liquid_options, "strict_filters").truthy();
      strict_variables_ = lookup(liquid_options, "strict_variables").truthy();
   }

   void run() {
      parse_layouts();
      std::vector< Document* > order;
      for (auto& collection : site_.collections)
         for (auto& doc : collection->docs) order.push_back(doc.get());
      for (auto& page : site_.pages) order.push_back(page.get());
      for (std::size_t i = 0; i < order.size(); ++i) order[i]->render_order = i;

      std::vector< Document* > with_excerpts;
      for (Document* doc : order)
         if (doc->has_excerpt) with_excerpts.push_back(doc);
      parallel(with_excerpts, [&](Document& doc) { render_excerpt(doc); });
      parallel(order, [&](Document& doc) {
         set_rendering(&doc);
         try {
            render_document(doc);
         } catch (...) {
            set_rendering(nullptr);
            mark_done(doc);
            throw;
         }
         set_rendering(nullptr);
         mark_done(doc);
      });
   }

private:
   // Runs `job` on every item on all cores; the failure of the first item (in order) wins.
   template < class Job >
   void parallel(const std::vector< Document* >& items, Job job) {
      std::atomic< std::size_t > next{0};
      std::mutex failure_mutex;
      std::optional< std::size_t > failed_at;
      std::map< std::size_t, Failure > failures;
      auto worker = [&] {
         for (std::size_t i; (i = next++) < items.size();) {
            {
               std::lock_guard< std::mutex > lock(failure_mutex);
               if (failed_at && *failed_at < i) {
                  mark_done(*items[i]);
                  continue;
               }
            }
            try {
               job(*items[i]);
            } catch (Failure& failure) {
               std::lock_guard< std::mutex > lock(failure_mutex);
               if (!failed_at || i < *failed_at) failed_at = i;
               failures.emplace(i, std::move(failure));
            } catch (...) {
               std::lock_guard< std::mutex > lock(failure_mutex);
               if (!failed_at || i < *failed_at) failed_at = i;
               failures.emplace(i, Failure{"", {}, std::current_exception()});
            }
         }
      };
      unsigned threads = std::max(1u, std::thread::hardware_concurrency());
      std::vector< std::thread > pool;
      for (unsigned t = 1; t < threads && t < items.size(); ++t) pool.emplace_back(worker);
      worker();
      for (auto& thread : pool) thread.join();
      if (!failed_at) return;
      Failure& failure = failures.at(*failed_at);
      for (std::size_t i = 0; i < failure.lines.size(); ++i)
         site_.logger.error(i == 0 ? failure.topic : "", failure.lines[i]);
      std::rethrow_exception(failure.error);
   }

   void parse_layouts() {
      for (const auto& [name, layout] : site_.layouts) {
         try {
            layouts_.emplace(layout.get(), parse(layout->content, layout->path));
         } catch (Failure& failure) {
            for (std::size_t i = 0; i < failure.lines.size(); ++i)
               site_.logger.error(i == 0 ? failure.topic : "", failure.lines[i]);
            std::rethrow_exception(failure.error);
         }
      }
   }

   // Called inside a catch block: the error caught ends the build once it is logged.
   static Failure liquid_failure(const std::string& message, const std::string& path) {
      return Failure{"Liquid Exception:", {message + " in " + path}, std::current_exception()};
   }

   liquid::Template parse(const std::string& content, const std::string& path) {
      try {
         liquid::ParseOptions options;
         options.name = path;
         liquid::Template parsed = liquid::Template::parse(content, *site_.environment, options);
         for (const liquid::Error& warning : parsed.warnings())
            site_.logger.warn("Liquid Warning:", warning.full_message() + " in " + path);
         return parsed;
      } catch (const liquid::Error& e) {
         throw liquid_failure(e.full_message(), path);
      }
   }

   std::string render_liquid(const liquid::Template& parsed, const liquid::Value& payload, const Value& page,
                             const std::string& path) {
      try {
         liquid::Context context(*site_.environment, payload);
         context.strict_filters = strict_filters_;
         context.strict_variables = strict_variables_;
         context.set_register("site", &site_);
         context.set_register("page", page);
         return parsed.render(context);
      } catch (const liquid::Error& e) {
         throw liquid_failure(e.full_message(), path);
      } catch (const Error& e) {
         throw liquid_failure(e.what(), path);
      } catch (const std::exception& e) {
         throw liquid_failure(e.what(), path);
      }
   }

   std::string convert(const Document& doc, std::string content, const std::string& relative_path) {
      for (const Converter* converter : site_.converters_for(doc.extname)) {
         try {
            content = converter->convert(content, doc.path);
         } catch (const std::exception& e) {
            throw Failure{"Conversion error:",
                          {converter->class_name() + " encountered an error while converting '" + relative_path + "':",
                           e.what()},
                          std::current_exception()};
         }
      }
      return content;
   }

   liquid::Hash base_payload(const Document& doc, Value page) {
      liquid::Hash payload;
      payload.set("content", Value());
      payload.set("page", std::move(page));
      payload.set("layout", Value());
      payload.set("paginator", Value());
      const Converter* first = site_.converters_for(doc.extname).front();
      payload.set("highlighter_prefix", first->highlighter_prefix());
      payload.set("highlighter_suffix", first->highlighter_suffix());
      payload.set("jekyll", cache_.jekyll);
      payload.set("site", make_site_drop(cache_, &doc));
      return payload;
   }

   bool render_with_liquid(const Document& doc, const std::string& content) const {
      const Value& flag = doc.own("render_with_liquid");
      if (flag.is_bool() && !flag.as_bool()) return false;
      if (!doc.is_page() && (doc.extname == ".coffee" || yaml_ext(doc.extname))) return false;
      return has_liquid_construct(content);
   }

   void render_excerpt(Document& doc) {
      Value page = make_excerpt_drop(cache_, doc);
      std::string output = doc.excerpt_source;
      std::string path = join_path(doc.path, "#excerpt");
      if (render_with_liquid(doc, output)) {
         liquid::Template parsed = parse(output, path);
         output = render_liquid(parsed, Value(base_payload(doc, page)), page, path);
      }
      doc.excerpt = convert(doc, std::move(output), join_path(doc.relative_path, "#excerpt"));
   }

   void render_document(Document& doc) {
      Value page = cache_.drop_for(doc);
      liquid::Hash payload = base_payload(doc, page);
      if (doc.paginator) payload.set("paginator", doc.paginator(cache_));
      const Value& layout_name = doc.own("layout");
      const Layout* first_layout = find_layout(liquid::to_output(layout_name));
      if (first_layout) payload.set("layout", first_layout->data);

      // Pages report errors by relative path, documents by absolute path (renderer.rb).
      std::string path = doc.path;
      if (doc.is_page()) {
         const Value* custom = doc.data.as_hash().find("path");
         path = custom ? liquid::to_output(*custom) : doc.relative_path;
      }
      std::string output;
      if (doc.native_content) {
         output = doc.native_content(site_, doc);
      } else {
         output = doc.content;
         if (render_with_liquid(doc, output)) {
            liquid::Template parsed = parse(output, path);
            output = render_liquid(parsed, Value(payload), page, path);
         }
         output = convert(doc, std::move(output), doc.relative_path);
      }
      doc.converted = output;
      doc.converted_ready = true;

      bool no_layout = layout_name.is_string() && layout_name.as_string() == "none";
      bool place_in_layout = !(asset_ext(doc.extname) || (!doc.is_page() && yaml_ext(doc.extname)) || no_layout);
      if (place_in_layout) output = place_in_layouts(doc, std::move(output), payload, page);
      doc.output = std::move(output);
      for (const auto& plugin : site_.plugins) plugin->post_render(site_, doc);
   }

   const Layout* find_layout(const std::string& name) const {
      auto found = site_.layouts.find(name);
      return found == site_.layouts.end() ? nullptr : found->second.get();
   }

   std::string place_in_layouts(Document& doc, std::string output, const liquid::Hash& payload, const Value& page) {
      const Value& requested = doc.own("layout");
      const Layout* layout = find_layout(requested.is_nil() ? "" : liquid::to_output(requested));
      if (!requested.is_nil() && !layout)
         site_.logger.warn("Build Warning:", "Layout '" + liquid::to_output(requested) + "' requested in " +
                                                doc.relative_path + " does not exist.");
      std::vector< const Layout* > used;
      Value layout_data;
      while (layout) {
         used.push_back(layout);
         layout_data = deep_merge(layout->data, layout_data.is_nil() ? Value(liquid::Hash()) : layout_data);
         // The shared entries are cheap to copy; the content, the large one, is moved in.
         liquid::Hash layer = payload;
         layer.set("content", std::move(output));
         layer.set("layout", layout_data);
         output = render_liquid(layouts_.at(layout), Value(std::move(layer)), page, layout->path);
         const Layout* next = find_layout(liquid::to_output(lookup(layout->data, "layout")));
         if (!next || std::find(used.begin(), used.end(), next) != used.end()) break;
         layout = next;
      }
      return output;
   }

   Site& site_;
   const SiteDropCache& cache_;
   bool strict_filters_ = false;
   bool strict_variables_ = false;
   std::map< const Layout*, liquid::Template > layouts_;
};

}  // namespace

void render_site(Site& site) {
   site.drop_cache = std::make_shared< SiteDropCache >(site);
   SiteRenderer(site).run();
}

}  // namespace jekyllpp::site
