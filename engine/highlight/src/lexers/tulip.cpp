// Rouge's Tulip lexer: @keywords, \functions and +decorators (with {nested strings}), "{ }"
// interpolated strings, flags, -labels and <type annotations>.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?i:[a-z][\w-]*))";

Lexer make_tulip() {
   Lexer l("tulip");
   l.state("comments_and_whitespace").rule(R"(\s+)", Tok::Text).rule(R"(#.*?$)", Tok::Comment);
   l.state("root")
      .mixin("comments_and_whitespace")
      .rule("@" + id, Tok::Keyword)
      .rule(R"((\\)" + id + ")([{])", [](Runner& r) {
         r.groups({Tok::NameFunction, Tok::Str});
         r.push("nested_string");
      })
      .rule("([+]" + id + ")([{])", [](Runner& r) {
         r.groups({Tok::NameDecorator, Tok::Str});
         r.push("nested_string");
      })
      .rule(R"(\\)" + id, Tok::NameFunction)
      .rule("[+]" + id, Tok::NameDecorator)
      .rule(R"("[{])", Tok::Str, "dqi")
      .rule(R"(")", Tok::Str, "dq")
      .rule(R"('\{)", Tok::Str, "nested_string")
      .rule("'" + id, Tok::Str)
      .rule("[.]" + id, Tok::NameTag)
      .rule("[$]" + id + "?", Tok::NameVariable)
      .rule("-" + id + ":?", Tok::NameLabel)
      .rule("%" + id, Tok::NameFunction)
      .rule("`" + id, Tok::OperatorWord)
      .rule(R"([?~%._>,!\[\]:{}()=;\/-])", Tok::Punctuation)
      .rule(R"([0-9]+([.][0-9]+)?)", Tok::Num)
      .rule(id, Tok::Name)
      .rule(R"(<)", Tok::CommentPreproc, "angle_brackets");
   l.state("dq")
      .rule(R"([^\\"]+)", Tok::Str)
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\.)", Tok::StrEscape);
   l.state("dqi")
      .rule(R"([$][(])", Tok::StrInterpol, "interp_root")
      .rule(R"([{])", Tok::Str, "dqi")
      .rule(R"([}])", Tok::Str, "#pop")
      .rule(R"([^{}$]+)", Tok::Str)
      .rule(R"(.)", Tok::Str);
   l.state("interp_root").rule(R"([)])", Tok::StrInterpol, "#pop").mixin("interp");
   l.state("interp")
      .rule(R"([(])", Tok::Punctuation, "interp")
      .rule(R"([)])", Tok::Punctuation, "#pop")
      .mixin("root");
   l.state("nested_string")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(\{)", Tok::Str, "nested_string")
      .rule(R"(\})", Tok::Str, "#pop")
      .rule(R"([^{}\\]+)", Tok::Str);
   l.state("angle_brackets")
      .mixin("comments_and_whitespace")
      .rule(R"(>)", Tok::CommentPreproc, "#pop")
      .rule(R"([*:])", Tok::Punctuation)
      .rule(R"([A-Z][\w-]*)", Tok::KeywordType)
      .rule(id, Tok::NameVariable);
   l.finish();
   return l;
}

}  // namespace

const Lexer& tulip_lexer() {
   static const Lexer lexer = make_tulip();
   return lexer;
}

}  // namespace jekyllpp::highlight
