// Rouge's GHC Cmm lexer (C--, the Haskell compiler's intermediate language: .cmm files and
// -ddump-cmm output). Whitespace and comments inside a construct are lexed again by the lexer
// itself (Rouge's `recurse`).
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge's interpolated regexps keep their own flags: `ws` is multiline (dot matches "\n").
const std::string ws = R"((?s:\s|//.*?\n|/[*](?:[^*]|(?:[*][^/]))*[*]+/))";
// Not a preprocessor word such as #if or #define.
const std::string id = R"((?:(?!#[a-zA-Z])[\w#\$%_']+))";
const std::string complex_id = R"((?:(?:[\w#$%_']|\(\)|\(,\)|\[\]|[0-9])*(?:[\w#$%_']+)))";

void recurse(Runner& r, std::string_view text) { r.delegate(ghc_cmm_lexer(), text); }

Lexer make_ghc_cmm() {
   Lexer l("ghc-cmm");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule("^=====.*=====$", Tok::GenericHeading)  // section markers
      .rule(R"(^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$)", Tok::CommentSingle)
      .mixin("detect_section")
      .mixin("preprocessor_macros")
      .mixin("info_tbls")
      .mixin("comments")
      .mixin("literals")
      .mixin("keywords")
      .mixin("types")
      .mixin("infos")
      .mixin("names")
      .mixin("operators")
      .rule(R"(\\\n)", Tok::Text)  // escaped newline
      .rule(".", Tok::Text);
   l.state("detect_section").rule(R"((section)(\s+))", {Tok::Keyword, Tok::Text}, "section");
   l.state("section")
      .rule(R"~("(data|cstring|text|rodata|relrodata|bss)")~", Tok::NameBuiltin)
      .rule("{", Tok::Punctuation, "#pop")
      .mixin("names")
      .mixin("operators")
      .mixin("keywords")
      .rule(R"(\s+)", Tok::Text);
   l.state("preprocessor_macros")
      .rule("#(include|endif|else|if)", Tok::CommentPreproc)
      .rule(R"((\#define)()" + ws + "*)(" + id + ")", [](Runner& r) {
         r.token(Tok::CommentPreproc, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::NameLabel, r.m(3));
      });
   l.state("info_tbls")
      .rule("({ )(info_tbls)(:)", {Tok::Punctuation, Tok::NameEntity, Tok::Punctuation},
            "info_tbls_body");
   l.state("info_tbls_body")
      .rule("}", Tok::Punctuation, "#pop")
      .rule("{", Tok::Punctuation, "info_tbls_body")
      .rule("(?=label:)", [](Runner& r) { r.push("label"); })
      .rule(R"((\()()" + complex_id + ")(,)",
            {Tok::Punctuation, Tok::NameLabel, Tok::Punctuation})
      .mixin("literals")
      .mixin("infos")
      .mixin("keywords")
      .mixin("operators")
      .rule(id, Tok::Text)
      .rule(R"(\s+)", Tok::Text);
   l.state("label")
      .mixin("infos")
      .mixin("names")
      .mixin("keywords")
      .mixin("operators")
      .rule(R"([^\S\n]+)", Tok::Text)  // spaces, not a line break
      .rule(R"(\n)", Tok::Text, "#pop");
   l.state("comments")
      .rule(R"(\/{2}.*)", Tok::CommentSingle)
      .rule(R"(\(likely.*?\))", Tok::Comment)
      .rule(R"((?m)\/\*.*?\*\/)", Tok::CommentMultiline);
   l.state("literals")
      .rule(R"(-?[0-9]+\.[0-9]+)", Tok::NumFloat)
      .rule("-?[0-9]+", Tok::NumInteger)
      .rule(R"(")", Tok::StrDelimiter, "literal_string");
   l.state("literal_string")
      .rule(R"(\\.)", Tok::StrEscape)
      .rule("%.", Tok::StrSymbol)
      .rule(R"(")", Tok::StrDelimiter, "#pop")
      .rule(".", Tok::Str);
   l.state("operators")
      .rule(R"(\.\.)", Tok::Operator)
      .rule(R"([+\-*\/<>=!&|~])", Tok::Operator)
      .rule(R"([\[\].{}:;,()])", Tok::Punctuation);
   l.state("keywords")
      .rule(R"((const)(\s+))", {Tok::KeywordConstant, Tok::Text})
      .rule(R"(")", Tok::StrDouble)
      .rule("(switch)([^{]*)({)", [](Runner& r) {
         r.token(Tok::Keyword, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::Punctuation, r.m(3));
      })
      .rule("(arg|result)(" + ws + "+)(hints)(:)", [](Runner& r) {
         r.token(Tok::NameProperty, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::NameProperty, r.m(3));
         r.token(Tok::Punctuation, r.m(4));
      })
      .rule("(returns)(" + ws + "*)(to)", [](Runner& r) {
         r.token(Tok::Keyword, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::Keyword, r.m(3));
      })
      .rule("(never)(" + ws + "*)(returns)", [](Runner& r) {
         r.token(Tok::Keyword, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::Keyword, r.m(3));
      })
      .rule("(return)(" + ws + R"(*)(\())", [](Runner& r) {
         r.token(Tok::Keyword, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::Punctuation, r.m(3));
      })
      .rule("(if|else|goto|call|offset|import|jump|ccall|foreign|prim|case|unwind|export|"
            "reserve|push)(" + ws + ")",
            [](Runner& r) {
               r.token(Tok::Keyword, r.m(1));
               recurse(r, r.m(2));
            })
      .rule("(default)(" + ws + "*)(:)", [](Runner& r) {
         r.token(Tok::Keyword, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::Punctuation, r.m(3));
      });
   l.state("types")
      // Memory access `type[42]`: only the type is a token here.
      .rule("(" + id + R"()(?=\[[^\]]))", [](Runner& r) { r.token(Tok::KeywordType, r.m(1)); })
      .rule("(" + id + R"(\[\]))", [](Runner& r) { r.token(Tok::KeywordType, r.m(1)); })
      // A macro before a function: `MACRO someFun(`.
      .rule("(^" + id + ")(" + ws + "+)(" + id + ")(" + ws + R"(*)(\())", [](Runner& r) {
         r.token(Tok::NameLabel, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::NameFunction, r.m(3));
         recurse(r, r.m(4));
         r.token(Tok::Punctuation, r.m(5));
      })
      // A declaration `type var`. Rouge's ^ matches at any scan position.
      .rule("(^" + id + ")(" + ws + "+)(" + id + ")", [](Runner& r) {
         r.token(Tok::KeywordType, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::NameLabel, r.m(3));
      });
   l.state("infos")
      .rule("(args|res|upd|label|rep|srt|arity|fun_type|arg_space|updfr_space)(:)",
            {Tok::NameProperty, Tok::Punctuation})
      .rule("(stack_info)(:)", {Tok::NameEntity, Tok::Punctuation});
   l.state("names")
      .rule("(::)(" + ws + "*)([A-Z]\\w+)", [](Runner& r) {
         r.token(Tok::Operator, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::KeywordType, r.m(3));
      })
      .rule("<(" + id + ")>", Tok::NameBuiltin)
      .rule(R"((Sp|SpLim|Hp|HpLim|HpAlloc|BaseReg|CurrentNursery|CurrentTSO|R\d{1,2}|gcptr)(?!)" +
               id + ")",
            Tok::NameVariableGlobal)
      .rule("([A-Z]" + id + R"()(\.))", {Tok::NameNamespace, Tok::Punctuation}, "namespace_name")
      .rule("(`)(" + id + ")(`)", {Tok::Punctuation, Tok::NameFunction, Tok::Punctuation})
      // A function: `name (` or, with arguments on the stack, `name {`.
      .rule("(?=" + complex_id + ws + R"(*[\{\(]))", [](Runner& r) { r.push("function"); })
      .rule("CLOSURE", Tok::KeywordType)
      .rule(complex_id, Tok::NameLabel);
   l.state("namespace_name")
      .rule("([A-Z]" + id + R"()(\.))", {Tok::NameNamespace, Tok::Punctuation})
      .rule("(" + complex_id + ")(" + ws + R"(*)([\{\(]))", [](Runner& r) {
         r.token(Tok::NameFunction, r.m(1));
         recurse(r, r.m(2));
         r.token(Tok::Punctuation, r.m(3));
         r.pop();
      })
      .rule(complex_id, Tok::NameLabel, "#pop")
      .rule("(?m)(?=.)", [](Runner& r) { r.pop(); });
   l.state("function")
      .rule("INFO_TABLE_FUN|INFO_TABLE_CONSTR|INFO_TABLE_SELECTOR|INFO_TABLE_RET|INFO_TABLE",
            Tok::NameBuiltin)
      .rule("%" + id, Tok::NameBuiltin)
      .rule(complex_id, Tok::NameFunction)
      .rule(R"(\s+)", Tok::Text)
      .rule("[({]", Tok::Punctuation, "#pop")
      .mixin("comments");
   l.finish();
   return l;
}

}  // namespace

const Lexer& ghc_cmm_lexer() {
   static const Lexer lexer = make_ghc_cmm();
   return lexer;
}

}  // namespace jekyllpp::highlight
