#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?:[\p{L}\p{Nl}$_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*))";

constexpr const char* js_keywords =
   "as async await break case catch continue debugger default delete do else export finally "
   "from for if import in instanceof new of return super switch this throw try typeof void "
   "while yield ";
constexpr const char* js_declarations =
   "var let const with function class extends constructor get set static ";
constexpr const char* js_reserved = "enum implements interface package private protected public ";
constexpr const char* js_builtins =
   "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun "
   "decodeURI decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN "
   "parseFloat parseInt document window navigator self global Promise Set Map WeakSet WeakMap "
   "Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array "
   "Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array "
   "DataView ArrayBuffer ";

struct Vocabulary {
   Words keywords, declarations, reserved, constants, builtins;
};

// Rouge's JavaScript lexer; TypeScript subclasses it with more words and a few rules first.
void define_javascript(Lexer& l, const Vocabulary& words) {
   l.state("multiline_comment")
      .rule(R"([*]/)", Tok::CommentMultiline, "#pop")
      .rule(R"([^*/]+)", Tok::CommentMultiline)
      .rule(R"([*/])", Tok::CommentMultiline);
   l.state("comments_and_whitespace")
      .rule(R"(\s+)", Tok::Text)
      .rule(R"(<!--)", Tok::Comment)
      .rule(R"(//.*?$)", Tok::CommentSingle)
      .rule(R"(/[*])", Tok::CommentMultiline, "multiline_comment");
   l.state("expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex");
      })
      .rule(R"([{])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("object");
      })
      .rule("", Tok::Text, "#pop");
   l.state("regex")
      .rule(R"(/)", [](Runner& r) {
         r.token(Tok::StrRegex);
         r.go_to("regex_end");
      })
      .rule(R"([^/]\n)", Tok::Error, "#pop")
      .rule(R"(\n)", Tok::Error, "#pop")
      .rule(R"(\[\^)", Tok::StrEscape, "regex_group")
      .rule(R"(\[)", Tok::StrEscape, "regex_group")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"([(][?][:=<!])", Tok::StrEscape)
      .rule(R"([{][\d,]+[}])", Tok::StrEscape)
      .rule(R"([()?])", Tok::StrEscape)
      .rule(R"(.)", Tok::StrRegex);
   l.state("regex_end")
      .rule(R"([gimuy]+)", Tok::StrRegex, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("regex_group")
      .rule(R"(/)", Tok::StrEscape)
      .rule(R"([^/]\n)", [](Runner& r) {
         r.token(Tok::Error);
         r.pop(2);
      })
      .rule(R"(\])", Tok::StrEscape, "#pop")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule(R"(.)", Tok::StrRegex);
   l.state("root")
      .rule(R"((?m)\A\s*#!.*?\n)", Tok::CommentPreproc, "statement")
      .rule(R"((?<=\n)(?=\s|/|<!--))", Tok::Text, "expr_start")
      .mixin("comments_and_whitespace")
      .rule(R"((?x)\+\+ | -- | ~ | \?\?=? | && | \|\| | \\(?=\n) | << | >>>? | === | !== )",
            Tok::Operator, "expr_start")
      .rule(R"([-<>+*%&|\^/!=]=?)", Tok::Operator, "expr_start")
      .rule(R"([(\[,])", Tok::Punctuation, "expr_start")
      .rule(R"(;)", Tok::Punctuation, "statement")
      .rule(R"([)\].])", Tok::Punctuation)
      .rule(R"(`)", Tok::StrDouble, "template_string")
      .rule(R"([?][.])", Tok::Punctuation)
      .rule(R"([?])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("ternary");
         r.push("expr_start");
      })
      .rule(R"((\@)(\w+)?)", [](Runner& r) {
         r.groups({Tok::Punctuation, Tok::NameDecorator});
         r.push("expr_start");
      })
      .rule(R"([{}])", Tok::Punctuation, "statement")
      .rule(id, [&words](Runner& r) {
         std::string_view word = r.m();
         if (words.keywords.has(word)) {
            r.token(Tok::Keyword);
            r.push("expr_start");
         } else if (words.declarations.has(word)) {
            r.token(Tok::KeywordDeclaration);
            r.push("expr_start");
         } else if (words.reserved.has(word)) {
            r.token(Tok::KeywordReserved);
         } else if (words.constants.has(word)) {
            r.token(Tok::KeywordConstant);
         } else if (words.builtins.has(word)) {
            r.token(Tok::NameBuiltin);
         } else {
            r.token(Tok::NameOther);
         }
      })
      .rule(R"([0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?)", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"((?i)0o[0-7][0-7_]*)", Tok::NumOct)
      .rule(R"((?i)0b[01][01_]*)", Tok::NumBin)
      .rule(R"([0-9]+)", Tok::NumInteger)
      .rule(R"(")", Tok::StrDelimiter, "dq")
      .rule(R"(')", Tok::StrDelimiter, "sq")
      .rule(R"(:)", Tok::Punctuation);
   l.state("dq")
      .rule(R"(\\[\\nrt"]?)", Tok::StrEscape)
      .rule(R"([^\\"]+)", Tok::StrDouble)
      .rule(R"(")", Tok::StrDelimiter, "#pop");
   l.state("sq")
      .rule(R"(\\[\\nrt']?)", Tok::StrEscape)
      .rule(R"([^\\']+)", Tok::StrSingle)
      .rule(R"(')", Tok::StrDelimiter, "#pop");
   l.state("statement")
      .rule(R"(case\b)", [](Runner& r) {
         r.token(Tok::Keyword);
         r.go_to("expr_start");
      })
      .rule("(" + id + R"()(\s*)(:))", {Tok::NameLabel, Tok::Text, Tok::Punctuation})
      .mixin("expr_start");
   l.state("object")
      .mixin("comments_and_whitespace")
      .rule(R"([{])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push_self();
      })
      .rule(R"([}])", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("statement");
      })
      .rule("(" + id + R"()(\s*)(:))", [](Runner& r) {
         r.groups({Tok::NameAttribute, Tok::Text, Tok::Punctuation});
         r.push("expr_start");
      })
      .rule(R"(:)", Tok::Punctuation)
      .mixin("root");
   l.state("ternary")
      .rule(R"(:)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("expr_start");
      })
      .mixin("root");
   l.state("template_string")
      .rule(R"([$]\{)", Tok::Punctuation, "template_string_expr")
      .rule(R"(`)", Tok::StrDouble, "#pop")
      .rule(R"(\\[$`])", Tok::StrEscape)
      .rule(R"([^$`\\]+)", Tok::StrDouble)
      .rule(R"([\\$])", Tok::StrDouble);
   l.state("template_string_expr").rule(R"(\})", Tok::Punctuation, "#pop").mixin("root");
}

const char* const js_constants = "true false null NaN Infinity undefined";

Lexer make_javascript() {
   static const Vocabulary words{Words(js_keywords), Words(js_declarations), Words(js_reserved),
                                 Words(js_constants), Words(js_builtins)};
   Lexer l("javascript");
   define_javascript(l, words);
   l.finish();
   return l;
}

const Vocabulary& typescript_words() {
   static const std::string keywords =
      std::string(js_keywords) + "is namespace static private protected public implements readonly";
   static const std::string declarations = std::string(js_declarations) + "type abstract";
   static const std::string reserved = std::string(js_reserved) +
      "string any void number namespace module declare default interface keyof";
   static const std::string builtins = std::string(js_builtins) + "Pick Partial Readonly Record";
   static const Vocabulary words{Words(keywords), Words(declarations), Words(reserved),
                                 Words(js_constants), Words(builtins)};
   return words;
}

// TypeScript's rules that come before JavaScript's (Rouge's TypescriptCommon).
void prepend_typescript(Lexer& l) {
   l.state("root")
      .rule(R"([?][.])", Tok::Punctuation)
      .rule(R"([?]{2})", Tok::Operator);
   l.state("statement").rule("(" + id + R"()(\??)(\s*)(:))", [](Runner& r) {
      r.groups({Tok::NameLabel, Tok::Punctuation, Tok::Text, Tok::Punctuation});
      r.push("expr_start");
   });
}

Lexer make_typescript() {
   Lexer l("typescript");
   prepend_typescript(l);
   define_javascript(l, typescript_words());
   l.finish();
   return l;
}

// Rouge's QML: JavaScript, where `Type {` opens a block of `name: value` properties, signals
// and nested types.
Lexer make_qml() {
   static const Vocabulary words{Words(js_keywords), Words(js_declarations), Words(js_reserved),
                                 Words(js_constants), Words(js_builtins)};
   const std::string name = "([$a-zA-Z_][a-zA-Z0-9_.]*)";
   Lexer l("qml");
   l.state("root")
      .rule(name + R"((\s*)({))", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Text, Tok::Punctuation});
         r.push("type_block");
      })
      .rule(name + R"((\s+)(on)(\s+))" + name + R"((\s*)({))", [](Runner& r) {
         r.groups({Tok::KeywordType, Tok::Text, Tok::Keyword, Tok::Text, Tok::NameLabel, Tok::Text,
                   Tok::Punctuation});
         r.push("type_block");
      })
      .rule(R"([{])", Tok::Punctuation, "#push");
   l.state("type_block")
      .rule(R"((id)(\s*)(:)(\s*))" + name,
            {Tok::NameLabel, Tok::Text, Tok::Punctuation, Tok::Text, Tok::KeywordDeclaration})
      .rule(name + R"((\s*)(:))", [](Runner& r) {
         r.groups({Tok::NameLabel, Tok::Text, Tok::Punctuation});
         r.push("expr_start");
      })
      .rule(R"((signal)(\s+))" + name, [](Runner& r) {
         r.groups({Tok::KeywordDeclaration, Tok::Text, Tok::NameLabel});
         r.push("signal");
      })
      .rule(R"((property)(\s+))" + name + R"((\s+))" + name + R"((\s*)(:?))", [](Runner& r) {
         r.groups({Tok::KeywordDeclaration, Tok::Text, Tok::KeywordType, Tok::Text, Tok::NameLabel,
                   Tok::Text, Tok::Punctuation});
         r.push("expr_start");
      })
      .rule(R"([}])", Tok::Punctuation, "#pop")
      .mixin("root");
   l.state("signal")
      .mixin("comments_and_whitespace")
      .rule(R"(\()", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("signal_args");
      })
      .rule("", Tok::Text, "#pop");
   l.state("signal_args")
      .mixin("comments_and_whitespace")
      .rule(name + R"((\s+))" + name + R"((\s*)(,?))",
            {Tok::KeywordType, Tok::Text, Tok::Name, Tok::Text, Tok::Punctuation})
      .rule(R"(\))", Tok::Punctuation, "#pop");
   define_javascript(l, words);
   l.finish();
   return l;
}

void open_interpolation(Runner& r) {
   r.token(Tok::StrInterpol);
   r.push("interpol");
   r.push("expr_start");
}

// Rouge's JSX: JavaScript with XML-like elements, whose text goes to the HTML lexer.
void define_jsx(Lexer& l, const Vocabulary& words) {
   l.on_start([](Runner& r) {
      r.child(html_lexer()).reset();
      r.push("expr_start");
   });
   l.state("expr_start").mixin("tag");
   l.state("tag").rule(R"(<)", [](Runner& r) {
      r.token(Tok::Punctuation);
      r.push("tag_opening");
      r.push("element");
      r.push("element_name");
   });
   l.state("tag_opening")
      .rule(R"(<\/)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("element");
         r.push("element_name");
      })
      .mixin("tag")
      .rule(R"(\{)", open_interpolation)
      .rule(R"([^<{]+)", [](Runner& r) { r.delegate(r.child(html_lexer()), r.m()); });
   l.state("element")
      .mixin("comments_and_whitespace")
      .rule(R"(\/>)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.pop(2);
      })
      .rule(R"(>)", Tok::Punctuation, "#pop")
      .rule(R"(\{)", open_interpolation)
      .rule(R"(\w[\w-]*)", Tok::NameAttribute)
      .rule(R"(=)", Tok::Punctuation)
      .rule(R"((["']).*?(\1))", Tok::Str);
   l.state("element_name")
      .rule(R"([A-Z]\w*)", Tok::NameClass)
      .rule(R"(\w+)", Tok::NameTag)
      .rule(R"(\.)", Tok::Punctuation)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("interpol")
      .rule(R"(\})", Tok::StrInterpol, "#pop")
      .rule(R"(\{)", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.push("interpol_inner");
         r.push("statement");
      })
      .mixin("root");
   l.state("interpol_inner")
      .rule(R"(\})", [](Runner& r) {
         r.token(Tok::Punctuation);
         r.go_to("statement");
      })
      .mixin("root");
   define_javascript(l, words);
}

Lexer make_jsx() {
   static const Vocabulary words{Words(js_keywords), Words(js_declarations), Words(js_reserved),
                                 Words(js_constants), Words(js_builtins)};
   Lexer l("jsx");
   define_jsx(l, words);
   l.finish();
   return l;
}

Lexer make_tsx() {
   Lexer l("tsx");
   prepend_typescript(l);
   l.state("element_name").rule(R"((\w+)(,))", [](Runner& r) {
      r.groups({Tok::NameOther, Tok::Punctuation});
      r.pop(3);
   });
   define_jsx(l, typescript_words());
   l.finish();
   return l;
}

}  // namespace

const Lexer& javascript_lexer() {
   static const Lexer lexer = make_javascript();
   return lexer;
}

const Lexer& qml_lexer() {
   static const Lexer lexer = make_qml();
   return lexer;
}

const Lexer& typescript_lexer() {
   static const Lexer lexer = make_typescript();
   return lexer;
}

const Lexer& jsx_lexer() {
   static const Lexer lexer = make_jsx();
   return lexer;
}

const Lexer& tsx_lexer() {
   static const Lexer lexer = make_tsx();
   return lexer;
}

}  // namespace jekyllpp::highlight
