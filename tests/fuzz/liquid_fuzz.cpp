// libFuzzer target: parse and render arbitrary templates in each error mode. Liquid errors are
// expected; crashes, sanitizer reports and hangs are not. Built by build.sh, not part of CTest.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/template.hpp"

namespace liquid = jekyllpp::liquid;

namespace {

class FuzzFileSystem : public liquid::FileSystem {
public:
   std::string read_template_file(const std::string& name) const override {
      if (name == "loop") return "{% include 'loop' %}";
      if (name == "card") return "<b>{{ card.title | upcase }}</b>{% for i in (1..2) %}{{ i }}{% endfor %}";
      throw liquid::Error(liquid::Error::Kind::FileSystem, "Could not find asset " + name);
   }
};

liquid::Value assigns() {
   liquid::Hash item;
   item.set("title", liquid::Value("Hello"));
   item.set("price", liquid::Value(12.5));
   item.set("tags", liquid::Value(liquid::Array{liquid::Value("a"), liquid::Value("b")}));
   liquid::Hash root;
   root.set("items", liquid::Value(liquid::Array{liquid::Value(item), liquid::Value(item)}));
   root.set("n", liquid::Value(3));
   root.set("s", liquid::Value("text"));
   return liquid::Value(std::move(root));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
   static const liquid::Environment environment = [] {
      liquid::Environment env = liquid::Environment::standard();
      env.set_file_system(std::make_shared< FuzzFileSystem >());
      env.resource_limits.render_score_limit = 100000;
      env.resource_limits.render_length_limit = 1 << 20;
      env.resource_limits.assign_score_limit = 1 << 20;
      return env;
   }();
   static const liquid::Value data = assigns();
   std::string_view source(size ? reinterpret_cast< const char* >(bytes) : "", size);
   for (liquid::ErrorMode mode : {liquid::ErrorMode::Lax, liquid::ErrorMode::Warn, liquid::ErrorMode::Strict}) {
      try {
         liquid::ParseOptions options;
         options.error_mode = mode;
         liquid::Template t = liquid::Template::parse(source, environment, options);
         liquid::Context context(environment, data);
         (void)t.render(context);
      } catch (const liquid::Error&) {
      }
   }
   return 0;
}
