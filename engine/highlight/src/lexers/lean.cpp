// Rouge's Lean lexer (Lean 3): keywords and #commands, Sort/Prop/Type, Unicode operators.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "abbreviation add_rewrite alias assume axiom begin by calc calc_refl calc_subst calc_trans "
   "#check coercion conjecture constant constants context corollary def definition end #eval "
   "example export expose exposing exit extends from fun have help hiding hott hypothesis import "
   "include including inductive infix infixl infixr inline instance irreducible lemma match "
   "namespace notation opaque opaque_hint open options parameter parameters postfix precedence "
   "prefix #print private protected #reduce reducible renaming repeat section set_option show "
   "tactic_hint theorem universe universes using variable variables with");
const Words types("Sort Prop Type");

Lexer make_lean() {
   Lexer l("lean");
   l.state("root")
      .rule(R"(\s*--+\s+.*?$)", Tok::CommentDoc)  // comments start after some space
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(#?\w+)", [](Runner& r) {
         if (keywords.has(r.m())) r.token(Tok::Keyword);
         else if (types.has(r.m())) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule(R"([λ])", Tok::Keyword)
      .rule(R"(\:=?)", Tok::Text)
      .rule(R"(\.[0-9]*)", Tok::Operator)
      .rule(R"(!=|#|&|&&|\*|\+|-|/|@|!|`|-\.|->|\.|\.\.|\.\.\.|::|:>|;|;;|<|<-|=|==|>|_|\||\|\||~|)"
            R"(=>|<=|>=|/ \/|∀|Π|λ|↔|∧|∨|≠|≤|≥|⊎|¬|⁻¹|⬝|▸|→|∃|ℕ|ℤ|≈|×|⌞|⌟|≡|⟨|⟩)",
            Tok::Operator)
      .rule(R"([\s\(\),\[\]αβ‹›]+)", Tok::Text)
      .rule(R"(.)", Tok::Error);
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\)", Tok::StrEscape, "escape")
      .rule(R"([^\\"]+)", Tok::Str);
   l.state("escape")
      .rule(R"([nrt"'\\])", Tok::StrEscape, "#pop")
      .rule(R"((?i)x[\da-f]+)", Tok::StrEscape, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& lean_lexer() {
   static const Lexer lexer = make_lean();
   return lexer;
}

}  // namespace jekyllpp::highlight
