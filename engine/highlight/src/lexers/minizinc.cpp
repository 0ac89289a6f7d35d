// Rouge's MiniZinc lexer (constraint models): word operators, types, builtins, annotations.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words builtins(
   "abort abs acosh array_intersect array_union array1d array2d array3d array4d array5d array6d "
   "asin assert atan bool2int card ceil concat cos cosh dom dom_array dom_size fix exp floor "
   "index_set index_set_1of2 index_set_2of2 index_set_1of3 index_set_2of3 index_set_3of3 "
   "int2float is_fixed join lb lb_array length ln log log2 log10 min max pow product round "
   "set2array show show_int show_float sin sinh sqrt sum tan tanh trace ub ub_array");
const Words keywords(
   "ann annotation any constraint else endif function for forall if include list of op output "
   "minimize maximize par predicate record satisfy solve test then type var where");
const Words types("array set bool enum float int string tuple");
const Words operators("in subset superset union diff symdiff intersect");

Lexer make_minizinc() {
   Lexer l("minizinc");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"((?m)\\\n)", Tok::Whitespace)
      .rule(R"(%.*)", Tok::CommentSingle)
      .rule(R"((?m)/(\\\n)?[*](.|\n)*?[*](\\\n)?/)", Tok::CommentMultiline)
      .rule(R"("(\\\\|\\"|[^"])*")", Tok::Str)
      .rule(R"(not|<->|->|<-|\\/|xor|/\\)", Tok::Operator)
      .rule(R"(<|>|<=|>=|==|=|!=)", Tok::Operator)
      .rule(R"(\+|-|\*|/|div|mod)", Tok::Operator)
      .rule(R"(\\|\.\.|\+\+)", Tok::Operator)
      .rule(R"([|()\[\]{},:;])", Tok::Punctuation)
      .rule(R"((true|false)\b)", Tok::KeywordConstant)
      .rule(R"(([+-]?)\d+(\.(?!\.)\d*)?([eE][-+]?\d+)?)", Tok::Num)
      .rule(R"([$a-zA-Z_]\w*)", [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (types.has(r.m())) r.token(Tok::KeywordType);
         else if (builtins.has(r.m())) r.token(Tok::NameBuiltin);
         else if (operators.has(r.m())) r.token(Tok::Operator);
         else r.token(Tok::NameOther);
      })
      .rule(R"(::\s*([^\W\d]\w*)(\s*\([^\)]*\))?)", Tok::NameDecorator)
      .rule(R"(\b([^\W\d]\w*)\b(\())", {Tok::NameFunction, Tok::Punctuation})
      .rule(R"([^\W\d]\w*)", Tok::NameOther);
   l.finish();
   return l;
}

}  // namespace

const Lexer& minizinc_lexer() {
   static const Lexer lexer = make_minizinc();
   return lexer;
}

}  // namespace jekyllpp::highlight
