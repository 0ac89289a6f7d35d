// Rouge's BBC BASIC lexer: statements, functions and operators (matched anywhere, as BBC BASIC
// needs no spaces), CLI `*commands`, and [ inline assembly ], where the first word of a
// statement is its opcode or directive.
#include <string>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// Rouge joins its word lists into patterns unescaped: some entries are patterns themselves.
const std::string functions =
   R"(ABS|ACS|ADVAL|ASC|ASN|ATN|BEATS|BEAT|BGET#|CHR\$|COS|COUNT|DEG|DIM|EOF#|ERL|ERR|EVAL|EXP|)"
   R"(EXT#|FN|GET\$#|GET\$|GET|HIMEM|INKEY\$|INKEY|INSTR|INT|LEFT\$|LEN|LN|LOG|LOMEM|MID\$|)"
   R"(OPENIN|OPENOUT|OPENUP|PAGE|POINT|POS|PTR#|RAD|REPORT\$|RIGHT\$|RND|SGN|SIN|SQR|STR\$|)"
   R"(STRING\$|SUM|SUMLEN|TAN|TEMPO|TIME\$|TIME|TOP|USR|VAL|VPOS)";
const std::string statements =
   "BEATS|BPUT#|CALL|CASE|CHAIN|CLEAR|CLG|CLOSE#|CLS|COLOR|COLOUR|DATA|ELSE|ENDCASE|ENDIF|"
   "ENDPROC|ENDWHILE|END|ENVELOPE|FOR|GCOL|GOSUB|GOTO|IF|INSTALL|LET|LIBRARY|MODE|NEXT|OFF|OF|"
   "ON|ORIGIN|OSCI|OTHERWISE|OVERLAY|PLOT|PRINT#|PRINT|PROC|QUIT|READ|REPEAT|REPORT|RETURN|"
   "SOUND|STEP|STEREO|STOP|SWAP|SYS|THEN|TINT|TO|VDU|VOICES|VOICE|UNTIL|WAIT|WHEN|WHILE|WIDTH";
// Statements of more than one word.
const std::string compound_statements =
   R"(CIRCLE(?: *FILL)?|DEF *(?:FN|PROC)|DRAW(?: *BY)?|DIM(?!\()|ELLIPSE(?: *FILL)?|)"
   R"(ERROR(?: *EXT)?|FILL(?: *BY)?|INPUT(?:#| *LINE)?|LINE(?: *INPUT)?|)"
   R"(LOCAL(?: *DATA| *ERROR)?|MOUSE(?: *COLOUR| *OFF| *ON| *RECTANGLE| *STEP| *TO)?|)"
   R"(MOVE(?: *BY)?|ON(?! *ERROR)|ON *ERROR *(?:LOCAL|OFF)?|POINT(?: *BY)?(?!\()|)"
   R"(RECTANGE(?: *FILL)?|RESTORE(?: *DATA| *ERROR)?|)"
   R"(TRACE(?: *CLOSE| *ENDPROC| *OFF| *STEP(?: *FN| *ON| *PROC)?| *TO)?)";

Lexer make_bbcbasic() {
   Lexer l("bbcbasic");
   l.state("expression")
      .rule(functions, Tok::NameBuiltin)  // a function or pseudo-variable
      .rule(R"(<<|<=|<>|<|>=|>>>|>>|>|[-!$()*+/=?^|]|AND|DIV|EOR|MOD|NOT|OR)", Tok::Operator)
      .rule("FALSE|TRUE", Tok::NameConstant)
      .rule(R"("[^"]*")", Tok::Str)
      .rule(R"((?i)[a-z_`][\w`]*[$%]?)", Tok::NameVariable)
      .rule("@%", Tok::NameVariable)
      .rule(R"([\d.]+)", Tok::Num)
      .rule("%[01]+", Tok::NumBin)
      .rule("&[0-9a-fA-F]+", Tok::NumHex);
   l.state("root")  // *commands go to the command line interpreter
      .rule(R"((:+)( *)(\*)(.*))", {Tok::Punctuation, Tok::Text, Tok::Keyword, Tok::Text})
      .rule(R"((\n+ *)(\*)(.*))", {Tok::Text, Tok::Keyword, Tok::Text})
      .rule(R"((ELSE|OTHERWISE|REPEAT|THEN)( *)(\*)(.*))",
            {Tok::Keyword, Tok::Text, Tok::Keyword, Tok::Text})
      .rule(R"([ \n]+)", Tok::Text)
      .rule(":+", Tok::Punctuation)
      .rule(R"([\[])", Tok::Keyword, "assembly1")
      .rule("REM *>.*", Tok::CommentSpecial)
      .rule("REM.*", Tok::Comment)
      .rule("(?:" + statements + "|" + compound_statements + ")", Tok::Keyword)
      .mixin("expression")
      .rule("[,;'~]|SPC|TAB", Tok::Punctuation);
   // Assembly: {label} {directive|opcode|"]" {expressions}} {comment}; the opcode is told from
   // the words of expressions by its place, first in the statement (assembly1).
   l.state("assembly1")
      .rule(" +", Tok::Text)
      .rule("]", Tok::Keyword, "#pop")
      .rule(R"([:\n])", Tok::Punctuation)
      .rule(R"((?i)\.[a-z_`][\w`]*%? *)", Tok::NameLabel)
      .rule(R"((?:REM|;)[^:\n]*)", Tok::Comment)
      .rule(R"([^ :\n]+)", Tok::Keyword, "assembly2");
   l.state("assembly2")
      .rule(" +", Tok::Text)
      .rule(R"([:\n])", Tok::Punctuation, "#pop")
      .rule(R"((?:REM|;)[^:\n]*)", Tok::Comment, "#pop")
      .mixin("expression")
      .rule(R"([!#,@\[\]^{}])", Tok::Punctuation);
   l.finish();
   return l;
}

}  // namespace

const Lexer& bbcbasic_lexer() {
   static const Lexer lexer = make_bbcbasic();
   return lexer;
}

}  // namespace jekyllpp::highlight
