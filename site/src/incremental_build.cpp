#include "jekyllpp/site/incremental_build.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <optional>

#include "jekyllpp/site/dependency_graph.hpp"
#include "jekyllpp/site/document.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/read_cache.hpp"
#include "jekyllpp/site/site.hpp"
#include "jekyllpp/site/writer.hpp"
#include "site_files.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

// Structural equality of two values (front matter, site.data): what Liquid can see of them.
bool same_value(const Value& a, const Value& b) {
   if (a.type() != b.type()) return false;
   switch (a.type()) {
      case Value::Type::Nil: return true;
      case Value::Type::Bool: return a.as_bool() == b.as_bool();
      case Value::Type::Integer: return a.as_integer() == b.as_integer();
      case Value::Type::Float: return a.as_float() == b.as_float();
      case Value::Type::String: return a.as_string() == b.as_string();
      case Value::Type::Array: {
         if (a.array_ptr() == b.array_ptr()) return true;
         const liquid::Array &x = a.as_array(), &y = b.as_array();
         if (x.size() != y.size()) return false;
         for (std::size_t i = 0; i < x.size(); ++i)
            if (!same_value(x[i], y[i])) return false;
         return true;
      }
      case Value::Type::Hash: {
         if (a.hash_ptr() == b.hash_ptr()) return true;
         const liquid::Hash &x = a.as_hash(), &y = b.as_hash();
         if (x.size() != y.size()) return false;
         for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (i->first != j->first || x.key_kind(*i) != y.key_kind(*j) || !same_value(i->second, j->second))
               return false;
         return true;
      }
      case Value::Type::Drop: return a.drop_ptr() == b.drop_ptr();
      case Value::Type::Time: {
         const liquid::Time &x = a.as_time(), &y = b.as_time();
         return x.seconds == y.seconds && x.nanoseconds == y.nanoseconds && x.utc_offset == y.utc_offset &&
                x.is_date == y.is_date && x.is_utc == y.is_utc &&
                x.zone_unnamed == y.zone_unnamed;
      }
      case Value::Type::Range: return a.as_range().first == b.as_range().first && a.as_range().last == b.as_range().last;
   }
   return false;
}

// The fields of a file read again that differ, as its drop names them ("*": the file as a
// whole); empty when nothing another file can see differs.
std::set< std::string > changed_fields(const Document& a, const Document& b) {
   std::set< std::string > fields;
   if (a.destination != b.destination || a.path != b.path || a.output_ext != b.output_ext || a.draft != b.draft ||
       a.has_excerpt != b.has_excerpt || bool(a.native_content) != bool(b.native_content) ||
       bool(a.paginator) != bool(b.paginator) || a.data.is_hash() != b.data.is_hash())
      return {"*"};
   if (a.content != b.content || a.excerpt_source != b.excerpt_source) fields.insert("content");
   if (a.url != b.url) fields.insert({"url", "id", "dir"});
   if (a.date.seconds != b.date.seconds || a.date.nanoseconds != b.date.nanoseconds ||
       a.date.utc_offset != b.date.utc_offset)
      fields.insert("date");
   if (a.data.is_hash() && !same_value(a.data, b.data)) {
      for (const auto& [key, value] : a.data.as_hash()) {
         const Value* other = b.data.as_hash().find(key);
         if (!other || !same_value(value, *other)) fields.insert(key);
      }
      for (const auto& entry : b.data.as_hash())
         if (!a.data.as_hash().contains(entry.first)) fields.insert(entry.first);
      if (fields.count("slug")) fields.insert("id");
   }
   return fields;
}

std::string stamp_of(const std::string& path) {
   struct stat st{};
   if (::lstat(path.c_str(), &st) != 0) return "absent";
   return std::to_string(st.st_size) + ":" + std::to_string(st.st_ino) + ":" + std::to_string(st.st_mtim.tv_sec) +
          "." + std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_mode);
}

std::string digest_of(const std::string& path) {
   struct stat st{};
   if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return "absent";
   try {
      return std::to_string(std::hash< std::string >()(read_file_bytes(path)));
   } catch (const std::exception&) {
      return "unreadable";
   }
}

constexpr int kMaxRounds = 8;

// What other files can read of a file's rendering, by aspect: "content", "output". Not its
// excerpt: it renders when read, and each reader records what its rendering read besides the
// document's own source (renderer.cpp excerpt_of), so a change to it touches the readers.
std::map< std::string, std::size_t > state_of(const Document& doc) {
   std::hash< std::string > hash;
   return {{"content", hash(doc.converted)}, {"output", hash(doc.output)}};
}

std::string static_key(const StaticFile& file) { return file.relative_path + "\t" + stamp_of(file.path); }

// Site#each_site_file: what makes each destination (the last of several wins); key_of names
// a page or document.
template < typename KeyOf >
void each_output(Site& site, KeyOf key_of, const std::function< void(const std::string&, std::string) >& visit) {
   for (const Item& item : site_files(site))
      visit(item.destination, item.doc ? "file\t" + key_of(*item.doc) : "static\t" + static_key(*item.file));
}

// Removes `path`, then its parents that are left empty, up to the destination.
void remove_output(const Site& site, const std::string& path) {
   if (::unlink(path.c_str()) != 0) return;
   for (std::string dir = dirname(path); dir.size() > site.dest.size() && ::rmdir(dir.c_str()) == 0;)
      dir = dirname(dir);
}

}  // namespace

std::string file_key(const Document& doc) {
   if (doc.is_page()) return "page\t" + doc.relative_path + "\t" + doc.url;
   return (doc.collection ? doc.collection->label : std::string()) + "\t" + doc.relative_path;
}

const std::string& IncrementalBuild::Snapshot::key_of(const Document& doc) {
   auto found = keys.find(&doc);
   if (found != keys.end()) return found->second;
   std::string key = file_key(doc);
   if (int earlier = key_counts[key]++) key += "\t#" + std::to_string(earlier + 1);
   return keys.emplace(&doc, std::move(key)).first->second;
}

IncrementalBuild::IncrementalBuild(Site& site) : site_(site) {
   site_.read_cache = std::make_shared< ReadCache >();
   site_.record_dependencies = true;
}

IncrementalBuild::~IncrementalBuild() = default;

IncrementalBuild::Snapshot IncrementalBuild::take_snapshot() {
   Snapshot now;
   auto& aggregates = now.aggregates;
   std::string& pages = aggregates["pages"];
   for (const auto& page : site_.pages) {
      const std::string& key = now.key_of(*page);
      pages.append(key).append("\n");
      now.files.emplace(key, page);
   }
   std::string& statics = aggregates["static_files"];
   for (const auto& file : site_.static_files) statics.append(static_key(*file)).append("\n");
   std::string& tags = aggregates["tags"];
   std::string& categories = aggregates["categories"];
   for (const auto& collection : site_.collections) {
      std::string members;
      const auto& docs = collection->docs;
      std::vector< const std::string* > keys;
      for (const auto& doc : docs) keys.push_back(&now.key_of(*doc));
      for (std::size_t i = 0; i < docs.size(); ++i) {
         const std::string& key = *keys[i];
         now.files.emplace(key, docs[i]);
         members.append(key).append("\n");
         std::string& neighbours = now.neighbours[key];
         if (i > 0) neighbours = *keys[i - 1];
         neighbours += '\n';
         if (i + 1 < docs.size()) neighbours += *keys[i + 1];
         if (collection->label != "posts") continue;
         for (std::string* grouped : {&tags, &categories}) {
            const Value& values = docs[i]->get(grouped == &tags ? "tags" : "categories");
            if (values.is_array())
               for (const Value& value : values.as_array())
                  grouped->append(liquid::to_output(value)).append("\t").append(key).append("\n");
         }
      }
      for (const auto& file : collection->files) members += static_key(*file) + "\n";
      aggregates[collection->label == "posts" ? "posts" : "collection:" + collection->label] = members;
      aggregates["documents"] += collection->label + "\n" + members;
   }
   aggregates["collections"] = aggregates["documents"];
   for (const auto& [name, layout] : site_.layouts)
      now.layouts["layout:" + name] = layout->path + "\n" + liquid::inspect(layout->data) + "\n" + layout->content;
   now.data = site_.data;
   return now;
}

IncrementalBuild::Uses IncrementalBuild::uses_of(const Document& doc, Snapshot& now) {
   Uses uses;
   if (!doc.dependencies) return uses;
   const RenderDependencies& used = *doc.dependencies;
   for (const auto& [other, field] : used.sources)
      if (other != &doc) uses.sources.emplace_back(now.key_of(*other), field);
   for (const auto& [other, aspect] : used.rendered)
      if (other != &doc) uses.rendered.emplace_back(now.key_of(*other), aspect);
   for (const Document* other : used.neighbours) uses.neighbours.push_back(now.key_of(*other));
   uses.keys.assign(used.keys.begin(), used.keys.end());
   uses.always = used.always;
   return uses;
}

std::unordered_set< std::string > IncrementalBuild::changed_keys(const Snapshot& now,
                                                                 const std::vector< std::string >& changed) const {
   std::unordered_set< std::string > keys;
   // "doc:KEY" for a file that changed or went, "field:KEY\tFIELD" for what changed in it.
   for (const auto& [key, before] : last_.files) {
      auto found = now.files.find(key);
      std::set< std::string > fields = found == now.files.end() ? std::set< std::string >{"*"}
                                                                : changed_fields(*before, *found->second);
      if (fields.empty()) continue;
      keys.insert("doc:" + key);
      for (const std::string& field : fields) keys.insert("field:" + key + "\t" + field);
   }
   auto compare = [&](const auto& before, const auto& after, const std::string& prefix) {
      for (const auto& [name, value] : before) {
         auto found = after.find(name);
         if (found == after.end() || found->second != value) keys.insert(prefix + name);
      }
      for (const auto& [name, value] : after)
         if (!before.count(name)) keys.insert(prefix + name);
   };
   compare(last_.aggregates, now.aggregates, "");
   compare(last_.neighbours, now.neighbours, "neighbours:");
   compare(last_.layouts, now.layouts, "");
   if (!same_value(last_.data, now.data)) keys.insert("data");
   for (const auto& [key, digest] : last_.file_digests)
      if (digest_of(key.substr(5)) != digest) keys.insert(key);
   for (const std::string& path : changed) keys.insert("file:" + path);
   return keys;
}

RebuildReport IncrementalBuild::full() {
   site_.reset();
   site_.read();
   site_.generate();
   Snapshot now = take_snapshot();
   site_.render();
   site_.cleanup();
   site_.write();
   std::set< std::string > all;
   for (const auto& [key, doc] : now.files) all.insert(key);
   last_ = Snapshot();
   RebuildReport report = write_changes(std::move(now), all, {});
   report.reread = report.files;
   return report;
}

RebuildReport IncrementalBuild::rebuild(const std::vector< std::string >& changed) {
   const liquid::Time time = site_.time;  // site.time stays what the first build had
   site_.read_cache->forget(changed);
   site_.read_cache->take_counts();
   site_.reset();
   site_.time = time;
   site_.read();
   site_.generate();
   Snapshot now = take_snapshot();
   const std::unordered_set< std::string > changes = changed_keys(now, changed);

   // Files to render: new ones, changed ones, those whose recorded uses a change touches; then,
   // round after round, those that used the rendered content, excerpt or output of a file whose
   // rendering changed in the round before.
   std::set< std::string > affected;
   // Whether `changes` holds PREFIX KEY, or "field:" KEY "\t" FIELD; one buffer for every probe
   // (these run for each file's every recorded use).
   std::string probe;
   auto has = [&](const char* prefix, const std::string& key) {
      probe.assign(prefix).append(key);
      return changes.count(probe) > 0;
   };
   auto has_field = [&](const std::string& key, const std::string& field) {
      probe.assign("field:").append(key).append("\t").append(field);
      return changes.count(probe) > 0;
   };
   auto touched = [&](const Uses& uses) {
      if (uses.always) return true;
      for (const auto& [key, field] : uses.sources)
         if (has("doc:", key) && (field == "*" || has_field(key, "*") || has_field(key, field))) return true;
      for (const auto& rendered : uses.rendered)
         if (has("doc:", rendered.first)) return true;
      for (const std::string& key : uses.neighbours)
         if (has("neighbours:", key)) return true;
      for (const std::string& key : uses.keys)
         if (changes.count(key)) return true;
      return false;
   };
   for (const auto& [key, doc] : now.files) {
      auto uses = last_.uses.find(key);
      if (!last_.files.count(key) || uses == last_.uses.end() || has("doc:", key) || touched(uses->second))
         affected.insert(key);
   }
   // What each file rendered to before this build (state_of), so a changed rendering is seen.
   std::unordered_map< std::string, std::map< std::string, std::size_t > > state_before;
   std::unordered_map< std::string, std::size_t > output_before;
   for (const std::string& key : affected) {
      auto before = last_.files.find(key);
      if (before == last_.files.end()) continue;
      state_before[key] = state_of(*before->second);
      output_before[key] = std::hash< std::string >()(before->second->output);
   }
   // The others keep what they rendered to last time.
   for (const auto& [key, doc] : now.files) {
      if (affected.count(key)) continue;
      Document& before = *last_.files.at(key);
      doc->converted.swap(before.converted);
      doc->output.swap(before.output);
      doc->converted_ready = true;
      doc->done = true;
   }
   // Files that read each other's renderings settle in a few rounds; a page whose rendering
   // never settles (it prints the clock) would keep the rounds going, so they are capped.
   std::set< std::string > round = affected;
   for (int rounds = 0; !round.empty() && rounds < kMaxRounds; ++rounds) {
      std::set< const Document* > render;
      for (const std::string& key : round) {
         Document& doc = *now.files.at(key);
         if (!affected.count(key) || !state_before.count(key)) {
            state_before.emplace(key, state_of(doc));
            output_before.emplace(key, std::hash< std::string >()(doc.output));
         }
         doc.done = false;
         doc.converted_ready = false;
         render.insert(&doc);
      }
      affected.insert(round.begin(), round.end());
      site_.render([&](const Document& doc) { return render.count(&doc) > 0; });
      std::set< std::pair< std::string, std::string > > changed_renders;  // file key, aspect
      for (const std::string& key : round) {
         auto state = state_of(*now.files.at(key));
         auto before = state_before.find(key);
         for (const auto& [aspect, hash] : state)
            if (before == state_before.end() || before->second.at(aspect) != hash) changed_renders.emplace(key, aspect);
         state_before[key] = std::move(state);
      }
      std::set< std::string > next;
      for (const auto& [key, doc] : now.files) {
         if (round.count(key)) continue;
         // The renderings it used: as recorded by this build if it rendered, else by the last one.
         std::optional< Uses > fresh;
         if (affected.count(key)) fresh = uses_of(*doc, now);
         for (const auto& used : fresh ? fresh->rendered : last_.uses.at(key).rendered)
            if (changed_renders.count(used)) {
               next.insert(key);
               break;
            }
      }
      round = std::move(next);
   }
   RebuildReport report = write_changes(std::move(now), affected, output_before);
   report.reread = site_.read_cache->take_counts().second;
   return report;
}

RebuildReport IncrementalBuild::write_changes(Snapshot now, const std::set< std::string >& affected,
                                              const std::unordered_map< std::string, std::size_t >& output_before) {
   RebuildReport report;
   report.files = now.files.size();
   // Pages made while rendering (Sass source maps) are new each time: written like a rendered file.
   std::set< std::string > made;
   for (const auto& page : site_.pages) {
      const std::string& key = now.key_of(*page);
      if (now.files.emplace(key, page).second) made.insert(key);
   }
   report.rendered = affected.size();
   for (const std::string& key : affected) report.rendered_urls.push_back(now.files.at(key)->url);
   std::sort(report.rendered_urls.begin(), report.rendered_urls.end());
   each_output(site_, [&](const Document& doc) -> const std::string& { return now.key_of(doc); },
               [&](const std::string& destination, std::string maker) {
      now.outputs[destination] = std::move(maker);
   });

   std::set< std::string > write;
   for (const auto& [destination, maker] : now.outputs) {
      auto before = last_.outputs.find(destination);
      bool changed = before == last_.outputs.end() || before->second != maker;
      if (!changed && maker.compare(0, 5, "file\t") == 0) {
         const std::string key = maker.substr(5);
         if (made.count(key)) {
            write.insert(destination);
            continue;
         }
         auto before = output_before.find(key);
         changed = affected.count(key) &&
                   (before == output_before.end() ||
                    before->second != std::hash< std::string >()(now.files.at(key)->output));
      }
      if (changed) write.insert(destination);
   }
   if (!last_.outputs.empty()) {
      if (!write.empty()) write_site(site_, [&](const std::string& destination) { return write.count(destination) > 0; });
      for (const auto& [destination, maker] : last_.outputs)
         if (!now.outputs.count(destination)) {
            remove_output(site_, destination);
            report.removed.push_back(destination);
         }
   }
   for (const std::string& destination : write) report.written.push_back(destination);

   // What the next rebuild compares with (after the writing, which is what a reader waits for).
   for (const auto& [key, doc] : now.files) {
      auto before = last_.uses.find(key);
      Uses uses = affected.count(key) || before == last_.uses.end() ? uses_of(*doc, now) : std::move(before->second);
      for (const std::string& used : uses.keys)
         if (used.compare(0, 5, "file:") == 0 && !now.file_digests.count(used))
            now.file_digests[used] = digest_of(used.substr(5));
      now.uses[key] = std::move(uses);
   }
   last_ = std::move(now);
   return report;
}

}  // namespace jekyllpp::site
