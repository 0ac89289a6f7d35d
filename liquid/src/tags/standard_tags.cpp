#include "tag_support.hpp"

namespace jekyllpp::liquid {

std::optional< ParseContext::EndTag > parse_block_part(ParseContext& parse, BlockBody& body,
                                                       const std::string& block_name, bool& blank) {
   ParseContext::EndTag end = parse.parse_body(body);
   blank = blank && body.blank();
   if (end.name == "end" + block_name) return std::nullopt;
   if (end.name.empty()) parse.raise_never_closed(block_name);
   return end;
}

void register_standard_tags(Environment& env) {
   register_assign(env);
   register_capture(env);
   register_if(env);
   register_case(env);
   register_for(env);
   register_cycle(env);
   register_increment(env);
   register_tablerow(env);
   register_echo(env);
   register_raw(env);
   register_comment(env);
   register_inline_comment(env);
   register_ifchanged(env);
   register_break_continue(env);
   register_include(env);
   register_render(env);
}

}  // namespace jekyllpp::liquid
