// Rouge's MoonScript lexer: Lua's builtins, @instance names, key: symbols and "#{interpolated}"
// strings.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/lua_builtins.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string ident = R"((?:\w\w*))";

Lexer make_moonscript() {
   Lexer l("moonscript");
   l.state("root")
      .rule(R"(#!(.*?)$)", Tok::CommentPreproc)
      .rule("", Tok::Text, "main");
   l.state("base")
      .rule(R"((?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?')", Tok::NumFloat)
      .rule(R"((?i)\d+e[+-]?\d+)", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f]*)", Tok::NumHex)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule("@" + ident + "*", Tok::NameVariableInstance)
      .rule(R"([A-Z]\w*)", Tok::NameClass)
      .rule(R"("?[^"]+":)", Tok::StrSymbol)
      .rule(ident + ":", Tok::StrSymbol)
      .rule(":" + ident, Tok::StrSymbol)
      .rule(R"(\s+)", Tok::Whitespace)
      .rule(R"((==|~=|!=|<=|>=|\.\.\.|\.\.|->|=>|[=+\-*/%^<>#!\\]))", Tok::Operator)
      .rule(R"([\[\]\{\}\(\)\.,:;])", Tok::Punctuation)
      .rule(R"((and|or|not)\b)", Tok::OperatorWord)
      .rule(R"((break|class|continue|do|else|elseif|end|extends|for|if|import|in|repeat|return|)"
            R"(switch|super|then|unless|until|using|when|with|while)\b)",
            Tok::Keyword)
      .rule(R"((local|export)\b)", Tok::KeywordDeclaration)
      .rule(R"((true|false|nil)\b)", Tok::KeywordConstant)
      .rule(R"([A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?)", [](Runner& r) {
         std::string_view name = r.m();
         std::size_t dot = name.find('.');
         if (lua_builtin_names().has(name)) {
            r.token(Tok::NameBuiltin);
         } else if (dot != std::string_view::npos) {
            r.token(Tok::Name, name.substr(0, dot));
            r.token(Tok::Punctuation, ".");
            r.token(Tok::Name, name.substr(dot + 1));
         } else {
            r.token(Tok::Name);
         }
      });
   l.state("main")
      .rule(R"(--.*$)", Tok::CommentSingle)
      .rule(R"((?m)\[(=*)\[.*?\]\1\])", Tok::StrHeredoc)
      .mixin("base")
      .rule(R"(')", Tok::StrSingle, "sqs")
      .rule(R"(")", Tok::StrDouble, "dqs");
   l.state("sqs").rule(R"(')", Tok::StrSingle, "#pop").rule(R"([^']+)", Tok::StrSingle);
   l.state("interpolation").rule(R"(\})", Tok::StrInterpol, "#pop").mixin("base");
   l.state("dqs")
      .rule(R"(#\{)", Tok::StrInterpol, "interpolation")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"(#[^{])", Tok::StrDouble)
      .rule(R"([^"#]+)", Tok::StrDouble);
   l.finish();
   return l;
}

}  // namespace

const Lexer& moonscript_lexer() {
   static const Lexer lexer = make_moonscript();
   return lexer;
}

}  // namespace jekyllpp::highlight
