#include "jekyllpp/liquid/template.hpp"

#include <atomic>

#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/ruby/utf8.hpp"
#include "parse_state.hpp"

namespace jekyllpp::liquid {

struct Template::Parsed {
   std::string name;
   BlockBody root;
   std::vector< Error > warnings;
   // The last output's size: the next render reserves it rather than growing the string by
   // doubling (a layout renders many pages of similar size).
   mutable std::atomic< std::size_t > last_output_size{0};
};

Template Template::parse(std::string_view source, const Environment& environment, const ParseOptions& options) {
   // Liquid's tokenizer splits the source with a regexp, which Ruby refuses on bytes that are
   // not UTF-8: an ArgumentError, not a Liquid error (Jekyll: "Liquid Exception: invalid byte
   // sequence in UTF-8 in PATH").
   if (!ruby::utf8_valid(source)) throw Error::ruby("ArgumentError", "invalid byte sequence in UTF-8");
   auto parsed = std::make_shared< Parsed >();
   parsed->name = options.name;
   Tokenizer tokenizer(source, options.line_numbers ? 1 : 0, false);
   ParseState state(environment, options.error_mode.value_or(environment.error_mode()), parsed->warnings);
   state.tokenizer = &tokenizer;
   try {
      ParseContext::EndTag end;
      while (state.parse_body(parsed->root, end)) {
         if (end.name == "else" || end.name == "end") raise_syntax("Unexpected outer '" + end.name + "' tag");
         raise_syntax("Unknown tag '" + end.name + "'");
      }
   } catch (Error& e) {
      if (e.kind() == Error::Kind::Syntax && e.line_number() == 0 && state.line_number > 0)
         e.set_line_number(state.line_number);
      throw;
   }
   Template t;
   t.parsed_ = std::move(parsed);
   return t;
}

std::string Template::render(Context& context) const {
   std::string output;
   if (parsed_) output.reserve(parsed_->last_output_size.load(std::memory_order_relaxed));
   render(context, output);
   if (parsed_) parsed_->last_output_size.store(output.size(), std::memory_order_relaxed);
   return output;
}

void Template::render(Context& context, std::string& output) const {
   if (!parsed_) return;
   context.reset_resource_usage();
   parsed_->root.render(context, output);
}

const std::string& Template::name() const {
   static const std::string none;
   return parsed_ ? parsed_->name : none;
}

const std::vector< Error >& Template::warnings() const {
   static const std::vector< Error > none;
   return parsed_ ? parsed_->warnings : none;
}

const BlockBody& Template::root() const {
   static const BlockBody none;
   return parsed_ ? parsed_->root : none;
}

}  // namespace jekyllpp::liquid
