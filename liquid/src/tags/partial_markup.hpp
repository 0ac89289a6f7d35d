#pragma once
// The markup shared by {% include %} and {% render %}:
//   NAME (with|for VALUE)? (as ALIAS)? key: value, ...
#include <optional>
#include <string>
#include <string_view>

namespace jekyllpp::liquid {

struct PartialMarkup {
   std::string name;
   std::optional< std::string > with_or_for;  // "with" or "for"
   std::string variable;
   std::optional< std::string > alias;
};

// Include::SYNTAX (quoted_name = false) or Render::SYNTAX (quoted_name = true), searched.
std::optional< PartialMarkup > match_partial_markup(std::string_view markup, bool quoted_name);

}  // namespace jekyllpp::liquid
