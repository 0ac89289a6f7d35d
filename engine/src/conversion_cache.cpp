#include "jekyllpp/engine/conversion_cache.hpp"

namespace jekyllpp::engine {

std::optional< std::string > ConversionCache::find(std::string_view input) {
   std::lock_guard< std::mutex > lock(mutex_);
   const std::string key(input);
   if (auto found = current_.find(key); found != current_.end()) return found->second;
   auto before = previous_.find(key);
   if (before == previous_.end()) return std::nullopt;
   auto kept = current_.insert(previous_.extract(before)).position;
   return kept->second;
}

void ConversionCache::store(std::string_view input, const std::string& output) {
   std::lock_guard< std::mutex > lock(mutex_);
   current_.insert_or_assign(std::string(input), output);
}

void ConversionCache::next_build() {
   std::lock_guard< std::mutex > lock(mutex_);
   previous_ = std::move(current_);
   current_.clear();
}

}  // namespace jekyllpp::engine
