// {% raw %}...{% endraw %}: the body is output as written.
#include "../lax.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

class Raw : public Node {
public:
   Raw(std::string body, int line) : Node(line), body_(std::move(body)) {}
   void render(Context&, std::string& output) const override { output += body_; }
   bool blank() const override { return body_.empty(); }

private:
   std::string body_;
};

// FullTokenPossiblyInvalid = /\A(.*){%\s*(\w+)\s*(.*)?%}\z/m: the text before the last `{%`
// that starts a tag name, and that name.
bool match_end_token(std::string_view token, std::string_view& before, std::string_view& name) {
   if (token.size() < 2 || token.substr(token.size() - 2) != "%}") return false;
   std::size_t end = token.size() - 2;
   for (std::size_t p = token.rfind("{%", end); p != std::string_view::npos; p = p ? token.rfind("{%", p - 1) : std::string_view::npos) {
      std::size_t i = lax::skip_spaces(token, p + 2);
      std::size_t k = i;
      while (k < end && lax::is_word(token[k])) ++k;
      if (k > i) {
         before = token.substr(0, p);
         name = token.substr(i, k - i);
         return true;
      }
      if (p == 0) break;
   }
   return false;
}

NodePtr parse_raw(const std::string& tag, const std::string& markup, ParseContext& parse) {
   int line = parse.line_number();
   if (!lax::strip(markup).empty() || markup.find('\0') != std::string::npos)
      throw Error(Error::Kind::Syntax, "Syntax Error in '" + tag + "' - Valid syntax: " + tag);
   std::string body, token;
   const std::string delimiter = "end" + tag;
   while (parse.next_raw_token(token)) {
      std::string_view before, name;
      if (match_end_token(token, before, name) && name == delimiter) {
         body += before;
         return std::make_unique< Raw >(std::move(body), line);
      }
      body += token;
   }
   parse.raise_never_closed(tag);
}

}  // namespace

void register_raw(Environment& env) { env.register_tag("raw", parse_raw); }

}  // namespace jekyllpp::liquid
