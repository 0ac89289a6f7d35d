#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

bool has_quoted(std::string_view s, char quote) {
   std::size_t open = s.find(quote);
   return open != std::string_view::npos && s.find(quote, open + 1) != std::string_view::npos;
}

// The token of a tag argument: a quoted string if one is in it, else `otherwise`.
Tok argument_token(std::string_view s, Tok otherwise) {
   if (has_quoted(s, '\'')) return Tok::StrSingle;
   if (has_quoted(s, '"')) return Tok::StrDouble;
   return otherwise;
}

void end_here(Runner& r) {
   r.token(Tok::Punctuation);
   r.reset_stack();
}

Lexer make_liquid() {
   Lexer l("liquid");
   l.state("root")
      .rule(R"([^\{]+)", Tok::Text)
      .rule(R"((\{%-?)(\s*))", {Tok::Punctuation, Tok::Whitespace}, "tag_or_block")
      .rule(R"((\{\{-?)(\s*))", {Tok::Punctuation, Tok::Whitespace}, "output")
      .rule(R"(\{)", Tok::Text);
   l.state("tag_or_block")
      .rule(R"((if|elsif|unless|case)\b)", Tok::KeywordReserved, "condition")
      .rule(R"((when)\b)", Tok::KeywordReserved, "when")
      .rule(R"((else)(\s*)(-?%\}))", {Tok::KeywordReserved, Tok::Whitespace, Tok::Punctuation},
            "#pop")
      .rule(R"((capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\}))",
            {Tok::NameTag, Tok::Whitespace, Tok::NameVariable, Tok::Whitespace, Tok::Punctuation},
            "#pop")
      .rule(R"((comment)(\s*)(-?%\}))", {Tok::NameTag, Tok::Whitespace, Tok::Punctuation},
            "comment")
      .rule(R"((raw)(\s*)(-?%\}))", {Tok::NameTag, Tok::Whitespace, Tok::Punctuation}, "raw")
      .rule(R"((end(?:if|unless|case))(\s*)(-?%\}))",
            {Tok::KeywordReserved, Tok::Whitespace, Tok::Punctuation}, "#pop")
      .rule(R"((end(?:[^\s%]+))(\s*)(-?%\}))", {Tok::NameTag, Tok::Whitespace, Tok::Punctuation},
            "#pop")
      .rule(R"((assign|echo)\b)", Tok::NameTag, "assign")
      .rule(R"((include|render)\b)", Tok::NameTag, "include")
      .rule(R"((cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*))", [](Runner& r) {
         r.groups({Tok::NameTag, Tok::Whitespace, argument_token(r.m(3), Tok::NameAttribute),
                   Tok::Whitespace, Tok::Punctuation, Tok::Whitespace});
         r.push("variable_tag_markup");
      })
      .rule(R"~((?x)(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)
                ((?: [^\s%,\|'"] | (?:"[^"]*"|'[^']*') )+)(\s*))~",
            [](Runner& r) {
               r.groups({Tok::NameTag, Tok::Whitespace, Tok::NameVariable, Tok::Whitespace,
                         Tok::NameTag, Tok::Whitespace});
               r.token(argument_token(r.m(7), Tok::NameVariable), r.m(7));
               r.token(Tok::Whitespace, r.m(8));
               r.push("tag_markup");
            })
      .rule(R"(([^\s%]+)(\s*))", {Tok::NameTag, Tok::Whitespace}, "tag_markup");
   l.state("output")
      .rule(R"((\|)(\s*)([a-zA-Z_][^\s}\|:]*))",
            {Tok::Punctuation, Tok::Whitespace, Tok::NameFunction}, "filters")
      .mixin("end_of_tag")
      .mixin("generic");
   l.state("filters")
      .rule(R"((\|)(\s*)([a-zA-Z_][^\s%}\|:]*))",
            {Tok::Punctuation, Tok::Whitespace, Tok::NameFunction})
      .mixin("end_of_tag")
      .mixin("end_of_block")
      .mixin("variable_param_markup");
   l.state("condition")
      .rule(R"(([=!]=|[<>]=?))", Tok::Operator)
      .rule(R"((and|or|contains)\b)", Tok::OperatorWord)
      .mixin("end_of_block")
      .mixin("generic");
   l.state("when").mixin("end_of_block").mixin("generic");
   l.state("end_of_tag").rule(R"(-?\}\})", end_here);
   l.state("end_of_block").rule(R"(-?%\})", end_here);
   l.state("param_markup")
      .mixin("whitespace")
      .mixin("keyword")
      .mixin("string")
      .mixin("number")
      .rule(R"(([^\s=:]+)(\s*)(=|:))", {Tok::NameAttribute, Tok::Whitespace, Tok::Operator})
      .rule(R"([,:])", Tok::Punctuation);
   l.state("default_param_markup").mixin("param_markup").rule(R"(\S+)", Tok::Text);
   l.state("variable_param_markup")
      .mixin("param_markup")
      .mixin("variable")
      .rule(R"(\S+)", Tok::Text);
   l.state("tag_markup")
      .rule(R"((reversed)\b)", Tok::NameAttribute)
      .mixin("end_of_block")
      .mixin("default_param_markup");
   l.state("variable_tag_markup").mixin("end_of_block").mixin("variable_param_markup");
   l.state("keyword").rule(R"((false|true|nil)\b)", Tok::KeywordConstant);
   l.state("variable")
      .rule(R"((empty|blank|forloop\.[^\s%}\|:]+)\b)", Tok::NameBuiltin)
      .rule(R"(\.(?=\w)|\[|\])", Tok::Punctuation)
      .rule(R"((first|last|size)\b)", Tok::NameFunction)
      .rule(R"([a-zA-Z_][\w-]*\??)", Tok::NameVariable);
   l.state("string")
      .rule(R"('[^']*')", Tok::StrSingle)
      .rule(R"("[^"]*")", Tok::StrDouble);
   l.state("number")
      .rule(R"(-)", Tok::Operator)
      .rule(R"(\d+\.\d+)", Tok::NumFloat)
      .rule(R"(\d+)", Tok::NumInteger);
   l.state("generic")
      .mixin("whitespace")
      .mixin("keyword")
      .mixin("string")
      .mixin("number")
      .mixin("variable");
   l.state("whitespace").rule(R"([ \t]+)", Tok::Whitespace);
   l.state("comment")
      .rule(R"([^\{]+)", Tok::Comment)
      .rule(R"((\{%-?)(\s*)(endcomment)(\s*)(-?%\}))", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::Whitespace, Tok::NameTag, Tok::Whitespace,
                   Tok::Punctuation});
         r.reset_stack();
      })
      .rule(R"(\{)", Tok::Comment);
   l.state("raw")
      .rule(R"([^\{]+)", Tok::Text)
      .rule(R"((\{%-?)(\s*)(endraw)(\s*)(-?%\}))", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::Whitespace, Tok::NameTag, Tok::Whitespace,
                   Tok::Punctuation});
         r.reset_stack();
      })
      .rule(R"(\{)", Tok::Text);
   l.state("assign")
      .rule(R"(=)", Tok::Operator)
      .rule(R"((\|)(\s*)([a-zA-Z_][^\s%\|:]*))",
            {Tok::Punctuation, Tok::Whitespace, Tok::NameFunction}, "filters")
      .mixin("end_of_block")
      .mixin("generic");
   l.state("include")
      .rule(R"((\{\{-?)(\s*))", {Tok::Punctuation, Tok::Whitespace}, "output_embed")
      .rule(R"((with|for)\b)", Tok::NameTag)
      .rule(R"([\/\w-]+(\.[\w-]+)+\b)", Tok::Text)
      .mixin("variable_tag_markup");
   l.state("output_embed")
      .rule(R"((\|)(\s*)([a-zA-Z_][^\s}\|:]*))",
            {Tok::Punctuation, Tok::Whitespace, Tok::NameFunction})
      .rule(R"(-?\}\})", Tok::Punctuation, "#pop")
      .mixin("variable_param_markup");
   l.finish();
   return l;
}

}  // namespace

const Lexer& liquid_lexer() {
   static const Lexer lexer = make_liquid();
   return lexer;
}

}  // namespace jekyllpp::highlight
