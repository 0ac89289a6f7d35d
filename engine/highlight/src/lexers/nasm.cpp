// Rouge's NASM (Netwide Assembler) lexer.
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

Lexer make_nasm() {
   Lexer l("nasm");
   l.state("root")
      .rule(R"(^\s*%)", Tok::CommentPreproc, "preproc")
      .mixin("whitespace")
      .rule(R"((?i)[a-z$._?][\w$.?#@~]*:)", Tok::NameLabel)
      .rule(R"((?i)([a-z$._?][\w$.?#@~]*)(\s+)(equ))",
            {Tok::NameConstant, Tok::KeywordDeclaration, Tok::KeywordDeclaration},
            "instruction_args")
      .rule(R"(BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|)"
            R"(COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE)",
            Tok::Keyword, "instruction_args")
      .rule(R"((?i)(?:res|d)[bwdqt]|times)", Tok::KeywordDeclaration, "instruction_args")
      .rule(R"((?i)[a-z$._?][\w$.?#@~]*)", Tok::NameFunction, "instruction_args")
      .rule(R"([\r\n]+)", Tok::Text);
   // As Rouge writes them: [^"\\n] also excludes "n", and $0 never matches.
   l.state("instruction_args")
      .rule(R"~("(\\\\"|[^"\\n])*"|'(\\\\'|[^'\\n])*'|`(\\\\`|[^`\\n])*`)~", Tok::Str)
      .rule(R"((?i)(?:0x[\da-f]+|$0[\da-f]*|\d+[\da-f]*h))", Tok::NumHex)
      .rule(R"((?i)[0-7]+q)", Tok::NumOct)
      .rule(R"((?i)[01]+b)", Tok::NumBin)
      .rule(R"((?i)\d+\.e?\d+)", Tok::NumFloat)
      .rule(R"(\d+)", Tok::NumInteger)
      .mixin("punctuation")
      .rule(R"((?i)r\d[0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|)"
            R"(mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7])",
            Tok::NameBuiltin)
      .rule(R"((?i)[a-z$._?][\w$.?#@~]*)", Tok::NameVariable)
      .rule(R"([\r\n]+)", Tok::Text, "#pop")
      .mixin("whitespace");
   l.state("preproc")
      .rule(R"([^;\n]+)", Tok::CommentPreproc)
      .rule(R"(;.*?\n)", Tok::CommentSingle, "#pop")
      .rule(R"(\n)", Tok::CommentPreproc, "#pop");
   l.state("whitespace")
      .rule(R"(\n)", Tok::Text)
      .rule(R"([ \t]+)", Tok::Text)
      .rule(R"(;.*)", Tok::CommentSingle);
   l.state("punctuation")
      .rule(R"([,():\[\]]+)", Tok::Punctuation)
      .rule(R"([&|^<>+*\/%~-]+)", Tok::Operator)
      .rule(R"(\$+)", Tok::KeywordConstant)
      .rule(R"((?i)seg|wrt|strict)", Tok::OperatorWord)
      .rule(R"((?i)byte|[dq]?word)", Tok::KeywordType);
   l.finish();
   return l;
}

}  // namespace

const Lexer& nasm_lexer() {
   static const Lexer lexer = make_nasm();
   return lexer;
}

}  // namespace jekyllpp::highlight
