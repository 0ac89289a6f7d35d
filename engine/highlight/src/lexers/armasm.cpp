// Rouge's Arm assembly lexer (armasm syntax): a line is a label, then a command (directive or
// opcode: any all-upper or all-lower word) and its arguments. Rouge joins its word lists into
// patterns unescaped, so some entries are patterns themselves (DCI.N, TARGET_ARCH_[0-9A-Z_]+).
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

const std::string preproc_keyword =
   "define|elif|else|endif|error|if|ifdef|ifndef|include|line|pragma|undef|warning";
const std::string file_directive = "BIN|GET|INCBIN|INCLUDE|LNK";
const std::string general_directive =
   "ALIAS|ALIGN|AOF|AOUT|AREA|ARM|ASSERT|ATTR|CN|CODE16|CODE32|COMMON|CP|DATA|DCB|DCD|DCDO|DCDU|"
   "DCFD|DCFDU|DCFH|DCFHU|DCFS|DCFSU|DCI|DCI.N|DCI.W|DCQ|DCQU|DCW|DCWU|DN|ELIF|ELSE|END|ENDFUNC|"
   "ENDIF|ENDP|ENTRY|EQU|EXPORT|EXPORTAS|EXTERN|FIELD|FILL|FN|FRAME|FUNCTION|GBLA|GBLL|GBLS|"
   "GLOBAL|IF|IMPORT|INFO|KEEP|LCLA|LCLL|LCLS|LEADR|LEAF|LTORG|MACRO|MAP|MEND|MEXIT|NOFP|OPT|"
   "ORG|PRESERVE8|PROC|QN|RELOC|REQUIRE|REQUIRE8|RLIST|RN|ROUT|SETA|SETL|SETS|SN|SPACE|STRONG|"
   "SUBT|THUMB|THUMBX|TTL|WEND|WHILE|\\[|\\]|[|!#*=%&^]";
const std::string shift_or_condition =
   "ASR|LSL|LSR|ROR|RRX|AL|CC|CS|EQ|GE|GT|HI|HS|LE|LO|LS|LT|MI|NE|PL|VC|VS|asr|lsl|lsr|ror|rrx|"
   "al|cc|cs|eq|ge|gt|hi|hs|le|lo|ls|lt|mi|ne|pl|vc|vs";
const std::string builtin =
   "ARCHITECTURE|AREANAME|ARMASM_VERSION|CODESIZE|COMMANDLINE|CONFIG|CPU|ENDIAN|FALSE|FPIC|FPU|"
   "INPUTFILE|INTER|LINENUM|LINENUMUP|LINENUMUPPER|OBJASM_VERSION|OPT|PC|PCSTOREOFFSET|"
   "REENTRANT|ROPI|RWPI|TRUE|VAR";
const std::string operators =
   "AND|BASE|CC|CC_ENCODING|CHR|DEF|EOR|FATTR|FEXEC|FLOAD|FSIZE|INDEX|LAND|LEFT|LEN|LEOR|LNOT|"
   "LOR|LOWERCASE|MOD|NOT|OR|RCONST|REVERSE_CC|RIGHT|ROL|ROR|SHL|SHR|STR|TARGET_ARCH_[0-9A-Z_]+|"
   "TARGET_FEATURE_[0-9A-Z_]+|TARGET_FPU_[A-Z_]|TARGET_PROFILE_[ARM]|UAL|UPPERCASE";

const char* const substitution = R"((?i)\$[a-z]\w*\.?)";  // a variable or macro argument

// A quoted string in arguments: `$$` is a dollar, `$name` a substitution.
void add_quoted(Lexer& l, const char* state, const char* quote, Tok tok) {
   l.state(state)
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(\$\$)", tok)
      .rule(substitution, Tok::NameNamespace)
      .rule(quote, [tok](Runner& r) {
         r.token(tok);
         r.go_to("args");
      })
      .rule(std::string(R"([^$)") + quote + R"(\n]+)", tok);
}

Lexer make_armasm() {
   Lexer l("armasm");
   l.state("root")
      .rule(R"(\n)", Tok::Text)
      .rule(R"(^([ \t]*)(#[ \t]*(?:(?:)" + preproc_keyword + R"()(?:[ \t].*)?)?)(\n))",
            {Tok::Text, Tok::CommentPreproc, Tok::Text})
      .rule(R"([ \t]+)", Tok::Text, "command")
      .rule(";.*", Tok::Comment)
      .rule(R"((?i)\$[a-z_]\w*\.?)", Tok::NameNamespace)
      .rule(R"(\w+|\|[^|\n]+\|)", Tok::NameLabel);
   l.state("command")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"([ \t]+)", [](Runner& r) {
         r.token(Tok::Text);
         r.go_to("args");
      })
      .rule(";.*", Tok::Comment, "#pop")
      .rule("(?:" + file_directive + R"()\b)", [](Runner& r) {
         r.token(Tok::Keyword);
         r.go_to("filespec");
      })
      .rule("(?:" + general_directive + R"()(?=[; \t\n]))", Tok::Keyword)
      // Opcodes are not listed: any all-upper or all-lower word, with its qualifiers.
      .rule(R"((?:[A-Z][\dA-Z]*|[a-z][\da-z]*)(?:\.[NWnw])?(?:\.[DFIPSUdfipsu]?(?:8|16|32|64)?){0,3}\b)",
            Tok::NameBuiltin)
      .rule(R"((?i)[a-z_]\w*|\|[^|\n]+\|)", Tok::NameFunction)  // probably a macro
      .rule(substitution, Tok::NameNamespace);
   l.state("args")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"([ \t]+)", Tok::Text)
      .rule(";.*", Tok::Comment, "#pop")
      .rule("(?:" + shift_or_condition + R"()\b)", Tok::NameBuiltin)
      .rule(R"((?i)[a-z_]\w*|\|[^|\n]+\|)", Tok::NameVariable)
      .rule(R"((?i)%[bf]?[at]?\d+(?:[a-z_]\w*)?)", Tok::NameLabel)
      .rule("(?i)(?:&|0x)[0-9a-f]+(?!p)", Tok::NumHex)
      .rule(R"((?i)(?:&|0x)[.0-9a-f]+(?:p[-+]?\d+)?)", Tok::NumFloat)
      .rule("(?i)0f_[0-9a-f]{8}|0d_[0-9a-f]{16}", Tok::NumFloat)
      .rule(R"((?i)(?:2_[01]+|3_[0-2]+|4_[0-3]+|5_[0-4]+|6_[0-5]+|7_[0-6]+|8_[0-7]+|9_[0-8]+|\d+)(?!e))",
            Tok::NumInteger)
      .rule(R"((?i)(?:2_[.01]+|3_[.0-2]+|4_[.0-3]+|5_[.0-4]+|6_[.0-5]+|7_[.0-6]+|8_[.0-7]+|)"
            R"(9_[.0-8]+|[.\d]+)(?:e[-+]?\d+)?)",
            Tok::NumFloat)
      .rule(R"([@:](?=[ \t]*(?:8|16|32|64|128|256)[^\d]))", Tok::Operator)
      .rule(R"([.@]|\{(?:)" + builtin + R"()\})", Tok::NameConstant)
      .rule(R"([-!#%&()*+,\/<=>?^{|}]|\[|\]|!=|&&|\/=|<<|<=|<>|==|><|>=|>>|\|\||:(?:)" +
               operators + "):",
            Tok::Operator)
      .rule(substitution, Tok::NameNamespace)
      .rule("'", [](Runner& r) {
         r.token(Tok::StrChar);
         r.go_to("singlequoted");
      })
      .rule("\"", [](Runner& r) {
         r.token(Tok::StrDouble);
         r.go_to("doublequoted");
      });
   add_quoted(l, "singlequoted", "'", Tok::StrChar);
   add_quoted(l, "doublequoted", "\"", Tok::StrDouble);
   l.state("filespec")
      .rule(R"(\n)", Tok::Text, "#pop")
      .rule(R"(\$\$)", Tok::StrOther)
      .rule(substitution, Tok::NameNamespace)
      .rule(R"([^$\n]+)", Tok::StrOther);
   l.finish();
   return l;
}

}  // namespace

const Lexer& armasm_lexer() {
   static const Lexer lexer = make_armasm();
   return lexer;
}

}  // namespace jekyllpp::highlight
