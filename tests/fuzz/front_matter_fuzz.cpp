// libFuzzer target: a file's front matter split and its YAML loaded as Jekyll's readers do, and
// the whole input loaded as a data file. Psych's errors (YamlError, YamlDisallowedClass) are
// expected; any other exception, a crash or a sanitizer report is not. Where the fast reader
// for simple front matter answers, it must give what libyaml + yaml-cpp give (aborts if not).
// Built by build.sh, not part of CTest.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/site/front_matter.hpp"
#include "jekyllpp/site/simple_yaml.hpp"
#include "jekyllpp/site/yaml_value.hpp"

namespace liquid = jekyllpp::liquid;
namespace site = jekyllpp::site;

namespace {

// parse_yaml's outcome: the Value inspected, or Psych's error kind.
template < typename Parse >
std::string outcome(Parse parse, std::string_view yaml) {
   try {
      return liquid::inspect(parse(yaml));
   } catch (const site::YamlError&) {
      return "YamlError";
   } catch (const site::YamlDisallowedClass&) {
      return "DisallowedClass";
   }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
   setenv("TZ", "America/New_York", 1);  // local times go through the zone's rules
   return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
   std::string_view text(size ? reinterpret_cast< const char* >(bytes) : "", size);
   (void)site::has_yaml_header(text.substr(0, 5));
   // A data file: any bytes reach the YAML loader.
   (void)outcome(site::parse_yaml, text);
   // A page or document: the front matter of valid UTF-8 only (Jekyll's regexp raises on the rest).
   std::optional< site::FrontMatterSplit > split = site::split_front_matter(text);
   if (!split || !liquid::ruby::utf8_valid(text)) return 0;
   if (std::optional< liquid::Value > fast = site::parse_simple_yaml(split->yaml)) {
      const std::string general = outcome(site::parse_yaml_general, split->yaml);
      if (liquid::inspect(*fast) != general) {
         std::fprintf(stderr, "fast reader: %s\ngeneral reader: %s\n", liquid::inspect(*fast).c_str(), general.c_str());
         std::abort();
      }
   } else {
      (void)outcome(site::parse_yaml, split->yaml);
   }
   return 0;
}
