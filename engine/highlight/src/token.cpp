#include "token.hpp"

#include <array>
#include <string>

namespace jekyllpp::highlight {

std::string_view short_name(Tok tok) {
   static constexpr std::string_view names[] = {
      "", "w", "esc", "err", "x",
      "k", "kc", "kd", "kn", "kp", "kr", "kt", "kv",
      "n", "na", "nb", "bp", "nc", "no", "nd", "ni", "ne", "nf", "fm", "py",
      "nl", "nn", "nx", "nt", "nv", "vc", "vg", "vi", "vm",
      "l", "ld",
      "s", "sa", "sb", "sc", "dl", "sd", "s2", "se", "sh", "si", "sx", "sr", "s1", "ss",
      "m", "mb", "mf", "mh", "mi", "il", "mo", "mx",
      "o", "ow", "p", "pi",
      "c", "ch", "cd", "cm", "cp", "cpf", "c1", "cs",
      "g", "gd", "ge", "gr", "gh", "gi", "go", "gp", "gs", "gu", "gt", "gl",
   };
   static_assert(sizeof(names) / sizeof(names[0]) == static_cast<int>(Tok::GenericLineno) + 1);
   return names[static_cast<int>(tok)];
}

std::string_view span_switch(Tok from, Tok to) {
   constexpr std::size_t count = static_cast<std::size_t>(Tok::GenericLineno) + 1;
   // [0][tok]: the opening tag alone (after Text); [1][tok]: "</span>" and the opening tag.
   static const auto markup = [] {
      std::array<std::array<std::string, count>, 2> made;
      for (std::size_t i = 1; i < count; ++i)
         made[0][i] = "<span class=\"" + std::string(short_name(static_cast<Tok>(i))) + "\">";
      for (std::size_t i = 0; i < count; ++i) made[1][i] = "</span>" + made[0][i];
      return made;
   }();
   return markup[from != Tok::Text][static_cast<std::size_t>(to)];
}

bool token_named(std::string_view qualname, Tok& tok) {
   // Rouge's qualified names, in the order of Tok.
   static constexpr std::string_view names[] = {
      "Text", "Text.Whitespace", "Escape", "Error", "Other", "Keyword", "Keyword.Constant",
      "Keyword.Declaration", "Keyword.Namespace", "Keyword.Pseudo", "Keyword.Reserved",
      "Keyword.Type", "Keyword.Variable", "Name", "Name.Attribute", "Name.Builtin",
      "Name.Builtin.Pseudo", "Name.Class", "Name.Constant", "Name.Decorator", "Name.Entity",
      "Name.Exception", "Name.Function", "Name.Function.Magic", "Name.Property", "Name.Label",
      "Name.Namespace", "Name.Other", "Name.Tag", "Name.Variable", "Name.Variable.Class",
      "Name.Variable.Global", "Name.Variable.Instance", "Name.Variable.Magic", "Literal",
      "Literal.Date", "Literal.String", "Literal.String.Affix", "Literal.String.Backtick",
      "Literal.String.Char", "Literal.String.Delimiter", "Literal.String.Doc",
      "Literal.String.Double", "Literal.String.Escape", "Literal.String.Heredoc",
      "Literal.String.Interpol", "Literal.String.Other", "Literal.String.Regex",
      "Literal.String.Single", "Literal.String.Symbol", "Literal.Number", "Literal.Number.Bin",
      "Literal.Number.Float", "Literal.Number.Hex", "Literal.Number.Integer",
      "Literal.Number.Integer.Long", "Literal.Number.Oct", "Literal.Number.Other", "Operator",
      "Operator.Word", "Punctuation", "Punctuation.Indicator", "Comment", "Comment.Hashbang",
      "Comment.Doc", "Comment.Multiline", "Comment.Preproc", "Comment.PreprocFile",
      "Comment.Single", "Comment.Special", "Generic", "Generic.Deleted", "Generic.Emph",
      "Generic.Error", "Generic.Heading", "Generic.Inserted", "Generic.Output", "Generic.Prompt",
      "Generic.Strong", "Generic.Subheading", "Generic.Traceback", "Generic.Lineno",
   };
   static_assert(sizeof(names) / sizeof(names[0]) == static_cast<int>(Tok::GenericLineno) + 1);
   for (std::size_t i = 0; i < sizeof(names) / sizeof(names[0]); ++i)
      if (names[i] == qualname) {
         tok = static_cast<Tok>(i);
         return true;
      }
   return false;
}

}  // namespace jekyllpp::highlight
