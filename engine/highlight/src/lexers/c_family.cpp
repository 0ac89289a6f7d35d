#include <string>

#include "lexers/c_family.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string id = R"((?:[a-zA-Z_][a-zA-Z0-9_]*))";
// An interpolated Ruby regexp keeps its own flags: this one is not multiline (dotall).
const std::string ws = R"((?-six:(?:\s|//.*?\n|/[*].*?[*]/)+))";

}  // namespace

const char* const c_keywords =
   "auto break case const continue default do else enum extern for goto if register restricted "
   "return sizeof static struct switch typedef union volatile virtual while _Alignas _Alignof "
   "_Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local ";
const char* const c_types =
   "int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t "
   "mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t "
   "wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t "
   "uint32_t uint64_t int_least8_t int_least16_t int_least32_t int_least64_t uint_least8_t "
   "uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t int_fast32_t "
   "int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t "
   "intmax_t uintmax_t char16_t char32_t ";
const char* const c_reserved =
   "__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec "
   "__finally __int61 __try __leave inline _inline __inline naked _naked __naked restrict "
   "_restrict __restrict thread _thread __thread typename _typename __typename ";

void define_c(Lexer& l, const CVocabulary& words, const Lexer& (*self)(),
              const std::string& after_signature) {
   l.on_start([](Runner& r) { r.push("bol"); });
   l.state("expr_bol")
      .mixin("inline_whitespace")
      .rule(R"(#if\s0)", Tok::Comment, "if_0")
      .rule(R"(#)", Tok::CommentPreproc, "macro")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("bol").rule(id + ":(?!:)", Tok::NameLabel).mixin("expr_bol");
   l.state("inline_whitespace")
      .rule(R"([ \t\r]+)", Tok::Text)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"((?m)/(\\\n)?[*].*?[*](\\\n)?/)", Tok::CommentMultiline);
   l.state("whitespace")
      .rule(R"((?m)\n+)", Tok::Text, "bol")
      .rule(R"(//(\\.|.)*?$)", Tok::CommentSingle, "bol")
      .mixin("inline_whitespace");
   l.state("expr_whitespace").rule(R"((?m)\n+)", Tok::Text, "expr_bol").mixin("whitespace");
   l.state("statements")
      .mixin("whitespace")
      .rule(R"((u8|u|U|L)?")", Tok::Str, "string")
      .rule(R"((?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])')", Tok::StrChar)
      .rule(R"((?i)(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*)", Tok::NumFloat)
      .rule(R"((?i)\d+e[+-]?\d+[lu]*)", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f]+[lu]*)", Tok::NumHex)
      .rule(R"((?i)0[0-7]+[lu]*)", Tok::NumOct)
      .rule(R"((?i)\d+[lu]*)", Tok::NumInteger)
      .rule(R"(\*/)", Tok::Error)
      .rule(R"([~!%^&*+=\|?:<>/-])", Tok::Operator)
      .rule(R"([()\[\],.;])", Tok::Punctuation)
      .rule(R"(\bcase\b)", Tok::Keyword, "case")
      .rule(R"((?:true|false|NULL)\b)", Tok::NameBuiltin)
      .rule(id, [&words](Runner& r) {
         std::string_view name = r.m();
         if (words.keywords.has(name)) r.token(Tok::Keyword);
         else if (words.types.has(name)) r.token(Tok::KeywordType);
         else if (words.reserved.has(name)) r.token(Tok::KeywordReserved);
         else if (words.builtins.has(name)) r.token(Tok::NameBuiltin);
         else r.token(Tok::Name);
      });
   l.state("case").rule(R"(:)", Tok::Punctuation, "#pop").mixin("statements");
   l.state("root")
      .mixin("expr_whitespace")
      .rule("(?mx)([\\w*\\s]+?[\\s*])(" + id + R"()(\s*\([^;]*?\))" + after_signature + ")(" + ws +
               R"(?)(\{|;))",
            [self](Runner& r) {
               r.delegate(self(), r.m(1));
               r.token(Tok::NameFunction, r.m(2));
               r.delegate(self(), r.m(3));
               r.delegate(self(), r.m(4));
               r.token(Tok::Punctuation, r.m(5));
               if (r.m(5) == "{") r.push("function");
            })
      .rule(R"(\{)", Tok::Punctuation, "function")
      .mixin("statements");
   l.state("function")
      .mixin("whitespace")
      .mixin("statements")
      .rule(R"(;)", Tok::Punctuation)
      .rule(R"(\{)", Tok::Punctuation, "function")
      .rule(R"(\})", Tok::Punctuation, "#pop");
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3}))", Tok::StrEscape)
      .rule(R"([^\\"\n]+)", Tok::Str)
      .rule(R"(\\\n)", Tok::Str)
      .rule(R"(\\)", Tok::Str);
   l.state("macro")
      .mixin("include")
      .rule(R"([^/\n\\]+)", Tok::CommentPreproc)
      .rule(R"((?m)\\.)", Tok::CommentPreproc)
      .mixin("inline_whitespace")
      .rule(R"(/)", Tok::CommentPreproc)
      .rule(R"(\n)", Tok::CommentPreproc, "#pop");
   l.state("include")
      .rule(R"((include)(\s*)(<[^>]+>)([^\n]*))",
            {Tok::CommentPreproc, Tok::Text, Tok::CommentPreprocFile, Tok::CommentSingle})
      .rule(R"((include)(\s*)("[^"]+")([^\n]*))",
            {Tok::CommentPreproc, Tok::Text, Tok::CommentPreprocFile, Tok::CommentSingle});
   l.state("if_0")
      .rule(R"(^\s*#if)", Tok::Comment, "if_0")
      .rule(R"(^\s*#\s*el(?:se|if))", Tok::Comment, "#pop")
      .rule(R"((?m)^\s*#\s*endif\b.*?(?<!\\)\n)", Tok::Comment, "#pop")
      .rule(R"(.*?\n)", Tok::Comment);
}

namespace {

Lexer make_c() {
   static const CVocabulary words{Words(c_keywords), Words(c_types), Words(c_reserved), Words("")};
   Lexer l("c");
   define_c(l, words, c_lexer);
   l.finish();
   return l;
}

const std::string dq = R"((?:\d('?\d)*))";

// C++'s word lists, each ending in a space. Words keeps views into its list, so a lexer's
// lists are kept in statics.
const std::string cpp_keywords = std::string(c_keywords) +
   "asm auto catch char8_t concept consteval constexpr constinit const_cast co_await "
   "co_return co_yield delete dynamic_cast explicit export friend mutable namespace new "
   "operator private protected public reinterpret_cast requires restrict size_of "
   "static_cast this throw throws typeid typename using virtual final override alignas "
   "alignof decltype noexcept static_assert thread_local try ";
const std::string cpp_types = std::string(c_types) + "bool ";
const std::string cpp_reserved = std::string(c_reserved) +
   "__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance "
   "__interface __event ";

}  // namespace

Lexer make_cpp(const char* tag, const Lexer& (*self)(), const CVocabulary& words,
               void (*before)(Lexer&)) {
   Lexer l(tag);
   if (before) before(l);
   // C++'s rules that come before C's (Rouge's `prepend`).
   l.state("root").rule(R"((?:__offload|__blockingoffload|__outer)\b)", Tok::KeywordPseudo);
   l.state("statements")
      .rule(R"((class|struct)\b)", Tok::Keyword, "classname")
      .rule(R"(template\b)", Tok::Keyword, "template")
      .rule(dq + R"((\.)" + dq +
               R"()?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b)",
            Tok::NumOther)
      .rule("(?i)(" + dq + "[.]" + dq + "?|[.]" + dq + ")(e[+-]?" + dq + "[lu]*)?",
            Tok::NumFloat)
      .rule("(?i)" + dq + "e[+-]?" + dq + "[lu]*", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-fA-F]('?[0-9a-fA-F])*[lu]*)", Tok::NumHex)
      .rule(R"(0b[01]+('[01]+)*)", Tok::NumBin)
      .rule(R"((?i)0[0-7]('?[0-7])*[lu]*)", Tok::NumOct)
      .rule("(?i)" + dq + "[lu]*", Tok::NumInteger)
      .rule(R"(\bnullptr\b)", Tok::NameBuiltin)
      .rule(R"~((?m)(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*\+\-\/\^&|~!=,"']{0,16})\(.*?\)\1")~",
            Tok::Str)
      .rule(R"((::|<=>))", Tok::Operator)
      .rule(R"([{}])", Tok::Punctuation);
   l.state("classname")
      .rule(id, Tok::NameClass, "#pop")
      .mixin("whitespace")
      .rule(R"([.]{3})", Tok::Operator)
      .rule(R"(,)", Tok::Punctuation, "#pop")
      .rule("", [](Runner& r) { r.pop(); });
   l.state("template")
      .rule(R"([>;])", Tok::Punctuation, "#pop")
      .rule(R"(typename\b)", Tok::Keyword, "classname")
      .mixin("statements");
   l.state("case").rule(R"(:(?!:))", Tok::Punctuation, "#pop").mixin("statements");
   define_c(l, words, self);
   l.finish();
   return l;
}

const Lexer& c_lexer() {
   static const Lexer lexer = make_c();
   return lexer;
}

const Lexer& cpp_lexer() {
   static const CVocabulary words{Words(cpp_keywords), Words(cpp_types), Words(cpp_reserved),
                                  Words("")};
   static const Lexer lexer = make_cpp("cpp", cpp_lexer, words);
   return lexer;
}

const Lexer& cuda_lexer() {
   static const std::string keywords = cpp_keywords +
      "__global__ __device__ __host__ __noinline__ __forceinline__ __constant__ __shared__ "
      "__managed__ __restrict__";
   static const std::string types = cpp_types +
      "char1 char2 char3 char4 uchar1 uchar2 uchar3 uchar4 short1 short2 short3 short4 ushort1 "
      "ushort2 ushort3 ushort4 int1 int2 int3 int4 uint1 uint2 uint3 uint4 long1 long2 long3 "
      "long4 ulong1 ulong2 ulong3 ulong4 longlong1 longlong2 longlong3 longlong4 ulonglong1 "
      "ulonglong2 ulonglong3 ulonglong4 float1 float2 float3 float4 double1 double2 double3 "
      "double4 dim3";
   static const CVocabulary words{Words(keywords), Words(types), Words(cpp_reserved), Words("")};
   static const Lexer lexer = make_cpp("cuda", cuda_lexer, words);
   return lexer;
}

const Lexer& objective_cpp_lexer() {
   static const CVocabulary words{Words(cpp_keywords), Words(cpp_types), Words(cpp_reserved),
                                  Words("YES NO nil")};
   static const Lexer lexer = make_cpp("objective_cpp", objective_cpp_lexer, words, [](Lexer& l) {
      l.state("statements")
         .rule(R"((\.)(class))", {Tok::Operator, Tok::NameBuiltinPseudo})
         .rule(R"((@selector)(\()(class)(\)))",
               {Tok::Keyword, Tok::Punctuation, Tok::NameBuiltinPseudo, Tok::Punctuation});
      define_objective_c_common(l, objective_cpp_lexer);
   });
   return lexer;
}

}  // namespace jekyllpp::highlight
