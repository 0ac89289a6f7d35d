#pragma once
// Reading liquid-spec case files (format jekyllpp-liquid-spec/1) into Liquid values.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::liquid::spec {

// The README's typing rule: quoted scalars are strings; plain ones are null, bools, int64 or double.
Value to_value(const YAML::Node& node);

struct Case {
   std::string name;
   std::string template_source;
   Value environment;
   std::map< std::string, std::string > partials;  // normalised name -> source
   std::optional< std::string > partial_not_found_message;
   std::optional< std::string > expected;
   std::vector< std::string > error_patterns;
   std::string error_phase;
   std::vector< std::string > modes;
};

std::vector< Case > load_cases(const std::string& path);
// The lookup rule: lower-cased, ".liquid" appended unless present.
std::string normalise_partial_name(const std::string& name);

// liquid-spec's SimpleFileSystem over normalised partials (the map must outlive it).
class PartialsFileSystem : public FileSystem {
public:
   PartialsFileSystem(const std::map< std::string, std::string >& partials,
                      std::optional< std::string > not_found_message = {})
       : partials_(partials), not_found_message_(std::move(not_found_message)) {}
   std::string read_template_file(const std::string& name) const override;

private:
   const std::map< std::string, std::string >& partials_;
   std::optional< std::string > not_found_message_;
};

}  // namespace jekyllpp::liquid::spec
