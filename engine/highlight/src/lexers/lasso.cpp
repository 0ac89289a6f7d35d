// Rouge's Lasso lexer: HTML with Lasso code in [ ] or <?lasso ?> (or a whole .lasso file after
// a lasso9 shebang), definitions with their signatures, and Lasso's word lists.
#include <string>

#include "lexer_options.hpp"
#include "lexers/lasso_words.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge interpolates a case-insensitive Regexp, which stays so inside other rules.
const std::string id = R"((?i:[a-z_][\w.]*))";

void html(Runner& r) { r.delegate(r.child(html_lexer()), r.m()); }

// ?start_inline=1: the text starts in Lasso code, as inside [ ].
Lexer make_lasso(bool start_inline) {
   Lexer l("lasso");
   if (start_inline) l.on_start([](Runner& r) { r.push("lasso"); });
   l.state("root")
      .rule(R"(^#![ \S]+lasso9\b)", Tok::CommentPreproc, "lasso")
      .rule(R"((?=\[|<))", [](Runner& r) { r.push("delimiters"); })
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"()", [](Runner& r) {
         r.push("delimiters");
         r.push("lassofile");
      });
   l.state("delimiters")
      .rule(R"(\[no_square_brackets\])", Tok::CommentPreproc, "nosquarebrackets")
      .rule(R"(\[noprocess\])", Tok::CommentPreproc, "noprocess")
      .rule(R"(\[)", Tok::CommentPreproc, "squarebrackets")
      .rule(R"((?i)<\?(lasso(script)?|=))", Tok::CommentPreproc, "anglebrackets")
      .rule(R"((?im)([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=)))+)", html);
   l.state("nosquarebrackets")
      .rule(R"(\[noprocess\])", Tok::CommentPreproc, "noprocess")
      .rule(R"((?i)<\?(lasso(script)?|=))", Tok::CommentPreproc, "anglebrackets")
      .rule(R"((?im)([^\[<]|<!--.*?-->|<(script|style).*?\2>|<(?!\?(lasso(script)?|=))|)"
            R"(\[(?!noprocess))+)",
            html);
   l.state("noprocess")
      .rule(R"(\[/noprocess\])", Tok::CommentPreproc, "#pop")
      .rule(R"((?i)([^\[]|\[(?!/noprocess))+)", html);
   l.state("squarebrackets").rule(R"(\])", Tok::CommentPreproc, "#pop").mixin("lasso");
   l.state("anglebrackets").rule(R"(\?>)", Tok::CommentPreproc, "#pop").mixin("lasso");
   l.state("lassofile").rule(R"(\]|\?>)", Tok::CommentPreproc, "#pop").mixin("lasso");
   l.state("whitespacecomments")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(//.*?\n)", Tok::CommentSingle)
      .rule(R"((?m)/\*\*!.*?\*/)", Tok::CommentDoc)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline);
   l.state("lasso")
      .mixin("whitespacecomments")
      .rule(R"((?i)\d*\.\d+(e[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)0x[\da-f]+)", Tok::NumHex)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"((?i)(infinity|NaN)\b)", Tok::Num)
      .rule(R"((?m)'[^'\\]*(\\.[^'\\]*)*')", Tok::StrSingle)
      .rule(R"~((?m)"[^"\\]*(\\.[^"\\]*)*")~", Tok::StrDouble)
      .rule(R"((?m)`[^`]*`)", Tok::StrBacktick)
      .rule(R"(\$)" + id, Tok::NameVariable)
      .rule("#(" + id + R"(|\d+\b))", Tok::NameVariableInstance)
      .rule(R"((\.\s*)(')" + id + "')", {Tok::NameBuiltinPseudo, Tok::NameVariableClass})
      .rule(R"((?i)(self)(\s*->\s*)(')" + id + "')",
            {Tok::NameBuiltinPseudo, Tok::Operator, Tok::NameVariableClass})
      .rule(R"((\.\.?\s*)()" + id + "(=(?!=))?)", {Tok::NameBuiltinPseudo, Tok::NameOther})
      .rule(R"((->\\?\s*|&\s*)()" + id + "(=(?!=))?)", {Tok::Operator, Tok::NameOther})
      .rule(R"((?i)(?<!->)(self|inherited|currentcapture|givenblock)\b)", Tok::NameBuiltinPseudo)
      .rule(R"((?i)-(?!infinity))" + id, Tok::NameAttribute)
      .rule(R"(::\s*)" + id, Tok::NameLabel)
      // definitions
      .rule(R"((?i)(define)(\s+)()" + id + R"()(\s*=>\s*)(type|trait|thread)\b)",
            {Tok::KeywordDeclaration, Tok::Text, Tok::NameClass, Tok::Operator, Tok::Keyword})
      .rule(R"((?i)(define)(\s+)()" + id + R"()(\s*->\s*)()" + id + R"(=?|[-+*/%]))",
            [](Runner& r) {
               r.groups({Tok::KeywordDeclaration, Tok::Text, Tok::NameClass, Tok::Operator,
                         Tok::NameFunction});
               r.push("signature");
            })
      .rule(R"((?i)(define)(\s+)()" + id + ")", [](Runner& r) {
         r.groups({Tok::KeywordDeclaration, Tok::Text, Tok::NameFunction});
         r.push("signature");
      })
      .rule(R"((?i)(public|protected|private|provide)(\s+)(()" + id +
               R"(=?|[-+*/%])(?=\s*\()))",
            [](Runner& r) {
               r.groups({Tok::Keyword, Tok::Text, Tok::NameFunction});
               r.push("signature");
            })
      .rule(R"((?i)(public|protected|private|provide)(\s+)()" + id + ")",
            {Tok::Keyword, Tok::Text, Tok::NameFunction})
      // keywords
      .rule(R"((?i)(true|false|none|minimal|full|all|void)\b)", Tok::KeywordConstant)
      .rule(R"((?i)(local|var|variable|global|data(?=\s))\b)", Tok::KeywordDeclaration)
      .rule("(?i)(" + id + R"()(\s+)(in)\b)", {Tok::Name, Tok::Text, Tok::Keyword})
      .rule(R"((?i)(let|into)(\s+)()" + id + ")", {Tok::Keyword, Tok::Text, Tok::Name})
      // other
      .rule(R"(,)", Tok::Punctuation, "commamember")
      .rule(R"((?i)(and|or|not)\b)", Tok::OperatorWord)
      .rule("(" + id + R"()(\s*::\s*)" + id + R"()?(\s*=(?!=|>)))",
            {Tok::Name, Tok::NameLabel, Tok::Operator})
      .rule(R"((/?)([\w.]+))", [](Runner& r) {
         r.token(Tok::Punctuation, r.m(1));
         std::string name = ascii_downcase(r.m(2));
         Tok tok = name == "namespace_using"       ? Tok::KeywordNamespace
                   : lasso_exceptions().has(name) ? Tok::NameException
                   : lasso_types().has(name)      ? Tok::KeywordType
                   : lasso_traits().has(name)     ? Tok::NameDecorator
                   : lasso_keywords().has(name)   ? Tok::Keyword
                   : lasso_builtins().has(name)   ? Tok::NameBuiltin
                                                  : Tok::NameOther;
         r.token(tok, r.m(2));
      })
      .rule(R"((?i)(=)(n?bw|n?ew|n?cn|lte?|gte?|n?eq|n?rx|ft)\b)", {Tok::Operator, Tok::OperatorWord})
      .rule(R"(:=|[-+*/%=<>&|!?\\]+)", Tok::Operator)
      .rule(R"([{}():;,@^])", Tok::Punctuation);
   l.state("signature")
      .rule(R"(\=>)", Tok::Operator, "#pop")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"([(,])", Tok::Punctuation, "parameter")
      .mixin("lasso");
   l.state("parameter")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule("-?" + id, Tok::NameAttribute, "#pop")
      .rule(R"(\.\.\.)", Tok::NameBuiltinPseudo)
      .mixin("lasso");
   l.state("commamember")
      .rule("(" + id + R"(=?|[-+*/%])(?=\s*(\(([^()]*\([^()]*\))*[^\)]*\)\s*)?(::[\w.\s]+)?=>))",
            Tok::NameFunction, "signature")
      .mixin("whitespacecomments")
      .rule(R"()", Tok::Text, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& lasso_lexer() {
   static const Lexer lexer = make_lasso(false);
   return lexer;
}

Lexer lasso_lexer_with(const LexerOptions& options) {
   return make_lasso(options.as_bool("start_inline", false));
}

}  // namespace jekyllpp::highlight
