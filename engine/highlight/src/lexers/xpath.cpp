// Rouge's XPath 3.1 lexer and its XQuery 3.1 subclass, which puts XML constructors, its own
// keywords, annotations, pragmas and string constructors before XPath's rules. Both follow the
// lexical states of the W3C grammars: after `as`, `cast as`, `instance of`... a type is read.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's terminal symbols. Its NCName is case-insensitive wherever it is interpolated.
const std::string digits = "[0-9]+";
const std::string decimal = R"(\.)" + digits + "|" + digits + R"(\.[0-9]*)";
const std::string double_literal =
   R"((\.)" + digits + ")|" + digits + R"((\.[0-9]*)?[eE][+-]?)" + digits;
const std::string string_literal = R"(("(""|[^"])*")|('(''|[^'])*'))";
const std::string nc_name = R"((?:[a-zA-Z_][a-zA-Z_\-.0-9]*))";
const std::string q_name = "(?:" + nc_name + ")(?::" + nc_name + ")?";
const std::string eq_name = R"((?:Q\{[^{}]*\})" + nc_name + "|" + q_name + ")";
const std::string open_paren = R"(\((?!:))";
const std::string kind_test =
   "element|attribute|schema-element|schema-attribute|comment|text|node|document-node|"
   "namespace-node";
const std::string axes =
   "child|descendant|attribute|self|descendant-or-self|following-sibling|following|namespace|"
   "parent|ancestor|preceding-sibling|preceding|ancestor-or-self";
const std::string operators = R"(,|=>|=|:=|:|>=|>>|>|<=|<<|<|-|\*|!=|\+|//|/|\|\||\|)";
const std::string keywords = "let|for|some|every|if|then|else|return|in|satisfies";
const std::string word_operators =
   "and|or|eq|ge|gt|le|lt|ne|is|div|mod|idiv|intersect|except|union|to";
const std::string xquery_keywords =
   keywords +
   "|xquery|encoding|version|declare|module|namespace|copy-namespaces|boundary-space|"
   "construction|default|collation|base-uri|preserve|strip|ordering|ordered|unordered|order|"
   "empty|greatest|least|preserve|no-preserve|inherit|no-inherit|decimal-format|"
   "decimal-separator|grouping-separator|infinity|minus-sign|NaN|percent|per-mille|zero-digit|"
   "digit|pattern-separator|exponent-separator|import|schema|at|element|option|function|"
   "external|context|item|typeswitch|switch|case|try|catch|validate|lax|strict|type|document|"
   "element|attribute|text|comment|processing-instruction|for|let|where|order|group|by|return|"
   "allowing|tumbling|stable|sliding|window|start|end|only|when|previous|next|count|collation|"
   "ascending|descending";

// XQuery's rules that come before XPath's in the root state, and its own states.
void add_xquery_rules(Lexer& l) {
   l.state("tags")
      .rule("<" + q_name, Tok::NameTag, "start_tag")
      .rule("<!--", Tok::Comment, "xml_comment")
      .rule(R"(<\?.*?\?>)", Tok::CommentPreproc)
      .rule(R"(<!\[CDATA\[.*?\]\]>)", Tok::CommentPreproc)
      .rule(R"(&\S*?;)", Tok::NameEntity);
   l.state("root")
      .mixin("tags")
      .rule(R"(\{)", Tok::Punctuation)
      .rule(R"(\}`?)", [](Runner& r) {
         r.token(Tok::Punctuation);
         if (r.depth() > 1) r.pop();
      })
      .rule(R"((namespace)(\s+)()" + nc_name + ")",
            {Tok::Keyword, Tok::Whitespace, Tok::NameNamespace})
      .rule("(" + xquery_keywords + R"()\b)", Tok::Keyword)
      .rule(";", Tok::Punctuation)
      .rule("%", Tok::KeywordDeclaration, "annotation")
      .rule(R"((\(#)(\s*)()" + eq_name + ")", [](Runner& r) {
         r.groups({Tok::CommentPreproc, Tok::Whitespace, Tok::NameTag});
         r.push("pragma");
      })
      .rule(R"(``\[)", Tok::Str, "str_constructor");
   l.state("annotation")
      .mixin("commentsAndWhitespace")
      .rule(eq_name, Tok::KeywordDeclaration, "#pop");
   l.state("pragma")
      .mixin("commentsAndWhitespace")
      .rule(R"(#\))", Tok::CommentPreproc, "#pop")
      .rule(".", Tok::CommentPreproc);
   l.state("str_constructor")
      .rule(R"(`\{)", Tok::Punctuation, "root")
      .rule(R"(\]``)", Tok::Str, "#pop")
      .rule(R"((?m)[^`\]]+)", Tok::Str)
      .rule(R"([`\]])", Tok::Str);
   l.state("xml_comment")
      .rule(R"((?m)[^-]+)", Tok::Comment)
      .rule("-->", Tok::Comment, "#pop")
      .rule("-", Tok::Comment);
   l.state("start_tag")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .rule(R"((?m)([\w.:-]+\s*=)("))", [](Runner& r) {
         r.groups({Tok::NameAttribute, Tok::Str});
         r.push("quot_attr");
      })
      .rule(R"((?m)([\w.:-]+\s*=)('))", [](Runner& r) {
         r.groups({Tok::NameAttribute, Tok::Str});
         r.push("apos_attr");
      })
      .rule(">", Tok::NameTag, "tag_content")
      .rule("/>", Tok::NameTag, "#pop");
   for (const char* quote : {"\"", "'"}) {
      l.state(*quote == '"' ? "quot_attr" : "apos_attr")
         .rule(quote, Tok::Str, "#pop")
         .rule(R"(\{\{)", Tok::Str)
         .rule(R"(\{)", Tok::Punctuation, "root")
         .rule(std::string("(?m)[^") + quote + "{>]+", Tok::Str);
   }
   l.state("tag_content")
      .rule(R"((?m)\s+)", Tok::Whitespace)
      .mixin("tags")
      .rule(R"((\{\{|\}\}))", Tok::Text)
      .rule(R"(\{)", Tok::Punctuation, "root")
      .rule(R"([^{}<&])", Tok::Text)
      .rule("</" + q_name + R"((\s*)>)", [](Runner& r) {
         r.token(Tok::NameTag);
         r.pop(2);  // this state and the start tag's
      });
}

// `cast as`, `treat as`, `instance of`: a type follows (in a type, it replaces the type read).
void add_type_commands(StateBuilder state, bool in_type) {
   state
      .rule(R"((cast|castable)(\s+)(as))", [in_type](Runner& r) {
         r.groups({Tok::Keyword, Tok::Whitespace, Tok::Keyword});
         if (in_type) r.go_to("singletype");
         else r.push("singletype");
      })
      .rule(R"((treat)(\s+)(as))", [in_type](Runner& r) {
         r.groups({Tok::Keyword, Tok::Whitespace, Tok::Keyword});
         if (in_type) r.go_to("itemtype");
         else r.push("itemtype");
      })
      .rule(R"((instance)(\s+)(of))", [in_type](Runner& r) {
         r.groups({Tok::Keyword, Tok::Whitespace, Tok::Keyword});
         if (in_type) r.go_to("itemtype");
         else r.push("itemtype");
      });
}

Lexer make_xpath(const char* tag, bool xquery) {
   Lexer l(tag);
   if (xquery) add_xquery_rules(l);
   l.state("commentsAndWhitespace")
      .rule(R"(\(:)", Tok::Comment, "comment")
      .rule(R"((?m)\s+)", Tok::Whitespace);
   auto root = l.state("root");
   root.mixin("commentsAndWhitespace")
      .rule(double_literal, Tok::NumFloat)
      .rule(decimal, Tok::NumFloat)
      .rule(digits, Tok::Num)
      .rule(string_literal, Tok::Str)
      .rule(R"(\$)", Tok::NameVariable, "varname")
      .rule(operators, Tok::Operator)
      .rule("(?:" + word_operators + R"()\b)", Tok::OperatorWord)
      .rule("(?:" + keywords + R"()\b)", Tok::Keyword)
      .rule(R"([?,{}()\[\]])", Tok::Punctuation)
      .rule(R"((function)(\s*)()" + open_paren + ")",
            {Tok::Keyword, Tok::Whitespace, Tok::Punctuation})
      .rule("(map|array|empty-sequence)", Tok::Keyword)
      .rule("(" + kind_test + R"()(\s*)()" + open_paren + ")", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Whitespace, Tok::Punctuation});
         r.push("kindtest");
      })
      .rule(R"((processing-instruction)(\s*)()" + open_paren + ")", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Whitespace, Tok::Punctuation});
         r.push("kindtestforpi");
      })
      .rule("(" + eq_name + R"()(\s*)()" + open_paren + ")",
            {Tok::NameFunction, Tok::Whitespace, Tok::Punctuation})
      .rule("(" + eq_name + R"()(\s*)(#)(\s*)(\d+))",
            {Tok::NameFunction, Tok::Whitespace, Tok::NameFunction, Tok::Whitespace,
             Tok::NameFunction});
   add_type_commands(root, false);
   root.rule(R"((as)\b)", Tok::Keyword, "itemtype")
      .rule("(" + nc_name + R"()(\s*)(:)(\s*)(\*))",
            {Tok::NameTag, Tok::Whitespace, Tok::Punctuation, Tok::Whitespace, Tok::Operator})
      .rule(R"((\*)(\s*)(:)(\s*)()" + nc_name + ")",
            {Tok::Operator, Tok::Whitespace, Tok::Punctuation, Tok::Whitespace, Tok::NameTag})
      .rule("(" + axes + R"()(\s*)(::))", {Tok::Keyword, Tok::Whitespace, Tok::Operator})
      .rule(R"(\.\.|\.|\*)", Tok::Operator)
      .rule("@", Tok::NameAttribute, "attrname")
      .rule(eq_name, Tok::NameTag);

   l.state("singletype")
      .mixin("commentsAndWhitespace")
      .rule(eq_name, Tok::KeywordType, "#pop");

   auto item = l.state("itemtype");
   item.mixin("commentsAndWhitespace")
      .rule("(" + kind_test + R"()(\s*)()" + open_paren + ")", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Whitespace, Tok::Punctuation});
         r.go_to("occurrenceindicator");
         r.push("kindtest");
      })
      .rule(R"((processing-instruction)(\s*)()" + open_paren + ")", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Whitespace, Tok::Punctuation});
         r.go_to("occurrenceindicator");
         r.push("kindtestforpi");
      })
      .rule(R"((item)(\s*)()" + open_paren + R"()(\s*)(\)))", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Whitespace, Tok::Punctuation, Tok::Whitespace,
                   Tok::Punctuation});
         r.go_to("occurrenceindicator");
      })
      .rule(R"((function|array|map|empty-sequence)(\s*)()" + open_paren + ")",
            {Tok::KeywordType, Tok::Whitespace, Tok::Punctuation});
   add_type_commands(item, true);
   item.rule(R"((as)\b)", Tok::Keyword)
      .rule(operators, Tok::Operator, "#pop")
      .rule("(?:" + word_operators + R"()\b)", Tok::OperatorWord, "#pop")
      .rule("(?:" + keywords + R"()\b)", Tok::Keyword, "#pop")
      .rule(R"([\[),])", Tok::Punctuation, "#pop")
      .rule(eq_name, [](Runner& r) {
         r.token(Tok::KeywordType);
         r.go_to("occurrenceindicator");
      });

   l.state("kindtest")
      .mixin("commentsAndWhitespace")
      .rule("[?*]", Tok::Operator)
      .rule(",", Tok::Punctuation)
      .rule(R"((element|schema-element)(\s*)()" + open_paren + ")", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Whitespace, Tok::Punctuation});
         r.push("kindtest");
      })
      .rule(eq_name, Tok::NameTag)
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("kindtestforpi")
      .mixin("commentsAndWhitespace")
      .rule(nc_name, Tok::Name)
      .rule(string_literal, Tok::Str)
      .rule(R"(\))", Tok::Punctuation, "#pop");
   l.state("occurrenceindicator")
      .mixin("commentsAndWhitespace")
      .rule("[?*+]", Tok::Operator, "#pop")
      .rule("(?![?*+])", [](Runner& r) { r.pop(); });
   l.state("varname")
      .mixin("commentsAndWhitespace")
      .rule("(" + eq_name + R"()(\s*)()" + open_paren + ")", [](Runner& r) {
         r.groups({Tok::NameVariable, Tok::Whitespace, Tok::Punctuation});
         r.pop();
      })
      .rule(eq_name, Tok::NameVariable, "#pop");
   l.state("attrname")
      .mixin("commentsAndWhitespace")
      .rule(eq_name, Tok::NameAttribute, "#pop")
      .rule(R"(\*)", Tok::Operator, "#pop");
   l.state("comment")
      .rule(R"(:\))", Tok::Comment, "#pop")
      .rule(R"(\(:)", Tok::Comment, "comment")
      .rule(R"((?m)[^:(]+)", Tok::Comment)
      .rule("[:(]", Tok::Comment);
   l.finish();
   return l;
}

}  // namespace

const Lexer& xpath_lexer() {
   static const Lexer lexer = make_xpath("xpath", false);
   return lexer;
}

const Lexer& xquery_lexer() {
   static const Lexer lexer = make_xpath("xquery", true);
   return lexer;
}

}  // namespace jekyllpp::highlight
