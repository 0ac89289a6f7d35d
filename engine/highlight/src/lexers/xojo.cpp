// Rouge's Xojo lexer (REALbasic): keywords, types and operator words as whole words, rem and '
// comments, #tag Note blocks and &H/&C/&O numbers.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const char* const keywords =
   "addhandler aggregates array asc assigns attributes begin break byref byval call case catch "
   "class const continue char ctype declare delegate dim do downto each else elseif end enum "
   "event exception exit extends false finally for function global goto if implements inherits "
   "interface lib loop mod module new next nil object of optional paramarray private property "
   "protected public raise raiseevent rect redim removehandler return select shared soft static "
   "step sub super then to true try until using uend uhile";
const char* const types =
   "boolean cfstringref cgfloat cstring curency date double int8 int16 int32 int64 integer "
   "ostype pstring ptr short single single string structure variant uinteger uint8 uint16 "
   "uint32 uint64 ushort windowptr wstring";
const char* const operator_words = "addressof weakaddressof and as in is isa mod not or xor";

std::string whole_words(const char* list) {
   return R"((?i)\b(?:)" + alternation(list) + R"()\b)";
}

Lexer make_xojo() {
   Lexer l("xojo");
   l.state("root")
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"((?i)rem\b.*?$)", Tok::CommentSingle)
      .rule(R"([//'].*$)", Tok::CommentSingle)
      .rule(R"((?mi)\#tag Note.*?\#tag EndNote)", Tok::CommentPreproc)
      .rule(R"((?x)\s*[#].*$)", Tok::CommentPreproc)
      .rule(R"(".*?")", Tok::StrDouble)
      .rule(R"([(){}!#,:])", Tok::Punctuation)
      .rule(whole_words(keywords), Tok::Keyword)
      .rule(whole_words(types), Tok::KeywordDeclaration)
      .rule(whole_words(operator_words), Tok::Operator)
      .rule(R"((?i)[+-]?(\d+\.\d*|\d*\.\d+))", Tok::NumFloat)
      .rule(R"([+-]?\d+)", Tok::NumInteger)
      .rule(R"((?i)&[CH][0-9a-f]+)", Tok::NumHex)
      .rule(R"((?i)&O[0-7]+)", Tok::NumOct)
      .rule(R"((?i)\b[\w\.]+\b)", Tok::Text)
      .rule(R"(<=|>=|<>|[=><\+\-\*\/\\])", Tok::Operator);
   l.finish();
   return l;
}

}  // namespace

const Lexer& xojo_lexer() {
   static const Lexer lexer = make_xojo();
   return lexer;
}

}  // namespace jekyllpp::highlight
