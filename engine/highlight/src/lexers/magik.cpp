// Rouge's Magik lexer (Smallworld): _keywords, symbols, @labels and global references,
// %characters, radix/exponent numbers and |piped| identifiers.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const char* const keywords =
   "_package _pragma _block _endblock _handling _default _protect _protection _endprotect _try "
   "_with _when _endtry _catch _endcatch _throw _lock _endlock _if _then _elif _else _endif "
   "_for _over _while _loop _finally _endloop _loopbody _continue _leave _return _class _local "
   "_constant _recursive _global _dynamic _import _private _iter _abstract _method _endmethod "
   "_proc _endproc _gather _scatter _allresults _optional _thisthread _self _clone _super "
   "_primitive _unset _true _false _maybe _is _isnt _not _and _or _xor _cf _andif _orif _div "
   "_mod";

// Rouge builds these Regexps from one another; each keeps its own flags where interpolated.
const std::string number =
   R"([0-9]+((?i:r[0-9a-z])|(?i:(e|&)[+-]?[0-9]+)|\.[0-9]+)*)";
const std::string identifier =
   R"((?i:(?:(?i:(?>(?:[a-z0-9_!?]|\\.)+))|\|[^\|\n]*\|)+))";

Lexer make_magik() {
   Lexer l("magik");
   l.state("root")
      .rule(R"(##(.*)?)", Tok::CommentDoc)
      .rule(R"(#(.*)?)", Tok::CommentSingle)
      .rule(R"((_method)(\s+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Whitespace});
         r.push("method_name");
      })
      .rule("(?:" + alternation(keywords) + R"()\b)", Tok::Keyword)
      .rule(R"("[^"\n]*?")", Tok::Str)
      .rule(R"('[^'\n]*?')", Tok::Str)
      .rule("(?i::" + identifier + ")", Tok::StrSymbol)
      .rule(R"(@[\s]*)" + identifier + ":" + identifier, Tok::NameLabel)  // global reference
      .rule(R"(@[\s]*)" + identifier, Tok::NameLabel)
      .rule(R"((?i:%u[0-9a-z]{4}|%[^\s]+))", Tok::StrChar)
      .rule(number, Tok::Num)
      .rule(identifier + ":" + identifier, Tok::Name)  // package:identifier
      .rule(identifier, Tok::Name)
      .rule(R"([\[\]{}()\.,;])", Tok::Punctuation)
      .rule(R"(\$)", Tok::Punctuation)
      .rule(R"((<<|^<<))", Tok::Operator)
      .rule(R"((>>))", Tok::Operator)
      .rule(R"([-~+\/*%=&^<>]|!=)", Tok::Operator)
      .rule(R"([\s]+)", Tok::Whitespace);
   l.state("method_name")
      .rule("(" + identifier + R"()(\.)()" + identifier + ")", [](Runner& r) {
         r.groups({Tok::NameClass, Tok::Punctuation, Tok::NameFunction});
         r.pop();
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& magik_lexer() {
   static const Lexer lexer = make_magik();
   return lexer;
}

}  // namespace jekyllpp::highlight
