// Rouge's Smalltalk lexer: after an object (a name, literal or closing bracket) the next word is
// a message (Name.Function); keyword messages and ifTrue:/whileTrue: end that state.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string ops = R"([-+*/\\~<>=|&!?,@%])";

Lexer make_smalltalk() {
   Lexer l("smalltalk");
   l.state("root")
      .rule(R"((<)(\w+:)(.*?)(>))", {Tok::Punctuation, Tok::Keyword, Tok::Text, Tok::Punctuation})
      .mixin("whitespaces")
      .mixin("method_definition")
      .rule(R"(([|])([\w\s]*)([|]))", {Tok::Punctuation, Tok::NameVariable, Tok::Punctuation})
      .mixin("objects")
      .rule(R"(\^|:=|_)", Tok::Operator)
      .rule(R"([)}\]])", Tok::Punctuation, "after_object")
      .rule(R"([({\[!])", Tok::Punctuation);
   l.state("method_definition")
      .rule(R"((?i)([a-z]\w*:)(\s*)(\w+))", {Tok::NameFunction, Tok::Text, Tok::NameVariable})
      .rule(R"((?i)^(\s*)(\b[a-z]\w*\b)(\s*)$)", {Tok::Text, Tok::NameFunction, Tok::Text})
      .rule(R"(^(\s*)()" + ops + R"(+)(\s*)(\w+)(\s*)$)",
            {Tok::Text, Tok::NameFunction, Tok::Text, Tok::NameVariable, Tok::Text});
   l.state("block_variables")
      .mixin("whitespaces")
      .rule(R"((:)(\s*)(\w+))", {Tok::Operator, Tok::Text, Tok::NameVariable})
      .rule(R"([|])", Tok::Punctuation, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("literals")
      .rule(R"((?m)'(''|.)*?')", Tok::Str, "after_object")
      .rule(R"([$].)", Tok::StrChar, "after_object")
      .rule(R"(#[(])", Tok::StrSymbol, "parenth")
      .rule(R"((\d+r)?-?\d+(\.\d+)?(e-?\d+)?)", Tok::Num, "after_object")
      .rule(R"(#("[^"]*"|)" + ops + R"(+|[\w:]+))", Tok::StrSymbol, "after_object");
   l.state("parenth")
      .rule(R"([)])", [](Runner& r) {
         r.token(Tok::StrSymbol);
         r.go_to("after_object");
      })
      .mixin("inner_parenth");
   l.state("inner_parenth")
      .rule(R"(#[(])", Tok::StrSymbol, "inner_parenth")
      .rule(R"([)])", Tok::StrSymbol, "#pop")
      .mixin("whitespaces")
      .mixin("literals")
      .rule("(" + ops + R"(|[\w:])+)", Tok::StrSymbol);
   l.state("whitespaces")
      .rule(R"(! !$)", Tok::Keyword)  // Squeak's chunk delimiter
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"~((?m)".*?")~", Tok::Comment);
   l.state("objects")
      .rule(R"(\[)", Tok::Punctuation, "block_variables")
      .rule(R"((self|super|true|false|nil|thisContext)\b)", Tok::NameBuiltinPseudo, "after_object")
      .rule(R"([A-Z]\w*(?!:)\b)", Tok::NameClass, "after_object")
      .rule(R"([a-z]\w*(?!:)\b)", Tok::NameVariable, "after_object")
      .mixin("literals");
   l.state("after_object")
      .mixin("whitespaces")
      .rule(R"((ifTrue|ifFalse|whileTrue|whileFalse|timesRepeat):)", Tok::NameBuiltin, "#pop")
      .rule(R"(new(?!:)\b)", Tok::NameBuiltin)
      .rule(R"(:=|_)", Tok::Operator, "#pop")
      .rule(R"((?i)[a-z]+\w*:)", Tok::NameFunction, "#pop")
      .rule(R"((?i)[a-z]+\w*)", Tok::NameFunction)
      .rule(ops + "+", Tok::NameFunction, "#pop")
      .rule(R"([.])", Tok::Punctuation, "#pop")
      .rule(R"(;)", Tok::Punctuation)
      .rule("", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& smalltalk_lexer() {
   static const Lexer lexer = make_smalltalk();
   return lexer;
}

}  // namespace jekyllpp::highlight
