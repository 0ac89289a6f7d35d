#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string name_chars =
   R"((?:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*))";
const std::string class_name = "(?:`?[\\p{Lu}]" + name_chars + "`?)";
const std::string name = "(?:`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]" + name_chars + "`?)";
const std::string dec_digits = "(?:([0-9][0-9_]*[0-9])|[0-9])";
const std::string exponent = "(?:[eE][+-]?(" + dec_digits + "))";
const std::string double_lit = "(?:((" + dec_digits + ")?\\." + dec_digits + "(" + exponent +
                               ")?)|(" + dec_digits + exponent + "))";

Lexer make_kotlin() {
   static const std::string keywords = alternation(
      "abstract annotation as break by catch class companion const constructor continue "
      "crossinline do dynamic else enum external false final finally for fun get if import in "
      "infix inline inner interface internal is lateinit noinline null object open operator out "
      "override package private protected public reified return sealed set super suspend tailrec "
      "this throw true try typealias typeof val var vararg when where while yield");
   Lexer l("kotlin");
   l.state("root")
      .rule(R"(\b(companion)(\s+)(object)\b)", {Tok::Keyword, Tok::Text, Tok::Keyword})
      .rule(R"(\b(class|data\s+class|interface|object)(\s+))", {Tok::KeywordDeclaration, Tok::Text},
            "class")
      .rule(R"(\b(fun)(\s+))", {Tok::Keyword, Tok::Text}, "function")
      .rule(R"(\b(package|import)(\s+))", {Tok::Keyword, Tok::Text}, "package")
      .rule(R"(\b(val|var)(\s+)(\())", {Tok::KeywordDeclaration, Tok::Text, Tok::Punctuation},
            "destructure")
      .rule(R"(\b(val|var)(\s+))", {Tok::KeywordDeclaration, Tok::Text}, "property")
      .rule("(return|continue|break|this|super)(@" + name + R"()?\b)",
            {Tok::Keyword, Tok::NameDecorator})
      .rule(R"(\bfun\b)", Tok::Keyword)
      .rule(R"(\b(?:)" + keywords + R"()\b)", Tok::Keyword)
      .rule(R"(^\s*\[.*?\])", Tok::NameAttribute)
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(/[*].*[*]/)", Tok::CommentMultiline)
      .rule(R"(/[*].*)", Tok::CommentMultiline, "comment")
      .rule(R"(\n)", Tok::Text)
      .rule(R"((::)(class))", {Tok::Operator, Tok::Keyword})
      .rule(R"(::|!!|\?[:.])", Tok::Operator)
      .rule(R"((\.\.))", Tok::Operator)
      .rule("(" + double_lit + "[fF]?)|(" + dec_digits + "[fF])", Tok::NumFloat)
      .rule(R"(0[bB]([01][01_]*[01]|[01])[uU]?L?)", Tok::NumBin)
      .rule(R"(0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?)", Tok::NumHex)
      .rule(R"((([1-9][0-9_]*[0-9])|[0-9])[uU]?L?)", Tok::NumInteger)
      .rule(R"([~!%^&*()+=|\[\]:;,.<>/?-])", Tok::Punctuation)
      .rule(R"([{}])", Tok::Punctuation)
      .rule(R"~((?m)@"(""|[^"])*")~", Tok::Str)
      .rule(R"~((?m)""".*?""")~", Tok::Str)
      .rule(R"~((?m)"(\\\\|\\"|[^"\n])*["\n])~", Tok::Str)
      .rule(R"('\\.'|'[^\\]')", Tok::StrChar)
      .rule("(@" + class_name + ")", Tok::NameDecorator)
      .rule("(" + class_name + ")(<)", {Tok::NameClass, Tok::Punctuation}, "generic_parameters")
      .rule(class_name, Tok::NameClass)
      .rule("(" + name + R"()(?=\s*[({]))", Tok::NameFunction)
      .rule("(" + name + ")@", Tok::NameDecorator)
      .rule(name, Tok::Name);
   l.state("package").rule(R"(\S+)", Tok::NameNamespace, "#pop");
   l.state("class").rule(class_name, Tok::NameClass, "#pop");
   l.state("function")
      .rule(R"((<))", Tok::Punctuation, "generic_parameters")
      .rule(R"((\s+))", Tok::Text)
      .rule("(" + class_name + R"()(\.))", {Tok::NameClass, Tok::Punctuation})
      .rule(name, Tok::NameFunction, "#pop");
   l.state("generic_parameters")
      .rule(class_name, Tok::NameClass)
      .rule(R"((<))", Tok::Punctuation, "generic_parameters")
      .rule(R"((reified|out|in))", Tok::Keyword)
      .rule(R"(([,:.?]))", Tok::Punctuation)
      .rule(R"((\s+))", Tok::Text)
      .rule(R"((>))", Tok::Punctuation, "#pop");
   l.state("property")
      .rule(R"((<))", Tok::Punctuation, "generic_parameters")
      .rule(R"((\s+))", Tok::Text)
      .rule(name, Tok::NameProperty, "#pop");
   l.state("destructure")
      .rule(R"((,))", Tok::Punctuation)
      .rule(R"((\)))", Tok::Punctuation, "#pop")
      .rule(R"((\s+))", Tok::Text)
      .rule(name, Tok::NameProperty);
   l.state("comment")
      .rule(R"(/[*])", Tok::CommentMultiline, "comment")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"([^/*]+)", Tok::CommentMultiline)
      .rule(R"([/*])", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& kotlin_lexer() {
   static const Lexer lexer = make_kotlin();
   return lexer;
}

}  // namespace jekyllpp::highlight
