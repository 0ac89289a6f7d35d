// Rouge's Tcl lexer: commands and their words, with {braces}, [brackets], (parentheses) and
// "strings" nesting.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "after apply array break catch continue elseif else error eval expr for foreach global if "
   "namespace proc rename return set switch then trace unset update uplevel upvar variable "
   "vwait while");
const Words builtins(
   "append bgerror binary cd chan clock close concat dde dict encoding eof exec exit fblocked "
   "fconfigure fcopy file fileevent flush format gets glob history http incr info interp join "
   "lappend lassign lindex linsert list llength load loadTk lrange lrepeat lreplace lreverse "
   "lsearch lset lsort mathfunc mathop memory msgcat open package pid pkg::create pkg_mkIndex "
   "platform platform::shell puts pwd re_syntax read refchan regexp registry regsub scan seek "
   "socket source split string subst tell time tm unknown unload");

// Rouge's character lists; its \v is the vertical tab alone (PCRE2's is any vertical space).
const std::string end_line = R"(\)\]\};\n)";
const std::string end_word = end_line + R"(\r\t\x0B)";
const std::string not_end_word = "[^" + end_word + "]";
// Rouge removes the state's own closing bracket from this list by comparing a Regexp with
// strings, which removes nothing.
const std::string closers = R"([\)\]\}])";

// A "}" closing a brace word: pops to the innermost brace state and out of it.
void close_brace(Runner& r) {
   while (!r.state_is("brace")) r.pop();
   r.pop();
   r.token(Tok::Punctuation);
}

void command_state(Lexer& l, const std::string& name) {
   std::string params = "params" + name;
   l.state("command" + name)
      .mixin("word")
      .rule("#[^" + end_line + "]+", Tok::CommentSingle)
      .rule("(?=[" + end_word + "])", [params](Runner& r) { r.push(params); })
      .rule(not_end_word + "+", [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (builtins.has(r.m())) r.token(Tok::NameBuiltin);
         else r.token(Tok::Text);
      })
      .mixin("whitespace");
}

void delimiter_states(Lexer& l, const std::string& name, const std::string& close, bool strict) {
   command_state(l, "_in_" + name);
   l.state("params_in_" + name)
      .rule(close, [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop(2);
      })
      .rule(closers, strict ? Tok::Error : Tok::Text)
      .mixin("params");
   l.state(name).rule(close, Tok::Punctuation, "#pop").mixin("command_in_" + name);
}

Lexer make_tcl() {
   Lexer l("tcl");
   l.state("word")
      .rule(R"(\{\*\})", Tok::Keyword)
      .mixin("brace_abort")
      .mixin("interp")
      .rule(R"(\{)", Tok::Punctuation, "brace")
      .rule(R"(\()", Tok::Punctuation, "paren")
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(not_end_word + R"(+?(?=[\(\[\{"\\]))", Tok::Text);
   l.state("brace_abort").rule(R"(})", [](Runner& r) {
      if (r.in_state("brace")) close_brace(r);
      else r.token(Tok::Error);
   });
   l.state("params")
      .rule(R"(;)", Tok::Punctuation, "#pop")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(else|elseif|then)", Tok::Keyword)
      .mixin("word")
      .mixin("whitespace")
      .rule(not_end_word + "+", Tok::Text);
   delimiter_states(l, "brace", R"(\})", false);
   delimiter_states(l, "paren", R"(\))", true);
   delimiter_states(l, "bracket", R"(\])", true);
   command_state(l, "");
   l.state("root").mixin("command");
   l.state("whitespace").rule(R"(\s+)", Tok::Text);
   l.state("interp")
      .rule(R"(\[)", Tok::Punctuation, "bracket")
      .rule(R"(\$[a-z0-9.:-]+)", Tok::NameVariable)
      .rule(R"((?m)\$\{.*?\})", Tok::NameVariable)
      .rule(R"(\$)", Tok::Text)
      .rule(R"(\\[0-7]{3})", Tok::StrEscape)
      .rule(R"((?i)\\x[0-9a-f]{2})", Tok::StrEscape)
      .rule(R"((?i)\\u[0-9a-f]{4})", Tok::StrEscape)
      .rule(R"((?m)\\.)", Tok::StrEscape);
   // vars[0] counts the "{" strings opened, over the whole text as Rouge's @brace_count does.
   l.state("string")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .mixin("interp")
      .rule(R"~((?m)[^\\\[\$"{}]+)~", Tok::StrDouble)
      .rule(R"({)", [](Runner& r) {
         ++r.vars[0];
         r.token(Tok::StrDouble);
      })
      .rule(R"(})", [](Runner& r) {
         if (r.in_state("brace") && r.vars[0] == 0) {
            close_brace(r);
         } else {
            --r.vars[0];
            r.token(Tok::StrDouble);
         }
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& tcl_lexer() {
   static const Lexer lexer = make_tcl();
   return lexer;
}

}  // namespace jekyllpp::highlight
