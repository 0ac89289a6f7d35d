#pragma once
// Liquid 5.4's strict-mode Lexer and Parser (Liquid::Lexer, Liquid::Parser): tokens, and the
// expression/argument readers that rebuild normalised markup for Expression::parse.
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::liquid::strict {

enum class Tok {
   Comparison, String, Number, Id, DotDot, Pipe, Dot, Colon, Comma, OpenSquare, CloseSquare,
   OpenRound, CloseRound, Question, Dash, EndOfString
};

struct Token {
   Tok type;
   std::string text;
};

// Throws Error(Syntax, "Unexpected character c").
std::vector< Token > tokenize(std::string_view input);
// Ruby's Symbol name of a token type ("end_of_string").
const char* token_name(Tok type);

class Parser {
public:
   explicit Parser(std::string_view input) : tokens_(tokenize(input)) {}

   // consume(type): the token's text, or Error "Expected type but found other".
   std::string consume(Tok type);
   std::string consume();
   bool consume_if(Tok type, std::string* text = nullptr);
   bool id(std::string_view name);  // consumes an :id token with this text
   bool look(Tok type, std::size_t ahead = 0) const;
   std::string expression();  // Parser#expression
   std::string argument();    // Parser#argument
   std::string variable_lookups();

private:
   const Token* at(std::size_t ahead) const;
   std::vector< Token > tokens_;
   std::size_t p_ = 0;
   int depth_ = 0;
};

}  // namespace jekyllpp::liquid::strict
