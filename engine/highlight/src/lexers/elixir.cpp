#include <algorithm>
#include <memory>
#include <string>

#include "lexers/delimiters.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// ~r/.../, ~w(...) and friends: a state made for the sigil's delimiters.
void sigil(Runner& r) {
   std::string_view kind = r.m(1);
   char delimiter = r.m(2)[0];
   std::string open = regex_escape(delimiter);
   std::string close = regex_escape(closing_delimiter(delimiter));
   bool interp = kind.size() == 1 && std::string_view("SRCW").find(kind[0]) != std::string::npos;
   Tok tok = Tok::StrOther;
   if (kind == "R" || kind == "r") {
      tok = Tok::StrRegex;
      r.push("regex_flags");
   }
   if (kind == "W" || kind == "w") r.push("list_flags");
   r.token(tok);
   auto state = std::make_unique<State>();
   state->name = "sigil";
   StateBuilder rules(*state);
   rules.rule(close, tok, "#pop");
   if (interp) {
      rules.mixin(r.lexer().get_state("interpoling"));
      rules.rule("#", tok);
   } else {
      rules.rule(R"([\\#])", tok);
   }
   std::string uniq = open + close;  // Ruby's String#squeeze
   uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
   rules.rule("(?m)[^#" + uniq + "\\\\]+", tok);
   r.push_owned(std::move(state));
}

Lexer make_elixir() {
   Lexer l("elixir");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(#.*$)", Tok::CommentSingle)
      .rule(R"(\b(case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|)"
            R"(defprotocol|defimpl|defrecord|defmacrop?|defdelegate|defexception|defguardp?|)"
            R"(defstruct|exit|raise|throw|after|rescue|catch|else)\b(?![?!])|)"
            R"((?<!\.)\b(do|\-\>)\b)",
            Tok::Keyword)
      .rule(R"(\b(import|require|use|recur|quote|unquote|super|refer)\b(?![?!]))",
            Tok::KeywordNamespace)
      .rule(R"((?<!\.)\b(and|not|or|when|xor|in)\b)", Tok::OperatorWord)
      .rule(R"(%=|\*=|\*\*=|\+=|\-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|)"
            R"(!~|(?=[\s])\?|(?<=[\s])!+|&(&&?|(?!\d))|\|\||\^|\*|\+|\-|/|\||\+\+|\-\-|\*\*|)"
            R"(\/\/|\<\-|\<\>|<<|>>|=|\.|~~~)",
            Tok::Operator)
      .rule(R"((?<!:)(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|\<\>|===?|>=?|<=?|<=>|&&?|%\(\)|)"
            R"(%\[\]|%\{\}|\+\+?|\-\-?|\|\|?|\!|//|[%&`/\|]|\*\*?|=?~|<\-)|)"
            R"(([a-zA-Z_]\w*([?!])?)(:)(?!:))",
            Tok::StrSymbol)
      .rule(R"(:")", Tok::StrSymbol, "interpoling_symbol")
      .rule(R"(\b(nil|true|false)\b(?![?!])|\b[A-Z]\w*\b)", Tok::NameConstant)
      .rule(R"(\b(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!]))", Tok::NameBuiltinPseudo)
      .rule(R"([a-zA-Z_!]\w*[!\?]?)", Tok::Name)
      .rule(R"(::|[%(){};,/\|:\\\[\]])", Tok::Punctuation)
      .rule(R"(@[a-zA-Z_]\w*|&\d)", Tok::NameVariable)
      .rule(R"(\b\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b)", Tok::NumFloat)
      .rule(R"(\b0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b)", Tok::NumHex)
      .rule(R"(\b0o[0-7](_?[0-7])*\b)", Tok::NumOct)
      .rule(R"(\b0b[01](_?[01])*\b)", Tok::NumBin)
      .rule(R"(\b\d(_?\d)*\b)", Tok::NumInteger)
      .mixin("strings")
      .mixin("sigil_strings");
   l.state("strings")
      .rule(R"((%[A-Ba-z])?"""(?:.|\n)*?""")", Tok::StrDoc)
      .rule(R"('''(?:.|\n)*?''')", Tok::StrDoc)
      .rule(R"(")", Tok::StrDouble, "dqs")
      .rule(R"(')", Tok::StrSingle, "sqs")
      .rule(R"((?<!\w)\?(\\(x\d{1,2}|[0-9a-fA-F]{1,2}(?![0-9a-fA-F])\b|0[0-7]{0,2}(?![0-7])\b)"
            R"([^x0MC])|(\\[MC]-)+\w|[^\s\\]))",
            Tok::StrOther);
   l.state("dqs")
      .mixin("escapes")
      .mixin("interpoling")
      .rule(R"([^#"\\]+)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"([#\\])", Tok::StrDouble);
   l.state("sqs")
      .mixin("escapes")
      .mixin("interpoling")
      .rule(R"([^#'\\]+)", Tok::StrSingle)
      .rule(R"(')", Tok::StrSingle, "#pop")
      .rule(R"([#\\])", Tok::StrSingle);
   l.state("interpoling").rule(R"(#\{)", Tok::StrInterpol, "interpoling_string");
   l.state("interpoling_string").rule(R"(\})", Tok::StrInterpol, "#pop").mixin("root");
   l.state("escapes")
      .rule(R"(\\x[0-9a-fA-F]{2})", Tok::StrEscape)
      .rule(R"(\\u\{?\d+\}?)", Tok::StrEscape)
      .rule(R"(\\[\\abdefnrstv0"'])", Tok::StrEscape);
   l.state("interpoling_symbol")
      .rule(R"(")", Tok::StrSymbol, "#pop")
      .mixin("interpoling")
      .rule(R"([^#"]+)", Tok::StrSymbol);
   // A sigil with no letter makes Rouge raise; jekyllpp lexes it as a plain sigil instead.
   l.state("sigil_strings").rule(R"(~([A-Za-z])?(\{|\[|\(|<|\||/|'|"))", sigil);
   l.state("regex_flags").rule(R"([fgimrsux]*)", Tok::StrRegex, "#pop");
   l.state("list_flags").rule(R"([csa]?)", Tok::StrOther, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& elixir_lexer() {
   static const Lexer lexer = make_elixir();
   return lexer;
}

}  // namespace jekyllpp::highlight
