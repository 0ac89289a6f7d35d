#include "jekyllpp/site/dependency_graph.hpp"

namespace jekyllpp::site {

namespace {
thread_local RenderDependencies* current = nullptr;
}

DependencyScope::DependencyScope(RenderDependencies* into) : previous_(current) { current = into; }
DependencyScope::~DependencyScope() { current = previous_; }

bool recording_dependencies() { return current != nullptr; }

void record_source(const Document& doc, std::string_view field) {
   if (current) current->sources.emplace(&doc, std::string(field));
}

void record_rendered(const Document& doc, std::string_view aspect) {
   if (current) current->rendered.emplace(&doc, std::string(aspect));
}

void record_neighbours(const Document& doc) {
   if (current) current->neighbours.insert(&doc);
}

void record_key(std::string_view key) {
   if (current) current->keys.emplace(key);
}

void record_file(const std::string& path) {
   if (current) current->keys.insert("file:" + path);
}

void record_all(const RenderDependencies& used) {
   if (!current) return;
   current->sources.insert(used.sources.begin(), used.sources.end());
   current->rendered.insert(used.rendered.begin(), used.rendered.end());
   current->neighbours.insert(used.neighbours.begin(), used.neighbours.end());
   current->keys.insert(used.keys.begin(), used.keys.end());
   current->always = current->always || used.always;
}

void record_untracked() {
   if (current) current->always = true;
}

}  // namespace jekyllpp::site
