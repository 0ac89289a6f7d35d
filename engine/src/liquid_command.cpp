#include "jekyllpp/engine/liquid_command.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <yaml-cpp/yaml.h>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/template.hpp"

namespace jekyllpp::engine {

namespace {

namespace liquid = jekyllpp::liquid;

const char* kUsage =
   "Usage: jekyllpp liquid TEMPLATE [--data FILE.yml|.json] [--partials DIR] [--error-mode warn|lax|strict]\n"
   "Renders TEMPLATE (a file, or - for stdin) with Liquid 5.4's standard tags and filters.\n";

bool read_file(const std::string& path, std::string& out) {
   std::ifstream in(path, std::ios::binary);
   if (!in) return false;
   std::ostringstream s;
   s << in.rdbuf();
   out = s.str();
   return true;
}

bool all_of_chars(const std::string& s, std::size_t from, const char* set) {
   if (from >= s.size()) return false;
   return s.find_first_not_of(set, from) == std::string::npos;
}

// YAML 1.1 plain scalars as Ruby's Psych reads the common cases.
liquid::Value scalar_value(const YAML::Node& node) {
   const std::string& s = node.Scalar();
   if (node.Tag() == "!") return liquid::Value(s);
   if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return liquid::Value();
   if (s == "true" || s == "True" || s == "TRUE" || s == "yes" || s == "Yes" || s == "on" || s == "On")
      return liquid::Value(true);
   if (s == "false" || s == "False" || s == "FALSE" || s == "no" || s == "No" || s == "off" || s == "Off")
      return liquid::Value(false);
   std::size_t sign = (s[0] == '-' || s[0] == '+') ? 1 : 0;
   if (all_of_chars(s, sign, "0123456789")) {
      try {
         return liquid::Value(std::stoll(s));
      } catch (const std::exception&) {
         return liquid::Value(s);
      }
   }
   if (all_of_chars(s, sign, "0123456789.eE+-") && s.find_first_of("0123456789") != std::string::npos) {
      char* end = nullptr;
      double d = std::strtod(s.c_str(), &end);
      if (end && *end == '\0') return liquid::Value(d);
   }
   return liquid::Value(s);
}

liquid::Value yaml_value(const YAML::Node& node) {
   switch (node.Type()) {
   case YAML::NodeType::Scalar: return scalar_value(node);
   case YAML::NodeType::Sequence: {
      liquid::Array a;
      for (const auto& e : node) a.push_back(yaml_value(e));
      return liquid::Value(std::move(a));
   }
   case YAML::NodeType::Map: {
      liquid::Hash h;
      for (const auto& kv : node) h.set(kv.first.Scalar(), yaml_value(kv.second));
      return liquid::Value(std::move(h));
   }
   default: return liquid::Value();
   }
}

// Partials looked up as DIR/NAME, DIR/NAME.liquid, then DIR/_NAME.liquid (Liquid's LocalFileSystem).
class DirectoryFileSystem : public liquid::FileSystem {
public:
   explicit DirectoryFileSystem(std::string root) : root_(std::move(root)) {}
   std::string read_template_file(const std::string& name) const override {
      if (name.find("..") != std::string::npos || name.empty() || name[0] == '/')
         throw liquid::Error(liquid::Error::Kind::FileSystem, "Illegal template name '" + name + "'");
      std::string dir, base = name;
      if (auto slash = name.rfind('/'); slash != std::string::npos) {
         dir = name.substr(0, slash + 1);
         base = name.substr(slash + 1);
      }
      std::string source;
      for (const std::string& candidate : {name, name + ".liquid", dir + "_" + base + ".liquid"})
         if (read_file(root_ + "/" + candidate, source)) return source;
      throw liquid::Error(liquid::Error::Kind::FileSystem, "No such template '" + name + "'");
   }

private:
   std::string root_;
};

}  // namespace

int run_liquid_command(int argc, char** argv) {
   std::string template_path, data_path, partials_dir;
   liquid::ErrorMode mode = liquid::ErrorMode::Warn;
   for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      auto value = [&](std::string& out) {
         if (i + 1 >= argc) return false;
         out = argv[++i];
         return true;
      };
      std::string v;
      if (a == "-h" || a == "--help") {
         std::fputs(kUsage, stdout);
         return 0;
      } else if (a == "--data" && value(data_path)) {
      } else if (a == "--partials" && value(partials_dir)) {
      } else if (a == "--error-mode" && value(v)) {
         if (v == "warn") mode = liquid::ErrorMode::Warn;
         else if (v == "lax") mode = liquid::ErrorMode::Lax;
         else if (v == "strict") mode = liquid::ErrorMode::Strict;
         else {
            std::fprintf(stderr, "jekyllpp liquid: unknown error mode '%s'\n%s", v.c_str(), kUsage);
            return 2;
         }
      } else if (template_path.empty() && (a == "-" || a[0] != '-')) {
         template_path = a;
      } else {
         std::fprintf(stderr, "jekyllpp liquid: unexpected argument '%s'\n%s", a.c_str(), kUsage);
         return 2;
      }
   }
   if (template_path.empty()) {
      std::fputs(kUsage, stderr);
      return 2;
   }
   std::string source;
   if (template_path == "-") {
      std::ostringstream s;
      s << std::cin.rdbuf();
      source = s.str();
   } else if (!read_file(template_path, source)) {
      std::fprintf(stderr, "jekyllpp liquid: cannot read %s\n", template_path.c_str());
      return 1;
   }
   liquid::Value assigns;
   if (!data_path.empty()) {
      try {
         assigns = yaml_value(YAML::LoadFile(data_path));
      } catch (const std::exception& e) {
         std::fprintf(stderr, "jekyllpp liquid: cannot read data %s: %s\n", data_path.c_str(), e.what());
         return 1;
      }
   }
   static const liquid::Environment environment = liquid::Environment::standard();
   try {
      liquid::ParseOptions options;
      options.name = template_path;
      options.error_mode = mode;
      liquid::Template tpl = liquid::Template::parse(source, environment, options);
      for (const liquid::Error& w : tpl.warnings()) std::fprintf(stderr, "Liquid Warning: %s\n", w.full_message().c_str());
      liquid::Context context(environment, assigns);
      if (!partials_dir.empty()) context.set_file_system(std::make_shared< DirectoryFileSystem >(partials_dir));
      std::string output = tpl.render(context);
      std::fwrite(output.data(), 1, output.size(), stdout);
   } catch (const liquid::Error& e) {
      std::fprintf(stderr, "Liquid Exception: %s in %s\n", e.full_message().c_str(), template_path.c_str());
      return 1;
   }
   return 0;
}

}  // namespace jekyllpp::engine
