#pragma once
// Liquid::Tokenizer: splits a template into text, `{{...}}` and `{%...%}` tokens (the
// TemplateParser split), or a {% liquid %} tag's markup into lines, and counts lines.
#include <string_view>
#include <vector>

namespace jekyllpp::liquid {

class Tokenizer {
public:
   // line_number 0 means "no line numbers".
   Tokenizer(std::string_view source, int line_number, bool for_liquid_tag);
   bool shift(std::string_view& token);
   int line_number() const { return line_number_; }
   bool for_liquid_tag() const { return for_liquid_tag_; }

private:
   std::vector< std::string_view > tokens_;
   std::size_t pos_ = 0;
   int line_number_;
   bool for_liquid_tag_;
};

}  // namespace jekyllpp::liquid
