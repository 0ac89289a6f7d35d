// Rouge's Smarty lexer: {tags} (nestable), {* comments *} and the HTML around them, which goes to
// one HTML lexer.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words builtins(
   "append assign block call capture config_load debug extends for foreach foreachelse break "
   "continue function if elseif else include include_php insert ldelim rdelim literal nocache php "
   "section sectionelse setfilter strip while counter cycle eval fetch html_checkboxes html_image "
   "html_options html_radios html_select_date html_select_time html_table mailto math textformat "
   "capitalize cat count_characters count_paragraphs count_sentences count_words date_format "
   "default escape from_charset indent lower nl2br regex_replace replace spacify string_format "
   "strip strip_tags to_charset truncate unescape upper wordwrap");

Lexer make_smarty() {
   Lexer l("smarty");
   auto html = [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); };
   l.on_start([](Runner& r) { r.child(html_lexer()).reset(); });
   l.state("root")
      .rule(R"(\{\s+)", html)
      .rule(R"((?m)\{\*.*?\*\})", Tok::Comment)
      .rule(R"(\{\/?(?![\s*]))", Tok::Keyword, "smarty")
      .rule(R"~((?m).+?(?=\{[\/a-zA-Z0-9$#*"']))~", html)
      .rule(R"((?m).+)", html);
   l.state("smarty")
      .rule(R"(\{\/?(?![\s*]))", Tok::Keyword, "smarty")
      .rule(R"(\})", Tok::Keyword, "#pop")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"([~!%^&*()+=|\[\]:;,.<>/@?-])", Tok::Operator)
      .rule(R"(#[a-zA-Z_]\w*#)", Tok::NameVariable)
      .rule(R"(\$[a-zA-Z_]\w*(\.\w+)*)", Tok::NameVariable)
      .rule(R"((true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"([0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?)", Tok::Num)
      .rule(R"~("(\\.|.)*?")~", Tok::StrDouble)
      .rule(R"('(\\.|.)*?')", Tok::StrSingle)
      .rule(R"(([a-zA-Z_]\w*))", [](Runner& r) {
         r.token(builtins.has(r.m()) ? Tok::NameBuiltin : Tok::NameAttribute);
      });
   l.finish();
   return l;
}

}  // namespace

const Lexer& smarty_lexer() {
   static const Lexer lexer = make_smarty();
   return lexer;
}

}  // namespace jekyllpp::highlight
