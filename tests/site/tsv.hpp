#pragma once
// Reads the tab-separated cases tests/site/gen/make_cases.rb wrote from real Jekyll.
#include <fstream>
#include <string>
#include <vector>

namespace jekyllpp::site::test {

inline std::string unescape_field(const std::string& field) {
   std::string out;
   for (std::size_t i = 0; i < field.size(); ++i) {
      if (field[i] == '\\' && i + 1 < field.size()) {
         char c = field[++i];
         out += c == 't' ? '\t' : c == 'n' ? '\n' : c;
      } else {
         out += field[i];
      }
   }
   return out;
}

inline std::vector< std::vector< std::string > > read_cases(const std::string& name) {
   std::ifstream in(std::string(JEKYLLPP_SOURCE_DIR) + "/tests/site/data/" + name);
   std::vector< std::vector< std::string > > rows;
   std::string line;
   while (std::getline(in, line)) {
      std::vector< std::string > fields;
      std::size_t start = 0;
      while (true) {
         std::size_t tab = line.find('\t', start);
         fields.push_back(unescape_field(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
         if (tab == std::string::npos) break;
         start = tab + 1;
      }
      rows.push_back(fields);
   }
   return rows;
}

}  // namespace jekyllpp::site::test
