// Rouge's Slim lexer: line-oriented, by indentation, as Haml. Ruby code goes to one Ruby lexer and
// inline HTML to one HTML lexer (neither reset between lines); a filter's body goes to that
// filter's lexer, one instance per filter kept for the whole text and reset at each filter.
#include <string>

#include "lexers/indentation.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string ruby_chars = R"([\w\!\?\@\$])";
// Slim lines may be wrapped with a backslash: this "any character" takes "\\\n" as one.
const std::string dot = R"((\\\n|.))";
const std::string dirty_html = R"((</?[\w\s\=\'\"]+?/?>))";

struct Filter {
   const char* name;
   const Lexer& (*lexer)();
};
const Filter filters[] = {{"ruby", ruby_lexer},       {"erb", erb_lexer},
                          {"javascript", javascript_lexer}, {"css", css_lexer},
                          {"coffee", coffeescript_lexer}, {"markdown", markdown_lexer},
                          {"scss", scss_lexer},       {"sass", sass_lexer}};

// The filter of the current block is kept in vars[2] (its index + 1; 0: none).
const Lexer* filter_lexer(const Runner& r) { return r.vars[2] ? &filters[r.vars[2] - 1].lexer() : nullptr; }

Runner& ruby(Runner& r) { return r.child(ruby_lexer()); }
Runner& html(Runner& r) { return r.child(html_lexer()); }

// "*" then Ruby code: a splat or a dynamic tag.
void splat(Runner& r) {
   r.token(Tok::Punctuation, r.m(1));
   r.delegate(ruby(r), r.m(2));
}

Lexer make_slim() {
   Lexer l("slim");
   l.on_start([](Runner& r) {
      start_indentation(r);
      ruby(r).reset();
      html(r).reset();
   });
   l.state("root")
      .rule(R"(\s*\n)", Tok::Text)
      .rule(R"(\s*)", [](Runner& r) {
         r.token(Tok::Text);
         indentation(r, r.m());
      });
   l.state("content")
      .mixin("css")
      .rule("/" + dot + "*", Tok::Comment, "indented_block")
      .rule(R"((doctype)(\s+)(.*))", [](Runner& r) {
         r.groups({Tok::NameNamespace, Tok::Whitespace, Tok::Text});
         r.pop();
      })
      .rule(R"((\w*):\s*\n)", [](Runner& r) {
         r.token(Tok::NameDecorator);
         r.pop();
         starts_block(r, "filter_block");
         r.vars[2] = 0;
         for (std::size_t i = 0; i < std::size(filters); ++i)
            if (r.m(1) == filters[i].name) r.vars[2] = static_cast<int>(i) + 1;
         if (const Lexer* filter = filter_lexer(r)) r.child(*filter).reset();
      })
      .rule(R"([\|'](?=\s))", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop();
         starts_block(r, "plain_block");
         r.go_to("plain_block");
      })
      .rule(R"(-|==|=)", Tok::Punctuation, "ruby_line")
      .rule(R"((\*)()" + ruby_chars + R"(+\(.*?\)))", [](Runner& r) {
         splat(r);
         r.push("tag");
      })
      .rule(R"((\*)()" + ruby_chars + "+)", [](Runner& r) {
         splat(r);
         r.push("tag");
      })
      .rule(dirty_html, [](Runner& r) {
         r.delegate(html(r), r.m(1));
         r.pop();
      })
      .rule(R"(\w+)", Tok::NameTag, "tag");
   l.state("tag")
      .mixin("css")
      .mixin("indented_block")
      .mixin("interpolation")
      .rule(R"([<>])", Tok::Punctuation)
      .rule(R"(\s+?)", Tok::Whitespace)
      .rule(R"((\*)()" + ruby_chars + "+)", splat)
      .rule(R"((\*)(\{)" + dot + R"(+?\}))", splat)
      .rule(R"(([\w\-]+)(\s*)(\=))", [](Runner& r) {
         r.groups({Tok::NameAttribute, Tok::Whitespace, Tok::Punctuation});
         r.push("html_attr");
      })
      .rule(R"((\=)()" + dot + "+)", splat)
      .rule(R"(&\S*?;)", Tok::NameEntity)
      .rule(dot + "+?", Tok::Text)
      .rule(R"(\s*\n)", Tok::Whitespace, "#pop");
   l.state("css")
      .rule(R"(\.[\w-]*)", [](Runner& r) {
         r.token(Tok::NameClass);
         r.go_to("tag");
      })
      .rule(R"(#[a-zA-Z][\w:-]*)", [](Runner& r) {
         r.token(Tok::NameFunction);
         r.go_to("tag");
      });
   l.state("html_attr")
      .rule(R"(\s*(['"]))" + dot + R"(*?\1)", Tok::Str, "#pop")
      .rule("(" + ruby_chars + R"(+\(.*?\)))", [](Runner& r) {
         r.delegate(ruby(r), r.m(1));
         r.pop();
      })
      .rule("(" + ruby_chars + "+)", [](Runner& r) {
         r.delegate(ruby(r), r.m(1));
         r.pop();
      })
      .rule(R"(\s+)", Tok::Whitespace);
   l.state("ruby_line")
      .mixin("indented_block")
      .rule(R"([,\\]\s*\n)", [](Runner& r) { r.delegate(ruby(r), r.m()); })
      .rule(R"([ ]\|[ \t]*\n)", Tok::StrEscape)
      .rule(R"(.*?(?=([,\\]$| \|)?[ \t]*$))", [](Runner& r) { r.delegate(ruby(r), r.m()); });
   l.state("filter_block")
      .rule(R"(([^#\n]|#[^{\n]|(\\\\)*\\#\{)+)", [](Runner& r) {
         if (const Lexer* filter = filter_lexer(r)) r.delegate(r.child(*filter), r.m());
         else r.token(Tok::NameDecorator);
      })
      .mixin("interpolation")
      .mixin("indented_block");
   l.state("plain_block")
      .mixin("interpolation")
      .rule(dirty_html, [](Runner& r) { r.delegate(html(r), r.m(1)); })
      .rule(R"(&\S*?;)", Tok::NameEntity)
      .rule(dot + "+?", Tok::Text)
      .mixin("indented_block");
   l.state("interpolation").rule(R"(#[{])", Tok::StrInterpol, "ruby_interp");
   l.state("ruby_interp").rule(R"([}])", Tok::StrInterpol, "#pop").mixin("ruby_interp_inner");
   l.state("ruby_interp_inner")
      .rule(R"([{])", [](Runner& r) {
         r.delegate(ruby(r), r.m());
         r.push("ruby_interp_inner");
      })
      .rule(R"([}])", [](Runner& r) {
         r.delegate(ruby(r), r.m());
         r.pop();
      })
      .rule(R"([^{}]+)", [](Runner& r) { r.delegate(ruby(r), r.m()); });
   l.state("indented_block").rule(R"((?<!\\)\n)", [](Runner& r) {
      r.token(Tok::Text);
      r.reset_stack();
   });
   l.finish();
   return l;
}

}  // namespace

const Lexer& slim_lexer() {
   static const Lexer lexer = make_slim();
   return lexer;
}

}  // namespace jekyllpp::highlight
