#include "lexer.hpp"

#include <tao/pegtl.hpp>

#include "jekyllpp/liquid/error.hpp"
#include "ruby_text.hpp"

namespace jekyllpp::liquid::strict {

namespace pegtl = tao::pegtl;

namespace grammar {
using namespace pegtl;
// Ruby's \s, \d and \w.
struct ws : one< ' ', '\t', '\n', '\v', '\f', '\r' > {};
struct word : sor< ascii::alnum, one< '_' > > {};
struct comparison : sor< string< '=', '=' >, string< '!', '=' >, string< '<', '>' >,
                         seq< one< '<' >, opt< one< '=' > > >, seq< one< '>' >, opt< one< '=' > > >,
                         seq< TAO_PEGTL_STRING("contains"), at< ws > > > {};
struct single_string : seq< one< '\'' >, star< not_one< '\'' > >, one< '\'' > > {};
struct double_string : seq< one< '"' >, star< not_one< '"' > >, one< '"' > > {};
struct number : seq< opt< one< '-' > >, plus< ascii::digit >, opt< one< '.' >, plus< ascii::digit > > > {};
struct identifier : seq< sor< ascii::alpha, one< '_' > >, star< sor< word, one< '-' > > >, opt< one< '?' > > > {};
struct dotdot : string< '.', '.' > {};
struct special : one< '|', '.', ':', ',', '[', ']', '(', ')', '?', '-' > {};
struct token : sor< comparison, single_string, double_string, number, identifier, dotdot, special > {};
struct tokens : seq< star< ws >, star< token, star< ws > > > {};
}  // namespace grammar

template < class Rule >
struct action : pegtl::nothing< Rule > {};

template < Tok T >
struct push_token {
   template < class Input >
   static void apply(const Input& in, std::vector< Token >& out) {
      out.push_back({T, in.string()});
   }
};
template <> struct action< grammar::comparison > : push_token< Tok::Comparison > {};
template <> struct action< grammar::single_string > : push_token< Tok::String > {};
template <> struct action< grammar::double_string > : push_token< Tok::String > {};
template <> struct action< grammar::number > : push_token< Tok::Number > {};
template <> struct action< grammar::identifier > : push_token< Tok::Id > {};
template <> struct action< grammar::dotdot > : push_token< Tok::DotDot > {};
template <> struct action< grammar::special > {
   template < class Input >
   static void apply(const Input& in, std::vector< Token >& out) {
      static const std::string_view chars = "|.:,[]()?-";
      static const Tok types[] = {Tok::Pipe, Tok::Dot, Tok::Colon, Tok::Comma, Tok::OpenSquare,
                                  Tok::CloseSquare, Tok::OpenRound, Tok::CloseRound, Tok::Question, Tok::Dash};
      out.push_back({types[chars.find(in.peek_char())], in.string()});
   }
};

std::vector< Token > tokenize(std::string_view input) {
   std::vector< Token > out;
   pegtl::memory_input in(input.data(), input.size(), "");
   pegtl::parse< grammar::tokens, action >(in, out);
   if (!in.empty()) {
      std::size_t n = utf8_char_length(in.peek_uint8());
      throw Error(Error::Kind::Syntax,
                  "Unexpected character " + std::string(in.current(), std::min(n, in.size())));
   }
   out.push_back({Tok::EndOfString, {}});
   return out;
}

const char* token_name(Tok type) {
   switch (type) {
   case Tok::Comparison: return "comparison";
   case Tok::String: return "string";
   case Tok::Number: return "number";
   case Tok::Id: return "id";
   case Tok::DotDot: return "dotdot";
   case Tok::Pipe: return "pipe";
   case Tok::Dot: return "dot";
   case Tok::Colon: return "colon";
   case Tok::Comma: return "comma";
   case Tok::OpenSquare: return "open_square";
   case Tok::CloseSquare: return "close_square";
   case Tok::OpenRound: return "open_round";
   case Tok::CloseRound: return "close_round";
   case Tok::Question: return "question";
   case Tok::Dash: return "dash";
   case Tok::EndOfString: return "end_of_string";
   }
   return "";
}

const Token* Parser::at(std::size_t ahead) const {
   return p_ + ahead < tokens_.size() ? &tokens_[p_ + ahead] : nullptr;
}

std::string Parser::consume(Tok type) {
   const Token* t = at(0);
   if (!t) throw Error(Error::Kind::Internal, "internal");
   if (t->type != type)
      throw Error(Error::Kind::Syntax,
                  std::string("Expected ") + token_name(type) + " but found " + token_name(t->type));
   ++p_;
   return t->text;
}

std::string Parser::consume() {
   const Token* t = at(0);
   if (!t) throw Error(Error::Kind::Internal, "internal");
   ++p_;
   return t->text;
}

bool Parser::consume_if(Tok type, std::string* text) {
   const Token* t = at(0);
   if (!t || t->type != type) return false;
   if (text) *text = t->text;
   ++p_;
   return true;
}

bool Parser::id(std::string_view name) {
   const Token* t = at(0);
   if (!t || t->type != Tok::Id || t->text != name) return false;
   ++p_;
   return true;
}

bool Parser::look(Tok type, std::size_t ahead) const {
   const Token* t = at(ahead);
   return t && t->type == type;
}

namespace {
// Ruby's Array#to_s of a token: [:string, "\"a\""], [:end_of_string].
std::string token_inspect(const Token& t) {
   std::string s = "[:";
   s += token_name(t.type);
   if (t.type != Tok::EndOfString) s += ", " + ruby_string_inspect(t.text);
   return s + "]";
}

struct DepthGuard {
   int& depth;
   explicit DepthGuard(int& d) : depth(d) {
      if (++depth > 1000) {
         --depth;
         throw Error(Error::Kind::StackLevel, "Nesting too deep");
      }
   }
   ~DepthGuard() { --depth; }
};
}  // namespace

std::string Parser::expression() {
   DepthGuard guard(depth_);
   const Token& t = *at(0);
   switch (t.type) {
   case Tok::Id: {
      std::string s = consume();
      return s + variable_lookups();
   }
   case Tok::OpenSquare: {
      std::string s = consume();
      s += expression();
      s += consume(Tok::CloseSquare);
      return s + variable_lookups();
   }
   case Tok::String:
   case Tok::Number: return consume();
   case Tok::OpenRound: {
      consume();
      std::string first = expression();
      consume(Tok::DotDot);
      std::string last = expression();
      consume(Tok::CloseRound);
      return "(" + first + ".." + last + ")";
   }
   default: throw Error(Error::Kind::Syntax, token_inspect(t) + " is not a valid expression");
   }
}

std::string Parser::argument() {
   std::string s;
   if (look(Tok::Id) && look(Tok::Colon, 1)) {
      s += consume();
      s += consume();
      s += ' ';
   }
   return s + expression();
}

std::string Parser::variable_lookups() {
   std::string s;
   for (;;) {
      if (look(Tok::OpenSquare)) {
         s += consume();
         s += expression();
         s += consume(Tok::CloseSquare);
      } else if (look(Tok::Dot)) {
         s += consume();
         s += consume(Tok::Id);
      } else {
         return s;
      }
   }
}

}  // namespace jekyllpp::liquid::strict
