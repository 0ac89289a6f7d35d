// Rouge's Coq lexer: Gallina and Ltac. An identifier is read with its dotted path (a.b.c): the
// heads are namespaces, the last part a constant; a lone word is classified by the word lists,
// and a "." before whitespace ends the sentence.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words gallina("as fun if in let match then else return end Type Set Prop forall");
const Words vernacular(
   "Definition Theorem Lemma Remark Example Fixpoint CoFixpoint Record Inductive CoInductive "
   "Corollary Goal Proof Ltac Require Import Export Module Section End Variable Context "
   "Polymorphic Monomorphic Universe Universes Variables Class Instance Global Local Include "
   "Printing Notation Infix Arguments Hint Rewrite Immediate Qed Defined Opaque Transparent "
   "Existing Compute Eval Print SearchAbout Search About Check");
const Words ltac(
   "apply eapply auto eauto rewrite setoid_rewrite with in as at destruct split inversion "
   "injection intro intros unfold fold cbv cbn lazy subst clear symmetry transitivity "
   "etransitivity erewrite edestruct constructor econstructor eexists exists f_equal refine "
   "instantiate revert simpl specialize generalize dependent red induction beta iota zeta delta "
   "exfalso autorewrite compute vm_compute native_compute");
const Words tacticals("repeat first try");
const Words terminators("omega solve congruence reflexivity exact assumption eassumption");
// Rouge's keyopts; only the one-character ones can meet its one-character rule.
const Words keyopts("_ ; : ⇒ → ↔ ⇔ ≔ ≡ ∀ ∃ ∧ ∨ ¬ ⊤ ⊥ ⊢ ⊨ ∈");

Tok classify(std::string_view word) {
   if (vernacular.has(word)) return Tok::Keyword;
   if (gallina.has(word)) return Tok::KeywordReserved;
   if (ltac.has(word) || tacticals.has(word)) return Tok::KeywordPseudo;
   if (terminators.has(word)) return Tok::NameException;
   return Tok::NameConstant;
}

const std::string id = R"((?i:[a-z][\w']*|[_a-z][\w']+))";

// The identifier read so far (r.str) once its path ends; vars[0]: it had dotted heads.
void end_identifier(Runner& r) {
   r.token(r.vars[0] ? Tok::NameConstant : classify(r.str), r.str);
   r.vars[0] = 0;
}

Lexer make_coq() {
   Lexer l("coq");
   l.state("root")
      .rule(R"([(][*](?![)]))", Tok::Comment, "comment")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"(Module(\s+)Type(\s+))", [](Runner& r) {
         r.token(Tok::Keyword, "Module");
         r.token(Tok::Whitespace, r.m(1));
         r.token(Tok::Keyword, "Type");
         r.token(Tok::Whitespace, r.m(2));
      })
      .rule(R"((?m)(Set|Unset)(\s+)(Universe|Printing|Implicit|Strict)(\s+))"
            R"((Polymorphism|All|Notations|Arguments|Universes|Implicit)(\s*)\.)",
            [](Runner& r) {
               r.token(Tok::Keyword, r.m(1));
               for (int i = 2; i <= 6 && !r.m(i).empty(); i += 2) {
                  r.token(Tok::Whitespace, r.m(i));
                  if (i < 6) r.token(Tok::Keyword, r.m(i + 1));
               }
               r.token(Tok::PunctuationIndicator, ".");
            })
      .rule(id, [](Runner& r) {
         r.str = std::string(r.m());
         r.vars[0] = 0;
         r.push("continue_id");
      })
      .rule(R"(/\\)", Tok::Operator)
      .rule(R"(\\/)", Tok::Operator)
      .rule(R"((?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*))", Tok::NumFloat)
      .rule(R"(\d[\d_]*)", Tok::NumInteger)
      .rule(R"('(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))')", Tok::StrChar)
      .rule(R"(')", Tok::Keyword)
      .rule(R"(")", Tok::StrDouble, "string")
      .rule("[~?]" + id, Tok::NameVariable)
      .rule(R"(.)", [](Runner& r) {
         static const Regex operator_char(R"([\[\];,{}_()!$%&*+./:<=>?@^|~#-])");
         Match m;
         if (keyopts.has(r.m())) r.token(Tok::Punctuation);
         else if (operator_char.match(r.m(), 0, m)) r.token(Tok::Operator);
         else r.token(Tok::Error);
      });
   l.state("comment")
      .rule(R"([^(*)]+)", Tok::Comment)
      .rule(R"([(][*])", Tok::Comment, "#push")
      .rule(R"([*][)])", Tok::Comment, "#pop")
      .rule(R"([(*)])", Tok::Comment);
   l.state("string")
      .rule(R"((?:\\")+|[^"])", Tok::StrDouble)
      .rule(R"(\\[\\"'ntbr])", Tok::StrEscape)
      .rule(R"(\\\n)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDouble, "#pop");
   l.state("continue_id")
      .rule(R"(\.)" + id, [](Runner& r) {
         r.token(Tok::NameNamespace, r.str);
         r.token(Tok::Punctuation, ".");
         r.vars[0] = 1;
         r.str = std::string(r.m().substr(1));
      })
      .rule(R"(\.(\s+))", [](Runner& r) {
         end_identifier(r);
         r.token(Tok::PunctuationIndicator, ".");
         r.token(Tok::Whitespace, r.m(1));
         r.pop();
      })
      .rule("", [](Runner& r) {
         end_identifier(r);
         r.pop();
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& coq_lexer() {
   static const Lexer lexer = make_coq();
   return lexer;
}

}  // namespace jekyllpp::highlight
