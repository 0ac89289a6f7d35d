#include <string>
#include <unordered_set>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?:[\p{XID_Start}_]\p{XID_Continue}*))";
const std::string escapes = R"((?:\\([nrt'"\\0]|x[0-9a-fA-F]{2}|u\{([0-9a-fA-F]_*){1,6}\})))";

bool is_builtin(std::string_view name) {
   static const std::unordered_set<std::string_view> names = {
      "Add", "BitAnd", "BitOr", "BitXor", "bool", "c_char", "c_double", "c_float", "char",
      "c_int", "clock_t", "c_long", "c_longlong", "Cons", "Const", "Copy", "c_schar", "c_short",
      "c_uchar", "c_uint", "c_ulong", "c_ulonglong", "c_ushort", "c_void", "dev_t", "DIR",
      "dirent", "Div", "Either", "Eq", "Err", "f32", "f64", "Failure", "FILE", "float", "fpos_t",
      "i16", "i32", "i64", "i8", "isize", "Index", "ino_t", "int", "intptr_t", "Left", "mode_t",
      "Modulo", "Mul", "Neg", "Nil", "None", "Num", "off_t", "Ok", "Option", "Ord", "Owned",
      "pid_t", "Ptr", "ptrdiff_t", "Right", "Send", "Shl", "Shr", "size_t", "Some", "ssize_t",
      "str", "Sub", "Success", "time_t", "u16", "u32", "u64", "u8", "usize", "uint",
      "uintptr_t", "Box", "Vec", "String", "Gc", "Rc", "Arc", "u128", "i128", "Result", "Sync",
      "Pin", "Unpin", "Sized", "Drop", "drop", "Fn", "FnMut", "FnOnce", "Clone", "PartialEq",
      "PartialOrd", "AsMut", "AsRef", "From", "Into", "Default", "DoubleEndedIterator",
      "ExactSizeIterator", "Extend", "IntoIterator", "Iterator"};
   return names.count(name) > 0;
}

// ints[0..2] count the open ] ) } delimiters of the macro invocation being lexed.
int delimiter_slot(char c) { return c == '[' || c == ']' ? 0 : c == '(' || c == ')' ? 1 : 2; }

Lexer make_rust() {
   Lexer l("rust");
   l.on_start([](Runner& r) {
      r.ints = {0, 0, 0};
      r.push("bol");
   });
   l.state("bol")
      .mixin("whitespace")
      .rule(R"(#\s[^\n]*)", Tok::CommentSpecial)
      .rule("", [](Runner& r) { r.pop(); });
   l.state("attribute")
      .mixin("whitespace")
      .mixin("has_literals")
      .rule(R"([(,)=:])", Tok::NameDecorator)
      .rule(R"(\])", Tok::NameDecorator, "#pop")
      .rule(id, Tok::NameDecorator);
   l.state("whitespace").rule(R"(\s+)", Tok::Text).mixin("comments");
   l.state("comments")
      .rule(R"(////+[^\n]*)", Tok::CommentSingle)
      .rule(R"(//[/!][^\n]*)", Tok::CommentDoc)
      .rule(R"(//[^\n]*)", Tok::CommentSingle)
      .rule(R"(/\*\*\*?/)", Tok::CommentMultiline)
      .rule(R"(/\*\*\*+)", Tok::CommentMultiline, "nested_plain_block")
      .rule(R"(/[*][*!])", Tok::CommentDoc, "nested_doc_block")
      .rule(R"(/[*])", Tok::CommentMultiline, "nested_plain_block");
   for (auto [name, tok] : {std::pair{"nested_plain_block", Tok::CommentMultiline},
                            std::pair{"nested_doc_block", Tok::CommentDoc}}) {
      l.state(name)
         .rule(R"(\*/)", tok, "#pop")
         .rule(R"(/\*)", tok, name)
         .rule(R"([^*/]+|[*/])", tok);
   }
   l.state("root")
      .rule(R"(\n)", Tok::Text, "bol")
      .mixin("whitespace")
      .rule(R"(#!?\[)", Tok::NameDecorator, "attribute")
      .rule(R"(\b(?:as|async|await|break|const|continue|crate|dyn|else|enum|extern|false|fn|for|)"
            R"(if|impl|in|let|log|loop|match|mod|move|mut|pub|ref|return|self|Self|static|)"
            R"(struct|super|trait|true|type|unsafe|use|where|while|abstract|become|box|do|)"
            R"(final|macro|override|priv|typeof|unsized|virtual|yield|try|union)\b)",
            Tok::Keyword)
      .mixin("has_literals")
      .rule(R"([=-]>)", Tok::Keyword)
      .rule(R"(<->)", Tok::Keyword)
      .rule(R"([()\[\]{}|,:;])", Tok::Punctuation)
      .rule(R"([*\/!@~&+%^<>=\?-]|\.{2,3})", Tok::Operator)
      .rule("(?m)([.]\\s*)?" + id + R"((?=\s*[(]))", Tok::NameFunction)
      .rule(R"([.]\s*await\b)", Tok::Keyword)
      .rule(R"([.]\s*)" + id, Tok::NameProperty)
      .rule(R"([.]\s*\d+)", Tok::NameAttribute)
      .rule("(?m)(" + id + ")(::)", {Tok::NameNamespace, Tok::Punctuation})
      .rule(R"(\bmacro_rules!)", Tok::NameDecorator, "macro_rules")
      .rule(id + "!", Tok::NameDecorator, "macro")
      .rule(R"('static\b)", Tok::Keyword)
      .rule("'" + id, Tok::NameVariable)
      .rule(id, [](Runner& r) { r.token(is_builtin(r.m()) ? Tok::NameBuiltin : Tok::Name); });
   l.state("macro")
      .mixin("has_literals")
      .rule(R"([\[{(])", [](Runner& r) {
         ++r.ints[delimiter_slot(r.m()[0])];
         r.token(Tok::Punctuation);
      })
      .rule(R"([\]})])", [](Runner& r) {
         --r.ints[delimiter_slot(r.m()[0])];
         if (r.ints[0] == 0 && r.ints[1] == 0 && r.ints[2] == 0) r.pop();
         r.token(Tok::Punctuation);
      })
      .rule(id + "!", Tok::NameDecorator)
      .mixin("root")
      .rule(R"(.)", Tok::Text);
   l.state("macro_rules")
      .rule("[$]" + id + "(:" + id + ")?", Tok::NameVariable)
      .rule(R"([$])", Tok::NameVariable)
      .mixin("macro");
   l.state("has_literals")
      .rule(R"(\b(?:true|false)\b)", Tok::KeywordConstant)
      .rule("b?'(?:" + escapes + R"(|[^\\])')", Tok::StrChar)
      .rule(R"(b?")", Tok::Str, "string")
      .rule(R"~((?m)b?r(#*)".*?"\1)~", Tok::Str)
      .rule(R"([0-9][0-9_]*(?:[.][0-9][0-9_]*(?:[eE][-+]?[0-9_]+)?(?:f32|f64)?)"
            R"(|(?:[.][0-9][0-9_]*)?[eE][-+]?[0-9_]+(?:f32|f64)?)"
            R"(|(?:[.][0-9][0-9_]*)?(?:[eE][-+]?[0-9_]+)?(?:f32|f64))"
            R"(|[.](?![._\p{XID_Start}])))",
            Tok::NumFloat)
      .rule(R"((0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*))"
            R"((u(?:8|16|32|64|128|size)?|i(?:8|16|32|64|128|size))?)",
            Tok::NumInteger);
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(escapes, Tok::StrEscape)
      .rule(R"((?m)[^"\\]+)", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& rust_lexer() {
   static const Lexer lexer = make_rust();
   return lexer;
}

}  // namespace jekyllpp::highlight
