// Rouge's PHP lexer: code between <?php ... ?>, the rest handed to the HTML lexer. Without
// options Rouge guesses where the code starts: at the first "<?php" / "<?=" when the text holds
// one, else at once (a bare snippet is PHP). Rouge's Hack lexer is a PHP subclass: more keywords,
// <?hh openers and HH_FIXME / UNSAFE comments.
#include <string>

#include "lexer_options.hpp"
#include "lexers/lexers.hpp"
#include "lexers/php_builtins.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"([\p{L}_][\p{L}\p{N}_]*)";
const std::string ns = "(?:" + id + R"(\\)+)";
const std::string id_with_ns = "(?:" + ns + ")?" + id;

const Words keywords(
   "old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__ "
   "__method__ __namespace__ __trait__ abstract and array as break case catch clone continue "
   "declare default die do echo else elseif empty enddeclare endfor endforeach endif endswitch "
   "endwhile eval exit extends final finally fn for foreach global goto if implements include "
   "include_once instanceof insteadof isset list match new or parent print private protected "
   "public readonly require require_once return self static switch throw try unset var while "
   "xor yield");
// Hack's additions; Rouge compares lower-cased words, so its Awaitable and Stringish never match.
const Words hack_keywords("type newtype enum as super async await vec dict keyset void int string bool float "
                          "double arraykey num");

bool is_keyword(std::string_view name, bool hack) { return keywords.has(name) || (hack && hack_keywords.has(name)); }

std::string lowercase(std::string_view text) {
   std::string out(text);
   for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
   return out;
}

// Whether `pattern` matches somewhere in `text` (Ruby's `=~`).
bool matches(const Regex& pattern, std::string_view text) {
   Match m;
   return pattern.match(text, 0, m);
}

// A bare name: what it is depends on the word and its letters' case.
void name_token(Runner& r, bool hack) {
   static const Regex error_constant(R"(^(E|PHP)(_\p{Lu}+)+$)", "", false);
   static const Regex constant(R"((\\|^)\p{Lu}[\p{Lu}\p{Nd}_]+$)", "", false);
   static const Regex class_name(R"((\\|^)\p{Lu}[\p{Alphabetic}\p{Nd}]*?$)", "", false);
   std::string_view word = r.m();
   std::string name = lowercase(word);
   if (name == "use") {
      r.push("in_use");
      r.token(Tok::KeywordNamespace);
   } else if (name == "const") {
      r.push("in_const");
      r.token(Tok::Keyword);
   } else if (name == "catch") {
      r.push("in_catch");
      r.token(Tok::Keyword);
   } else if (name == "public" || name == "protected" || name == "private") {
      r.push("in_visibility");
      r.token(Tok::Keyword);
   } else if (word == "stdClass") {
      r.token(Tok::NameClass);
   } else if (is_keyword(name, hack)) {
      r.token(Tok::Keyword);
   } else if (word.size() >= 4 && word.substr(0, 2) == "__" && word.substr(word.size() - 2) == "__") {
      r.token(Tok::NameBuiltin);
   } else if (matches(error_constant, word)) {
      r.token(Tok::KeywordConstant);
   } else if (matches(constant, word)) {
      r.token(Tok::NameConstant);
   } else if (matches(class_name, word)) {
      r.token(Tok::NameClass);
   } else {
      r.token(Tok::Name);
   }
}

// ?start_inline: true starts in PHP code, false in HTML until "<?php", unset guesses;
// ?funcnamehighlighting=0 shows builtin functions as other functions.
enum class StartInline { Yes, No, Guess };

Lexer make_php(const char* tag, StartInline start_inline, bool builtins) {
   const bool hack = std::string_view(tag) == "hack";
   Lexer l(tag);
   l.on_start([start_inline](Runner& r) {
      r.child(html_lexer()).reset();
      if (start_inline == StartInline::Yes) r.push("php");
      else if (start_inline == StartInline::Guess) r.push("start");
   });
   auto html = [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); };
   l.state("escape").rule(R"(\?>)", [](Runner& r) {
      r.token(Tok::CommentPreproc);
      r.reset_stack();
   });
   l.state("return").rule("", [](Runner& r) { r.pop(); });
   l.state("start")
      .rule(R"((?m)\s*(?=<))", [html](Runner& r) {
         html(r);
         r.pop();
      })
      .rule(R"((?i)[^$]+(?=<\?(php|=)))", [html](Runner& r) {
         html(r);
         r.pop();
      })
      .rule("", [](Runner& r) { r.go_to("php"); });
   l.state("names")
      .rule(id_with_ns + R"((?=\s*\())", [builtins, hack](Runner& r) {
         std::string name = lowercase(r.m());
         if (is_keyword(name, hack)) r.token(Tok::Keyword);
         else if (builtins && php_builtins().has(name)) r.token(Tok::NameBuiltin);
         else r.token(Tok::NameFunction);
      })
      .rule(id_with_ns, [hack](Runner& r) { name_token(r, hack); });
   l.state("operators").rule(R"([~!%^&*+\|:.<>\/@-]+)", Tok::Operator);
   l.state("string")
      .rule(R"(")", Tok::StrDouble, "#pop")
      .rule(R"([^\\{$"]+)", Tok::StrDouble)
      .rule(R"(\\u\{[0-9a-fA-F]+\})", Tok::StrEscape)
      .rule(R"(\\([efrntv\"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2}))", Tok::StrEscape)
      .rule(R"(\$)" + id + R"((\[\S+\]|->)" + id + ")?", Tok::NameVariable)
      .rule(R"(\{\$\{)", Tok::StrInterpol, "string_interp_double")
      .rule(R"(\{(?=\$))", Tok::StrInterpol, "string_interp_single")
      .rule(R"((\{)(\S+)(\}))", {Tok::StrInterpol, Tok::NameVariable, Tok::StrInterpol})
      .rule(R"([${\\]+)", Tok::StrDouble);
   l.state("string_interp_double").rule(R"(\}\})", Tok::StrInterpol, "#pop").mixin("php");
   l.state("string_interp_single").rule(R"(\})", Tok::StrInterpol, "#pop").mixin("php");
   l.state("values")
      .rule(R"((?im)<<<(["']?)()" + id + R"()\1\n.*?\n\s*\2;?)", Tok::StrHeredoc)
      .rule(R"((?i)(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?)", Tok::NumFloat)
      .rule(R"(0[0-7][0-7_]*)", Tok::NumOct)
      .rule(R"((?i)0b[01][01_]*)", Tok::NumBin)
      .rule(R"((?i)0x[a-f0-9][a-f0-9_]*)", Tok::NumHex)
      .rule(R"(\d[_\d]*)", Tok::NumInteger)
      .rule(R"('([^'\\]*(?:\\.[^'\\]*)*)')", Tok::StrSingle)
      .rule(R"(`([^`\\]*(?:\\.[^`\\]*)*)`)", Tok::StrBacktick)
      .rule(R"(")", Tok::StrDouble, "string")
      .rule(R"((?i)(function|fn)\b)", [](Runner& r) {
         r.push("in_function_return");
         r.push("in_function_params");
         r.push("in_function_name");
         r.token(Tok::Keyword);
      })
      .rule(R"((?i)(true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"((?i)new\b)", Tok::Keyword, "in_new");
   l.state("variables")
      .rule(R"(\$\{\$+)" + id + R"(\})", Tok::NameVariable)
      .rule(R"(\$+)" + id, Tok::NameVariable);
   l.state("whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(#.*?$)", Tok::CommentSingle)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"((?m)/\*\*(?!/).*?\*/)", Tok::CommentDoc)
      .rule(R"((?m)/\*.*?\*/)", Tok::CommentMultiline);
   if (hack) {
      l.state("root").rule(R"(<\?hh(\s*\/\/\s*(strict|decl|partial))?$)", Tok::CommentPreproc, "php");
      l.state("php")
         .rule(R"((/\*\s*)(HH_(?:IGNORE_ERROR|FIXME)\[\d+\])([^*]*)(\*/))",
               {Tok::CommentPreproc, Tok::CommentPreproc, Tok::CommentMultiline, Tok::CommentPreproc})
         .rule(R"(// UNSAFE(?:_EXPR|_BLOCK)?)", Tok::CommentPreproc)
         .rule(R"(/\*\s*UNSAFE_EXPR\s*\*/)", Tok::CommentPreproc);
   }
   l.state("root")
      .rule(R"((?i)<\?(php|=)?)", Tok::CommentPreproc, "php")
      .rule(R"((?m).*?(?=<\?)|.*)", html);
   l.state("php")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("variables")
      .mixin("values")
      .rule(R"((?ix)(namespace) (\s+) ()" + id_with_ns + ")",
            {Tok::KeywordNamespace, Tok::Text, Tok::NameNamespace})
      .rule(R"((?ix)(class|interface|trait|extends|implements) (\s+) ()" + id_with_ns + ")",
            {Tok::KeywordDeclaration, Tok::Text, Tok::NameClass})
      .mixin("names")
      .rule(R"([;,\(\)\{\}\[\]])", Tok::Punctuation)
      .mixin("operators")
      .rule(R"([=?])", Tok::Operator);
   l.state("in_assign")
      .rule(R"(,)", Tok::Punctuation, "#pop")
      .rule(R"([\[\]])", Tok::Punctuation)
      .rule(R"(\()", Tok::Punctuation, "in_assign_function")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("values")
      .mixin("variables")
      .mixin("names")
      .mixin("operators")
      .mixin("return");
   l.state("in_assign_function")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation)
      .mixin("in_assign");
   l.state("in_catch")
      .rule(R"(\()", Tok::Punctuation)
      .rule(R"(\|)", Tok::Operator)
      .rule(id, Tok::NameClass)
      .mixin("escape")
      .mixin("whitespace")
      .mixin("return");
   l.state("in_const")
      .rule(id, Tok::NameConstant)
      .rule(R"(=)", Tok::Operator, "in_assign")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("return");
   l.state("in_function_body")
      .rule(R"(\{)", Tok::Punctuation, "#push")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .mixin("php");
   l.state("in_function_name")
      .rule(R"(&)", Tok::Operator)
      .rule(id, Tok::Name)
      .rule(R"(\()", Tok::Punctuation, "#pop")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("return");
   l.state("in_function_params")
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([.]{3})", Tok::Punctuation)
      .rule(R"(=)", Tok::Operator, "in_assign")
      .rule(R"((?i)\b(?:public|protected|private|readonly)\b)", Tok::Keyword)
      .rule(R"(\??)" + id, Tok::KeywordType, "in_assign")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("variables")
      .mixin("return");
   l.state("in_function_return")
      .rule(R"(:)", Tok::Punctuation)
      .rule(R"((?i)use\b)", Tok::Keyword, "in_function_use")
      .rule(R"(\??)" + id, Tok::KeywordType, "in_assign")
      .rule(R"(\{)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("in_function_body");
      })
      .mixin("escape")
      .mixin("whitespace")
      .mixin("return");
   l.state("in_function_use")
      .rule(R"([,\(])", Tok::Punctuation)
      .rule(R"(&)", Tok::Operator)
      .rule(R"(\))", Tok::Punctuation, "#pop")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("variables")
      .mixin("return");
   l.state("in_new")
      .rule(R"((?i)class\b)", [](Runner& r) {
         r.token(Tok::KeywordDeclaration);
         r.go_to("in_new_class");
      })
      .rule(id_with_ns, Tok::NameClass, "#pop")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("return");
   l.state("in_new_class")
      .rule(R"(\})", Tok::Punctuation, "#pop")
      .rule(R"(\{)", Tok::Punctuation)
      .mixin("php");
   l.state("in_use")
      .rule(R"([,\}])", Tok::Punctuation)
      .rule(R"((?i)(function|const)\b)", Tok::Keyword)
      .rule("(" + ns + R"()(\{))", {Tok::NameNamespace, Tok::Punctuation})
      .rule(id_with_ns + "(_" + id + ")+", Tok::NameFunction)
      .mixin("escape")
      .mixin("whitespace")
      .mixin("names")
      .mixin("return");
   l.state("in_visibility")
      .rule(R"((?i)\b(?:readonly|static)\b)", Tok::Keyword)
      .rule(R"((?i)(?=(abstract|const|function)\b))", Tok::Keyword, "#pop")
      .rule(R"(\??)" + id, Tok::KeywordType, "#pop")
      .mixin("escape")
      .mixin("whitespace")
      .mixin("return");
   l.finish();
   return l;
}

}  // namespace

const Lexer& php_lexer() {
   static const Lexer lexer = make_php("php", StartInline::Guess, true);
   return lexer;
}

const Lexer& hack_lexer() {
   static const Lexer lexer = make_php("hack", StartInline::Guess, true);
   return lexer;
}

// ?disabledmodules is not read: jekyllpp keeps PHP's builtins as one list, not per module.
Lexer php_lexer_with(const char* tag, const LexerOptions& options) {
   StartInline start = !options.has("start_inline")            ? StartInline::Guess
                       : options.as_bool("start_inline", false) ? StartInline::Yes
                                                                : StartInline::No;
   return make_php(tag, start, options.as_bool("funcnamehighlighting", true));
}

}  // namespace jekyllpp::highlight
