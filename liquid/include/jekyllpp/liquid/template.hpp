#pragma once
// A parsed template. Parse once, render many times; rendering never re-parses.
//
//   auto tpl = liquid::Template::parse(source, env, {"index.html", true, liquid::ErrorMode::Warn});
//   liquid::Context ctx(env, assigns);          // assigns: a Hash (or Drop) Value
//   ctx.set_register("site", &site);            // host objects for tags and filters
//   std::string html = tpl.render(ctx);        // throws liquid::Error, as Liquid's render! does
//
// Parse errors throw liquid::Error (Kind::Syntax, with the line); warnings() holds what warn
// mode let through. Templates are cheap to copy (the parsed tree is shared and immutable).
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/node.hpp"

namespace jekyllpp::liquid {

class Context;

struct ParseOptions {
   std::string name;            // the template's name (kept for the host's messages)
   bool line_numbers = true;    // Jekyll parses with line_numbers: true
   std::optional< ErrorMode > error_mode;  // unset: the environment's
};

class Template {
public:
   Template() = default;
   static Template parse(std::string_view source, const Environment& environment,
                         const ParseOptions& options = {});

   std::string render(Context& context) const;
   // Appends to output (Liquid's render_to_output_buffer).
   void render(Context& context, std::string& output) const;

   const std::string& name() const;
   const std::vector< Error >& warnings() const;
   const BlockBody& root() const;

private:
   struct Parsed;
   std::shared_ptr< const Parsed > parsed_;
};

}  // namespace jekyllpp::liquid
