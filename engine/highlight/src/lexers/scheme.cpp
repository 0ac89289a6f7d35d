// Rouge's Scheme lexer.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "lambda define if else cond and or case let let* letrec begin do delay set! => quote "
   "quasiquote unquote unquote-splicing define-syntax let-syntax letrec-syntax syntax-rules");
const Words builtins(
   "* + - / < <= = > >= abs acos angle append apply asin assoc assq assv atan boolean? caaaar "
   "caaadr caaar caadar caaddr caadr caar cadaar cadadr cadar caddar cadddr caddr cadr "
   "call-with-current-continuation call-with-input-file call-with-output-file call-with-values "
   "call/cc car cdaaar cdaadr cdaar cdadar cdaddr cdadr cdar cddaar cddadr cddar cdddar cddddr "
   "cdddr cddr cdr ceiling char->integer char-alphabetic? char-ci<=? char-ci<? char-ci=? "
   "char-ci>=? char-ci>? char-downcase char-lower-case? char-numeric? char-ready? char-upcase "
   "char-upper-case? char-whitespace? char<=? char<? char=? char>=? char>? char? "
   "close-input-port close-output-port complex? cons cos current-input-port "
   "current-output-port denominator display dynamic-wind eof-object? eq? equal? eqv? eval even? "
   "exact->inexact exact? exp expt floor for-each force gcd imag-part inexact->exact inexact? "
   "input-port? integer->char integer? interaction-environment lcm length list list->string "
   "list->vector list-ref list-tail list? load log magnitude make-polar make-rectangular "
   "make-string make-vector map max member memq memv min modulo negative? newline not "
   "null-environment null? number->string number? numerator odd? open-input-file "
   "open-output-file output-port? pair? peek-char port? positive? procedure? quotient rational? "
   "rationalize read read-char real-part real? remainder reverse round "
   "scheme-report-environment set-car! set-cdr! sin sqrt string string->list string->number "
   "string->symbol string-append string-ci<=? string-ci<? string-ci=? string-ci>=? string-ci>? "
   "string-copy string-fill! string-length string-ref string-set! string<=? string<? string=? "
   "string>=? string>? string? substring symbol->string symbol? tan transcript-off "
   "transcript-on truncate values vector vector->list vector-fill! vector-length vector-ref "
   "vector-set! vector? with-input-from-file with-output-to-file write write-char zero?");

const std::string id = R"((?i:[a-z0-9!$\%&*+,\/:<=>?@^_~|-]+))";

Lexer make_scheme() {
   Lexer l("scheme");
   l.state("root")
      .rule(R"(;.*$)", Tok::CommentSingle)
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(-?\d+\.\d+)", Tok::NumFloat)
      .rule(R"(-?\d+)", Tok::NumInteger)
      .rule(R"([+-]inf[.][f0])", Tok::Num)
      .rule(R"(#b[01]+)", Tok::NumBin)
      .rule(R"(#o[0-7]+)", Tok::NumOct)
      .rule(R"(#d[0-9]+)", Tok::NumInteger)
      .rule(R"((?i)#x[0-9a-f]+)", Tok::NumHex)
      .rule(R"(#[ei][\d.]+)", Tok::NumOther)
      .rule(R"~("(\\\\|\\"|[^"])*")~", Tok::Str)
      .rule("'" + id, Tok::StrSymbol)
      .rule(R"~((?i)#\\([()\/'"._!\$%& ?=+-]{1}|[a-z0-9]+))~", Tok::StrChar)
      .rule(R"(#t|#f)", Tok::NameConstant)
      .rule(R"((?:'|#|`|,@|,|\.))", Tok::Operator)
      .rule(R"((?m)(['#])(\s*)(\())", {Tok::StrSymbol, Tok::Text, Tok::Punctuation})
      .rule(R"(\(|\[)", Tok::Punctuation, "command")
      .rule(R"(\)|\])", Tok::Punctuation)
      .rule(id, Tok::NameVariable);
   l.state("command")
      .rule(id, [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (builtins.has(r.m())) r.token(Tok::NameBuiltin);
         else r.token(Tok::NameFunction);
         r.pop();
      })
      .rule("", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& scheme_lexer() {
   static const Lexer lexer = make_scheme();
   return lexer;
}

}  // namespace jekyllpp::highlight
