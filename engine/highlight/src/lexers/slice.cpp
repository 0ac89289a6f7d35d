// Rouge's Slice lexer (ZeroC Ice's interface language): C's rules with Slice's keywords and
// types.
#include "lexers/c_family.hpp"

namespace jekyllpp::highlight {

const Lexer& slice_lexer() {
   static const CVocabulary words{
      Words("extends implements enum interface struct class module dictionary const optional out "
            "throws exception local idempotent sequence Object LocalObject Value"),
      Words("bool string byte long float double int void short"), Words(c_reserved), Words("")};
   static const Lexer lexer = [] {
      Lexer l("slice");
      define_c(l, words, slice_lexer);
      l.finish();
      return l;
   }();
   return lexer;
}

}  // namespace jekyllpp::highlight
