// Rouge's Sieve lexer (mail filtering, RFC 5228 and its extensions): control commands, tests,
// actions and :tags.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words controls("if elsif else require stop");
const Words actions(
   "keep fileinto redirect discard addheader deleteheader reject ereject notify setflag addflag "
   "removeflag vacation replace enclose extracttext");
const Words tests(
   "address allof anyof exists false header not size true body hasflag spamtest virustest date "
   "currentdate valid_notify_method notify_method_capability mailboxexists metadata "
   "metadataexists servermetadata servermetadataexists");

Lexer make_sieve() {
   Lexer l("sieve");
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*)", Tok::CommentSingle)
      .rule(R"((?m)/(\\\n)?[*].*?[*](\\\n)?/)", Tok::CommentMultiline);
   l.state("string")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"(\$\{(?:[0-9][.0-9]*|[a-zA-Z_][.a-zA-Z0-9_]*)\})", Tok::StrInterpol)  // variables
      .rule(R"(.)", Tok::StrDouble);
   l.state("root")
      .mixin("comments_and_whitespace")
      .rule(R"([\[\](),;{}])", Tok::Punctuation)
      .rule(R"(:?[a-zA-Z_][a-zA-Z0-9_]*)", [](Runner& r) {
         std::string_view word = r.m();
         if (controls.has(word)) r.token(Tok::Keyword);
         else if (tests.has(word)) r.token(Tok::NameVariable);
         else if (actions.has(word)) r.token(Tok::NameFunction);
         else if (word[0] == ':') r.token(Tok::Operator);  // :contains, :matches...
         else r.token(Tok::NameOther);
      })
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(R"([0-9]+[KMG])", Tok::NumInteger);
   l.finish();
   return l;
}

}  // namespace

const Lexer& sieve_lexer() {
   static const Lexer lexer = make_sieve();
   return lexer;
}

}  // namespace jekyllpp::highlight
