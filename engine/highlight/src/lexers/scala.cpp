// Rouge's Scala lexer. Identifiers and operators follow the lexical syntax of the Scala
// specification: an operator is any printable ASCII or math/other symbol that is not a letter,
// digit, bracket, delimiter or space; an identifier ending in "_" may continue with operators.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string whitespace = R"(\p{White_Space})";
const std::string letter = R"([\p{L}$_])";
const std::string upper = R"([\p{Lu}$_])";
const std::string digits = "[0-9]";
const std::string op = "(?:(?!" + whitespace + "|" + letter + "|" + digits + R"(|[(){}\[\]]|[‘’".;,]))"
                       R"([\x{20}-\x{7F}\p{Sm}\p{So}]))";
const std::string idrest = "(?:" + letter + "(?:" + letter + "|" + digits + ")*(?:(?<=_)" + op + "+)?)";
// A name, an operator, or a `quoted` name.
const std::string named = "(?:" + idrest + "|" + op + "+|`[^`]+`)";

const std::string keywords = alternation(
   "abstract case catch def do else extends final finally for forSome if implicit lazy match "
   "new override private protected requires return sealed super this throw try val var while "
   "with yield");

Lexer make_scala() {
   Lexer l("scala");
   l.state("root")
      .rule(R"((class|trait|object)(\s+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("class");
      })
      .rule("'" + idrest + "(?!')", Tok::StrSymbol)
      .rule(R"([^\S\n]+)", Tok::Text)
      .rule(R"(//.*)", Tok::CommentSingle)
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule("@" + idrest, Tok::NameDecorator)
      .rule(R"((def)(\s+)()" + named + R"()(\s*))",
            {Tok::Keyword, Tok::Text, Tok::NameFunction, Tok::Text})
      .rule(R"((val)(\s+)()" + named + R"()(\s*))",
            {Tok::Keyword, Tok::Text, Tok::NameVariable, Tok::Text})
      .rule(R"((this)(\n*)(\.)()" + idrest + ")",
            {Tok::Keyword, Tok::Text, Tok::Operator, Tok::NameProperty})
      .rule("(" + idrest + R"(|_)(\n*)(\.)()" + idrest + ")",
            {Tok::NameVariable, Tok::Text, Tok::Operator, Tok::NameProperty})
      .rule(upper + idrest + R"(\b)", Tok::NameClass)
      .rule("(" + idrest + ")(" + whitespace + R"(*)(\())",
            {Tok::NameFunction, Tok::Text, Tok::Operator})
      .rule(R"((\.)()" + idrest + ")", {Tok::Operator, Tok::NameProperty})
      .rule("(" + keywords + R"()\b|(<[%:-]|=>|>:|[#=@_\x{21D2}\x{2190}])(\b|(?=\s)|$))",
            Tok::Keyword)
      .rule(":(?!" + op + ")", Tok::Keyword, "type")
      .rule(R"((true|false|null)\b)", Tok::KeywordConstant)
      .rule(R"((import|package)(\s+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("import");
      })
      .rule(R"((type)(\s+))", [](Runner& r) {
         r.groups({Tok::Keyword, Tok::Text});
         r.push("type");
      })
      .rule(R"~((?m)""".*?"""(?!"))~", Tok::Str)
      .rule(R"("(\\\\|\\"|[^"])*")", Tok::Str)
      .rule(R"('\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}')", Tok::StrChar)
      .rule(idrest, Tok::Name)
      .rule(R"(`[^`]+`)", Tok::Name)
      .rule(R"(\[)", Tok::Operator, "typeparam")
      .rule(R"([\(\)\{\};,.#])", Tok::Operator)
      .rule(op + "+", Tok::Operator)
      .rule(R"(([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?)", Tok::NumFloat)
      .rule(R"(([0-9][0-9]*[fFdD]))", Tok::NumFloat)
      .rule(R"(0x[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"([0-9]+L?)", Tok::NumInteger)
      .rule(R"(\n)", Tok::Text);
   l.state("class")
      .rule("(" + named + R"()(\s*)(\[))", [](Runner& r) {
         r.groups({Tok::NameClass, Tok::Text, Tok::Operator});
         r.push("typeparam");
      })
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(\{)", Tok::Operator, "#pop")
      .rule(R"(\()", Tok::Operator, "#pop")
      .rule(R"(//.*)", Tok::CommentSingle, "#pop")
      .rule(named, Tok::NameClass, "#pop");
   // Rouge's chunk of a type path; its third branch wants operators then a `quoted` name.
   const std::string chunk = "(?:" + idrest + "|" + op + "+`[^`]+`)";
   const std::string path = chunk + R"((?:\.)" + chunk + ")*";
   l.state("type")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(<[%:]|>:|[#_\x{21D2}]|forSome|type)", Tok::Keyword)
      .rule(R"(([,\);}]|=>|=)(\s*))", [](Runner& r) {
         r.groups({Tok::Operator, Tok::Text});
         r.pop();
      })
      .rule(R"([\(\{])", Tok::Operator, "type")
      .rule("(" + path + R"()(\s*)(\[))", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Text, Tok::Operator});
         r.pop();
         r.push("typeparam");
      })
      .rule("(" + path + R"()(\s*)$)", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Text});
         r.pop();
      })
      .rule(R"(//.*)", Tok::CommentSingle, "#pop")
      .rule(R"(\.|)" + named, Tok::KeywordType);
   l.state("typeparam")
      .rule(R"([\s,]+)", Tok::Text)
      .rule(R"(<[%:]|=>|>:|[#_\x{21D2}]|forSome|type)", Tok::Keyword)
      .rule(R"(([\]\)\}]))", Tok::Operator, "#pop")
      .rule(R"([\(\[\{])", Tok::Operator, "typeparam")
      .rule(R"(\.|)" + named, Tok::KeywordType);
   l.state("comment")
      .rule(R"([^/\*]+)", Tok::CommentMultiline)
      .rule(R"(/\*)", Tok::CommentMultiline, "comment")
      .rule(R"(\*/)", Tok::CommentMultiline, "#pop")
      .rule(R"([*/])", Tok::CommentMultiline);
   l.state("import").rule("(" + idrest + R"(|\.)+)", Tok::NameNamespace, "#pop");
   l.finish();
   return l;
}

}  // namespace

const Lexer& scala_lexer() {
   static const Lexer lexer = make_scala();
   return lexer;
}

}  // namespace jekyllpp::highlight
