#pragma once
// The factories of the native plugins, one per gem (listed in plugin_registry.cpp).
#include <memory>

#include "jekyllpp/site/plugins/plugin.hpp"

namespace jekyllpp::site::plugins {

}  // namespace jekyllpp::site::plugins
