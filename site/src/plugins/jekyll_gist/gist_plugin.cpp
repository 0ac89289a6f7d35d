// jekyll-gist 1.5.0: {% gist [user/]id [file] %} writes the gist's <script> embed. The gem
// also fetches the gist's code over the network for a <noscript> copy unless the site says
// `gist: {noscript: false}`; jekyllpp never fetches, so it takes the gem's path for a failed
// fetch: three warnings, and the value of the last one (Logger#warn's `true`, or `false` when
// warnings are not shown) printed where the <noscript> block would be.
#include <regex>

#include "filters/filter_support.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "tags/tag_support.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// "#{value}" for a value taken from the context.
std::string ruby_to_s(const Value& value) {
   return value.is_array() || value.is_hash() ? liquid::inspect(value) : liquid::to_output(value);
}

class GistTag : public liquid::Node {
public:
   GistTag(const std::string& markup, liquid::ParseContext& parse) : Node(parse.line_number()), markup_(markup) {
      // GistTag#determine_arguments.
      static const std::regex arguments(R"(^(\S+|.*(?=/).+)\s?(\S*)$)");
      const std::string input = tags::strip(markup);
      std::smatch m;
      if (!std::regex_search(input, m, arguments)) return;
      valid_ = true;
      gist_id_ = tags::strip(m[1].str());
      filename_ = tags::strip(m[2].str());
      gist_id_lookup_ = liquid::Expression::parse(gist_id_);
      filename_lookup_ = liquid::Expression::parse(filename_);
   }

   void render(liquid::Context& context, std::string& output) const override {
      const Site& site = filters::site_of(context);
      if (!valid_)
         throw Error(Error::Kind::Other, "  Syntax error in tag 'gist' while parsing the following markup:\n\n    " +
                                            markup_ + "\n\n  Valid syntax:\n    {% gist user/1234567 %}\n"
                                            "    {% gist user/1234567 foo.js %}\n    {% gist 28949e1d5ee2273f9fd3 %}\n"
                                            "    {% gist 28949e1d5ee2273f9fd3 best.md %}\n");
      // `context[x] if context.key?(x)`: an argument naming a variable stands for its value.
      const Value id_value = gist_id_lookup_.evaluate(context);
      const Value file_value = filename_lookup_.evaluate(context);
      const std::string gist_id = id_value.is_nil() ? gist_id_ : ruby_to_s(id_value);
      const std::string filename = file_value.is_nil() ? filename_ : ruby_to_s(file_value);

      const Value& noscript = lookup(site.config.get("gist"), "noscript");
      if (!(noscript.is_bool() && !noscript.as_bool())) {
         site.logger.warn("Warning:", "The <noscript> tag for your gist " + gist_id + " ");
         site.logger.warn("", "could not be generated. This will affect users who do ");
         site.logger.warn("", "not have JavaScript enabled in their browsers.");
         output += site.logger.level() <= Logger::Level::Warn ? "true" : "false";
      }
      output += "<script src=\"https://gist.github.com/" + gist_id + ".js";
      if (!filename.empty()) output += "?file=" + filename;
      output += "\"> </script>";
   }

private:
   std::string markup_;
   bool valid_ = false;
   std::string gist_id_, filename_;
   liquid::Expression gist_id_lookup_, filename_lookup_;
};

class GistPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-gist"; }
   void register_liquid(liquid::Environment& environment) const override {
      environment.register_tag("gist", [](const std::string&, const std::string& markup, liquid::ParseContext& parse) {
         return liquid::NodePtr(std::make_unique< GistTag >(markup, parse));
      });
   }
};

}  // namespace

std::unique_ptr< Plugin > make_gist_plugin() { return std::make_unique< GistPlugin >(); }

}  // namespace jekyllpp::site::plugins
