#include <memory>
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string edot = R"((?:\\.|[^\\\n]))";

std::string_view strip(std::string_view s) {
   std::size_t begin = s.find_first_not_of(" \t\n\v\f\r");
   if (begin == std::string_view::npos) return {};
   return s.substr(begin, s.find_last_not_of(" \t\n\v\f\r") - begin + 1);
}

// The lexer for a fenced block inside markdown, as Rouge's Lexer.find_fancy picks it. Rouge
// guesses from the code when the fence names no language; jekyllpp treats that as plain text.
const Lexer& fence_lexer(std::string_view info) {
   std::string_view name = strip(info);
   if (name.empty()) return plaintext_lexer();
   const Lexer* found = find_lexer_fancy(name);
   return found ? *found : backtick_lexer();
}

void lex_fence(Runner& r) {
   auto sublexer = std::make_shared<Runner>(fence_lexer(r.m(3)), r.sink());
   sublexer->reset();
   r.token(Tok::Text, r.m(1));
   r.token(Tok::Punctuation, r.m(2));
   r.token(Tok::NameLabel, r.m(3));
   if (r.matched(5)) sublexer->continue_lex(r.m(5));
   r.token(Tok::Text, r.m(6));
   if (r.matched(7)) {
      r.token(Tok::Punctuation, r.m(7));
      return;
   }
   // An unclosed fence: every following line belongs to the block until a closing fence.
   auto body = std::make_unique<State>();
   body->name = "fence";
   StateBuilder(*body)
      .rule("^([ \\t]*)(" + std::string(r.m(2)) + ")",
            [](Runner& inner) {
               inner.pop();
               inner.token(Tok::Text, inner.m(1));
               inner.token(Tok::Punctuation, inner.m(2));
            })
      .rule(R"(^.*\n)", [sublexer](Runner& inner) { sublexer->continue_lex(inner.m()); });
   r.push_owned(std::move(body));
}

// API Blueprint (Rouge's subclass of Markdown): `key: value` lines, groups, resource headings,
// relations, attributes/parameters and request/response lines, tried before Markdown's rules.
void add_apiblueprint_rules(Lexer& l) {
   l.state("root")
      .rule(R"((\S+)(:\s*)(.*)$)", {Tok::NameVariable, Tok::Punctuation, Tok::Str})
      .rule(R"(^(#+)(\s*Group\s+)(.*)$)", {Tok::Punctuation, Tok::Keyword, Tok::GenericHeading})
      .rule(R"(^(#+)(.*)(\[.*\])$)", {Tok::Punctuation, Tok::GenericHeading, Tok::Str})
      .rule(R"(^([\+\-\*])(\s*Relation:)(\s*.*)$)", {Tok::Punctuation, Tok::Keyword, Tok::Str})
      .rule(R"(^(\s+[\+\-\*]\s*)(Attributes|Parameters)(.*)$)",
            {Tok::Punctuation, Tok::Keyword, Tok::Str})
      .rule(R"(^([\+\-\*]\s*)(Request|Response)(\s+\d\d\d)?(.*)$)",
            {Tok::Punctuation, Tok::Keyword, Tok::Num, Tok::Str});
}

Lexer make_markdown(const char* tag, bool apiblueprint) {
   Lexer l(tag);
   if (apiblueprint) add_apiblueprint_rules(l);
   l.on_start([](Runner& r) { r.child(html_lexer()).reset(); });
   l.state("root")
      .rule(R"((?m)\A(---\s*\n.*?\n?)^(---\s*$\n?))", [](Runner& r) { r.delegate(yaml_lexer()); })
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(^[\S ]+\n(?:---*)\n)", Tok::GenericHeading)
      .rule(R"(^[\S ]+\n(?:===*)\n)", Tok::GenericSubheading)
      .rule(R"(^#(?=[^#]).*?$)", Tok::GenericHeading)
      .rule(R"(^##*.*?$)", Tok::GenericSubheading)
      .rule(R"((?m)^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?)", lex_fence)
      .rule(R"(\n\n((    |\t).*?\n|\n)+)", Tok::StrBacktick)
      .rule("(`+)(?:" + edot + R"(|\n)+?\1)", Tok::StrBacktick)
      .rule(R"(^(\s*[*]){3,}\s*$)", Tok::Punctuation)
      .rule(R"(^(\s*[-]){3,}\s*$)", Tok::Punctuation)
      .rule(R"(^\s*[*+-](?=\s))", Tok::Punctuation)
      .rule(R"(^\s*\d+\.)", Tok::Punctuation)
      .rule(R"(^\s*>.*?$)", Tok::GenericTraceback)
      .rule(R"(^(\s*)(\[)()" + edot + R"(+?)(\])(\s*)(:))", [](Runner& r) {
         r.groups({Tok::Text, Tok::Punctuation, Tok::StrSymbol, Tok::Punctuation, Tok::Text,
                   Tok::Punctuation});
         r.push("title");
         r.push("url");
      })
      .rule(R"((!?\[)()" + edot + R"(*?|[^\]]*?)(\])(?=[\[(]))",
            {Tok::Punctuation, Tok::NameVariable, Tok::Punctuation}, "link")
      .rule("[*][*]" + edot + "*?[*][*]", Tok::GenericStrong)
      .rule("__" + edot + "*?__", Tok::GenericStrong)
      .rule("[*]" + edot + "*?[*]", Tok::GenericEmph)
      .rule("_" + edot + "*?_", Tok::GenericEmph)
      .rule(R"(<.*?@.+[.].+>)", Tok::NameVariable)
      .rule("<(https?|mailto|ftp)://" + edot + "*?>", Tok::NameVariable)
      .rule(R"([^\\`\[*\n&<]+)", Tok::Text)
      .rule(R"(&\S*;)", [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); })
      .rule("<" + edot + "*?>", [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); })
      .rule(R"([&<])", Tok::Text)
      .rule(R"(\[)", Tok::Text)
      .rule(R"(\n)", Tok::Text);
   l.state("link")
      .rule(R"((\[)()" + edot + R"(*?)(\]))", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::StrSymbol, Tok::Punctuation});
         r.pop();
      })
      .rule(R"([(])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("inline_title");
         r.push("inline_url");
      })
      .rule(R"([ \t]+)", Tok::Text)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("url")
      .rule(R"([ \t]+)", Tok::Text)
      .rule("(<)(" + edot + "*?)(>)", [](Runner& r) {
         r.groups({Tok::NameTag, Tok::StrOther, Tok::NameTag});
         r.pop();
      })
      .rule(R"(\S+)", Tok::StrOther, "#pop");
   l.state("title")
      .rule("\"" + edot + "*?\"", Tok::NameNamespace)
      .rule("'" + edot + "*?'", Tok::NameNamespace)
      .rule("[(]" + edot + "*?[)]", Tok::NameNamespace)
      .rule(R"(\s*(?=["'()]))", Tok::Text)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("inline_title").rule(R"([)])", Tok::Punctuation, "#pop").mixin("title");
   l.state("inline_url")
      .rule(R"([^<\s)]+)", Tok::StrOther, "#pop")
      .rule(R"((?m)\s+)", Tok::Text)
      .mixin("url");
   l.finish();
   return l;
}

}  // namespace

const Lexer& markdown_lexer() {
   static const Lexer lexer = make_markdown("markdown", false);
   return lexer;
}

const Lexer& apiblueprint_lexer() {
   static const Lexer lexer = make_markdown("apiblueprint", true);
   return lexer;
}

}  // namespace jekyllpp::highlight
