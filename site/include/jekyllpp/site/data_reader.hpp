#pragma once
// Jekyll's DataReader: _data/*.{yml,yaml,json,csv,tsv}, sub-directories as nested hashes.
#include <string>

#include "jekyllpp/liquid/value.hpp"

namespace jekyllpp::site {

class Site;

liquid::Value read_data(Site& site, const std::string& data_dir);
// The data files under an absolute `directory` (a theme's _data).
liquid::Value read_data_at(Site& site, const std::string& directory);

// Ruby's CSV.read(headers: true) rows as hashes of strings (nil for empty unquoted fields).
liquid::Value parse_csv(const std::string& text, char separator);

}  // namespace jekyllpp::site
