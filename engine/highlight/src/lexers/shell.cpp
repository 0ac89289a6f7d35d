#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

constexpr const char* keywords =
   "if|fi|else|while|do|done|for|then|return|function|select|continue|until|esac|elif|in";

constexpr const char* builtins =
   "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|enable|"
   "eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|let|local|logout|mapfile|"
   "popd|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|"
   "typeset|ulimit|umask|unalias|unset|wait|"
   "cat|tac|nl|od|base32|base64|fmt|pr|fold|head|tail|split|csplit|wc|sum|cksum|b2sum|md5sum|"
   "sha1sum|sha224sum|sha256sum|sha384sum|sha512sum|sort|shuf|uniq|comm|ptx|tsort|cut|paste|"
   "join|tr|expand|unexpand|ls|dir|vdir|dircolors|cp|dd|install|mv|rm|shred|link|ln|mkdir|"
   "mkfifo|mknod|readlink|rmdir|unlink|chown|chgrp|chmod|touch|df|du|stat|sync|truncate|echo|"
   "printf|yes|expr|tee|basename|dirname|pathchk|mktemp|realpath|pwd|stty|printenv|tty|id|"
   "logname|whoami|groups|users|who|date|arch|nproc|uname|hostname|hostid|uptime|chcon|runcon|"
   "chroot|env|nice|nohup|stdbuf|timeout|kill|sleep|factor|numfmt|seq|tar|grep|sudo|awk|sed|"
   "gzip|gunzip";

Lexer make_shell() {
   Lexer l("shell");
   l.state("basic")
      .rule(R"(#.*$)", Tok::Comment)
      .rule(std::string(R"(\b()") + keywords + R"()\s*\b)", Tok::Keyword)
      .rule(R"(\bcase\b)", Tok::Keyword, "case")
      .rule(std::string(R"(\b()") + builtins + R"()\s*\b(?!(\.|-)))", Tok::NameBuiltin)
      .rule(R"([.](?=\s))", Tok::NameBuiltin)
      .rule(R"((\b\w+)(=))", {Tok::NameVariable, Tok::Operator})
      .rule(R"([\[\]{}()!=>])", Tok::Operator)
      .rule(R"(&&|\|\|)", Tok::Operator)
      .rule(R"(<<<)", Tok::Operator)
      .rule(R"((<<-?)(\s*)(['"]?)(\\?)(\w+)(\3))", [](Runner& r) {
         r.groups({Tok::Operator, Tok::Text, Tok::StrHeredoc, Tok::StrHeredoc, Tok::NameConstant,
                   Tok::StrHeredoc});
         r.str = r.m(5);
         r.push("heredoc");
      });
   l.state("heredoc")
      .rule(R"(\n)", Tok::StrHeredoc, "heredoc_nl")
      .rule(R"([^$\n\\]+)", Tok::StrHeredoc)
      .mixin("interp")
      .rule(R"([$])", Tok::StrHeredoc);
   l.state("heredoc_nl")
      .rule(R"(\s*(\w+)\s*\n)", [](Runner& r) {
         if (r.m(1) == r.str) {
            r.token(Tok::NameConstant);
            r.pop(2);
         } else {
            r.token(Tok::StrHeredoc);
         }
      })
      .rule(R"()", [](Runner& r) { r.pop(); });
   l.state("double_quotes")
      .rule(R"((?:\$#?)?")", Tok::StrDouble, "#pop")
      .mixin("interp")
      .rule(R"([^"`\\$]+)", Tok::StrDouble);
   l.state("ansi_string")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"([^\\']+)", Tok::StrSingle)
      .mixin("single_quotes");
   l.state("single_quotes")
      .rule(R"(')", Tok::StrSingle, "#pop")
      .rule(R"([^']+)", Tok::StrSingle);
   l.state("data")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(\$?")", Tok::StrDouble, "double_quotes")
      .rule(R"(\$')", Tok::StrSingle, "ansi_string")
      .rule(R"(')", Tok::StrSingle, "single_quotes")
      .rule(R"(\*)", Tok::Keyword)
      .rule(R"(;)", Tok::Punctuation)
      .rule(R"(--?[\w-]+)", Tok::NameTag)
      .rule(R"([^=\*\s{}()$"'`;\\<]+)", Tok::Text)
      .rule(R"(\d+(?= |\Z))", Tok::Num)
      .rule(R"(<)", Tok::Text)
      .mixin("interp");
   l.state("curly")
      .rule(R"(})", Tok::Keyword, "#pop")
      .rule(R"(:-)", Tok::Keyword)
      .rule(R"([a-zA-Z0-9_]+)", Tok::NameVariable)
      .rule(R"([^}:"`'$]+)", Tok::Punctuation)
      .mixin("root");
   l.state("paren_interp")
      .rule(R"(\))", Tok::StrInterpol, "#pop")
      .rule(R"(\()", Tok::Operator, "paren_inner")
      .mixin("root");
   l.state("paren_inner")
      .rule(R"(\()", Tok::Operator, "#push")
      .rule(R"(\))", Tok::Operator, "#pop")
      .mixin("root");
   l.state("math")
      .rule(R"(\)\))", Tok::Keyword, "#pop")
      .rule(R"([-+*/%^|&!]|\*\*|\|\|)", Tok::Operator)
      .rule(R"(\d+(#\w+)?)", Tok::Num)
      .mixin("root");
   l.state("case")
      .rule(R"(\besac\b)", Tok::Keyword, "#pop")
      .rule(R"(\|)", Tok::Punctuation)
      .rule(R"(\))", Tok::Punctuation, "case_stanza")
      .mixin("root");
   l.state("case_stanza")
      .rule(R"(;;)", Tok::Punctuation, "#pop")
      .mixin("root");
   l.state("backticks")
      .rule(R"(`)", Tok::StrBacktick, "#pop")
      .mixin("root");
   l.state("interp")
      .rule(R"(\\$)", Tok::StrEscape)
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(\$\(\()", Tok::Keyword, "math")
      .rule(R"(\$\()", Tok::StrInterpol, "paren_interp")
      .rule(R"(\$\{#?)", Tok::Keyword, "curly")
      .rule(R"(`)", Tok::StrBacktick, "backticks")
      .rule(R"(\$#?(\w+|.))", Tok::NameVariable)
      .rule(R"(\$[*@])", Tok::NameVariable);
   l.state("root").mixin("basic").mixin("data");
   l.finish();
   return l;
}

}  // namespace

const Lexer& shell_lexer() {
   static const Lexer lexer = make_shell();
   return lexer;
}

}  // namespace jekyllpp::highlight
