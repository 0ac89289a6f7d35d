#include "jekyllpp/liquid/environment.hpp"

#include "jekyllpp/liquid/standard_filters.hpp"

namespace jekyllpp::liquid {

std::string BlankFileSystem::read_template_file(const std::string&) const {
   throw Error(Error::Kind::FileSystem, "This liquid context does not allow includes.");
}

Environment::Environment() : file_system_(std::make_shared< BlankFileSystem >()) {}

Environment Environment::standard() {
   Environment env;
   register_standard_tags(env);
   register_standard_filters(env);
   return env;
}

void Environment::register_filter(std::string name, FilterFn fn) { filters_[std::move(name)] = std::move(fn); }

const FilterFn* Environment::find_filter(std::string_view name) const {
   auto found = filters_.find(name);
   return found == filters_.end() ? nullptr : &found->second;
}

void Environment::register_tag(std::string name, TagFactory factory) { tags_[std::move(name)] = std::move(factory); }

const TagFactory* Environment::find_tag(std::string_view name) const {
   auto found = tags_.find(name);
   return found == tags_.end() ? nullptr : &found->second;
}

void Environment::set_file_system(std::shared_ptr< const FileSystem > file_system) {
   file_system_ = std::move(file_system);
}

}  // namespace jekyllpp::liquid
