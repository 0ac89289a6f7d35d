// Lexers for build descriptions: Dockerfile and Makefile. Both hand shell commands to the shell
// lexer.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string docker_keywords =
   "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|"
   "STOPSIGNAL|HEALTHCHECK|SHELL";

Lexer make_docker() {
   Lexer l("docker");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"((?i)^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*))",
            {Tok::Keyword, Tok::Whitespace, Tok::Str, Tok::Whitespace, Tok::Keyword,
             Tok::Whitespace, Tok::Str})
      .rule(R"((?i)^(ONBUILD)(\s+)()" + docker_keywords + R"()(.*))",
            {Tok::Keyword, Tok::Whitespace, Tok::Keyword, Tok::Str})
      .rule("(?i)^(" + docker_keywords + R"()\b(.*))", {Tok::Keyword, Tok::Str})
      .rule(R"(#.*?$)", Tok::Comment)
      .rule(R"((?i)^(ONBUILD\s+)?RUN(\s+))", [](Runner& r) {
         r.token(Tok::Keyword);
         r.push("run");
         r.child(shell_lexer()).reset();
      })
      .rule(R"(\w+)", Tok::Text)
      .rule(R"([^\w]+)", Tok::Text)
      .rule(R"(.)", Tok::Text);
   l.state("run")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"((?m)\\.)", Tok::StrEscape)
      .rule(R"((\\.|[^\n\\])+)", [](Runner& r) { r.delegate(r.child(shell_lexer()), r.m()); });
   l.finish();
   return l;
}

void to_shell(Runner& r) { r.delegate(r.child(shell_lexer()), r.m()); }

const std::string make_stop = R"((?:\$\(|\$\{|\(|\)|\}|\\|$))";

Lexer make_make() {
   Lexer l("make");
   l.on_start([](Runner& r) { r.child(shell_lexer()).reset(); });
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*?\n)", Tok::Comment)
      .rule(R"(([-s]?include)((?:[\t ]+[^\t\n #]+)+))", {Tok::Keyword, Tok::StrOther})
      .rule(R"((ifn?def|ifn?eq)([\t ]+)([^#\n]+))", {Tok::Keyword, Tok::Text, Tok::NameVariable})
      .rule(R"((?:else|endif)[\t ]*(?=[#\n]))", Tok::Keyword)
      .rule(R"((export)([\t ]+)(?=[\w\${}()\t -]+\n))", {Tok::Keyword, Tok::Text}, "export")
      .rule(R"(export[\t ]+)", Tok::Keyword)
      .rule(R"((?m)([\w${}().-]+)([\t ]*)([!?:+]?=))",
            {Tok::NameVariable, Tok::Text, Tok::Operator}, "shell_line")
      .rule(R"("(\\\\|\\.|[^"\\])*")", Tok::StrDouble)
      .rule(R"('(\\\\|\\.|[^'\\])*')", Tok::StrSingle)
      .rule(R"(([^\n:]+)(:+)([ \t]*))", {Tok::NameLabel, Tok::Operator, Tok::Text},
            "block_header");
   l.state("export")
      .rule(R"([\w\${}()-])", Tok::NameVariable)
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"([\t ]+)", Tok::Text);
   l.state("block_header")
      .rule(R"([^,\\\n#]+)", Tok::NameFunction)
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"(#.*?)", Tok::Comment)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"(\\.)", Tok::Text)
      .rule(R"(\n)", [](Runner& r) {
         r.token(Tok::Text);
         r.go_to("block_body");
      });
   l.state("block_body")
      .rule(R"((ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n))",
            {Tok::Keyword, Tok::Text, Tok::NameVariable, Tok::Comment, Tok::Text})
      .rule(R"((else|endif)([\t ]*)(#.*)?(\n))", {Tok::Keyword, Tok::Text, Tok::Comment, Tok::Text})
      .rule(R"((\t[\t ]*)([@-]?))", {Tok::Text, Tok::Punctuation}, "shell_line")
      .rule("", [](Runner& r) {
         r.child(shell_lexer()).reset();
         r.pop();
      });
   l.state("shell")
      .rule(R"((?i)\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}])", Tok::NameVariable)
      .rule(R"((?m)(\$[({])([\t ]*)(abspath|addprefix|addsuffix|and|basename|call|dir|error|)"
            R"(eval|file|filter|filter-out|findstring|firstword|flavor|foreach|if|join|lastword|)"
            R"(notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value|warning|)"
            R"(wildcard|word|wordlist|words)([\t ]+))",
            {Tok::NameFunction, Tok::Text, Tok::NameBuiltin, Tok::Text}, "shell_expr")
      .rule(R"((?m)\\.)", to_shell)
      .rule("(?m).+?(?=" + make_stop + ")", to_shell)
      .rule(make_stop, to_shell);
   l.state("shell_expr")
      .rule(R"([({])", [](Runner& r) {
         to_shell(r);
         r.push_self();
      })
      .rule(R"([)}])", Tok::NameFunction, "#pop")
      .mixin("shell");
   l.state("shell_line").rule(R"(\n)", Tok::Text, "#pop").mixin("shell");
   l.finish();
   return l;
}

}  // namespace

const Lexer& docker_lexer() {
   static const Lexer lexer = make_docker();
   return lexer;
}

const Lexer& make_lexer() {
   static const Lexer lexer = make_make();
   return lexer;
}

}  // namespace jekyllpp::highlight
