// Small lexers for configuration and patch formats: nginx, diff.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string nginx_id = R"((?:[^\s$;{}()#]+))";

Lexer make_nginx() {
   Lexer l("nginx");
   l.state("root")
      .rule(R"((include)(\s+)([^\s;]+))", {Tok::Keyword, Tok::Text, Tok::Name})
      .rule(nginx_id, Tok::Keyword, "statement")
      .mixin("base");
   l.state("block")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .rule(nginx_id, Tok::KeywordNamespace, "statement")
      .mixin("base");
   l.state("statement")
      .rule(R"(\{)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop();
         r.push("block");
      })
      .rule(R"(;)", Tok::Punctuation, "#pop")
      .mixin("base");
   l.state("base")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*)", Tok::CommentSingle)
      .rule(R"((?:on|off)\b)", Tok::NameConstant)
      .rule(R"([$][\w-]+)", Tok::NameVariable)
      .rule(R"((?i)([a-z0-9.-]+)(:)([0-9]+))",
            {Tok::NameFunction, Tok::Punctuation, Tok::NumInteger})
      .rule(R"((?i)[a-z-]+/[a-z-]+)", Tok::NameClass)
      .rule(R"((?i)[0-9]+[kmg]?\b)", Tok::NumInteger)
      .rule(R"((~)(\s*)([^\s{]+))", {Tok::Punctuation, Tok::Text, Tok::StrRegex})
      .rule(R"([:=~])", Tok::Punctuation)
      .rule("/" + nginx_id + "?", Tok::Name)
      .rule(R"([^#\s;{}$\\]+)", Tok::Str)
      .rule(R"([$;])", Tok::Text);
   l.finish();
   return l;
}

Lexer make_diff() {
   Lexer l("diff");
   l.state("root")
      .rule(R"(^ .*$\n?)", Tok::Text)
      .rule(R"(^---$\n?)", Tok::Punctuation)
      .rule(R"(^[+>]+.*$\n?)", Tok::GenericInserted)
      .rule(R"(^\+.*$\n?)", Tok::GenericInserted)
      .rule(R"(^[-<]+.*$\n?)", Tok::GenericDeleted)
      .rule(R"(^!.*$\n?)", Tok::GenericStrong)
      .rule(R"(^([Ii]ndex|diff).*$\n?)", Tok::GenericHeading)
      .rule(R"(^(@@[^@]*@@)([^\n]*\n))", {Tok::Punctuation, Tok::Text})
      .rule(R"(^\w.*$\n?)", Tok::Punctuation)
      .rule(R"(^=.*$\n?)", Tok::GenericHeading)
      .rule(R"(\s.*$\n?)", Tok::Text);
   l.finish();
   return l;
}

}  // namespace

const Lexer& nginx_lexer() {
   static const Lexer lexer = make_nginx();
   return lexer;
}

const Lexer& diff_lexer() {
   static const Lexer lexer = make_diff();
   return lexer;
}

}  // namespace jekyllpp::highlight
