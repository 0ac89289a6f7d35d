#pragma once
// Helpers shared by the standard tags.
#include <optional>
#include <string>

#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/node.hpp"

namespace jekyllpp::liquid {

// Block#parse_body: parses into body, folding its blankness into blank. Returns nullopt at
// `end<block_name>`, the inner tag otherwise; raises "'x' tag was never closed" at the end.
std::optional< ParseContext::EndTag > parse_block_part(ParseContext& parse, BlockBody& body,
                                                       const std::string& block_name, bool& blank);

void register_assign(Environment& env);
void register_capture(Environment& env);
void register_if(Environment& env);  // if and unless
void register_case(Environment& env);
void register_for(Environment& env);
void register_cycle(Environment& env);
void register_increment(Environment& env);  // increment and decrement
void register_tablerow(Environment& env);
void register_echo(Environment& env);
void register_raw(Environment& env);
void register_comment(Environment& env);
void register_inline_comment(Environment& env);
void register_ifchanged(Environment& env);
void register_break_continue(Environment& env);
void register_include(Environment& env);
void register_render(Environment& env);

}  // namespace jekyllpp::liquid
