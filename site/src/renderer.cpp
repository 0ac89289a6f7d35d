#include "jekyllpp/site/renderer.hpp"

#include <boost/filesystem.hpp>

#include <string.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "jekyllpp/site/dependency_graph.hpp"
#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/rendered_writes.hpp"
#include "jekyllpp/site/site.hpp"
#include "theme_drop.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

bool has_liquid_construct(const std::string& content) {
   return content.find("{%") != std::string::npos || content.find("{{") != std::string::npos;
}

// Whether a Liquid tag may be {% increment %} or {% decrement %}: the text has a tag ("{%", which
// a {% liquid %} block's lines are in too) and names one. This runs over every file on every
// incremental rebuild: "{%" is a fast memchr for a rare letter, and the words are then found in
// one memmem pass (two finds of a word whose first letter is common are far slower).
bool mentions_counter(std::string_view text) {
   if (text.find("{%") == std::string_view::npos) return false;
   for (std::string_view rest = text;;) {
      const void* found = ::memmem(rest.data(), rest.size(), "crement", 7);
      if (!found) return false;
      std::size_t at = std::size_t(static_cast< const char* >(found) - text.data());
      if (at >= 2 && (text.compare(at - 2, 2, "in") == 0 || text.compare(at - 2, 2, "de") == 0)) return true;
      rest = text.substr(at + 1);
   }
}

// Whether `holds` is true of the content of a document or a page of the site.
template < class Test > bool any_document_or_page(const Site& site, Test holds) {
   for (const auto& collection : site.collections)
      for (const auto& doc : collection->docs)
         if (holds(doc->content)) return true;
   for (const auto& page : site.pages)
      if (holds(page->content)) return true;
   return false;
}

// Whether a template may use {% increment %} / {% decrement %}: a document, a layout or a file
// of the include folders names one.
bool may_use_counters(const Site& site) {
   if (any_document_or_page(site, mentions_counter)) return true;
   for (const auto& [name, layout] : site.layouts)
      if (mentions_counter(layout->content)) return true;
   std::vector< std::string > folders = {join_path(site.source, liquid::to_output(site.config.get("includes_dir")))};
   if (site.theme && site.theme->includes_path) folders.push_back(*site.theme->includes_path);
   boost::system::error_code ec;
   for (const std::string& folder : folders)
      for (boost::filesystem::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
         if (boost::filesystem::is_regular_file(it->path(), ec) && mentions_counter(read_file(it->path().string())))
            return true;
   return false;
}

// Whether a file's own Liquid may read the payload's `content`: a {{ }} or {% %} naming the bare
// variable (not post.content). Jekyll renders every file with one shared payload, where `content`
// keeps what the last layout was given: the previous file's content as its outermost layout got it.
bool names_payload_content(std::string_view text) {
   auto word_char = [](char c) { return std::isalnum(static_cast< unsigned char >(c)) || c == '_' || c == '-'; };
   for (std::size_t open = 0; (open = text.find('{', open)) != std::string_view::npos; ++open) {
      if (open + 1 >= text.size() || (text[open + 1] != '{' && text[open + 1] != '%')) continue;
      std::size_t close = text.find(text[open + 1] == '{' ? "}}" : "%}", open + 2);
      std::string_view tag = text.substr(open + 2, close == std::string_view::npos ? std::string_view::npos : close - open - 2);
      if (text[open + 1] == '%') {
         // {% raw %} and {% comment %} bodies are not Liquid (documentation sites show {{ content }} in them)
         std::string_view name = tag.substr(std::min(tag.find_first_not_of("- \t\r\n"), tag.size()));
         name = name.substr(0, name.find_first_of("- \t\r\n"));
         if (name == "raw" || name == "comment") {
            std::size_t end = text.find(name == "raw" ? "endraw" : "endcomment", open);
            if (end == std::string_view::npos) return false;
            open = end;
            continue;
         }
      }
      for (std::size_t at = 0; (at = tag.find("content", at)) != std::string_view::npos; at += 7) {
         const char before = at ? tag[at - 1] : ' ';
         const char after = at + 7 < tag.size() ? tag[at + 7] : ' ';
         if (!word_char(before) && before != '.' && !word_char(after)) return true;
      }
      if (close == std::string_view::npos) return false;
      open = close;
   }
   return false;
}

bool may_read_payload_content(const Site& site) { return any_document_or_page(site, names_payload_content); }

// What the files' Liquid may share across files (each makes the render sequential).
struct SharedState {
   bool payload_content = false;  // a bare `content` (may_read_payload_content)
   bool counters = false;         // {% increment %} / {% decrement %} (may_use_counters)
};

SharedState find_shared_state(const Site& site) {
   SharedState found;
   found.payload_content = may_read_payload_content(site);
   found.counters = !found.payload_content && may_use_counters(site);
   return found;
}

bool asset_ext(const std::string& ext) { return ext == ".sass" || ext == ".scss" || ext == ".coffee"; }
bool yaml_ext(const std::string& ext) { return ext == ".yaml" || ext == ".yml"; }

// A failure while rendering one file: what Jekyll logs (topic and message per line; an
// empty topic continues the line above), then the error to raise.
struct Failure {
   std::vector< std::pair< std::string, std::string > > log;
   std::exception_ptr error;
};

// The message Jekyll logs for an error (Liquid's with its "Liquid error (line N): " prefix).
std::string message_of(const std::exception_ptr& error) {
   try {
      std::rethrow_exception(error);
   } catch (const liquid::Error& e) {
      return e.full_message();
   } catch (const std::exception& e) {
      return e.what();
   } catch (...) {
      return "";
   }
}

class SiteRenderer {
public:
   SiteRenderer(Site& site, const RenderFilter& only, SharedState shared)
       : site_(site), cache_(*site.drop_cache), only_(only) {
      const Value& liquid_options = site.config.get("liquid");
      strict_filters_ = lookup(liquid_options, "strict_filters").truthy();
      strict_variables_ = lookup(liquid_options, "strict_variables").truthy();
      if (site.theme) theme_ = make_theme_drop(*site.theme);
      shares_content_ = shared.payload_content;
      sequential_ = shared.counters || shares_content_;
   }

   void run() {
      parse_layouts();
      std::vector< Document* > order;
      for (auto& collection : site_.collections)
         for (auto& doc : collection->docs) order.push_back(doc.get());
      for (auto& page : site_.pages) order.push_back(page.get());
      for (std::size_t i = 0; i < order.size(); ++i) order[i]->render_order = i;
      // An incremental rebuild renders some files; the others keep their output (and are done).
      // {% increment %} counters and the shared `content` run across files in order, so with them
      // every file renders.
      if (only_ && !sequential_) order.erase(std::remove_if(order.begin(), order.end(), [&](Document* doc) { return !only_(*doc); }),
                             order.end());
      if (site_.record_dependencies)
         for (Document* doc : order) doc->dependencies = std::make_shared< RenderDependencies >();

      // Excerpts render when first read, through the drops, while this renderer lives.
      site_.drop_cache->excerpt = [this](const Document& doc) -> const RenderedExcerpt& { return excerpt_of(doc); };
      struct Unset {
         Site& site;
         ~Unset() { site.drop_cache->excerpt = nullptr; }
      } unset{site_};
      // An excerpt's Liquid may read the source of any file (below), so no source is freed then.
      const bool free_sources = site_.rendered_writes && std::none_of(order.begin(), order.end(), [&](const Document* doc) {
         return doc->has_excerpt && render_with_liquid(*doc, doc->excerpt_source);
      });
      parallel(order, [&](Document& doc) {
         DependencyScope recording(doc.dependencies.get());
         set_rendering(&doc);
         try {
            render_document(doc);
            if (site_.rendered_writes) site_.rendered_writes->write(doc);
         } catch (...) {
            set_rendering(nullptr);
            mark_done(doc);
            throw;
         }
         set_rendering(nullptr);
         mark_done(doc);
         if (free_sources) release_sources(order);
      });
   }

private:
   // A plain build frees each file's source text once no file can read it: a file sees the
   // source of the files after it in Jekyll's order (their converted content once they are
   // rendered), so the source is read only while a file before it renders.
   void release_sources(const std::vector< Document* >& order) {
      std::lock_guard< std::mutex > lock(release_mutex_);
      for (; released_ < order.size() && order[released_]->done.load(); ++released_)
         std::string().swap(order[released_]->content);
   }

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
               failures.emplace(i, Failure{{}, std::current_exception()});
            }
         }
      };
      unsigned threads = sequential_ ? 1u : std::max(1u, std::thread::hardware_concurrency());
      std::vector< std::thread > pool;
      for (unsigned t = 1; t < threads && t < items.size(); ++t) pool.emplace_back(worker);
      worker();
      for (auto& thread : pool) thread.join();
      if (!failed_at) return;
      fail(failures.at(*failed_at));
   }

   void fail(const Failure& failure) {
      for (const auto& [topic, message] : failure.log) site_.logger.error(topic, message);
      std::rethrow_exception(failure.error);
   }

   // Jekyll parses a layout when a file first uses it: one no file uses may hold a syntax error or
   // a tag of a plugin not loaded (safe mode) without stopping the build. Parsed up front here (the
   // files render in parallel); the failure is kept and raised where the layout is placed.
   void parse_layouts() {
      for (const auto& [name, layout] : site_.layouts) {
         ParsedLayout& parsed = layouts_[layout.get()];
         try {
            parsed.parsed.emplace(parse(layout->content, layout->path));
         } catch (Failure& failure) {
            parsed.failure = std::move(failure);
         }
      }
   }

   const liquid::Template& parsed_layout(const Layout* layout) const {
      const ParsedLayout& parsed = layouts_.at(layout);
      if (parsed.failure) throw Failure(*parsed.failure);
      return *parsed.parsed;
   }

   // Called inside a catch block: the error caught ends the build once it is logged.
   static Failure liquid_failure(const std::string& message, const std::string& path) {
      return Failure{{{"Liquid Exception:", message + " in " + path}}, std::current_exception()};
   }

   // An excerpt read while rendering `path` failed: its own report, then this file's for the
   // same error (Renderer#render_liquid logs what passes through it).
   static Failure read_excerpt_failed(Failure excerpt, const std::string& path) {
      excerpt.log.emplace_back("Liquid Exception:", message_of(excerpt.error) + " in " + path);
      return excerpt;
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

   // counters: whether {% increment %} counters are the build's (Jekyll's shared payload) or
   // this render's own (an excerpt renders with a payload of its own).
   std::string render_liquid(const liquid::Template& parsed, const liquid::Value& payload, const Value& page,
                             const std::string& path, bool counters = true) {
      try {
         liquid::Context context(*site_.environment, payload);
         context.strict_filters = strict_filters_;
         context.strict_variables = strict_variables_;
         context.set_register("site", &site_);
         context.set_register("page", page);
         if (counters) context.set_register("counters", counters_);
         return parsed.render(context);
      } catch (Failure& excerpt) {
         throw read_excerpt_failed(excerpt, path);
      } catch (const liquid::Error& e) {
         throw liquid_failure(e.full_message(), path);
      } catch (const Error& e) {
         throw liquid_failure(e.what(), path);
      } catch (const std::exception& e) {
         throw liquid_failure(e.what(), path);
      }
   }

   // The text the file's converters make of `source` (read, not copied, by the first).
   std::string convert(const Document& doc, std::string_view source, const std::string& relative_path) {
      std::optional< std::string > content;
      for (const Converter* converter : site_.converters_for(doc.extname)) {
         if (converter->passes_through()) continue;
         try {
            content = converter->convert(content ? std::string_view(*content) : source, doc.path);
         } catch (const StackLevelTooDeep&) {
            throw;  // a SystemStackError: Renderer#convert rescues only StandardErrors
         } catch (const std::exception& e) {
            const auto* error = dynamic_cast< const Error* >(&e);
            throw Failure{{{"Conversion error:", converter->class_name() + " encountered an error while converting '" +
                                                      relative_path + "':"},
                           {"", error ? error->to_s() : std::string(e.what())}},
                          std::current_exception()};
         }
      }
      return content ? std::move(*content) : std::string(source);
   }

   liquid::Hash base_payload(const Document& doc, Value page) {
      liquid::Hash payload = payload_template(site_.converters_for(doc.extname).front());
      payload.set("page", std::move(page));
      payload.set("site", make_site_drop(cache_, &doc));
      return payload;
   }

   // The payload's entries that are the same for every file whose first converter is `first`,
   // built once per converter (page and site are set per file, in their places).
   liquid::Hash payload_template(const Converter* first) {
      std::lock_guard< std::mutex > lock(templates_mutex_);
      auto [found, added] = payload_templates_.try_emplace(first);
      liquid::Hash& payload = found->second;
      if (!added) return payload;
      payload.set("content", Value());
      payload.set("page", Value());
      payload.set("layout", Value());
      payload.set("paginator", Value());
      payload.set("highlighter_prefix", first->highlighter_prefix());
      payload.set("highlighter_suffix", first->highlighter_suffix());
      payload.set("jekyll", cache_.jekyll);
      payload.set("site", Value());
      payload.set("theme", theme_);
      // The payload is a UnifiedPayloadDrop in Jekyll: an Enumerable drop whose `count` Liquid
      // may call, so a bare {{ count }} (Vue and Angular snippets outside {% raw %}) is its
      // number of keys.
      payload.set("count", Value(std::int64_t(payload.size())));
      return payload;
   }

   bool render_with_liquid(const Document& doc, const std::string& content) const {
      const Value& flag = doc.own("render_with_liquid");
      if (flag.is_bool() && !flag.as_bool()) return false;
      if (!doc.is_page() && (doc.extname == ".coffee" || yaml_ext(doc.extname))) return false;
      return has_liquid_construct(content);
   }

   // Excerpt#output: an excerpt renders when something first reads it, once; the first render to
   // finish is kept and its log lines written (one racing it on another thread is dropped).
   const RenderedExcerpt& excerpt_of(const Document& doc) {
      if (!doc.excerpt_ready.load(std::memory_order_acquire)) keep_first(doc, render_excerpt(doc));
      const RenderedExcerpt& rendered = *doc.rendered_excerpt;
      if (rendered.used) record_all(*rendered.used);
      return rendered;
   }

   struct ExcerptRender {
      RenderedExcerpt made;
      std::vector< Logger::Capture::Line > log;
   };

   // Jekyll renders an excerpt with the other files as they are when it is read. Files rendering
   // in parallel have no such moment, so there it sees every other file as not rendered yet (the
   // same whoever reads it first); files rendering one after the other give it the reader's.
   ExcerptRender render_excerpt(const Document& doc) {
      thread_local std::vector< const Document* > rendering_now;
      // An excerpt reading itself through other excerpts: Jekyll recurses until the stack is out.
      if (std::find(rendering_now.begin(), rendering_now.end(), &doc) != rendering_now.end()) throw StackLevelTooDeep();
      ExcerptRender result;
      if (site_.record_dependencies) result.made.used = std::make_shared< RenderDependencies >();
      const Document* reader = rendering();
      const bool excerpts_before = set_rendering_excerpts(!sequential_);
      if (!sequential_) set_rendering(nullptr);
      rendering_now.push_back(&doc);
      {
         Logger::Capture capture;
         DependencyScope recording(result.made.used.get());
         try {
            result.made.text = excerpt_text(doc);
         } catch (...) {
            result.made.failure = std::current_exception();
         }
         result.log = std::move(capture.lines);
      }
      rendering_now.pop_back();
      set_rendering(reader);
      set_rendering_excerpts(excerpts_before);
      return result;
   }

   void keep_first(const Document& doc, ExcerptRender render) {
      {
         std::lock_guard< std::mutex > lock(doc.excerpt_mutex);
         if (doc.excerpt_ready.load()) return;
         doc.rendered_excerpt = std::move(render.made);
         doc.excerpt_ready.store(true, std::memory_order_release);
      }
      site_.logger.replay(render.log);
   }

   std::string excerpt_text(const Document& doc) {
      Value page = make_excerpt_drop(cache_, doc);
      std::string path = join_path(doc.path, "#excerpt");
      std::string rendered;
      const bool liquid = render_with_liquid(doc, doc.excerpt_source);
      if (liquid) {
         liquid::Template parsed = parse(doc.excerpt_source, path);
         rendered = render_liquid(parsed, Value(base_payload(doc, page)), page, path, false);
      }
      return convert(doc, liquid ? rendered : doc.excerpt_source, join_path(doc.relative_path, "#excerpt"));
   }

   void render_document(Document& doc) {
      Value page = page_variable(cache_, doc);
      liquid::Hash payload = base_payload(doc, page);
      if (shares_content_) {
         payload.set("content", last_layout_content_);
         // What it reads comes from whichever file rendered before it: not tracked.
         if (names_payload_content(doc.content)) record_untracked();
      }
      if (doc.paginator) {
         record_key("posts");
         payload.set("paginator", doc.paginator(cache_));
      }
      // Plugin-made content and Sass (its imports, its source map page) are not tracked.
      if (doc.native_content || doc.liquid_drop || asset_ext(doc.extname)) record_untracked();
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
         try {  // a plugin's page Jekyll renders from a Liquid template (feed.xml)
            output = doc.native_content(site_, doc);
         } catch (Failure& excerpt) {
            throw read_excerpt_failed(excerpt, path);
         }
      } else {
         std::string rendered;
         const bool liquid = render_with_liquid(doc, doc.content);
         if (liquid) {
            liquid::Template parsed = parse(doc.content, path);
            rendered = render_liquid(parsed, Value(payload), page, path);
         }
         output = convert(doc, liquid ? rendered : doc.content, doc.relative_path);
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
      if (recording_dependencies()) record_key("layout:" + name);
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
         if (shares_content_) last_layout_content_ = Value(output);
         layer.set("content", std::move(output));
         layer.set("layout", layout_data);
         output = render_liquid(parsed_layout(layout), Value(std::move(layer)), page, layout->path);
         const Layout* next = find_layout(liquid::to_output(lookup(layout->data, "layout")));
         if (!next || std::find(used.begin(), used.end(), next) != used.end()) break;
         layout = next;
      }
      return output;
   }

   Site& site_;
   const SiteDropCache& cache_;
   const RenderFilter& only_;
   bool strict_filters_ = false;
   bool strict_variables_ = false;
   Value theme_;  // UnifiedPayloadDrop#theme: nil without a theme
   // {% increment %} counters outlive each file, so a site that may use them renders its files
   // one after the other, in Jekyll's order.
   std::shared_ptr< liquid::Hash > counters_ = std::make_shared< liquid::Hash >();
   bool sequential_ = false;
   // A file's own Liquid reads `content` (names_payload_content): the files render in order, each
   // seeing what the last layout placement before it was given (nil before the first).
   bool shares_content_ = false;
   Value last_layout_content_;
   struct ParsedLayout {
      std::optional< liquid::Template > parsed;
      std::optional< Failure > failure;
   };
   std::map< const Layout*, ParsedLayout > layouts_;
   std::mutex templates_mutex_;
   std::mutex release_mutex_;
   std::size_t released_ = 0;  // order[0, released_) have had their source freed
   std::map< const Converter*, liquid::Hash > payload_templates_;
};

}  // namespace

void render_site(Site& site, const RenderFilter& only) {
   // The two scans read the text of every file (19 MB for 4,000 posts, ~3 ms) and the drop cache
   // takes as long: they run at once, on two cores, instead of one after the other on one.
   std::future< SharedState > shared = std::async(std::launch::async, find_shared_state, std::cref(site));
   site.drop_cache = std::make_shared< SiteDropCache >(site);
   SiteRenderer(site, only, shared.get()).run();
}

}  // namespace jekyllpp::site
