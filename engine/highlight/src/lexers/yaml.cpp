#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's YAML lexer tracks block indentation: Runner::ints is the indent stack, vars[0] the
// indentation of the line being read, vars[1] a block scalar's indentation (-1: not yet known).
int& next_indent(Runner& r) { return r.vars[0]; }
int& block_scalar_indent(Runner& r) { return r.vars[1]; }
int indent(const Runner& r) { return r.ints.back(); }

void reset_indent(Runner& r) {
   r.ints = {0};
   next_indent(r) = 0;
   block_scalar_indent(r) = -1;
}

// Pops indentation levels deeper than `spaces`; yields what of it is valid (Text) and what goes
// past the level it returns to (Error).
void save_indent(Runner& r, std::string_view spaces, bool emit) {
   int size = static_cast<int>(spaces.size());
   next_indent(r) = size;
   std::string_view text = spaces, error;
   if (size < indent(r)) {
      while (size < indent(r)) r.ints.pop_back();
      text = spaces.substr(0, indent(r));
      error = spaces.substr(indent(r));
   }
   if (emit) {
      r.token(Tok::Text, text);
      r.token(Tok::Error, error);
   }
}

void set_indent(Runner& r, std::string_view match, bool implicit) {
   if (indent(r) < next_indent(r)) r.ints.push_back(next_indent(r));
   if (!implicit) next_indent(r) += static_cast<int>(match.size());
}

// Ruby's String#to_i: an optional sign and leading digits, 0 when there are none.
int ruby_to_i(std::string_view s) {
   int sign = 1, value = 0;
   std::size_t i = 0;
   if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
   for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) value = value * 10 + (s[i] - '0');
   return sign * value;
}

const std::string plain_scalar_start = R"([^ \t\n\r\f\v?:,\[\]{}#&*!\|>'"%@`])";

// Digdag's operators (as of digdag 0.9.10), which its YAML subclass shows as reserved words.
const char* const digdag_operators =
   "call>|require>|loop>|for_each>|if>|fail>|echo>|td>|td_run>|td_ddl>|td_load>|td_for_each>|"
   "td_wait>|td_wait_table>|td_partial_delete>|td_table_export>|pg>|mail>|http>|s3_wait>|"
   "redshift>|redshift_load>|redshift_unload>|emr>|gcs_wait>|bq>|bq_ddl>|bq_extract>|bq_load>|"
   "sh>|py>|rb>|embulk>|_do|_parallel";

// Rouge's YAML lexer; `digdag` makes its Digdag subclass (workflow definitions).
Lexer make_yaml(const char* tag, bool digdag) {
   Lexer l(tag);
   l.on_start(reset_indent);
   l.state("basic").rule(R"(#.*$)", Tok::CommentSingle);
   l.state("root")
      .mixin("basic")
      .rule(R"(\n+)", Tok::Text)
      .rule(R"([ ]+(?=#|$))", Tok::Text)
      .rule(R"(^%YAML\b)", [](Runner& r) {
         r.token(Tok::NameTag);
         reset_indent(r);
         r.push("yaml_directive");
      })
      .rule(R"(^%TAG\b)", [](Runner& r) {
         r.token(Tok::NameTag);
         reset_indent(r);
         r.push("tag_directive");
      })
      .rule(R"(^(?:---|\.\.\.)(?= |$))", [](Runner& r) {
         r.token(Tok::NameNamespace);
         reset_indent(r);
         r.push("block_line");
      })
      .rule(R"([ ]*(?!\s|$))", [](Runner& r) {
         save_indent(r, r.m(), true);
         r.push("block_line");
         r.push("indentation");
      });
   l.state("indentation")
      .rule(R"(\s*?\n)", [](Runner& r) {
         r.token(Tok::Text);
         r.pop(2);
      })
      .rule(R"([ ]+(?=[-:?](?:[ ]|$)))", [](Runner& r) {
         r.token(Tok::Text);
         next_indent(r) += static_cast<int>(r.m().size());
      })
      .rule(R"([?:-](?=[ ]|$))", [](Runner& r) {
         set_indent(r, r.m(), false);
         r.token(Tok::PunctuationIndicator);
      })
      .rule(R"([ ]*)", [](Runner& r) {
         r.token(Tok::Text);
         next_indent(r) += static_cast<int>(r.m().size());
         r.pop();
      });
   l.state("block_line")
      .rule(R"([ ]*(?=#|$))", Tok::Text, "#pop")
      .rule(R"([ ]+)", Tok::Text)
      .mixin("descriptors")
      .mixin("block_nodes")
      .mixin("flow_nodes")
      .rule("(?=" + plain_scalar_start + R"(|[?:-][^ \t\n\r\f\v]))", [](Runner& r) {
         r.token(Tok::NameVariable);
         r.push("plain_scalar_in_block_context");
      });
   l.state("descriptors")
      .rule(R"(!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>)", Tok::KeywordType)
      .rule(R"((?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*\'()\[\]%-]*))", Tok::KeywordType)
      .rule(R"(&[\p{L}\p{Nl}\p{Nd}_-]+)", Tok::NameLabel)
      .rule(R"(\*[\p{L}\p{Nl}\p{Nd}_-]+)", Tok::NameVariable);
   if (digdag) {
      l.state("block_nodes").rule(std::string("((?:") + digdag_operators + R"())(:)(?=\s|$))", [](Runner& r) {
         r.groups({Tok::KeywordReserved, Tok::PunctuationIndicator});
         set_indent(r, r.m(), true);
      });
   }
   l.state("block_nodes")
      .rule(R"(([^#,:?\[\]{}"'\n]+)(:)(?=\s|$))", [](Runner& r) {
         r.groups({Tok::NameAttribute, Tok::PunctuationIndicator});
         set_indent(r, r.m(), true);
      })
      .rule(R"([\|>][+-]?)", [](Runner& r) {
         r.token(Tok::PunctuationIndicator);
         r.push("block_scalar_content");
         r.push("block_scalar_header");
      });
   l.state("flow_nodes")
      .rule(R"(\[)", Tok::PunctuationIndicator, "flow_sequence")
      .rule(R"(\{)", Tok::PunctuationIndicator, "flow_mapping")
      .rule(R"(')", Tok::StrSingle, "single_quoted_scalar")
      .rule(R"(")", Tok::StrDouble, "double_quoted_scalar");
   l.state("flow_collection")
      .rule(R"((?m)\s+)", Tok::Text)
      .mixin("basic")
      .rule(R"([?:,])", Tok::PunctuationIndicator)
      .mixin("descriptors")
      .mixin("flow_nodes")
      .rule("(?=" + plain_scalar_start + ")",
            [](Runner& r) { r.push("plain_scalar_in_flow_context"); });
   l.state("flow_sequence")
      .rule(R"(\])", Tok::PunctuationIndicator, "#pop")
      .mixin("flow_collection");
   l.state("flow_mapping")
      .rule(R"(\})", Tok::PunctuationIndicator, "#pop")
      .mixin("flow_collection");
   l.state("block_scalar_content")
      .rule(R"(\n+)", Tok::Text)
      .rule(R"(^[ ]+$)", [](Runner& r) {
         std::string_view text = r.m();
         std::size_t mark = block_scalar_indent(r) >= 0
                               ? static_cast<std::size_t>(block_scalar_indent(r))
                               : text.size();
         mark = std::min(mark, text.size());
         r.token(Tok::Text, text.substr(0, mark));
         r.token(Tok::NameConstant, text.substr(mark));
      })
      .rule(R"(^[ ]*)", [](Runner& r) {
         r.token(Tok::Text);
         int size = static_cast<int>(r.m().size());
         int dedent_level = block_scalar_indent(r) >= 0 ? block_scalar_indent(r) : indent(r);
         if (block_scalar_indent(r) < 0) block_scalar_indent(r) = size;
         if (size < dedent_level) {
            save_indent(r, r.m(), false);
            r.pop();
            r.push("indentation");
         }
      })
      .rule(R"([^\n\r\f\v]+)", Tok::Str);
   l.state("block_scalar_header")
      .rule(R"((([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$))", [](Runner& r) {
         block_scalar_indent(r) = -1;
         r.go_to("ignored_line");
         if (r.m().empty()) return;
         block_scalar_indent(r) = indent(r) + ruby_to_i(r.m(1));
         r.token(Tok::PunctuationIndicator);
      });
   l.state("ignored_line")
      .mixin("basic")
      .rule(R"([ ]+)", Tok::Text)
      .rule(R"(\n)", Tok::Text, "#pop");
   l.state("quoted_scalar_whitespaces")
      .rule(R"(^[ ]+)", Tok::Text)
      .rule(R"([ ]+$)", Tok::Text)
      .rule(R"((?m)\n+)", Tok::Text)
      .rule(R"([ ]+)", Tok::NameVariable);
   l.state("single_quoted_scalar")
      .mixin("quoted_scalar_whitespaces")
      .rule(R"(\\')", Tok::StrEscape)
      .rule(R"(')", Tok::Str, "#pop")
      .rule(R"([^\s']+)", Tok::Str);
   l.state("double_quoted_scalar")
      .rule(R"(")", Tok::Str, "#pop")
      .mixin("quoted_scalar_whitespaces")
      .rule(R"(\\[0abt\tn\nvfre "\\N_LP])", Tok::StrEscape)
      .rule(R"(\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}))", Tok::StrEscape)
      .rule(R"([^ \t\n\r\f\v"\\]+)", Tok::Str);
   l.state("plain_scalar_in_block_context_new_line")
      .rule(R"(^[ ]+\n)", Tok::Text)
      .rule(R"((?m)\n+)", Tok::Text)
      .rule(R"(^(?=---|\.\.\.))", [](Runner& r) { r.pop(3); })
      .rule(R"(^[ ]*)", [](Runner& r) {
         r.token(Tok::Text);
         r.pop();
         if (static_cast<int>(r.m().size()) <= indent(r)) {
            r.pop();
            save_indent(r, r.m(), false);
            r.push("indentation");
         }
      });
   l.state("plain_scalar_in_block_context")
      .rule(R"([ ]*(?=:[ \n]|:$))", Tok::Text, "#pop")
      .rule(R"([ ]*:\S+)", Tok::Str)
      .rule(R"([ ]+(?=#))", Tok::Text, "#pop")
      .rule(R"([ ]+$)", Tok::Text)
      .rule(R"(\n+)", [](Runner& r) {
         r.token(Tok::Text);
         r.push("plain_scalar_in_block_context_new_line");
      })
      .rule(R"([ ]+)", Tok::Str)
      .rule(R"(true|false|null)", Tok::NameConstant)
      .rule(R"(\d+(?:\.\d+)?(?=(\r?\n)| +#))", Tok::Num, "#pop")
      .rule(R"([^\s:]+)", Tok::Str);
   l.state("plain_scalar_in_flow_context")
      .rule(R"([ ]*(?=[,:?\[\]{}]))", Tok::Text, "#pop")
      .rule(R"([ ]+(?=#))", Tok::Text, "#pop")
      .rule(R"(^[ ]+)", Tok::Text)
      .rule(R"([ ]+$)", Tok::Text)
      .rule(R"(\n+)", Tok::Text)
      .rule(R"([ ]+)", Tok::NameVariable)
      .rule(R"([^\s,:?\[\]{}]+)", Tok::NameVariable);
   l.state("yaml_directive").rule(R"(([ ]+)(\d+\.\d+))", [](Runner& r) {
      r.groups({Tok::Text, Tok::Num});
      r.go_to("ignored_line");
   });
   l.state("tag_directive")
      .rule(R"~(([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+))~", [](Runner& r) {
         r.groups({Tok::Text, Tok::KeywordType, Tok::Text, Tok::KeywordType});
         r.go_to("ignored_line");
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& yaml_lexer() {
   static const Lexer lexer = make_yaml("yaml", false);
   return lexer;
}

const Lexer& digdag_lexer() {
   static const Lexer lexer = make_yaml("digdag", true);
   return lexer;
}

}  // namespace jekyllpp::highlight
