// jekyll-toc 0.18.0: the `toc`, `toc_only` and `inject_anchors` filters and the {% toc %} tag,
// each working on HTML through Nokogiri's parser and serializer (toc_parser.hpp). The filters
// act only on pages with `toc: true`, the tag on pages whose `toc` is truthy.
#include "filters/filter_support.hpp"
#include "filters/text.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/node.hpp"
#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_toc/toc_parser.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;

// registers[:page]["toc"].
Value page_toc(liquid::Context& context) {
   const Value* page = context.register_as< Value >("page");
   if (!page || page->is_nil()) throw liquid::Error(liquid::Error::Kind::Standard, "undefined method `[]' for nil:NilClass");
   return page->is_drop() ? page->as_drop().get("toc") : lookup(*page, "toc");
}

toc::Options options_of(liquid::Context& context) { return toc::read_options(filters::site_of(context).config.get("toc")); }

std::string html_of(const Value& input) { return input.is_nil() ? "" : filters::ruby_to_s(input); }

// The filters' toc_enabled?: registers[:page]["toc"] == true.
bool enabled(liquid::Context& context) {
   const Value toc = page_toc(context);
   return toc.is_bool() && toc.as_bool();
}

class TocTag : public liquid::Node {
public:
   explicit TocTag(int line) : Node(line) {}

   void render(liquid::Context& context, std::string& output) const override {
      if (!page_toc(context).truthy()) return;
      const Value* page = context.register_as< Value >("page");
      const Value content = page->is_drop() ? page->as_drop().get("content") : lookup(*page, "content");
      output += toc::Parser(html_of(content), options_of(context)).build_toc();
   }
};

class TocPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-toc"; }

   void register_liquid(liquid::Environment& environment) const override {
      environment.register_filter("toc_only", [](const liquid::FilterCall& call) -> Value {
         filters::check_arity(call, 1, 1);
         if (!enabled(call.context)) return Value("");
         return Value(toc::Parser(html_of(call.input), options_of(call.context)).build_toc());
      });
      environment.register_filter("inject_anchors", [](const liquid::FilterCall& call) -> Value {
         filters::check_arity(call, 1, 1);
         if (!enabled(call.context)) return call.input;
         return Value(toc::Parser(html_of(call.input), options_of(call.context)).inject_anchors());
      });
      environment.register_filter("toc", [](const liquid::FilterCall& call) -> Value {
         filters::check_arity(call, 1, 1);
         if (!enabled(call.context)) return call.input;
         toc::Parser parser(html_of(call.input), options_of(call.context));
         std::string list = parser.build_toc();
         return Value(list + parser.inject_anchors());
      });
      environment.register_tag("toc", [](const std::string&, const std::string&, liquid::ParseContext& parse) -> liquid::NodePtr {
         return std::make_unique< TocTag >(parse.line_number());
      });
   }
};

}  // namespace

std::unique_ptr< Plugin > make_toc_plugin() { return std::make_unique< TocPlugin >(); }

}  // namespace jekyllpp::site::plugins
