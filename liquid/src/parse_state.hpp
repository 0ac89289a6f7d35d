#pragma once
// The state behind a ParseContext (Liquid's ParseContext + the current Tokenizer) and the
// BlockBody parse loop.
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/error.hpp"
#include "jekyllpp/liquid/node.hpp"
#include "tokenizer.hpp"

namespace jekyllpp::liquid {

class ParseState {
public:
   ParseState(const Environment& environment, ErrorMode mode, std::vector< Error >& warnings)
       : environment(environment), error_mode(mode), warnings(warnings) {}

   const Environment& environment;
   ErrorMode error_mode;
   std::vector< Error >& warnings;
   Tokenizer* tokenizer = nullptr;
   int line_number = 0;  // ParseContext#line_number
   bool trim_whitespace = false;
   int depth = 0;

   // BlockBody#parse: false at the end of the tokens, true (and end filled) at a tag it cannot hold.
   bool parse_body(BlockBody& body, ParseContext::EndTag& end);

private:
   bool parse_for_document(BlockBody& body, ParseContext::EndTag& end);
   bool parse_for_liquid_tag(BlockBody& body, ParseContext::EndTag& end);
   void parse_liquid_tag(BlockBody& body, std::string_view markup);
   void whitespace_handler(BlockBody& body, std::string_view token);
   NodePtr make_tag(const TagFactory& factory, const std::string& name, const std::string& markup);
};

// Liquid's error texts for parse errors.
[[noreturn]] void raise_syntax(std::string message);

}  // namespace jekyllpp::liquid
