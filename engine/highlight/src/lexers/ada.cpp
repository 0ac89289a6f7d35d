// Rouge's Ada (2012) lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "abort abstract accept access aliased all array at begin body case constant declare delay "
   "delta digits do else elsif end exception exit for generic goto if in interface is limited "
   "loop new null of others out overriding pragma private protected raise range record renames "
   "requeue return reverse select separate some synchronized tagged task terminate then until "
   "use when while with");
const Words operator_words("abs and mod not or rem xor");
const Words declarations("entry function package procedure subtype type");
const Words builtins(
   "boolean character constraint_error duration float integer natural positive long_float "
   "long_integer long_long_float long_long_integer program_error short_float short_integer "
   "short_short_integer storage_error string tasking_error wide_character wide_string "
   "wide_wide_character wide_wide_string");

// Ruby's \b[[:alpha:]](?:\p{Pc}?[[:alnum:]])*\b
const std::string id = R"(\b\p{Alphabetic}(?:\p{Pc}?[\p{Alphabetic}\p{Nd}])*\b)";
// Groups, as Ruby interpolates them (Rouge writes XNUM followed by "*").
const std::string num = R"((?:\d(_?\d)*))";
const std::string xnum = "(?:[0-9a-fA-F](_?[0-9a-fA-F])*)";
const std::string exp = "(?i:(E[-+]?" + num + ")?)";

// The token of an identifier, looked up lowercased (any other word is a Name).
Tok ident(std::string_view word) {
   std::string lower(word);
   for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
   if (keywords.has(lower)) return Tok::Keyword;
   if (operator_words.has(lower)) return Tok::OperatorWord;
   if (declarations.has(lower)) return Tok::KeywordDeclaration;
   if (builtins.has(lower)) return Tok::NameBuiltin;
   return Tok::Name;
}

Lexer make_ada() {
   Lexer l("ada");
   l.state("whitespace").rule(R"((?m)\s+)", Tok::Text).rule(R"(--.*$)", Tok::CommentSingle);
   l.state("dquote_string")
      .rule(R"([^"\n]+)", Tok::StrDouble)
      .rule(R"("")", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"(\n)", Tok::Error, "#pop");
   l.state("attr")
      .mixin("whitespace")
      .rule(id, Tok::NameAttribute, "#pop")
      .rule("", Tok::Text, "#pop");
   l.state("decl_name")
      .mixin("whitespace")
      .rule(R"((?i)body\b)", Tok::KeywordDeclaration)
      .rule("(" + id + R"()(\.))", {Tok::NameNamespace, Tok::Punctuation})
      .rule(id + R"~(|"(and|or|xor|/?=|<=?|>=?|\+|–|&\|/|mod|rem|\*?\*|abs|not)")~",
            Tok::NameFunction, "#pop")
      .rule("", Tok::Text, "#pop");
   l.state("libunit_name")
      .mixin("whitespace")
      .rule(id, [](Runner& r) {
         Tok tok = ident(r.m());
         if (tok == Tok::Name || tok == Tok::NameBuiltin) {
            r.token(Tok::NameNamespace);
         } else {
            r.token(tok);
            if (tok == Tok::KeywordDeclaration) r.go_to("decl_name");
            else r.pop();
         }
      })
      .rule(R"([.,])", Tok::Punctuation)
      .rule("", Tok::Text, "#pop");
   l.state("root")
      .mixin("whitespace")
      .rule(R"('.')", Tok::StrChar)
      .rule(R"("[^"\n]*)", Tok::StrDouble, "dquote_string")
      .rule(num + R"(\.)" + num + exp, Tok::NumFloat)
      .rule(num + "#" + xnum + R"(\.)" + xnum + "#" + exp, Tok::NumFloat)
      .rule("2#[01](_?[01])*#" + exp, Tok::NumBin)
      .rule("8#[0-7](_?[0-7])*#" + exp, Tok::NumOct)
      .rule("16#" + xnum + "*#" + exp, Tok::NumHex)
      .rule(num + "#" + xnum + "#" + exp, Tok::NumInteger)
      .rule(num + R"(#\w+#)", Tok::Error)
      .rule(num + exp, Tok::NumInteger)
      .rule(R"(')", Tok::Punctuation, "attr")
      .rule("<<" + id + ">>", Tok::NameLabel)
      .rule(R"((?i)^(?:(limited)(\s+))?(?:(private)(\s+))?(with)\b)", [](Runner& r) {
         r.groups({Tok::KeywordNamespace, Tok::Text, Tok::KeywordNamespace, Tok::Text,
                   Tok::KeywordNamespace});
         r.push("libunit_name");
      })
      .rule(R"([+*/&<=>|]|-|=>|\.\.|\*\*|[:></]=|<<|>>|<>)", Tok::Operator)
      .rule(R"([.,:;()])", Tok::Punctuation)
      .rule(id, [](Runner& r) {
         Tok tok = ident(r.m());
         r.token(tok);
         if (tok == Tok::KeywordDeclaration) r.push("decl_name");
      })
      // Ruby's [[alpha]] is the letters a, l, p and h.
      .rule(R"(\b(\p{Pc}|[alph])[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*)", Tok::Error);
   l.finish();
   return l;
}

}  // namespace

const Lexer& ada_lexer() {
   static const Lexer lexer = make_ada();
   return lexer;
}

}  // namespace jekyllpp::highlight
