// Rouge's IgorPro lexer (WaveMetrics Igor Pro procedures): declarations with their variable
// lists, function headers, operations with their /flags, #pragma lines and // comments.
#include <string>

#include "lexers/igorpro_words.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "structure endstructure threadsafe static macro proc window menu function end if else "
   "elseif endif switch strswitch endswitch break return continue for endfor do while case "
   "default try catch endtry abortonrte");
const Words preprocessor("pragma include define ifdef ifndef undef if elif else endif");
const Words declarations(
   "variable string wave strconstant constant nvar svar dfref funcref struct char uchar int16 "
   "uint16 int32 uint32 int64 uint64 float double");
const Words constants("nan inf");

const std::string object = R"((?i:\b[a-z][a-z0-9_\.]*?\b))";
const std::string no_line_break = R"((?:[ \t]|(?:\\\s*[\r\n]))+)";
// Rouge's names: its "float" is a hex number, its "hex" a decimal with a fraction.
const std::string number_float = R"((?i:0x[a-f0-9]+))";
const std::string number_hex = R"(\d+\.\d+(e[\+\-]?\d+)?)";
const std::string number_int = R"([\d]+(?:_\d+)*)";

// Rouge's unanchored /\b(v|s|w)_[a-z]+[a-z0-9]*/ on the lower-cased word.
bool is_system_name(const std::string& word) {
   static const Regex pattern(R"(\b(v|s|w)_[a-z]+[a-z0-9]*)", "", false);
   Match m;
   return pattern.match(word, 0, m);
}

Lexer make_igorpro() {
   Lexer l("igorpro");
   l.state("root")
      .rule(R"(//)", Tok::Comment, "comments")
      .rule(object, [](Runner& r) {
         std::string word = ascii_downcase(r.m());
         if (word.find("function") != std::string::npos) {
            r.token(Tok::KeywordDeclaration);
            r.push("parse_function");
         } else if (declarations.has(word)) {
            r.token(Tok::KeywordDeclaration);
            r.push("parse_variables");
         } else if (keywords.has(word)) {
            r.token(Tok::Keyword);
         } else if (constants.has(word)) {
            r.token(Tok::KeywordConstant);
         } else if (igorpro_functions().has(word)) {
            r.token(Tok::NameBuiltin);
         } else if (igorpro_operations().has(word)) {
            r.token(Tok::KeywordReserved);
            r.push("operationFlags");
         } else if (is_system_name(word)) {
            r.token(Tok::NameConstant);
         } else {
            r.token(Tok::Name);
         }
      })
      .mixin("preprocessor")
      .mixin("waveFlag")
      .mixin("characters")
      .mixin("numbers")
      .mixin("whitespace");
   l.state("preprocessor").rule(R"((\#)()" + object + ")", [](Runner& r) {
      if (preprocessor.has(ascii_downcase(r.m(2)))) {
         r.token(Tok::CommentPreproc);
      } else {
         r.token(Tok::Punctuation, r.m(1));  // as in #ModuleFunctions
         r.token(Tok::Name, r.m(2));
      }
   });
   l.state("assignment")
      .mixin("whitespace")
      .rule(R"(\")", Tok::StrDouble, "string1")
      .mixin("string2")
      .rule(number_float, Tok::NumFloat, "#pop")
      .rule(number_int, Tok::NumInteger, "#pop")
      .rule(R"([\(\[\{][^\)\]\}]+[\)\]\}])", Tok::Generic, "#pop")
      .rule(R"([^\s\/\(]+)", Tok::Generic, "#pop")
      .rule(R"()", [](Runner& r) { r.pop(); });
   l.state("parse_variables")
      .mixin("whitespace")
      .rule(R"([=])", Tok::Punctuation, "assignment")
      .rule(object, Tok::NameVariable)
      .rule(R"([\[\]])", Tok::Punctuation)  // optional parameters
      .rule(R"([,])", Tok::Punctuation, "parse_variables")
      .rule(R"(\))", Tok::Punctuation, "#pop")  // end of the parameters
      .rule(R"((?i)[/][a-z]+)", Tok::KeywordPseudo, "parse_variables")
      .rule(R"()", [](Runner& r) { r.pop(); });
   l.state("parse_function")
      .rule(R"((?i)[/][a-z]+)", Tok::KeywordPseudo)
      .mixin("whitespace")
      .rule(object, Tok::NameFunction)
      .rule(R"([\(])", Tok::Punctuation, "parse_variables")
      .rule(R"()", [](Runner& r) { r.pop(); });
   l.state("operationFlags")
      .rule(no_line_break, Tok::Text)
      .rule(R"([=])", Tok::Punctuation, "assignment")
      .rule(R"((?i)[/][a-z]+)", Tok::KeywordPseudo, "operationFlags")
      .rule(R"((?i)(as)(\s*)()" + object + ")",
            {Tok::KeywordType, Tok::Text, Tok::NameLabel})
      .rule(R"()", [](Runner& r) { r.pop(); });
   // Inline assignments of a strict form (as for Make).
   l.state("waveFlag")
      .rule(R"((?ix)(/(?:wave|X|Y))(\s*)(=)(\s*)()" + object + ")",
            {Tok::KeywordPseudo, Tok::Text, Tok::Punctuation, Tok::Text, Tok::NameVariable});
   l.state("characters")
      .rule(R"(\s)", Tok::Text)
      .rule(R"([\#$~!%^&*+=\|?:<>/-])", Tok::Operator)
      .rule(R"([{}()\[\],.;])", Tok::Punctuation)
      .rule(R"(\")", Tok::StrDouble, "string1")
      .mixin("string2");
   l.state("numbers")
      .rule(number_float, Tok::NumFloat)
      .rule(number_hex, Tok::NumHex)
      .rule(number_int, Tok::NumInteger);
   l.state("whitespace").rule(no_line_break, Tok::Text);
   l.state("string1")
      .rule(R"(%\w\b)", Tok::StrOther)
      .rule(R"(\\\\)", Tok::StrEscape)
      .rule(R"(\\\")", Tok::StrEscape)
      .rule(R"(\\)", Tok::StrEscape)
      .rule(R"([^"])", Tok::Str)
      .rule(R"(\")", Tok::StrDouble, "#pop");
   l.state("string2").rule(R"(\'[^']*\')", Tok::StrSingle);
   l.state("comments")
      .rule(R"((?i)([/]\s*)([@]\w+\b))", {Tok::Comment, Tok::CommentSpecial})  // doxygen
      .rule(R"([^\r\n])", Tok::Comment)
      .rule(R"()", [](Runner& r) { r.pop(); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& igorpro_lexer() {
   static const Lexer lexer = make_igorpro();
   return lexer;
}

}  // namespace jekyllpp::highlight
