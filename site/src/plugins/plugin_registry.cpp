#include <functional>
#include <map>

#include "jekyllpp/site/plugins/plugin.hpp"
#include "jekyllpp/site/plugins/registry.hpp"

namespace jekyllpp::site::plugins {

std::unique_ptr< Plugin > make_plugin(std::string_view name) {
   // One line per gem; each factory lives beside its plugin (plugins/registry.hpp).
   static const std::map< std::string_view, std::function< std::unique_ptr< Plugin >() > > factories = {
   };
   auto found = factories.find(name);
   return found == factories.end() ? nullptr : found->second();
}

}  // namespace jekyllpp::site::plugins
