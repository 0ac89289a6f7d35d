// The jekyllpp side of the Liquid differential (see README.md): renders every case of a cases file
// (one JSON object a line: id, template, environment, partials, partial_not_found_message, mode) as the liquid-spec runner
// does (line numbers, render! semantics, the liquid-spec file system, its frozen clock) and writes
// one JSON object a line: id and out ("ERROR: <class>: <message>" for a Liquid error).
//   liquid_diff_driver < cases.jsonl > cpp.jsonl
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "jekyllpp/liquid/template.hpp"
#include "spec_data.hpp"

namespace liquid = jekyllpp::liquid;
namespace spec = jekyllpp::liquid::spec;

namespace {

liquid::ErrorMode mode_of(const std::string& m) {
   if (m == "strict") return liquid::ErrorMode::Strict;
   if (m == "lax") return liquid::ErrorMode::Lax;
   return liquid::ErrorMode::Warn;
}

std::string render(const liquid::Environment& env, const YAML::Node& c) {
   std::map< std::string, std::string > partials;
   if (c["partials"])
      for (const auto& kv : c["partials"]) partials[spec::normalise_partial_name(kv.first.Scalar())] = kv.second.Scalar();
   try {
      liquid::ParseOptions options;
      options.error_mode = mode_of(c["mode"].Scalar());
      const liquid::Template t = liquid::Template::parse(c["template"].Scalar(), env, options);
      liquid::Context context(env, c["environment"] ? spec::to_value(c["environment"]) : liquid::Value(liquid::Hash()));
      std::optional< std::string > not_found;
      if (c["partial_not_found_message"] && c["partial_not_found_message"].IsScalar() &&
          c["partial_not_found_message"].Tag() == "!")
         not_found = c["partial_not_found_message"].Scalar();
      context.set_file_system(std::make_shared< spec::PartialsFileSystem >(partials, not_found));
      return t.render(context);
   } catch (const liquid::Error& e) {
      return "ERROR: " + e.ruby_class() + ": " + e.full_message();
   } catch (const std::exception& e) {
      return std::string("CPP-EXCEPTION: ") + e.what();
   }
}

std::string json_string(const std::string& s) {
   std::string out = "\"";
   for (unsigned char ch : s) {
      if (ch == '"' || ch == '\\') out += char('\\'), out += char(ch);
      else if (ch < 0x20) {
         char buf[8];
         std::snprintf(buf, sizeof buf, "\\u%04x", ch);
         out += buf;
      } else out += char(ch);
   }
   return out + "\"";
}

}  // namespace

int main() {
   setenv("SOURCE_DATE_EPOCH", "1704067318", 1);
   setenv("TZ", "UTC", 1);
   tzset();
   const liquid::Environment env = liquid::Environment::standard();
   std::string line;
   while (std::getline(std::cin, line)) {
      const YAML::Node c = YAML::Load(line);
      std::string out = render(env, c);
      if (!liquid::ruby::utf8_valid(out)) out = "RUBY-ERROR: invalid UTF-8 output";
      std::cout << "{\"id\":" << c["id"].Scalar() << ",\"out\":" << json_string(out) << "}" << std::endl;  // one line per case, as ruby_render.rb writes
   }
}
