// Rouge's Idris lexer: Haskell-like, with % directives, ||| doc comments, Prelude types, classes
// and functions, and [name| quasiquotes |].
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const char* const reserved_keywords =
   "_ data class instance namespace infix[lr]? let where of with type do if then else case in";
const char* const ascii =
   "NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB CAN EM SUB ESC "
   "[FGRU]S SP DEL";
const char* const prelude_functions =
   "abs acos all and any asin atan atan2 break ceiling compare concat concatMap const cos cosh "
   "curry cycle div drop dropWhile elem encodeFloat enumFrom enumFromThen enumFromThenTo "
   "enumFromTo exp fail filter flip floor foldl foldl1 foldr foldr1 fromInteger fst gcd getChar "
   "getLine head id init iterate last lcm length lines log lookup map max maxBound maximum maybe "
   "min minBound minimum mod negate not null or pi pred print product putChar putStr putStrLn "
   "readFile recip repeat replicate return reverse scanl scanl1 sequence sequence_ show sin sinh "
   "snd span splitAt sqrt succ sum tail take takeWhile tan tanh uncurry unlines unwords unzip "
   "unzip3 words writeFile zip zip3 zipWith zipWith3";

// The nested {- -} comment states, with `tok` as their token.
void add_comment(Lexer& l, const char* name, Tok tok) {
   l.state(name)
      .rule(R"(-\})", tok, "#pop")
      .rule(R"(\{-)", tok, "comment")
      .rule(R"([^-{}]+)", tok)
      .rule(R"([-{}])", tok);
}

Lexer make_idris() {
   Lexer l("idris");
   l.state("basic")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(\{-#)", Tok::CommentPreproc, "comment_preproc")
      .rule(R"(\{-)", Tok::CommentMultiline, "comment")
      .rule(R"(^\|\|\|.*$)", Tok::CommentDoc)
      .rule(R"(--(?![!#\$\%&*+.\/<=>?@\^\|_~]).*?$)", Tok::CommentSingle);
   add_comment(l, "comment", Tok::CommentMultiline);
   add_comment(l, "comment_preproc", Tok::CommentPreproc);
   l.state("directive")
      .rule(R"(\%(default)\s+(total|partial))", Tok::Keyword)
      .rule(R"(\%(access)\s+(public|abstract|private|export))", Tok::Keyword)
      .rule(R"(\%(language)\s+(.*))", Tok::Keyword)
      .rule(R"(\%(provide)\s+.*\s+(with)\s+)", Tok::Keyword);
   l.state("prelude")
      .rule(R"(\b(Type|Exists|World|IO|IntTy|FTy|File|Mode|Dec|Bool|Ordering|Either|IsJust|List|)"
            R"(Maybe|Nat|Stream|StrM|Not|Lazy|Inf)\s)",
            Tok::KeywordType)
      .rule(R"(\b(Eq|Ord|Num|MinBound|MaxBound|Integral|Applicative|Alternative|Cast|Foldable|)"
            R"(Functor|Monad|Traversable|Uninhabited|Semigroup|Monoid)\s)",
            Tok::NameClass)
      .rule(std::string(R"(\b(?:)") + alternation(prelude_functions) + R"()[ ]+(?![=:-]))", Tok::NameBuiltin);
   l.state("root")
      .mixin("basic")
      .mixin("directive")
      .rule(R"(\bimport\b)", Tok::KeywordReserved, "import")
      .rule(R"(\bmodule\b)", Tok::KeywordReserved, "module")
      .rule(std::string(R"(\b(?:)") + alternation(reserved_keywords) + R"()\b)", Tok::KeywordReserved)
      .rule(R"(\b(Just|Nothing|Left|Right|True|False|LT|LTE|EQ|GT|GTE)\b)", Tok::KeywordConstant)
      .rule(R"(^[\w']+\s*:)", Tok::NameFunction)  // a signature
      .mixin("prelude")
      .rule(R"([_a-z][\w']*)", Tok::Name)
      .rule(R"([A-Z][\w']*)", Tok::KeywordType)
      .rule(R"(\\(?![:!#\$\%&*+.\\/<=>?@^\|~-]+))", Tok::NameFunction)  // lambda
      .rule(R"((<-|::|->|=>|=)(?![:!#\$\%&*+.\\/<=>?@^\|~-]+))", Tok::Operator)
      .rule(R"(:[:!#\$\%&*+.\\/<=>?@^\|~-]*)", Tok::Operator)
      .rule(R"([:!#\$\%&*+.\\/<=>?@^\|~-]+)", Tok::Operator)
      .rule(R"((?i)\d+(\.\d+)?(e[+-]?\d+)?)", Tok::NumFloat)
      .rule(R"((?i)0o[0-7]+)", Tok::NumOct)
      .rule(R"((?i)0x[\da-f]+)", Tok::NumHex)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(')", Tok::StrChar, "character")
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(\[\s*\])", Tok::KeywordType)
      .rule(R"(\(\s*\))", Tok::NameBuiltin)
      .rule(R"((\[)([_a-z][\w']*)(\|))", [](Runner& r) {
         r.groups({Tok::Operator, Tok::Name, Tok::Operator});
         r.push("quasiquotation");
      })
      .rule(R"([\[\](),;`{}])", Tok::Punctuation);
   l.state("import")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*))",
            {Tok::NameNamespace, Tok::Text, Tok::Keyword, Tok::Text, Tok::Name}, "#pop")
      .rule(R"(([A-Z][\w.]*)(\s+)(\())", [](Runner& r) {
         r.groups({Tok::NameNamespace, Tok::Text, Tok::Punctuation});
         r.go_to("funclist");
      })
      .rule(R"([\w.]+)", Tok::NameNamespace, "#pop");
   l.state("module")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(([A-Z][\w.]*))", Tok::NameNamespace, "#pop");
   l.state("funclist")
      .mixin("basic")
      .rule(R"([A-Z]\w*)", Tok::KeywordType)
      .rule(R"((_[\w\']+|[a-z][\w\']*))", Tok::NameFunction)
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([:!#\$\%&*+.\\\/<=>?@^\|~-]+)", Tok::Operator)
      .rule(R"(\()", Tok::Punctuation, "funclist")
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("character")
      .rule(R"(\\)", [](Runner& r) {
         r.token(Tok::StrEscape);
         r.go_to("character_end");
         r.push("escape");
      })
      .rule(R"(.)", [](Runner& r) {
         r.token(Tok::StrChar);
         r.go_to("character_end");
      });
   l.state("character_end")
      .rule(R"(')", Tok::StrChar, "#pop")
      .rule(R"(.)", Tok::Error, "#pop");
   l.state("quasiquotation")
      .rule(R"(\|\])", Tok::Operator, "#pop")
      .rule(R"((?m)[^\|]+)", Tok::Text)
      .rule(R"(\|)", Tok::Text);
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\)", Tok::StrEscape, "escape")
      .rule(R"([^\\"]+)", Tok::Str);
   l.state("escape")
      .rule(R"([abfnrtv"'&\\])", Tok::StrEscape, "#pop")
      .rule(R"(\^[\]\[A-Z@\^_])", Tok::StrEscape, "#pop")
      .rule(alternation(ascii), Tok::StrEscape, "#pop")
      .rule(R"((?i)o[0-7]+)", Tok::StrEscape, "#pop")
      .rule(R"((?i)x[\da-fA-F]+)", Tok::StrEscape, "#pop")
      .rule(R"(\d+)", Tok::StrEscape, "#pop")
      .rule(R"(\s+\\)", Tok::StrEscape, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& idris_lexer() {
   static const Lexer lexer = make_idris();
   return lexer;
}

}  // namespace jekyllpp::highlight
