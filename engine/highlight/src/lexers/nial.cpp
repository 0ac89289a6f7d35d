// Rouge's Nial lexer (Nested Interactive Array Language): keywords, operations (Rouge's
// "funcs"), transformers, l/o bit strings, `chars, "phrases, ?faults and % comments;.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "is gets op tr if then elseif else endif case from endcase begin end for with endfor while "
   "do endwhile repeat until endrepeat");
const Words transformers(
   "accumulate across bycols bykey byrows converse down eachboth eachall each eachleft "
   "eachright filter fold fork grade inner iterate leaf no_tr outer partition rank recur "
   "reduce reducecols reducerows sort team timeit twig");
const Words operations(
   "operation expression and abs allbools allints allchars allin allreals allnumeric append "
   "arcsin arccos appendfile apply arctan atomic assign atversion axes cart break blend "
   "breaklist breakin bye callstack choose char ceiling catenate charrep check_socket cos "
   "content close clearws clearprofile cols continue copyright cosh cull count diverse "
   "deepplace cutall cut display deparse deepupdate descan depth diagram div divide drop "
   "dropright edit empty exit except erase equal eval eraserecord execute exp external exprs "
   "findall find fault falsehood filestatus filelength filepath filetally floor first flip "
   "fuse fromraw front gage getfile getdef getcommandline getenv getname hitch grid getsyms "
   "gradeup gt gte host in inverse innerproduct inv ip ln link isboolean isinteger ischar "
   "isfault isreal isphrase isstring istruthvalue last laminate like libpath library list "
   "load loaddefs nonlocal max match log lt lower lte mate min maxlength mod mix minus "
   "nialroot mold not numeric no_op no_expr notin open or opposite opp operators plus pick "
   "pack pass pair parse paste phrase place picture placeall power positions post quotient "
   "putfile profile prod product profiletree profiletable quiet_fault raise reach random "
   "reciprocal read readfile readchar readarray readfield readscreen readrecord recip "
   "reshape seek second rest reverse restart return_status scan save rows rotate seed see "
   "sublist sin simple shape setformat setdeftrace set seeusercalls seeprimcalls separator "
   "setwidth settrigger setmessages setlogname setinterrupts setprompt setprofile sinh "
   "single sqrt solitary sketch sleep socket_listen socket_accept socket_close socket_bind "
   "socket_connect socket_getline socket_receive socket_peek socket_read socket_send "
   "socket_write solve split sortup string status take symbols sum system tan tally "
   "takeright tanh tell tr times third time toupper tolower timestamp tonumber toraw "
   "toplevel transformer type transpose trs truth unequal variable valence up updateall "
   "update vacate value version vars void watch watchlist write writechars writearray "
   "writefile writefield writescreen writerecord");
const Words constants("false null pi true");

Lexer make_nial() {
   Lexer l("nial");
   l.state("root")
      .rule(R"(')", Tok::StrSingle, "str")
      .rule(R"(\b[lo]+\b)", Tok::NumBin)
      .rule(R"(-?\d+((\.\d*)?[eE][+-]?\d|\.)\d*)", Tok::NumFloat)
      .rule(R"(\-?\d+)", Tok::NumInteger)
      .rule(R"(`.)", Tok::StrChar)
      .rule(R"("[^\s()\[\]{}#,;]*)", Tok::StrSymbol)
      .rule(R"(\?[^\s()\[\]{}#,;]*)", Tok::GenericError)
      .rule(R"(%[^;]+;)", Tok::CommentMultiline)
      .rule(R"(^#(.+\n)+\n)", Tok::CommentMultiline)
      // Rouge checks these against its punctuation and operator lists, which hold them all.
      .rule(R"(:=|[\{\}\[\]\(\),:;])", Tok::Punctuation)
      .rule(R"(>>|>=|<=|~=|[\.!#+*\-=></|@])", Tok::Operator)
      .rule(R"(\b[_A-Za-z]\w*\b)", [](Runner& r) {
         std::string lower = ascii_downcase(r.m());
         if (keywords.has(lower)) r.token(Tok::Keyword);
         else if (operations.has(lower)) r.token(Tok::KeywordPseudo);
         else if (transformers.has(lower)) r.token(Tok::NameBuiltin);
         else if (constants.has(lower)) r.token(Tok::KeywordConstant);
         else r.token(Tok::NameVariable);
      })
      .rule(R"(\s+)", Tok::Text);
   l.state("str")
      .rule(R"('')", Tok::StrEscape)
      .rule(R"([^']+)", Tok::StrSingle)
      .rule(R"('|$)", Tok::StrSingle, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& nial_lexer() {
   static const Lexer lexer = make_nial();
   return lexer;
}

}  // namespace jekyllpp::highlight
