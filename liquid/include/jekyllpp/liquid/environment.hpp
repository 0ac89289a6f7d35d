#pragma once
// The registry a template is parsed and rendered against: filters, tags, the partial file
// system, the default error mode and resource limits.
//
//   liquid::Environment env = liquid::Environment::standard();   // Liquid 5.4's tags + filters
//   env.register_filter("relative_url", [](const liquid::FilterCall& call) { ... });
//   env.register_tag("link", make_link_tag);                       // see node.hpp
//   env.set_file_system(std::make_shared< MyFileSystem >());      // for include/render
//
// An Environment must outlive the templates parsed and the contexts rendered with it.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <map>

#include "jekyllpp/liquid/filter.hpp"
#include "jekyllpp/liquid/node.hpp"

namespace jekyllpp::liquid {

// Liquid's error modes: lax never raises on odd markup, warn (Jekyll's default) parses
// strictly and falls back to lax, recording a warning, strict raises.
enum class ErrorMode { Lax, Warn, Strict };

// Reads partials for {% include %} / {% render %}: returns the source or throws
// Error(Error::Kind::FileSystem, ...) with the wording the host wants.
class FileSystem {
public:
   virtual ~FileSystem() = default;
   virtual std::string read_template_file(const std::string& name) const = 0;
};

// Liquid's BlankFileSystem: "This liquid context does not allow includes."
class BlankFileSystem : public FileSystem {
public:
   std::string read_template_file(const std::string& name) const override;
};

// Liquid's resource limits; unset means unlimited. Exceeding one raises Liquid::MemoryError
// "Memory limits exceeded".
struct ResourceLimits {
   std::optional< std::size_t > render_length_limit;  // bytes of output
   std::optional< std::size_t > render_score_limit;   // nodes rendered
   std::optional< std::size_t > assign_score_limit;   // size of assigned/captured values
};

// Makes a tag node from `{% tag_name markup %}`; block tags parse their body through parse.
using TagFactory = std::function< NodePtr(const std::string& tag_name, const std::string& markup,
                                          ParseContext& parse) >;

class Environment {
public:
   Environment();
   // Liquid 5.4's standard tags and filters (register_standard_filters).
   static Environment standard();

   void register_filter(std::string name, FilterFn fn);
   const FilterFn* find_filter(std::string_view name) const;
   void register_tag(std::string name, TagFactory factory);
   const TagFactory* find_tag(std::string_view name) const;

   void set_file_system(std::shared_ptr< const FileSystem > file_system);
   const FileSystem& file_system() const { return *file_system_; }

   ErrorMode error_mode() const { return error_mode_; }
   void set_error_mode(ErrorMode mode) { error_mode_ = mode; }
   ResourceLimits resource_limits;

private:
   std::map< std::string, FilterFn, std::less<> > filters_;
   std::map< std::string, TagFactory, std::less<> > tags_;
   std::shared_ptr< const FileSystem > file_system_;
   ErrorMode error_mode_ = ErrorMode::Warn;
};

// Registers Liquid's standard tags (assign ... render) on an environment.
void register_standard_tags(Environment& environment);

}  // namespace jekyllpp::liquid
