// Rouge's M68k lexer (Motorola 68000 assembler): labels at line start, instructions,
// directives, registers, $hex @octal %binary numbers and * or ; comments.
#include <string>

#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge compares the lower-cased word: its "TODO" never matches.
const Words instructions(
   "abcd add adda addi addq addx and andi asl asr bcc bcs beq bge bgt bhi ble bls blt bmi bne "
   "bpl bvc bvs bhs blo bchg bclr bfchg bfclr bfests bfextu bfffo bfins bfset bftst bkpt bra "
   "bse bsr btst callm cas cas2 chk chk2 clr cmp cmpa cmpi cmpm cmp2 dbcc dbcs dbeq dbge dbgt "
   "dbhi dble dbls dblt dbmi dbne dbpl dbvc dbvs dbhs dblo dbra dbf dbt divs divsl divu divul "
   "eor eori exg ext extb illegal jmp jsr lea link lsl lsr move movea move16 movem movep moveq "
   "muls mulu nbcd neg negx nop not or ori pack pea rol ror roxl roxr rtd rtm rtr rts sbcd seq "
   "sne spl smi svc svs st sf sge sgt sle slt scc shi sls scs shs slo sub suba subi subq subx "
   "swap tas trap trapcc TODO trapv tst unlk unpk eori");
const Words data_directives("dc ds dcb");
const Words directives(
   "include incdir incbin end endf endfunc endmain endproc fpu func machine main mmu opword "
   "proc set opt section rept endr ifeq ifne ifgt ifge iflt ifle iif ifd ifnd ifc ifnc elseif "
   "else endc even cnop fail machine output radix __G2 __LK list nolist plen llen ttl subttl spc "
   "page listchar format equ equenv equr set reg rsreset rsset offset cargs fequ.s fequ.d "
   "fequ.x fequ.p fequ.w fequ.l fopt macro endm mexit narg");
const Words registers(
   "d0 d1 d2 d3 d4 d5 d6 d7 a0 a1 a2 a3 a4 a5 a6 a7 a7' pc usp ssp ccr");

Lexer make_m68k() {
   Lexer l("m68k");
   l.on_start([](Runner& r) { r.push("expr_bol"); });
   l.state("expr_bol").mixin("inline_whitespace").rule(R"()", [](Runner& r) { r.pop(); });
   l.state("inline_whitespace").rule(R"(\s+)", Tok::Text);
   l.state("whitespace")
      .rule(R"((?m)\n+)", Tok::Text, "expr_bol")
      .rule(R"(^\*(\\.|.)*?$)", Tok::CommentSingle, "expr_bol")
      .rule(R"(;(\\.|.)*?$)", Tok::CommentSingle, "expr_bol")
      .mixin("inline_whitespace");
   l.state("root").rule(R"()", [](Runner& r) { r.push("statements"); });
   l.state("statements")
      .mixin("whitespace")
      .rule(R"(")", Tok::Str, "string")
      .rule(R"(#)", Tok::NameDecorator)
      .rule(R"(^\.?[a-zA-Z0-9_]+:?)", Tok::NameLabel)
      .rule(R"((?i)\.[bswl]\s)", Tok::NameDecorator)
      .rule(R"((?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])')", Tok::StrChar)
      .rule(R"((?i)\$[0-9a-f]+)", Tok::NumHex)
      .rule(R"(@[0-8]+)", Tok::NumOct)
      .rule(R"(%[01]+)", Tok::NumBin)
      .rule(R"(\d+)", Tok::NumInteger)
      .rule(R"([*~&+=\|?:<>/-])", Tok::Operator)
      .rule(R"(\\.)", Tok::CommentPreproc)
      .rule(R"([(),.])", Tok::Punctuation)
      .rule(R"(\[[a-zA-Z0-9]*\])", Tok::Punctuation)
      .rule(R"([a-zA-Z_][a-zA-Z0-9_]*)", [](Runner& r) {
         std::string name = ascii_downcase(r.m());
         if (instructions.has(name)) r.token(Tok::Keyword);
         else if (data_directives.has(name)) r.token(Tok::KeywordType);
         else if (directives.has(name)) r.token(Tok::KeywordReserved);
         else if (registers.has(name)) r.token(Tok::NameBuiltin);
         else if (r.m().find_first_not_of('_') != std::string_view::npos) r.token(Tok::NameVariable);
         else r.token(Tok::Name);
      });
   l.state("string")
      .rule(R"(")", Tok::Str, "#pop")
      .rule(R"(\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3}))", Tok::StrEscape)
      .rule(R"([^\\"\n]+)", Tok::Str)
      .rule(R"(\\\n)", Tok::Str)
      .rule(R"(\\)", Tok::Str);  // a stray backslash
   l.finish();
   return l;
}

}  // namespace

const Lexer& m68k_lexer() {
   static const Lexer lexer = make_m68k();
   return lexer;
}

}  // namespace jekyllpp::highlight
