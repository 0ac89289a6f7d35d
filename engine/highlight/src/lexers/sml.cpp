// Rouge's Standard ML lexer: a state per binding form (val, fun, type, datatype, exception,
// structure), left at the next reserved word; let/if/local and struct/sig/while push the current
// state so that their closing words (end, in, then...) pop back to it.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const char* const keyword_list =
   "abstype and andalso as case datatype do else end exception fn fun handle if in infix infixr "
   "let local nonfix of op open orelse raise rec then type val with withtype while eqtype functor "
   "include sharing sig signature struct structure where";
const Words keywords(keyword_list);
const Words symbolic_reserved(": | = => -> # :>");

const std::string id = R"((?i:[\w']+))";
const std::string symbol = R"([!%&$#/:<=>?@\\~`^|*+-]+)";

Tok token_for_id_with_dot(std::string_view word) { return keywords.has(word) ? Tok::Error : Tok::NameNamespace; }

Tok token_for_id(std::string_view word) {
   if (keywords.has(word)) return Tok::KeywordReserved;
   if (symbolic_reserved.has(word)) return Tok::Punctuation;
   return Tok::Name;
}

void id_token(Runner& r) { r.token(token_for_id(r.m())); }

void dotted_head(Runner& r) {
   r.token(token_for_id_with_dot(r.m(1)), r.m(1));
   r.token(Tok::Punctuation, r.m(2));
}

// Rouge's `token T; goto A; push B`.
Callback go_push(Tok tok, std::string goal, std::string then) {
   return [tok, goal, then](Runner& r) {
      r.token(tok);
      r.go_to(goal);
      if (!then.empty()) r.push(then);
   };
}

Lexer make_sml() {
   Lexer l("sml");
   l.state("whitespace")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"([(][*])", Tok::Comment, "comment");
   l.state("delimiters")
      .rule(R"([(\[{])", Tok::Punctuation, "main")
      .rule(R"([)\]}])", Tok::Punctuation, "#pop")
      .rule(R"(\b(let|if|local)\b(?!'))", [](Runner& r) {
         r.token(Tok::KeywordReserved);
         r.push_self();
         r.push_self();
      })
      .rule(R"(\b(struct|sig|while)\b(?!'))", Tok::KeywordReserved, "#push")
      .rule(R"(\b(do|else|end|in|then)\b(?!'))", Tok::KeywordReserved, "#pop");
   l.state("core")
      .rule(R"([()\[\]{},;_]|[.][.][.])", Tok::Punctuation)
      .rule(R"(#")", Tok::StrChar, "char")
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(R"(~?0x[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"(0wx[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"(0w\d+)", Tok::NumInteger)
      .rule(R"(~?\d+([.]\d+)?[eE]~?\d+)", Tok::NumFloat)
      .rule(R"(~?\d+[.]\d+)", Tok::NumFloat)
      .rule(R"(~?\d+)", Tok::NumInteger)
      .rule(R"(#\s*[1-9][0-9]*)", Tok::NameLabel)
      .rule(R"(#\s*)" + id, Tok::NameLabel)
      .rule(R"(#\s+)" + symbol, Tok::NameLabel)
      .rule(R"(\b(datatype|abstype)\b(?!'))", Tok::KeywordReserved, "dname")
      .rule(R"((?=\bexception\b(?!')))", [](Runner& r) { r.push("ename"); })
      .rule(R"(\b(functor|include|open|signature|structure)\b(?!'))", Tok::KeywordReserved, "sname")
      .rule(R"(\b(type|eqtype)\b(?!'))", Tok::KeywordReserved, "tname")
      .rule("'" + id, Tok::NameDecorator)
      .rule("(" + id + ")([.])", [](Runner& r) {
         dotted_head(r);
         r.push("dotted");
      })
      .rule(id, id_token)
      .rule(symbol, id_token);
   l.state("dotted")
      .rule("(" + id + ")([.])", dotted_head)
      .rule(id, [](Runner& r) {
         id_token(r);
         r.pop();
      })
      .rule(symbol, [](Runner& r) {
         id_token(r);
         r.pop();
      });
   l.state("root")
      .rule(R"(#!.*?\n)", Tok::CommentPreproc)
      .rule("", [](Runner& r) { r.push("main"); });
   l.state("main")
      .mixin("whitespace")
      .rule(R"(\b(val|and)\b(?!'))", Tok::KeywordReserved, "vname")
      .rule(R"(\b(fun)\b(?!'))", go_push(Tok::KeywordReserved, "main_fun", "fname"))
      .mixin("delimiters")
      .mixin("core");
   l.state("main_fun")
      .mixin("whitespace")
      .rule(R"(\b(fun|and)\b(?!'))", Tok::KeywordReserved, "fname")
      .rule(R"(\bval\b(?!'))", go_push(Tok::KeywordReserved, "main", "vname"))
      .rule(R"([|])", Tok::Punctuation, "fname")
      .rule(R"(\b(case|handle)\b(?!'))", go_push(Tok::KeywordReserved, "main", ""))
      .mixin("delimiters")
      .mixin("core");
   l.state("has_escapes")
      .rule(R"(\\[\\"abtnvfr])", Tok::StrEscape)
      .rule(R"(\\\^[\x40-\x5e])", Tok::StrEscape)
      .rule(R"(\\[0-9]{3})", Tok::StrEscape)
      .rule(R"(\\u[0-9a-fA-F]{4})", Tok::StrEscape)
      .rule(R"(\\\s+\\)", Tok::StrInterpol);
   l.state("string")
      .rule(R"([^"\\]+)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDouble, "#pop")
      .mixin("has_escapes");
   l.state("char")
      .rule(R"([^"\\]+)", Tok::StrChar)
      .rule(R"(")", Tok::StrChar, "#pop")
      .mixin("has_escapes");
   l.state("breakout").rule(std::string(R"((?=\b()") + alternation(keyword_list) + R"()\b(?!')))",
                            [](Runner& r) { r.pop(); });
   l.state("sname")
      .mixin("whitespace")
      .mixin("breakout")
      .rule(id, Tok::NameNamespace)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("has_annotations")
      .rule(R"('[\w']*)", Tok::NameDecorator)
      .rule(R"([(])", Tok::Punctuation, "tyvarseq");
   l.state("fname")
      .mixin("whitespace")
      .mixin("has_annotations")
      .rule(id, Tok::NameFunction, "#pop")
      .rule(symbol, Tok::NameFunction, "#pop");
   l.state("vname")
      .mixin("whitespace")
      .mixin("has_annotations")
      .rule("(?m)(" + id + R"()(\s*)(=(?!)" + symbol + "))", [](Runner& r) {
         r.groups({Tok::NameVariable, Tok::Text, Tok::Punctuation});
         r.pop();
      })
      .rule("(?m)(" + symbol + R"()(\s*)(=(?!)" + symbol + "))",
            {Tok::NameVariable, Tok::Text, Tok::Punctuation})
      .rule(id, Tok::NameVariable, "#pop")
      .rule(symbol, Tok::NameVariable, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("tname")
      .mixin("whitespace")
      .mixin("breakout")
      .mixin("has_annotations")
      .rule(R"('[\w']*)", Tok::NameDecorator)
      .rule(R"([(])", Tok::Punctuation, "tyvarseq")
      .rule("=(?!" + symbol + ")", go_push(Tok::Punctuation, "typbind", ""))
      .rule(id, Tok::KeywordType)
      .rule(symbol, Tok::KeywordType);
   l.state("typbind")
      .mixin("whitespace")
      .rule(R"(\b(and)\b(?!'))", go_push(Tok::KeywordReserved, "tname", ""))
      .mixin("breakout")
      .mixin("core");
   l.state("dname")
      .mixin("whitespace")
      .mixin("breakout")
      .mixin("has_annotations")
      .rule(R"((=)(\s*)(datatype)\b)", {Tok::Punctuation, Tok::Text, Tok::KeywordReserved}, "#pop")
      .rule("=(?!" + symbol + ")", go_push(Tok::Punctuation, "datbind", "datcon"))
      .rule(id, Tok::KeywordType)
      .rule(symbol, Tok::KeywordType);
   l.state("datbind")
      .mixin("whitespace")
      .rule(R"(\b(and)\b(?!'))", go_push(Tok::KeywordReserved, "dname", ""))
      .rule(R"(\b(withtype)\b(?!'))", go_push(Tok::KeywordReserved, "tname", ""))
      .rule(R"(\bof\b(?!'))", Tok::KeywordReserved)
      .rule(R"(([|])(\s*)()" + id + ")", {Tok::Punctuation, Tok::Text, Tok::NameClass})
      .rule(R"(([|])(\s+)()" + symbol + ")", {Tok::Punctuation, Tok::Text, Tok::NameClass})
      .mixin("breakout")
      .mixin("core");
   l.state("ename")
      .mixin("whitespace")
      .rule(R"((exception|and)(\s+)()" + id + ")", {Tok::KeywordReserved, Tok::Text, Tok::NameClass})
      .rule(R"((exception|and)(\s*)()" + symbol + ")", {Tok::KeywordReserved, Tok::Text, Tok::NameClass})
      .rule(R"(\b(of)\b(?!'))", Tok::KeywordReserved)
      .mixin("breakout")
      .mixin("core");
   l.state("datcon")
      .mixin("whitespace")
      .rule(id, Tok::NameClass, "#pop")
      .rule(symbol, Tok::NameClass, "#pop");
   l.state("tyvarseq")
      .mixin("whitespace")
      .rule(R"('[\w']*)", Tok::NameDecorator)
      .rule(id, Tok::Name)
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([)])", Tok::Punctuation, "#pop")
      .rule(symbol, Tok::Name);
   l.state("comment")
      .rule(R"([^(*)]+)", Tok::CommentMultiline)
      .rule(R"([(][*])", Tok::CommentMultiline, "#push")
      .rule(R"([*][)])", Tok::CommentMultiline, "#pop")
      .rule(R"([(*)])", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& sml_lexer() {
   static const Lexer lexer = make_sml();
   return lexer;
}

}  // namespace jekyllpp::highlight
