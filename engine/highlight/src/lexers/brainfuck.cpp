// Rouge's Brainfuck lexer: commands, loops, and any other text as comments; a loop at the very
// start of the text is a comment block.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_brainfuck() {
   Lexer l("brainfuck");
   l.on_start([](Runner& r) { r.push("bol"); });
   l.state("bol")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(\[)", Tok::CommentMultiline, "comment_multi")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("root")
      .rule(R"(\])", Tok::Error)
      .rule(R"(\[)", Tok::Punctuation, "loop")
      .mixin("comment_single")
      .mixin("commands");
   l.state("comment_multi")
      .rule(R"(\[)", Tok::CommentMultiline, "comment_multi")
      .rule(R"(\])", Tok::CommentMultiline, "#pop")
      .rule(R"((?m)[^\[\]]+?)", Tok::CommentMultiline);
   l.state("comment_single").rule(R"([^><+\-.,\[\]]+)", Tok::CommentSingle);
   l.state("loop")
      .rule(R"(\[)", Tok::Punctuation, "loop")
      .rule(R"(\])", Tok::Punctuation, "#pop")
      .mixin("comment_single")
      .mixin("commands");
   l.state("commands").rule(R"([><]+)", Tok::NameBuiltin).rule(R"([+\-.,]+)", Tok::NameFunction);
   l.finish();
   return l;
}

}  // namespace

const Lexer& brainfuck_lexer() {
   static const Lexer lexer = make_brainfuck();
   return lexer;
}

}  // namespace jekyllpp::highlight
