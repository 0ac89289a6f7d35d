// Rouge's Common Lisp lexer (also Rouge's lexer for Emacs Lisp): "(" opens a nested root state
// that ")" closes, a symbol is told apart by Common Lisp's word lists.
#include <string>

#include "lexers/common_lisp_words.hpp"
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge interpolates these as regexps of their own, which keep their flags and grouping.
std::string own(const std::string& pattern) { return "(?-six:" + pattern + ")"; }

const std::string nonmacro = own(R"(\\.|[a-zA-Z0-9!$%&*+-\/<=>?@\[\]^_{}~])");
const std::string constituent = own(nonmacro + "|[#.:]");
const std::string terminated = own(R"((?=[ "'()\n,;`]))");
const std::string symbol = own(R"((\|[^\|]+\||)" + nonmacro + constituent + "*)");

void symbol_token(Runner& r) {
   namespace w = common_lisp_words;
   static const Words functions(w::builtin_functions), special_forms(w::special_forms),
      macros(w::macros), lambda_list_keywords(w::lambda_list_keywords),
      declarations(w::declarations), types(w::builtin_types), classes(w::builtin_classes);
   std::string_view sym = r.m();
   if (functions.has(sym)) r.token(Tok::NameBuiltin);
   else if (special_forms.has(sym)) r.token(Tok::Keyword);
   else if (macros.has(sym)) r.token(Tok::NameBuiltin);
   else if (lambda_list_keywords.has(sym) || declarations.has(sym)) r.token(Tok::Keyword);
   else if (types.has(sym)) r.token(Tok::KeywordType);
   else if (classes.has(sym)) r.token(Tok::NameClass);
   else r.token(Tok::NameVariable);
}

Lexer make_common_lisp() {
   Lexer l("common_lisp");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(;.*$)", Tok::CommentSingle)
      .rule(R"(#\|)", Tok::CommentMultiline, "multiline_comment")
      .rule(R"(#\d*Y.*$)", Tok::CommentSpecial)
      .rule(R"("(\\.|[^"\\])*")", Tok::Str)
      .rule("[:']" + symbol, Tok::StrSymbol)
      .rule(R"(['`])", Tok::Operator)
      .rule(R"([-+]?\d+\.?)" + terminated, Tok::NumInteger)
      .rule(R"([-+]?\d+/\d+)" + terminated, Tok::NumInteger)
      .rule(R"([-+]?(\d*\.\d+([defls][-+]?\d+)?|\d+(\.\d*)?[defls][-+]?\d+))" + terminated,
            Tok::NumFloat)
      .rule(R"(#\\.)" + terminated, Tok::StrChar)
      .rule(R"(#\\)" + symbol, Tok::StrChar)
      .rule(R"(#\()", Tok::Operator, "root")
      .rule(R"(#\d*\*[01]*)", Tok::Other)
      .rule("#:" + symbol, Tok::StrSymbol)
      .rule(R"(#[.,])", Tok::Operator)
      .rule(R"(#')", Tok::NameFunction)
      .rule(R"((?i)#b[+-]?[01]+(\/[01]+)?)", Tok::Num)
      .rule(R"((?i)#o[+-]?[0-7]+(\/[0-7]+)?)", Tok::NumOct)
      .rule(R"((?i)#x[+-]?[0-9a-f]+(\/[0-9a-f]+)?)", Tok::Num)
      .rule(R"((?i)(#c)(\())", {Tok::Num, Tok::Punctuation}, "root")
      .rule(R"((?i)(#(?:\d+a|s))(\())", {Tok::StrOther, Tok::Punctuation}, "root")
      .rule(R"((?i)#p?"(\\.|[^"])*")", Tok::StrSymbol)
      .rule(R"(#\d+[=#])", Tok::Operator)
      .rule("#+nil" + terminated + R"(\s*\()", Tok::Comment, "commented_form")
      .rule(R"(#[+-])", Tok::Operator)
      .rule(R"((,@|,|\.))", Tok::Operator)
      .rule("(t|nil)" + terminated, Tok::NameConstant)
      .rule(R"(\*)" + symbol + R"(\*)", Tok::NameVariableGlobal)
      .rule(symbol, symbol_token)
      .rule(R"(\()", Tok::Punctuation, "root")
      .rule(R"(\))", [](Runner& r) {
         // A ")" with nothing open is an error; else it closes the innermost form.
         if (r.depth() == 1) {
            r.token(Tok::Error);
         } else {
            r.token(Tok::Punctuation);
            r.pop();
         }
      });
   l.state("multiline_comment")
      .rule(R"(#\|)", Tok::CommentMultiline, "multiline_comment")
      .rule(R"(\|#)", Tok::CommentMultiline, "#pop")
      .rule(R"([^\|#]+)", Tok::CommentMultiline)
      .rule(R"([\|#])", Tok::CommentMultiline);
   l.state("commented_form")
      .rule(R"(\()", Tok::Comment, "commented_form")
      .rule(R"(\))", Tok::Comment, "#pop")
      .rule(R"([^()]+)", Tok::Comment);
   l.finish();
   return l;
}

}  // namespace

const Lexer& common_lisp_lexer() {
   static const Lexer lexer = make_common_lisp();
   return lexer;
}

}  // namespace jekyllpp::highlight
