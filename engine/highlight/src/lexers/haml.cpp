// Rouge's Haml lexer: line-oriented, by indentation. Ruby code (after - = { #{) goes to one Ruby
// lexer (reset at each new code line), plain text to one HTML lexer, and the body of a :filter to
// the filter's lexer (reset at the filter), or is a Name.Decorator when Haml has none for it.
#include <string>

#include "lexers/indentation.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string identifier = R"([\w:-]+)";
const std::string ruby_var = R"([a-z]\w*)";
// Haml ignores " |\n" anywhere (it wraps long lines): this "any character" takes it as one.
const std::string dot = R"((?-x:[ ]\|\n(?=.*[ ]\|)|.))";

struct Filter {
   const char* name;
   const Lexer& (*lexer)();
};
const Filter filters[] = {{"javascript", javascript_lexer}, {"css", css_lexer}, {"ruby", ruby_lexer},
                          {"erb", erb_lexer}, {"markdown", markdown_lexer}, {"sass", sass_lexer}};

// The filter of the current block is kept in vars[2] (its index + 1; 0: none).
const Lexer* filter_lexer(const Runner& r) { return r.vars[2] ? &filters[r.vars[2] - 1].lexer() : nullptr; }

Runner& ruby(Runner& r) { return r.child(ruby_lexer()); }

void ruby_line(Runner& r, std::string_view state) {
   ruby(r).reset();
   r.push(state);
}

std::string_view strip(std::string_view s) {
   const char* space = " \t\n\v\f\r";
   std::size_t start = s.find_first_not_of(space);
   if (start == std::string_view::npos) return {};
   return s.substr(start, s.find_last_not_of(space) - start + 1);
}

Lexer make_haml() {
   Lexer l("haml");
   l.on_start([](Runner& r) {
      start_indentation(r);
      ruby(r).reset();
      r.child(html_lexer()).reset();
   });
   l.state("root")
      .rule(R"(\s*\n)", Tok::Text)
      .rule(R"(\s*)", [](Runner& r) {
         r.token(Tok::Text);
         indentation(r, r.m());
      });
   l.state("content")
      .mixin("css")
      .rule("%" + identifier, [](Runner& r) {
         r.token(Tok::NameTag);
         r.go_to("tag");
      })
      .rule("!!!" + dot + R"(*\n)", Tok::NameNamespace, "#pop")
      .rule("(/)(\\[" + dot + "*?\\])(" + dot + "*\\n)", [](Runner& r) {
         r.groups({Tok::Comment, Tok::CommentSpecial, Tok::Comment});
         r.pop();
      })
      .rule("/" + dot + R"(*\n)", [](Runner& r) {
         r.token(Tok::Comment);
         r.pop();
         starts_block(r, "html_comment_block");
      })
      .rule("-#" + dot + R"(*\n)", [](Runner& r) {
         r.token(Tok::Comment);
         r.pop();
         starts_block(r, "haml_comment_block");
      })
      .rule("-", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.reset_stack();
         ruby_line(r, "ruby_line");
      })
      .rule(":(" + dot + R"(*)\n)", [](Runner& r) {
         r.token(Tok::NameDecorator);
         r.pop();
         starts_block(r, "filter_block");
         const std::string_view name = strip(r.m(1));
         r.vars[2] = 0;
         for (std::size_t i = 0; i < std::size(filters); ++i)
            if (name == filters[i].name) r.vars[2] = static_cast<int>(i) + 1;
         if (const Lexer* filter = filter_lexer(r)) r.child(*filter).reset();
      })
      .mixin("eval_or_plain");
   l.state("css")
      .rule(R"(\.)" + identifier, [](Runner& r) {
         r.token(Tok::NameClass);
         r.go_to("tag");
      })
      .rule("#" + identifier, [](Runner& r) {
         r.token(Tok::NameFunction);
         r.go_to("tag");
      });
   l.state("tag")
      .mixin("css")
      .rule(R"([{])", [](Runner& r) {
         r.token(Tok::Punctuation);
         ruby_line(r, "ruby_tag");
      })
      .rule(R"(\[)" + dot + R"(*?\])", [](Runner& r) { r.delegate(ruby(r), r.m()); })
      .rule(R"(\()", Tok::Punctuation, "html_attributes")
      .rule(R"(\s*\n)", Tok::Text, "#pop")
      .rule(R"([<>]{1,2}(?=[ \t=]))", Tok::Punctuation)  // whitespace chompers
      .mixin("eval_or_plain");
   l.state("plain")
      .rule(R"(([^#\n]|#[^{\n]|(\\\\)*\\#\{)+)", [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); })
      .mixin("interpolation")
      .rule(R"(\n)", [](Runner& r) {
         r.token(Tok::Text);
         r.reset_stack();
      });
   l.state("eval_or_plain")
      .rule(R"([&!]?==)", Tok::Punctuation, "plain")
      .rule(R"([&!]?[=!])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.reset_stack();
         ruby_line(r, "ruby_line");
      })
      .rule("", [](Runner& r) { r.push("plain"); });
   l.state("ruby_line")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(,[ \t]*\n)", [](Runner& r) { r.delegate(ruby(r), r.m()); })
      .rule(R"([ ]\|[ \t]*\n)", Tok::StrEscape)
      .rule(R"(.*?(?=(,$| \|)?[ \t]*$))", [](Runner& r) { r.delegate(ruby(r), r.m()); });
   l.state("ruby_tag").mixin("ruby_inner");
   l.state("html_attributes")
      .rule(R"(\s+)", Tok::Text)
      .rule(identifier + R"(\s*=)", Tok::NameAttribute, "html_attribute_value")
      .rule(identifier, Tok::NameAttribute)
      .rule(R"(\))", Tok::Text, "#pop");
   l.state("html_attribute_value")
      .rule(R"(\s+)", Tok::Text)
      .rule(ruby_var, Tok::NameVariable, "#pop")
      .rule("@" + ruby_var, Tok::NameVariableInstance, "#pop")
      .rule(R"(\$)" + ruby_var, Tok::NameVariableGlobal, "#pop")
      .rule(R"('(\\\\|\\'|[^'\n])*')", Tok::Str, "#pop")
      .rule(R"~("(\\\\|\\"|[^"\n])*")~", Tok::Str, "#pop");
   l.state("html_comment_block").rule(dot + "+", Tok::Comment).mixin("indented_block");
   l.state("haml_comment_block").rule(dot + "+", Tok::CommentPreproc).mixin("indented_block");
   l.state("filter_block")
      .rule(R"(([^#\n]|#[^{\n]|(\\\\)*\\#\{)+)", [](Runner& r) {
         if (const Lexer* filter = filter_lexer(r)) r.delegate(r.child(*filter), r.m());
         else r.token(Tok::NameDecorator);
      })
      .mixin("interpolation")
      .mixin("indented_block");
   l.state("interpolation").rule(R"(#[{])", Tok::StrInterpol, "ruby");
   l.state("ruby").rule(R"([}])", Tok::StrInterpol, "#pop").mixin("ruby_inner");
   l.state("ruby_inner")
      .rule(R"([{])", [](Runner& r) {
         r.delegate(ruby(r), r.m());
         r.push("ruby_inner");
      })
      .rule(R"([}])", [](Runner& r) {
         r.delegate(ruby(r), r.m());
         r.pop();
      })
      .rule(R"([^{}]+)", [](Runner& r) { r.delegate(ruby(r), r.m()); });
   l.state("indented_block").rule(R"(\n)", [](Runner& r) {
      r.token(Tok::Text);
      r.reset_stack();
   });
   l.finish();
   return l;
}

}  // namespace

const Lexer& haml_lexer() {
   static const Lexer lexer = make_haml();
   return lexer;
}

}  // namespace jekyllpp::highlight
