#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id_head = R"((?:_|(?!\p{Mc})\p{Alphabetic}|[^\x{0000}-\x{FFFF}]))";
const std::string id_rest = R"((?:[\p{Alphabetic}\p{Nd}_]|[^\x{0000}-\x{FFFF}]))";
const std::string id = "(?:" + id_head + id_rest + "*)";

const Words keywords(
   "await break case continue default do else fallthrough if in for return switch where while "
   "try catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ "
   "__FILE__ __FUNCTION__ __LINE__ associativity async didSet get infix inout isolated mutating "
   "none nonmutating operator override postfix precedence prefix set unowned weak willSet "
   "throws rethrows precedencegroup");
const Words declarations(
   "actor class deinit enum convenience extension final func import init internal lazy let "
   "nonisolated optional private protocol public required static struct subscript typealias "
   "var dynamic indirect associatedtype open fileprivate some");
const Words constants("true false nil");

bool starts_upper(std::string_view word) {
   static const Regex upper(R"(\p{Uppercase})");
   Match m;
   return upper.match(word, 0, m);
}

Lexer make_swift() {
   Lexer l("swift");
   l.on_start([](Runner& r) { r.push("bol"); });
   l.state("bol")
      .rule(R"(#.*)", Tok::CommentPreproc)
      .mixin("inline_whitespace")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("inline_whitespace").rule(R"((?m)\s+)", Tok::Text).mixin("has_comments");
   l.state("whitespace")
      .rule(R"((?m)\n+)", Tok::Text, "bol")
      .rule(R"(\/\/.*?$)", Tok::CommentSingle, "bol")
      .mixin("inline_whitespace");
   l.state("has_comments").rule(R"(/[*])", Tok::CommentMultiline, "nested_comment");
   l.state("nested_comment")
      .mixin("has_comments")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"((?m)[^*/]+)", Tok::CommentMultiline)
      .rule(R"(.)", Tok::CommentMultiline);
   l.state("root")
      .mixin("whitespace")
      .rule(R"(\$(([1-9]\d*)?\d))", Tok::NameVariable)
      .rule(R"([()\[\]{}:;,?\\])", Tok::Punctuation)
      .rule(R"([-/=+*%<>!&|^.~]+)", Tok::Operator)
      .rule(R"(@?")", Tok::Str, "dq")
      .rule(R"('(\\.|.)')", Tok::StrChar)
      .rule(R"((?i)(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?)",
            Tok::NumFloat)
      .rule(R"((?i)\d+e[+-]?[0-9]+)", Tok::NumFloat)
      .rule(R"(0o?[0-7]+(?:_[0-7]+)*)", Tok::NumOct)
      .rule(R"(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?)",
            Tok::NumHex)
      .rule(R"(0b[01]+(?:_[01]+)*)", Tok::NumBin)
      .rule(R"([\d]+(?:_\d+)*)", Tok::NumInteger)
      .rule("@" + id, Tok::KeywordDeclaration)
      .rule(R"((private|internal)(\([ ]*)(\w+)([ ]*\)))", [](Runner& r) {
         if (r.m(3) == "set")
            r.token(Tok::KeywordDeclaration);
         else
            r.groups({Tok::KeywordDeclaration, Tok::KeywordDeclaration, Tok::Error,
                      Tok::KeywordDeclaration});
      })
      .rule(R"((unowned\([ ]*)(\w+)([ ]*\)))", [](Runner& r) {
         if (r.m(2) == "safe" || r.m(2) == "unsafe")
            r.token(Tok::KeywordDeclaration);
         else
            r.groups({Tok::KeywordDeclaration, Tok::Error, Tok::KeywordDeclaration});
      })
      .rule(R"(#available\([^)]+\))", Tok::KeywordDeclaration)
      .rule(R"((#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\)))",
            {Tok::KeywordDeclaration, Tok::NameFunction, Tok::KeywordDeclaration})
      .rule(R"(#(line|file|column|function|dsohandle))", Tok::KeywordDeclaration)
      .rule(R"((let|var)\b(\s*)()" + id + ")", {Tok::Keyword, Tok::Text, Tok::NameVariable})
      .rule(R"((let|var)\b(\s*)([(]))", {Tok::Keyword, Tok::Text, Tok::Punctuation}, "tuple")
      .rule(R"((?!\b(if|while|for|private|internal|unowned|switch|case)\b)\b)" + id +
               R"((?=(\?|!)?\s*[(]))",
            [](Runner& r) {
               r.token(starts_upper(r.m()) ? Tok::KeywordType : Tok::NameFunction);
            })
      .rule(R"(as[?!]?(?=\s))", Tok::Keyword)
      .rule(R"(try[!]?(?=\s))", Tok::Keyword)
      .rule(R"((#?(?!default)(?!\p{Uppercase}))" + id + R"()(\s*)(:))",
            {Tok::NameVariable, Tok::Text, Tok::Punctuation})
      .rule(id, [](Runner& r) {
         std::string_view word = r.m();
         if (keywords.has(word)) r.token(Tok::Keyword);
         else if (declarations.has(word)) r.token(Tok::KeywordDeclaration);
         else if (constants.has(word)) r.token(Tok::KeywordConstant);
         else if (starts_upper(word)) r.token(Tok::KeywordType);
         else r.token(Tok::Name);
      })
      .rule("(`)(" + id + ")(`)", {Tok::Punctuation, Tok::NameVariable, Tok::Punctuation});
   l.state("tuple")
      .rule("(" + id + ")", Tok::NameVariable)
      .rule("(`)(" + id + ")(`)", {Tok::Punctuation, Tok::NameVariable, Tok::Punctuation})
      .rule(R"(,)", Tok::Punctuation)
      .rule(R"([(])", Tok::Punctuation, "#push")
      .rule(R"([)])", Tok::Punctuation, "#pop")
      .mixin("inline_whitespace");
   l.state("dq")
      .rule(R"(\\[\\0tnr'"])", Tok::StrEscape)
      .rule(R"(\\[(])", Tok::StrEscape, "interp")
      .rule(R"(\\u\{[0-9a-fA-F]{1,8}\})", Tok::StrEscape)
      .rule(R"([^\\"]+)", Tok::Str)
      .rule(R"(""")", Tok::Str, "#pop")
      .rule(R"(")", Tok::Str, "#pop");
   l.state("interp")
      .rule(R"([(])", Tok::Punctuation, "interp_inner")
      .rule(R"([)])", Tok::StrEscape, "#pop")
      .mixin("root");
   l.state("interp_inner")
      .rule(R"([(])", Tok::Punctuation, "#push")
      .rule(R"([)])", Tok::Punctuation, "#pop")
      .mixin("root");
   l.finish();
   return l;
}

}  // namespace

const Lexer& swift_lexer() {
   static const Lexer lexer = make_swift();
   return lexer;
}

}  // namespace jekyllpp::highlight
