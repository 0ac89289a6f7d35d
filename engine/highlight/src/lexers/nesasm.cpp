// Rouge's NesAsm lexer (nesasm3's 6502 assembler): opcodes, data and other directives, #$hex
// #%binary immediates, LOW()/HIGH() and macro parameters.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words opcodes(
   "ADC AND ASL BIT BRK CMP CPX CPY DEC EOR INC JMP JSR LDA LDX LDY LSR NOP ORA ROL ROR RTI RTS "
   "SBC STA STX STY TAX TXA DEX INX TAY TYA DEY INY BPL BMI BVC BVS BCC BCS BNE BEQ CLC SEC CLI "
   "SEI CLV CLD SED TXS TSX PHA PLA PHP PLP");
const Words data_directives("DB DW BYTE WORD");
const Words directives(
   "INCBIN INCLUDE ORG BANK RSSET RS MACRO ENDM DS PROC ENDP PROCGROUP ENDPROCGROUP INCCHR "
   "DEFCHR ZP BSS CODE DATA IF IFDEF IFNDEF ELSE ENDIF FAIL INESPRG INESCHR INESMAP INESMIR FUNC");

Lexer make_nesasm() {
   Lexer l("nesasm");
   l.state("root")
      .rule(R"((?m)\s+)", Tok::Text)
      .rule(R"(;.*)", Tok::CommentSingle)
      .rule(R"([\(\)\,\.\[\]])", Tok::Punctuation)
      .rule(R"(\#?\%[0-1]+)", Tok::NumBin)
      .rule(R"(\#?\$[0-9a-fA-F]+)", Tok::NumHex)
      .rule(R"(\#?\d+)", Tok::Num)
      .rule(R"([~&*+=\|?:<>/-])", Tok::Operator)
      .rule(R"((?i)\#?\w+:?)", [](Runner& r) {
         std::string name = ascii_upcase(r.m());
         if (opcodes.has(name)) r.token(Tok::Keyword);
         else if (data_directives.has(name)) r.token(Tok::KeywordType);
         else if (directives.has(name)) r.token(Tok::KeywordReserved);
         else r.token(Tok::NameFunction);
      })
      .rule(R"((?i)\#?(?:LOW|HIGH)\(.*\))", Tok::KeywordReserved)
      .rule(R"(\#\()", Tok::Punctuation)
      .rule(R"(")", Tok::Str, "string")
      .rule(R"('\w')", Tok::StrChar)
      .rule(R"(\\\??[\d@#])", Tok::NameBuiltin);  // macro parameters: \1-\9, \?1-\?9, \#, \@
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\"?)", Tok::StrEscape)
      .rule(R"((?m)[^"\\]+)", Tok::Str);
   l.finish();
   return l;
}

}  // namespace

const Lexer& nesasm_lexer() {
   static const Lexer lexer = make_nesasm();
   return lexer;
}

}  // namespace jekyllpp::highlight
