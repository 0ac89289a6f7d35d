#include "jekyllpp/site/sass_settings.hpp"

#include "jekyllpp/site/config.hpp"
#include "jekyllpp/site/errors.hpp"
#include "filters/ruby_ops.hpp"

namespace jekyllpp::site {

using liquid::Value;

namespace {

// Ruby 3.1's NoMethodError message: the receiver, then error_highlight's line and carets.
Error no_method(std::string_view method, const Value& receiver, const std::string& highlight) {
   return Error(Error::Kind::Other, filters::undefined_method(method, receiver) + "\n\n" + highlight, "NoMethodError");
}

}  // namespace

void check_sass_settings(const Value& sass) {
   if (sass.is_nil() || sass.is_hash() || (sass.is_bool() && !sass.as_bool())) return;  // `@config["sass"] || {}`
   // options["style"]: String#[] finds the substring (and []= then wants a String, not the
   // Symbol); Array#[] and Integer#[] want an Integer; other values have no [].
   if (sass.is_string()) {
      if (sass.as_string().find("style") != std::string::npos)
         throw Error(Error::Kind::Other, "no implicit conversion of Symbol into String", "TypeError");
      throw no_method("fetch", sass,
                      "        style = jekyll_sass_configuration.fetch(\"style\", default)\n"
                      "                                         ^^^^^^");
   }
   if (sass.is_array() || sass.is_integer())
      throw Error(Error::Kind::Other, "no implicit conversion of String into Integer", "TypeError");
   throw no_method("[]", sass,
                   "          unless options[\"style\"].nil?\n"
                   "                        ^^^^^^^^^");
}

std::string sass_sourcemap_option(const Value& sass) {
   const Value* option = sass.is_hash() ? sass.as_hash().find("sourcemap") : nullptr;
   if (!option) return "always";
   if (option->is_string()) return option->as_string();
   // DidYouMean offers the nearest methods of the receiver's class (Enumerable#to_set for
   // arrays and hashes; nothing for nil)
   std::string suggestion = option->is_nil() ? ""
                            : option->is_array() || option->is_hash() ? "\nDid you mean?  to_s\n               to_set"
                                                                       : "\nDid you mean?  to_s";
   throw no_method("to_sym", *option,
                   "        jekyll_sass_configuration.fetch(\"sourcemap\", :always).to_sym\n"
                   "                                                             ^^^^^^^" + suggestion);
}

std::optional< int > sass_precision(const Value& sass) {
   const Value& precision = lookup(sass, "precision");
   if (!precision.truthy()) return std::nullopt;
   if (precision.is_integer()) return static_cast< int >(precision.as_integer());
   if (precision.is_float()) return static_cast< int >(precision.as_float());
   throw Error(Error::Kind::Other, filters::no_implicit_conversion(precision, "Integer"), "TypeError");
}

}  // namespace jekyllpp::site
