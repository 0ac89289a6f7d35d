// Rouge's OCL lexer (OMG Object Constraint Language).
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "context pre post inv init body def derive if then else endif import package endpackage let "
   "in");
const Words types(
   "Boolean Integer UnlimitedNatural Real String OrderedSet Tuple Bag Set Sequence OclInvalid "
   "OclVoid TupleType OclState Collection OclMessage");
const Words builtins("self null result true false invalid @pre");
const Words operators("or xor and not implies");
const Words functions(
   "oclAsSet oclIsNew oclIsUndefined oclIsInvalid oclAsType oclIsTypeOf oclIsKindOf oclInState "
   "oclType oclLocale hasReturned result isSignalSent isOperationCallabs floor round max min "
   "toString div mod size substring concat toInteger toReal toUpperCase toLowerCase indexOf "
   "equalsIgnoreCase at characters toBoolean includes excludes count includesAll excludesAll "
   "isEmpty notEmpty sum product selectByKind selectByType asBag asSequence asOrderedSet asSet "
   "flatten union intersection including excluding symmetricDifferencecount append prepend "
   "insertAt subOrderedSet first last reverse subSequence any closure collect collectNested "
   "exists forAll isUnique iterate one reject select sortedBy allInstances average conformsTo");

Lexer make_ocl() {
   Lexer l("ocl");
   l.state("single_string")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(')", Tok::StrSingle, "#pop")
      .rule(R"([^\\']+)", Tok::StrSingle);
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(--.*)", Tok::CommentSingle)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"(')", Tok::StrSingle, "single_string")
      .rule(R"([->|+*/<>=~!@#%&|?^-])", Tok::Operator)
      .rule(R"([;:()\[\],.])", Tok::Punctuation)
      .rule(R"(\w[\w\d]*)", [](Runner& r) {
         std::string_view word = r.m();
         if (operators.has(word)) r.token(Tok::Operator);
         else if (types.has(word)) r.token(Tok::KeywordDeclaration);
         else if (keywords.has(word)) r.token(Tok::Keyword);
         else if (builtins.has(word)) r.token(Tok::NameBuiltin);
         else if (functions.has(word)) r.token(Tok::NameFunction);
         else r.token(Tok::Name);
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& ocl_lexer() {
   static const Lexer lexer = make_ocl();
   return lexer;
}

}  // namespace jekyllpp::highlight
