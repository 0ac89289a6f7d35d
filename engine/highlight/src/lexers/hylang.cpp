// Rouge's Hy lexer (a Lisp on Python): Python's keywords, Hy's macros and functions as builtins,
// the head of a form a function.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "False None True and as assert break class continue def del elif else except finally for from "
   "global if import in is lambda nonlocal not or pass raise return try");
const Words builtins(
   "!= % %= & &= * ** **= *= *map + += , - -= -> ->> . / // //= /= < << <<= <= = > >= >> >>= @ "
   "@= ^ ^= accumulate apply as-> assoc butlast calling-module-name car cdr chain coll? "
   "combinations comp complement compress cond cons cons? constantly count cut cycle dec defclass "
   "defmacro defmacro! defmacro/g! defmain defn defreader dict-comp disassemble "
   "dispatch-reader-macro distinct do doto drop drop-last drop-while empty? eval eval-and-compile "
   "eval-when-compile even? every? filter first flatten float? fn for* fraction genexpr gensym "
   "get group-by identity if* if-not if-python2 inc input instance? integer integer-char? "
   "integer? interleave interpose islice iterable? iterate iterator? juxt keyword keyword? last "
   "let lif lif-not list* list-comp macro-error macroexpand macroexpand-1 map merge-with "
   "multicombinations name neg? none? not-in not? nth numeric? odd? partition permutations pos? "
   "product quasiquote quote range read read-str reduce remove repeat repeatedly require rest "
   "second set-comp setv some string string? symbol? take take-nth take-while tee unless unquote "
   "unquote-splicing when with* with-decorator with-gensyms xor yield-from zero? zip zip-longest "
   "| |= ~");

const std::string identifier = R"([\w!$%*+,<=>?/.-]+)";
const std::string keyword = R"([\w!\#$%*+,<=>?/.-]+)";

// A word's token, `otherwise` when it is neither a keyword nor a builtin.
Tok name_token(std::string_view name, Tok otherwise) {
   if (keywords.has(name)) return Tok::Keyword;
   if (builtins.has(name)) return Tok::NameBuiltin;
   return otherwise;
}

Lexer make_hylang() {
   Lexer l("hylang");
   l.state("root")
      .rule(R"(;.*?$)", Tok::CommentSingle)
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(-?\d+\.\d+)", Tok::NumFloat)
      .rule(R"(-?\d+)", Tok::NumInteger)
      .rule(R"(0x-?[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"~("(\\.|[^"])*")~", Tok::Str)
      .rule("'" + keyword, Tok::StrSymbol)
      .rule("::?" + keyword, Tok::NameConstant)
      .rule(R"((?i)\\(.|[a-z]+))", Tok::StrChar)
      .rule(R"(~@|[`\'#^~&@])", Tok::Operator)
      .rule(R"((?m)(\()(\s*)()" + identifier + ")", [](Runner& r) {
         r.token(Tok::Punctuation, r.m(1));
         r.token(Tok::Whitespace, r.m(2));
         r.token(name_token(r.m(3), Tok::NameFunction), r.m(3));
      })
      .rule(identifier, [](Runner& r) { r.token(name_token(r.m(), Tok::Name)); })
      .rule(R"([\[\]])", Tok::Punctuation)
      .rule(R"([{}])", Tok::Punctuation)
      .rule(R"([()])", Tok::Punctuation);
   l.finish();
   return l;
}

}  // namespace

const Lexer& hylang_lexer() {
   static const Lexer lexer = make_hylang();
   return lexer;
}

}  // namespace jekyllpp::highlight
