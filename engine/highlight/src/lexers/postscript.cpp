// Rouge's PostScript lexer: names run up to a delimiter ( ) < > [ ] { } / % or space; operators
// from a fixed list are builtins, any other executed name a function.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string delimiter_end = R"((?=[()<>\[\]{}/%\s]))";
const std::string valid_name = R"([^()<>\[\]{}/%\s]+)" + delimiter_end;

const char* const keywords =
   "abs add aload arc arcn array atan begin bind ceiling charpath clip closepath concat "
   "concatmatrix copy cos currentlinewidth currentmatrix currentpoint curveto cvi cvs def "
   "defaultmatrix dict dictstackoverflow div dtransform dup end exch exec exit exp fill findfont "
   "floor get getinterval grestore gsave identmatrix idiv idtransform index invertmatrix "
   "itransform length lineto ln load log loop matrix mod moveto mul neg newpath pathforall "
   "pathbbox pop print pstack put quit rand rangecheck rcurveto repeat restore rlineto rmoveto "
   "roll rotate round run save scale scalefont setdash setfont setgray setlinecap setlinejoin "
   "setlinewidth setmatrix setrgbcolor shfill show showpage sin sqrt stack stringwidth stroke "
   "strokepath sub syntaxerror transform translate truncate typecheck undefined "
   "undefinedfilename undefinedresult";

Lexer make_postscript() {
   Lexer l("postscript");
   l.state("root")
      .rule(R"(^%!.+?$)", Tok::CommentPreproc)
      .rule(R"(%%.*?$)", Tok::CommentSpecial)
      .rule(R"((^%.*?$){2,})", Tok::CommentMultiline)
      .rule(R"(%.*?$)", Tok::CommentSingle)
      .rule(R"(\()", Tok::Str, "stringliteral")
      .rule("/" + valid_name, Tok::NameVariable)
      .rule(R"([{}<>\[\]])", Tok::Punctuation)
      .rule("(?:" + alternation(keywords) + ")" + delimiter_end, Tok::NameBuiltin)
      .rule(R"((eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?))" + delimiter_end, Tok::KeywordReserved)
      .rule("(false|true)" + delimiter_end, Tok::KeywordConstant)
      .rule("<[0-9A-Fa-f]+>" + delimiter_end, Tok::NumHex)
      // Rouge's Oct stands for any explicit base
      .rule(R"([0-9]+\#(\-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?)" + delimiter_end,
            Tok::NumOct)
      .rule(R"((\-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?)" + delimiter_end, Tok::NumFloat)
      .rule(R"((\-|\+)?[0-9]+)" + delimiter_end, Tok::NumInteger)
      .rule(valid_name, Tok::NameFunction)
      .rule(R"(\s+)", Tok::Text);
   l.state("stringliteral")
      .rule(R"([^()\\]+)", Tok::Str)
      .rule(R"(\\)", Tok::StrEscape, "escape")
      .rule(R"(\()", Tok::Str, "stringliteral")
      .rule(R"(\))", Tok::Str, "#pop");
   l.state("escape").rule(R"([0-8]{3}|n|r|t|b|f|\\|\(|\))", Tok::StrEscape, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& postscript_lexer() {
   static const Lexer lexer = make_postscript();
   return lexer;
}

}  // namespace jekyllpp::highlight
