// Rouge's systemd unit file lexer.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_systemd() {
   Lexer l("systemd");
   l.state("root")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"([;#].*)", Tok::Comment)
      .rule(R"(\[.*?\]$)", Tok::Keyword)
      .rule(R"((.*?)(=)(.*)(\\\n))", {Tok::NameTag, Tok::Punctuation, Tok::Text, Tok::StrEscape},
            "continuation")
      .rule(R"((.*?)(=)(.*))", {Tok::NameTag, Tok::Punctuation, Tok::Text});
   // A continued value ends only at a line holding a quote, as Rouge has it.
   l.state("continuation")
      .rule(R"((.*?)(\\\n))", {Tok::Text, Tok::StrEscape})
      .rule(R"((.*)')", Tok::Text, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& systemd_lexer() {
   static const Lexer lexer = make_systemd();
   return lexer;
}

}  // namespace jekyllpp::highlight
