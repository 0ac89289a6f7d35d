// Rouge's Protocol Buffers lexer (.proto files).
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_protobuf() {
   Lexer l("protobuf");
   l.state("root")
      .rule(R"([\s]+)", Tok::Text)
      .rule(R"([,;{}\[\]()])", Tok::Punctuation)
      .rule(R"(\/(\\\n)?\/($|(.|\n)*?[^\\]$))", Tok::CommentSingle)
      .rule(R"(\/(\\\n)?\*(.|\n)*?\*(\\\n)?\/)", Tok::CommentMultiline)
      .rule(R"(\b(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|)"
            R"(required|returns|rpc|to)\b)",
            Tok::Keyword)
      .rule(R"(\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|)"
            R"(sint64|string|uint32|uint64)\b)",
            Tok::KeywordType)
      .rule(R"(true|false)", Tok::KeywordConstant)
      .rule(R"((package)(\s+))", {Tok::KeywordNamespace, Tok::Text}, "package")
      .rule(R"((message|extend)(\s+))", {Tok::KeywordDeclaration, Tok::Text}, "message")
      .rule(R"((enum|group|service)(\s+))", {Tok::KeywordDeclaration, Tok::Text}, "type")
      .rule(R"(".*?")", Tok::Str)
      .rule(R"('.*?')", Tok::Str)
      .rule(R"((\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*)", Tok::NumFloat)
      .rule(R"((\d+\.\d*|\.\d+|\d+[fF])[fF]?)", Tok::NumFloat)
      .rule(R"((\-?(inf|nan))\b)", Tok::NumFloat)
      .rule(R"(0x[0-9a-fA-F]+[LlUu]*)", Tok::NumHex)
      .rule(R"(0[0-7]+[LlUu]*)", Tok::NumOct)
      .rule(R"(\d+[LlUu]*)", Tok::NumInteger)
      .rule(R"([+-=])", Tok::Operator)
      .rule(R"(([a-zA-Z_][\w.]*)([ \t]*)(=))", {Tok::NameAttribute, Tok::Text, Tok::Operator})
      .rule(R"([a-zA-Z_][\w.]*)", Tok::Name);
   auto name_then_pop = [&l](std::string_view state, Tok tok) {
      l.state(state)
         .rule(R"([a-zA-Z_]\w*)", tok, "#pop")
         .rule("", [](Runner& r) { r.pop(); });
   };
   name_then_pop("package", Tok::NameNamespace);
   name_then_pop("message", Tok::NameClass);
   name_then_pop("type", Tok::Name);
   l.finish();
   return l;
}

}  // namespace

const Lexer& protobuf_lexer() {
   static const Lexer lexer = make_protobuf();
   return lexer;
}

}  // namespace jekyllpp::highlight
