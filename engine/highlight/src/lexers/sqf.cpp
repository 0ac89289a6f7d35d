// Rouge's SQF lexer (Status Quo Function, Arma's scripting language): commands, _local and
// global variables, preprocessor lines.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/sqf_words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words word_operators("and or not");
const Words initializers("private param params");
const Words control_flow(
   "if then else exitwith switch do case default while for from to step foreach");
const Words constants(
   "true false player confignull controlnull displaynull grpnull locationnull netobjnull objnull "
   "scriptnull tasknull teammembernull");
const Words namespaces(
   "currentnamespace missionnamespace parsingnamespace profilenamespace uinamespace");
const Words diag_commands(
   "diag_activemissionfsms diag_activesqfscripts diag_activesqsscripts diag_activescripts "
   "diag_captureframe diag_captureframetofile diag_captureslowframe diag_codeperformance "
   "diag_drawmode diag_enable diag_enabled diag_fps diag_fpsmin diag_frameno "
   "diag_lightnewload diag_list diag_log diag_logslowframe diag_mergeconfigfile "
   "diag_recordturretlimits diag_setlightnew diag_ticktime diag_toggle");

Lexer make_sqf() {
   Lexer l("sqf");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline)
      .rule(R"(//.*)", Tok::CommentSingle)
      .rule(R"(#(define|undef|if(n)?def|else|endif|include))", Tok::CommentPreproc)
      .rule(R"(\\\r?\n)", Tok::CommentPreproc)
      .rule(R"(__(EVAL|EXEC|LINE__|FILE__))", Tok::NameBuiltin)
      .rule(R"(\".*?\")", Tok::Str)
      .rule(R"('.*?')", Tok::Str)
      .rule(R"((\$|0x)[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"([0-9]+(\.)?(e[0-9]+)?)", Tok::NumFloat)
      .rule(R"([\!\%\&\*\+\-\/\<\=\>\^\|\#])", Tok::Operator)
      .rule(R"([\(\)\{\}\[\]\,\:\;])", Tok::Punctuation)
      .rule(R"([a-zA-Z0-9_]+)", [](Runner& r) {
         std::string name = ascii_downcase(r.m());
         if (word_operators.has(name)) r.token(Tok::OperatorWord);
         else if (initializers.has(name)) r.token(Tok::KeywordDeclaration);
         else if (control_flow.has(name)) r.token(Tok::KeywordReserved);
         else if (constants.has(name)) r.token(Tok::KeywordConstant);
         else if (namespaces.has(name)) r.token(Tok::KeywordNamespace);
         else if (diag_commands.has(name) || sqf_commands().has(name)) r.token(Tok::NameFunction);
         // Rouge's unanchored /_.+/: an underscore before the last character
         else if (name.find('_') < name.size() - 1) r.token(Tok::NameVariable);
         else r.token(Tok::NameVariableGlobal);
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& sqf_lexer() {
   static const Lexer lexer = make_sqf();
   return lexer;
}

}  // namespace jekyllpp::highlight
