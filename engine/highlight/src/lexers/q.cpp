// Rouge's Q (kdb+) lexer: lines indented at the top of a file are comments, "/" starts a comment
// after whitespace or alone on a line, a lone "\" ends the code; dates, times and `symbols.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords("do if while select update delete exec from by");
const Words word_operators(
   "and or except inter like each cross vs sv within where in asof bin binr cor cov cut ej fby div "
   "ij insert lj ljf mavg mcount mdev mmax mmin mmu mod msum over prior peach pj scan scov setenv "
   "ss sublist uj union upsert wavg wsum xasc xbar xcol xcols xdesc xexp xgroup xkey xlog xprev "
   "xrank");
const Words builtins(
   "first enlist value type get set count string key max min sum prd last flip distinct raze neg "
   "desc differ dsave dev eval exit exp fills fkeys floor getenv group gtime hclose hcount hdel "
   "hopen hsym iasc idesc inv keys load log lsq ltime ltrim maxs md5 med meta mins next parse "
   "plist prds prev rand rank ratios read0 read1 reciprocal reverse rload rotate rsave rtrim save "
   "sdev show signum sin sqrt ssr sums svar system tables tan til trim txf ungroup var view views "
   "wj wj1 ww");

Lexer make_q() {
   Lexer l("q");
   l.state("root")
      .rule(R"(#!(.*?)$)", Tok::CommentPreproc, "top")
      .rule("", Tok::Text, "top");
   l.state("top")
      .rule(R"(^[ \t\r]+.*$)", Tok::CommentSpecial)  // q ignores indented lines at the top
      .rule(R"(\n+)", Tok::Text)
      .rule("", Tok::Text, "base");
   l.state("base")
      .rule(R"((?m)\n+)", Tok::Text)
      .rule(R"(^.\))", Tok::KeywordDeclaration)
      .rule(R"((?i)\.?[a-z][a-z0-9_.]*)", [](Runner& r) {
         static const Regex system_namespace(R"(^\.[zQqho]\.)", "", false);
         Match m;
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (word_operators.has(word)) r.token(Tok::OperatorWord);
         else if (builtins.has(word)) r.token(Tok::NameBuiltin);
         else if (system_namespace.match(word, 0, m)) r.token(Tok::NameConstant);
         else r.token(Tok::Name);
      })
      .rule(R"(\s+/.*)", Tok::CommentSingle)
      .rule(R"([ \t\r]+)", Tok::Whitespace)
      .rule(R"((?m)^/$.*?^\\$)", Tok::CommentMultiline)
      .rule(R"(^\/[^\n]*$(\n[^\S\n]+.*$)*)", Tok::CommentMultiline)
      .rule(R"(^\\$)", Tok::Comment, "bottom")  // the rest of the file is a comment
      .rule(R"(^\\\\\s+)", Tok::Keyword, "bottom")
      .rule(R"(")", Tok::Str, "string")
      .rule(R"((?:\d+D|\d{4}\.[01]\d\.[0123]\d[DT])(?:[012]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|([012]\d)?)[zpn]?\b)",
            Tok::LiteralDate)
      .rule(R"([012]\d:[0-5]\d(?::[0-5]\d(\.\d+)?)?[uvtpn]?\b)", Tok::LiteralDate)
      .rule(R"(\d{4}\.[01]\d\.[0-3]\d[dpnzm]?\b)", Tok::LiteralDate)
      .rule(R"(0[nNwW][hijefcpmdznuvt]?)", Tok::KeywordConstant)
      .rule(R"('|\/:|\\:|':|\\|\/|0:|1:|2:)", Tok::Operator)
      .rule(R"((\d+[.]\d*|[.]\d+)(e[+-]?\d+)?[ef]?)", Tok::NumFloat)
      .rule(R"(\d+e[+-]?\d+[ef]?)", Tok::NumFloat)
      .rule(R"(\d+[ef])", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f]+)", Tok::NumHex)
      .rule(R"([01]+b)", Tok::NumBin)
      .rule(R"([0-9]+[hij]?)", Tok::NumInteger)
      .rule(R"((?i)(`:[:a-z0-9._\/]*|`(?:[a-z0-9.][:a-z0-9._]*)?))", Tok::StrSymbol)
      .rule(R"((?:<=|>=|<>|::)|[?:$%&|@._#*^\-+~,!><=]:?)", Tok::Operator)
      .rule(R"([{}\[\]();])", Tok::Punctuation)
      .rule(R"(\\.*\n)", Tok::Text);  // commands
   l.state("string")
      .rule(R"(\\")", Tok::Str)
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\([\\nr]|[01][0-7]{2}))", Tok::StrEscape)
      .rule(R"([^\\"\n]+)", Tok::Str)
      .rule(R"(\\)", Tok::Str);  // a stray backslash
   l.state("bottom").rule(R"((?m).+\z)", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& q_lexer() {
   static const Lexer lexer = make_q();
   return lexer;
}

}  // namespace jekyllpp::highlight
