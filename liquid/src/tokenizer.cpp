#include "tokenizer.hpp"

#include <algorithm>

#include <tao/pegtl.hpp>

namespace jekyllpp::liquid {

namespace pegtl = tao::pegtl;

namespace grammar {
using namespace pegtl;
// TemplateParser = /(\{%.*?%\}|\{\{.*?\}\}?|\{%|\{\{)/m
struct tag_token : seq< string< '{', '%' >, until< string< '%', '}' > > > {};
struct variable_token : seq< string< '{', '{' >, until< one< '}' > >, opt< one< '}' > > > {};
struct bare_open : sor< string< '{', '%' >, string< '{', '{' > > {};
struct markup_token : sor< tag_token, variable_token, bare_open > {};
struct text : plus< not_at< bare_open >, any > {};
struct document : seq< star< sor< markup_token, text > >, eof > {};
}  // namespace grammar

template < class Rule >
struct split_action : pegtl::nothing< Rule > {};
template <>
struct split_action< grammar::markup_token > {
   template < class Input >
   static void apply(const Input& in, std::vector< std::string_view >& out) {
      out.emplace_back(in.begin(), in.size());
   }
};
template <>
struct split_action< grammar::text > : split_action< grammar::markup_token > {};

Tokenizer::Tokenizer(std::string_view source, int line_number, bool for_liquid_tag)
    : line_number_(line_number), for_liquid_tag_(for_liquid_tag) {
   if (source.empty()) return;
   if (for_liquid_tag) {
      // Ruby's split("\n") (trailing empty lines dropped; empty lines are skipped anyway).
      std::size_t start = 0;
      while (start <= source.size()) {
         std::size_t nl = source.find('\n', start);
         if (nl == std::string_view::npos) {
            if (start < source.size()) tokens_.push_back(source.substr(start));
            break;
         }
         tokens_.push_back(source.substr(start, nl - start));
         start = nl + 1;
      }
      while (!tokens_.empty() && tokens_.back().empty()) tokens_.pop_back();
      return;
   }
   pegtl::memory_input in(source.data(), source.size(), "");
   pegtl::parse< grammar::document, split_action >(in, tokens_);
}

bool Tokenizer::shift(std::string_view& token) {
   if (pos_ >= tokens_.size()) return false;
   token = tokens_[pos_++];
   if (line_number_)
      line_number_ += for_liquid_tag_ ? 1 : int(std::count(token.begin(), token.end(), '\n'));
   return true;
}

}  // namespace jekyllpp::liquid
