#include "spec_data.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cmath>

namespace jekyllpp::liquid::spec {

namespace {
bool is_int(const std::string& s) {
   std::size_t i = s[0] == '-' ? 1 : 0;
   if (i >= s.size()) return false;
   return std::all_of(s.begin() + std::ptrdiff_t(i), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
}  // namespace

Value to_value(const YAML::Node& node) {
   switch (node.Type()) {
   case YAML::NodeType::Null: return Value();
   case YAML::NodeType::Scalar: {
      const std::string& s = node.Scalar();
      if (node.Tag() == "!") return Value(s);
      if (s == "null" || s == "~") return Value();
      if (s == "true") return Value(true);
      if (s == "false") return Value(false);
      if (is_int(s)) return Value(std::int64_t(std::strtoll(s.c_str(), nullptr, 10)));
      if (s == ".inf") return Value(HUGE_VAL);
      if (s == "-.inf") return Value(-HUGE_VAL);
      if (s == ".nan") return Value(std::nan(""));
      return Value(std::strtod(s.c_str(), nullptr));
   }
   case YAML::NodeType::Sequence: {
      Array a;
      for (const auto& e : node) a.push_back(to_value(e));
      return Value(std::move(a));
   }
   case YAML::NodeType::Map: {
      Hash h;
      for (const auto& kv : node) {
         const std::string& key = kv.first.Scalar();
         if (kv.first.Tag() != "!" && is_int(key)) h.set(std::int64_t(std::strtoll(key.c_str(), nullptr, 10)), to_value(kv.second));
         else h.set(key, to_value(kv.second));
      }
      return Value(std::move(h));
   }
   default: return Value();
   }
}

std::string normalise_partial_name(const std::string& name) {
   std::string n = name;
   std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
   if (n.size() < 7 || n.compare(n.size() - 7, 7, ".liquid") != 0) n += ".liquid";
   return n;
}

std::string PartialsFileSystem::read_template_file(const std::string& name) const {
   auto found = partials_.find(normalise_partial_name(name));
   if (found != partials_.end()) return found->second;
   throw Error(Error::Kind::FileSystem, not_found_message_.value_or("Could not find asset " + name));
}

std::vector< Case > load_cases(const std::string& path) {
   YAML::Node doc = YAML::LoadFile(path);
   std::vector< Case > cases;
   for (const auto& c : doc["cases"]) {
      Case k;
      k.name = c["name"].as< std::string >();
      k.template_source = c["template"].as< std::string >();
      if (c["environment"]) k.environment = to_value(c["environment"]);
      if (c["partials"])
         for (const auto& kv : c["partials"])
            k.partials[normalise_partial_name(kv.first.Scalar())] = kv.second.as< std::string >();
      if (c["partial_not_found_message"]) k.partial_not_found_message = c["partial_not_found_message"].as< std::string >();
      if (c["expected"]) k.expected = c["expected"].as< std::string >();
      if (c["error"]) {
         for (const auto& p : c["error"]["patterns"]) k.error_patterns.push_back(p.as< std::string >());
         k.error_phase = c["error"]["phase"].as< std::string >();
      }
      for (const auto& m : c["error_modes"]) k.modes.push_back(m.as< std::string >());
      cases.push_back(std::move(k));
   }
   return cases;
}

}  // namespace jekyllpp::liquid::spec
