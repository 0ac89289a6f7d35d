// jekyll-include-cache 0.2.1: {% include_cached file.html param=value %} works as Jekyll's
// include tag but renders each (file, parameters) pair once per build and gives every later
// use that first output, even where the page around it differs.
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/site/document.hpp"
#include "jekyllpp/site/drops.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "tags/include_tag.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// The part of the key a parameter value adds. Ruby's Object#hash stands behind the gem's key:
// equal plain values give equal keys (1 and 1.0 do not), drops (documents) key by identity.
void append_key(const Value& value, std::string& key) {
   switch (value.type()) {
      case Value::Type::Nil: key += 'n'; break;
      case Value::Type::Bool: key += value.as_bool() ? 't' : 'f'; break;
      case Value::Type::Integer: key += 'i' + std::to_string(value.as_integer()) + ';'; break;
      case Value::Type::Float: {
         char text[32];
         std::snprintf(text, sizeof text, "f%.17g;", value.as_float());
         key += text;
         break;
      }
      case Value::Type::String:
         key += 's' + std::to_string(value.as_string().size()) + ':' + value.as_string();
         break;
      case Value::Type::Array:
         key += '[';
         for (const Value& item : value.as_array()) append_key(item, key);
         key += ']';
         break;
      case Value::Type::Hash:
         key += '{';
         for (const auto& [name, item] : value.as_hash()) {
            key += std::to_string(name.size()) + ':' + name;
            append_key(item, key);
         }
         key += '}';
         break;
      case Value::Type::Drop: {
         char text[32];
         std::snprintf(text, sizeof text, "d%p;", static_cast< const void* >(&value.as_drop()));
         key += text;
         break;
      }
      case Value::Type::Time:
      case Value::Type::Range: key += 'v' + liquid::inspect(value) + ';'; break;
   }
}

// JekyllIncludeCache.cache, emptied before each render (one per site's Liquid environment).
// Jekyll renders files one after the other, so a cached output is the one of the first file
// (in render order) using it; files render in parallel here, so an output rendered by a file
// earlier in that order replaces one a later file rendered first.
class RenderedIncludes : public tags::IncludeOutputs {
public:
   std::string fetch(const std::string& path, const Value& params,
                     const std::function< std::string() >& render) override {
      std::string key = path;
      key += '\0';
      // params.sort: by parameter name.
      if (params.is_hash()) {
         std::map< std::string_view, const Value* > sorted;
         for (const auto& [name, value] : params.as_hash()) sorted.emplace(name, &value);
         for (const auto& [name, value] : sorted) append_key(*value, key);
      } else {
         append_key(params, key);
      }
      const Document* current = rendering();
      const std::size_t order = current ? current->render_order : std::numeric_limits< std::size_t >::max();
      {
         std::lock_guard< std::mutex > lock(mutex_);
         auto found = outputs_.find(key);
         if (found != outputs_.end() && found->second.order <= order) return found->second.output;
      }
      std::string output = render();
      std::lock_guard< std::mutex > lock(mutex_);
      auto [entry, added] = outputs_.try_emplace(std::move(key));
      if (added || order < entry->second.order) entry->second = Output{order, output, params};
      return output;
   }

private:
   struct Output {
      std::size_t order = 0;
      std::string output;
      Value params;  // keeps the drops in the key alive, so their addresses stay theirs
   };
   std::mutex mutex_;
   std::unordered_map< std::string, Output > outputs_;
};

class IncludeCachePlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-include-cache"; }
   void register_liquid(liquid::Environment& environment) const override {
      environment.register_tag("include_cached",
                               tags::include_tag_with_outputs(std::make_shared< RenderedIncludes >()));
   }
};

}  // namespace

std::unique_ptr< Plugin > make_include_cache_plugin() { return std::make_unique< IncludeCachePlugin >(); }

}  // namespace jekyllpp::site::plugins
