// Rouge's Vue single-file component lexer: HTML, with <template>, <script> and <style> blocks
// whose content goes to the lexer their lang="..." names, and {{ }} interpolations as JavaScript.
#include <array>
#include <cctype>
#include <string>

#include "lexers/html_family.hpp"

namespace jekyllpp::highlight {

namespace {

// The block languages Rouge's Vue lexer knows; vars[0] holds the current one.
enum Lang { Html, Css, Javascript, Sass, Scss, Coffee, Plain };
const std::array<const Lexer& (*)(), 7> block_lexers = {
   html_lexer, css_lexer, javascript_lexer, sass_lexer, scss_lexer, coffeescript_lexer,
   plaintext_lexer};

// Rouge's lookup_lang: lowercased, quotes dropped; any other language is plain text.
int lookup_lang(std::string_view value) {
   std::string lang;
   for (char c : value)
      if (c != '"' && c != '\'') lang += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
   if (lang == "html") return Html;
   if (lang == "css") return Css;
   if (lang == "javascript") return Javascript;
   if (lang == "sass") return Sass;
   if (lang == "scss") return Scss;
   if (lang == "coffee") return Coffee;
   return Plain;
}

// Rouge delegates block content to a new lexer of the block's language each time.
void embed(Runner& r) { r.delegate(block_lexers[r.vars[0]](), r.m()); }

// The JavaScript lexer of {{ }} interpolations, apart from the one <script> content uses.
Runner& interpolation_js(Runner& r) { return r.child(javascript_lexer(), 1); }

// <template>, <style> or <script> opening a block in `lang` until its closing tag.
Callback open_block(std::string_view block, Lang lang) {
   return [block, lang](Runner& r) {
      r.groups({Tok::NameTag, Tok::Text, Tok::Keyword});
      r.vars[0] = lang;
      r.push(block);
      r.push("lang_tag");
   };
}

Lexer make_vue() {
   Lexer l("vue");
   // Vue's rules that come before HTML's.
   l.state("root")
      .rule(R"((<)(\s*)(template))", open_block("template", Html))
      .rule(R"((<)(\s*)(style))", open_block("style", Css))
      .rule(R"((<)(\s*)(script))", open_block("script", Javascript));
   l.state("tag").rule(R"((?m)[a-zA-Z0-9_:#\[\]()*.-]+\s*=\s*)", Tok::NameAttribute, "attr");
   define_html(l);
   for (const char* block : {"style", "script", "template"}) {
      l.state(block).rule(std::string(R"((<\s*\/\s*)()") + block + R"()(\s*>))",
                          {Tok::NameTag, Tok::Keyword, Tok::NameTag}, "#pop");
   }
   // Vue's style state mixes in HTML's style_content, which hands the text to the block's
   // language (a new lexer each time, as the language is a class here).
   l.state("style")
      .rule(R"([^<]+)", embed)
      .rule(R"((?m)<\s*/\s*style\s*>)", Tok::NameTag, "#pop")
      .rule(R"(<)", embed)
      .mixin("embed");
   // Its script state mixes in HTML's script_content: always HTML's JavaScript lexer.
   l.state("script").mixin("script_content").mixin("embed");
   l.state("lang_tag")
      .rule(R"~((lang\s*=)(\s*)("(?:\\.|[^\\])*?"|'(\\.|[^\\])*?'|[^\s>]+))~", [](Runner& r) {
         r.groups({Tok::NameAttribute, Tok::Text, Tok::Str});
         r.vars[0] = lookup_lang(r.m(3));
      })
      .mixin("tag");
   l.state("template")
      .rule(R"({{)", [](Runner& r) {
         r.token(Tok::StrInterpol);
         r.push("template_interpol");
         interpolation_js(r).reset();
      })
      .mixin("embed");
   l.state("template_interpol")
      .rule(R"(}})", Tok::StrInterpol, "#pop")
      .rule(R"(})", Tok::Error)
      .mixin("template_interpol_inner");
   l.state("template_interpol_inner")
      .rule(R"({)", [](Runner& r) {
         r.delegate(interpolation_js(r), r.m());
         r.push_self();
      })
      .rule(R"(})", [](Runner& r) {
         r.delegate(interpolation_js(r), r.m());
         r.pop();
      })
      .rule(R"([^{}]+)", [](Runner& r) { r.delegate(interpolation_js(r), r.m()); });
   l.state("embed").rule(R"([^{<]+)", embed).rule(R"([<{][^<{]*)", embed);
   l.finish();
   return l;
}

}  // namespace

const Lexer& vue_lexer() {
   static const Lexer lexer = make_vue();
   return lexer;
}

}  // namespace jekyllpp::highlight
