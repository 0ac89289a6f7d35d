#pragma once
// A Jekyll converter (Jekyll::Converter): turns content of some extensions into output of
// another extension. The engine registers markdown and Sass; identity is built in.
#include <string>
#include <string_view>

namespace jekyllpp::site {

class Converter {
public:
   virtual ~Converter() = default;
   // Jekyll's class name, for "Conversion error:" lines ("Jekyll::Converters::Markdown").
   virtual std::string class_name() const = 0;
   // Jekyll's priority (:lowest -3 ... :highest 3); higher runs first.
   virtual int priority() const { return 0; }
   virtual bool matches(std::string_view ext) const = 0;
   virtual std::string output_ext(std::string_view ext) const = 0;
   // Converts content; `path` is the source file, for error messages and Sass imports.
   virtual std::string convert(std::string_view content, const std::string& path) const = 0;
   // What the {% highlight %} tag puts around its output in files this converter converts
   // first (the payload's highlighter_prefix/suffix; markdown's are "\n").
   virtual std::string highlighter_prefix() const { return ""; }
   virtual std::string highlighter_suffix() const { return ""; }
   // Whether a document with this converter skips layouts (Sass/CoffeeScript assets).
   virtual bool asset() const { return false; }
   // Whether convert() gives its content back unchanged (Identity): the renderer skips the copy.
   virtual bool passes_through() const { return false; }
};

}  // namespace jekyllpp::site
