// Rouge's PL/SQL lexer: Oracle's SQL and PL/SQL, words classified (case-insensitively) as types,
// functions, reserved words or keywords; a name after a dot is a name or a collection method;
// q'[...]' literals choose their own delimiter.
#include <cctype>
#include <memory>
#include <string>

#include "lexers/delimiters.hpp"
#include "lexers/lexers.hpp"
#include "lexers/plsql_words.hpp"

namespace jekyllpp::highlight {

namespace {

std::string upcase(std::string_view word) {
   std::string out(word);
   for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
   return out;
}

// q'X ... X': a state made for the closing delimiter.
void q_string(Runner& r) {
   std::string_view open = r.m(1);
   std::string close = open.size() == 1 ? regex_escape(closing_delimiter(open[0])) : std::string(open);
   r.token(Tok::Operator);
   auto state = std::make_unique<State>();
   state->name = "q_string";
   StateBuilder(*state)
      .rule("(?m)(?:" + close + "[^']|[^" + close + "]'|[^" + close + "'])+", Tok::StrOther)
      .rule(close + "'", Tok::Operator, "#pop");
   r.push_owned(std::move(state));
}

Lexer make_plsql() {
   Lexer l("plsql");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(--.*)", Tok::CommentSingle)
      .rule(R"(/\*)", Tok::CommentMultiline, "multiline_comments")
      .rule(R"((?i)q'(.))", q_string)
      .rule(R"(')", Tok::Operator, "single_string")
      .rule(R"(")", Tok::Operator, "double_string")
      .rule(R"((?mi)(\$(?:IF|THEN|ELSE|ELSIF|ERROR|END|(?:\$\$?\w[\w\d]*)))(\s+))",
            {Tok::CommentPreproc, Tok::Text})
      .rule(R"([+-]?(?:(?:\.\d+(?:[eE][+-]?\d+)?)|\d+\.(?:\d+(?:[eE][+-]?\d+)?)?)[fFdD]?)", Tok::NumFloat)
      .rule(R"([+-]?\d+)", Tok::NumInteger)
      .rule(R"((?i)%(?:TYPE|ROWTYPE|FOUND|ISOPEN|NOTFOUND|ROWCOUNT)\b)", Tok::NameAttribute)
      .rule(R"(=>|\|\||\*\*|<<|>>|\.\.|<>|[:!~^<>]=|[-+%\/*=<>@&!^\[\]])", Tok::Operator)
      .rule(R"((?mi)(NOT|AND|OR|LIKE|BETWEEN|IN)(\s))", {Tok::OperatorWord, Tok::Text})
      .rule(R"((?mi)(IS)(\s+)(?:(NOT)(\s+))?(NULL\b))",
            {Tok::OperatorWord, Tok::Text, Tok::OperatorWord, Tok::Text, Tok::OperatorWord})
      .rule(R"(\.(?=\w))", Tok::Punctuation, "dotnames")
      .rule(R"([;:()\[\],.])", Tok::Punctuation)
      // "replace" here is no builtin function; likewise the MERGE words below
      .rule(R"((?mi)(create)(\s+)(?:(or)(\s+)(replace)(\s+))?(package|function|procedure|type))"
            R"((?:(\s+)(body))?(\s+)(\w[\w\d\$]*))",
            {Tok::KeywordReserved, Tok::Text, Tok::KeywordReserved, Tok::Text, Tok::KeywordReserved,
             Tok::Text, Tok::KeywordReserved, Tok::Text, Tok::KeywordReserved, Tok::Text, Tok::Name})
      .rule(R"((?mi)(when)(\s+)(?:(not)(\s+))?(matched)(\s+)(then)(\s+)(update|insert)\b)"
            R"((?:(\s+)(set)(\s+))?)",
            {Tok::KeywordReserved, Tok::Text, Tok::KeywordReserved, Tok::Text, Tok::KeywordReserved,
             Tok::Text, Tok::KeywordReserved, Tok::Text, Tok::KeywordReserved, Tok::Text,
             Tok::KeywordReserved, Tok::Text})
      .rule(R"((\w[\w\d\$]*)(\.(?=\w))?)", [](Runner& r) {
         const std::string word = upcase(r.m(1));
         Tok tok = Tok::Name;
         if (plsql_keywords_type().has(word)) tok = Tok::KeywordType;
         else if (plsql_keywords_func().has(word)) tok = Tok::NameFunction;
         else if (plsql_keywords_reserved().has(word)) tok = Tok::KeywordReserved;
         else if (plsql_keywords().has(word)) tok = Tok::Keyword;
         r.groups({tok, Tok::Punctuation});
         if (r.m(2) == ".") r.push("dotnames");
      });
   l.state("multiline_comments")
      .rule(R"((?m)([*][^\/]|[^*])+)", Tok::CommentMultiline)
      .rule(R"([*]\/)", Tok::CommentMultiline, "#pop");
   l.state("single_string")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"('')", Tok::StrEscape)
      .rule(R"(')", Tok::Operator, "#pop")
      .rule(R"((?m)[^\\']+)", Tok::StrSingle);
   l.state("double_string")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"("")", Tok::StrEscape)
      .rule(R"(")", Tok::Operator, "#pop")
      .rule(R"((?m)[^\\"]+)", Tok::NameVariable);
   l.state("dotnames")
      .rule(R"((\w[\w\d\$]*)(\.(?=\w)))", {Tok::Name, Tok::Punctuation})
      .rule(R"(\w[\w\d\$]*)", [](Runner& r) {
         // collection methods (COUNT, FIRST...) read as functions
         r.token(plsql_keywords_func().has(upcase(r.m())) ? Tok::NameFunction : Tok::Name);
         r.pop();
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& plsql_lexer() {
   static const Lexer lexer = make_plsql();
   return lexer;
}

}  // namespace jekyllpp::highlight
