// Rouge's Objective-C lexer: C with @-literals and @-keywords, [receiver message:args] sends,
// and - / + method definitions.
#include <string>

#include "lexers/c_family.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = "(?i:[a-z$_][a-z0-9$_]*)";

const Words at_keywords(
   "selector private protected public encode synchronized try throw catch finally end property "
   "synthesize dynamic optional interface implementation import autoreleasepool");
const Words at_builtins("true false YES NO");

}  // namespace

// Rouge's ObjectiveCCommon, which Objective-C and Objective-C++ extend: its rules come before
// those of the language it extends (C or C++).
void define_objective_c_common(Lexer& l, const Lexer& (*self)()) {
   l.state("statements")
      .rule(R"(@")", Tok::Str, "string")
      .rule(R"(@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]'))", Tok::StrChar)
      .rule(R"((?i)@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?)", Tok::NumFloat)
      .rule(R"((?i)@(\d+[.]\d*|[.]\d+|\d+f)f?)", Tok::NumFloat)
      .rule(R"(@0x[0-9a-fA-F]+[lL]?)", Tok::NumHex)
      .rule(R"((?i)@0[0-7]+l?)", Tok::NumOct)
      .rule(R"(@\d+l?)", Tok::NumInteger)
      .rule(R"(\bin\b)", Tok::Keyword)
      .rule(R"(@(?:interface|implementation)\b)", Tok::Keyword, "objc_classname")
      .rule(R"(@(?:class|protocol)\b)", Tok::Keyword, "forward_classname")
      .rule(R"(@([\p{L}\p{M}\p{Nd}]+))", [](Runner& r) {
         if (at_keywords.has(r.m(1))) r.token(Tok::Keyword);
         else if (at_builtins.has(r.m(1))) r.token(Tok::NameBuiltin);
         else r.token(Tok::Error);
      })
      .rule(R"([?])", Tok::Punctuation, "ternary")
      .rule(R"(\[)", Tok::Punctuation, "message")
      .rule(R"(@\[)", Tok::Punctuation, "array_literal")
      .rule(R"(@\{)", Tok::Punctuation, "dictionary_literal");
   l.state("ternary").rule(R"(:)", Tok::Punctuation, "#pop").mixin("statements");
   l.state("message_shared")
      .rule(R"(\])", Tok::Punctuation, "#pop")
      .rule(R"(\{)", Tok::Punctuation, "#pop")
      .rule(R"(;)", Tok::Error)
      .mixin("statements");
   l.state("message")
      .rule("(" + id + R"()(\s*)(:))", [](Runner& r) {
         r.groups({Tok::NameFunction, Tok::Text, Tok::Punctuation});
         r.go_to("message_with_args");
      })
      .rule("(" + id + R"()(\s*)(\]))", [](Runner& r) {
         r.groups({Tok::NameFunction, Tok::Text, Tok::Punctuation});
         r.pop();
      })
      .mixin("message_shared");
   l.state("message_with_args")
      .rule(R"(\{)", Tok::Punctuation, "function")
      .rule("(" + id + R"()(\s*)(:))", [](Runner& r) {
         r.groups({Tok::NameFunction, Tok::Text, Tok::Punctuation});
         r.pop();
      })
      .mixin("message_shared");
   l.state("array_literal")
      .rule(R"(])", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation)
      .mixin("statements");
   l.state("dictionary_literal")
      .rule(R"(})", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation)
      .mixin("statements");
   l.state("objc_classname")
      .mixin("whitespace")
      .rule("(" + id + R"()(\s*)(:)(\s*)()" + id + ")",
            {Tok::NameClass, Tok::Text, Tok::Punctuation, Tok::Text, Tok::NameClass}, "#pop")
      .rule("(" + id + R"()(\s*)([(])(\s*)()" + id + R"()(\s*)([)]))",
            {Tok::NameClass, Tok::Text, Tok::Punctuation, Tok::Text, Tok::NameLabel, Tok::Text,
             Tok::Punctuation},
            "#pop")
      .rule(id, Tok::NameClass, "#pop");
   l.state("forward_classname")
      .mixin("whitespace")
      .rule("(" + id + R"()(\s*)(,)(\s*))", {Tok::NameClass, Tok::Text, Tok::Punctuation, Tok::Text},
            "#push")
      .rule("(" + id + R"()(\s*)(;?))", {Tok::NameClass, Tok::Text, Tok::Punctuation}, "#pop");
   l.state("root").rule(R"((?i)([-+])(\s*)([(].*?[)])?(\s*)(?=)" + id + ":?)", [self](Runner& r) {
      r.token(Tok::Keyword, r.m(1));
      r.token(Tok::Text, r.m(2));
      if (r.matched(3)) r.delegate(self(), r.m(3));
      r.token(Tok::Text, r.m(4));
      r.push("method_definition");
   });
   l.state("method_definition")
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([.][.][.])", Tok::Punctuation)
      .rule(R"(([(].*?[)])()" + id + ")", [self](Runner& r) {
         std::string type(r.m(1)), name(r.m(2));
         r.delegate(self(), type);
         r.token(Tok::NameVariable, name);
      })
      .rule("(?m)(" + id + R"()(\s*)(:))", {Tok::NameFunction, Tok::Text, Tok::Punctuation})
      .rule(R"(;)", Tok::Punctuation, "#pop")
      .rule(R"(\{)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("function");
      })
      .mixin("inline_whitespace")
      .rule(R"(//.*?\n)", Tok::CommentSingle)
      .rule(R"((?m)\s+)", Tok::Text)
      .rule("", [](Runner& r) { r.pop(); });
}

const Lexer& objective_c_lexer() {
   static const Lexer lexer = [] {
      static const CVocabulary words{Words(c_keywords), Words(c_types), Words(c_reserved),
                                     Words("YES NO nil")};
      Lexer l("objective_c");
      define_objective_c_common(l, objective_c_lexer);
      define_c(l, words, objective_c_lexer);
      l.finish();
      return l;
   }();
   return lexer;
}

}  // namespace jekyllpp::highlight
