// Rouge's Solidity (Ethereum smart contract) lexer.
#include "lexers/lexers.hpp"
#include "lexers/words.hpp"

namespace jekyllpp::highlight {

namespace {

const Words keywords(
   "abstract anonymous as assembly break catch calldata constant constructor continue contract "
   "do delete else emit enum event external fallback for function hex if indexed interface "
   "internal import is library mapping memory modifier new override payable public pure pragma "
   "private receive return returns storage struct throw try type using var view virtual while");
// The dotted ones (abi.encode ...) are in Rouge's list, though a name never holds a dot.
const Words builtins(
   "now false true balance selector super this blockhash gasleft assert require revert "
   "selfdestruct suicide call callcode delegatecall send transfer addmod ecrecover keccak256 "
   "mulmod sha256 sha3 ripemd160 abi.decode abi.encode abi.encodePacked abi.encodeWithSelector "
   "abi.encodeWithSignature block.coinbase block.difficulty block.gaslimit block.hash "
   "block.number block.timestamp msg.data msg.gas msg.sender msg.sig msg.value tx.gasprice "
   "tx.origin");
const Words constants("wei finney szabo ether seconds minutes hours days weeks years");
const Words keywords_type("address bool byte bytes int string uint");
const Words reserved(
   "alias after apply auto case copyof default define final fixed immutable implements in "
   "inline let macro match mutable null of partial promise reference relocatable sealed sizeof "
   "static supports switch typedef typeof ufixed unchecked");

Lexer make_solidity() {
   Lexer l("solidity");
   l.on_start([](Runner& r) { r.push("bol"); });
   l.state("expr_bol").mixin("inline_whitespace").rule("", [](Runner& r) { r.pop(); });
   l.state("bol").mixin("expr_bol");
   l.state("inline_whitespace")
      .rule(R"([ \t\r]+)", Tok::Text)
      .rule(R"(\\\n)", Tok::Text)
      .rule(R"(/\*)", Tok::CommentMultiline, "comment_multi");
   l.state("whitespace")
      .rule(R"((?m)\n+)", Tok::Text, "bol")
      .rule(R"(//(\\.|.)*?\n)", Tok::CommentSingle, "bol")
      .mixin("inline_whitespace");
   l.state("expr_whitespace").rule(R"((?m)\n+)", Tok::Text, "expr_bol").mixin("whitespace");
   l.state("statements")
      .mixin("whitespace")
      .rule(R"~((hex)?\")~", Tok::Str, "string_double")
      .rule(R"((hex)?\')", Tok::Str, "string_single")
      .rule(R"((?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])')", Tok::StrChar)
      .rule(R"((?i)\d\d*\.\d+([eE]\d+)?)", Tok::NumFloat)
      .rule(R"((?i)0x[0-9a-f]+)", Tok::NumHex)
      .rule(R"((?i)\d+([eE]\d+)?)", Tok::NumInteger)
      .rule(R"(\*/)", Tok::Error)
      .rule(R"([~!%^&*+=\|?:<>/-])", Tok::Operator)
      .rule(R"([()\[\],.])", Tok::Punctuation)
      .rule(R"(u?fixed\d+x\d+)", Tok::KeywordReserved)
      .rule(R"(bytes\d+)", Tok::KeywordType)
      .rule(R"(u?int\d+)", Tok::KeywordType)
      .rule(R"([a-zA-Z$_][\w$_]*)", [](Runner& r) {
         std::string_view name = r.m();
         if (keywords.has(name)) r.token(Tok::Keyword);
         else if (builtins.has(name)) r.token(Tok::NameBuiltin);
         else if (constants.has(name)) r.token(Tok::KeywordConstant);
         else if (keywords_type.has(name)) r.token(Tok::KeywordType);
         else if (reserved.has(name)) r.token(Tok::KeywordReserved);
         else r.token(Tok::Name);
      });
   l.state("root").mixin("expr_whitespace").rule("", [](Runner& r) { r.push("statement"); });
   l.state("statement")
      .rule(R"(;)", Tok::Punctuation, "#pop")
      .mixin("expr_whitespace")
      .mixin("statements")
      .rule(R"([{}])", Tok::Punctuation);
   l.state("string_common")
      .rule(R"(\\(u[a-fA-F0-9]{4}|x..|[^x]))", Tok::StrEscape)
      .rule(R"~([^\\\"\'\n]+)~", Tok::Str)
      .rule(R"(\\\n)", Tok::Str)
      .rule(R"(\\)", Tok::Str);
   l.state("string_double")
      .mixin("string_common")
      .rule(R"~(\")~", Tok::Str, "#pop")
      .rule(R"(\')", Tok::Str);
   l.state("string_single")
      .mixin("string_common")
      .rule(R"(\')", Tok::Str, "#pop")
      .rule(R"~(\")~", Tok::Str);
   l.state("comment_multi")
      .rule(R"(\*/)", Tok::CommentMultiline, "#pop")
      .rule(R"([^*/]+)", Tok::CommentMultiline)
      .rule(R"([*/])", Tok::CommentMultiline);
   l.finish();
   return l;
}

}  // namespace

const Lexer& solidity_lexer() {
   static const Lexer lexer = make_solidity();
   return lexer;
}

}  // namespace jekyllpp::highlight
