// {% case x %}{% when a, b %}...{% else %}...{% endcase %}
#include <vector>

#include "../lax.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

struct When {
   Condition condition;  // is_else() for {% else %}
   std::size_t body;     // index into bodies
};

class Case : public Node {
public:
   Case(std::vector< When > whens, std::vector< BlockBody > bodies, bool blank, int line)
       : Node(line), whens_(std::move(whens)), bodies_(std::move(bodies)), blank_(blank) {}

   void render(Context& context, std::string& output) const override {
      bool run_else = true;
      for (const When& w : whens_) {
         if (w.condition.is_else()) {
            if (run_else) bodies_[w.body].render(context, output);
            continue;
         }
         if (w.condition.holds(context)) {
            run_else = false;
            bodies_[w.body].render(context, output);
         }
      }
   }
   bool blank() const override { return blank_; }

private:
   std::vector< When > whens_;
   std::vector< BlockBody > bodies_;
   bool blank_;
};

// WhenSyntax = /(QuotedFragment)(?:(?:\s+or\s+|\s*\,\s*)(QuotedFragment.*))?/m, applied repeatedly.
void record_when(const Expression& left, std::string_view markup, std::size_t body, std::vector< When >& whens) {
   for (;;) {
      auto [begin, end] = lax::search_quoted_fragment(markup);
      if (begin == lax::npos)
         throw Error(Error::Kind::Syntax,
                     "Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}");
      whens.push_back({Condition::compare(left, "==", Expression::parse(markup.substr(begin, end - begin))), body});
      std::size_t next = lax::npos;
      std::size_t j = lax::skip_spaces(markup, end);
      if (j > end && markup.compare(j, 2, "or") == 0 && j + 2 < markup.size() && lax::is_space(markup[j + 2])) {
         std::size_t k = lax::skip_spaces(markup, j + 2);
         if (lax::quoted_fragment(markup, k) != lax::npos) next = k;
      }
      if (next == lax::npos && j < markup.size() && markup[j] == ',') {
         std::size_t k = lax::skip_spaces(markup, j + 1);
         if (lax::quoted_fragment(markup, k) != lax::npos) next = k;
      }
      if (next == lax::npos) return;
      markup = markup.substr(next);
   }
}

NodePtr parse_case(const std::string& tag, const std::string& markup, ParseContext& parse) {
   int line = parse.line_number();
   auto [begin, end] = lax::search_quoted_fragment(markup);
   if (begin == lax::npos) throw Error(Error::Kind::Syntax, "Syntax Error in 'case' - Valid syntax: case [condition]");
   Expression left = Expression::parse(std::string_view(markup).substr(begin, end - begin));
   std::vector< When > whens;
   std::vector< BlockBody > bodies(1);  // bodies[0]: what precedes the first when (never rendered)
   bool blank = true;
   std::size_t current = 0;
   while (auto inner = parse_block_part(parse, bodies[current], tag, blank)) {
      if (inner->name == "when") {
         bodies.emplace_back();
         record_when(left, inner->markup, bodies.size() - 1, whens);
      } else if (inner->name == "else") {
         if (!lax::strip(inner->markup).empty())
            throw Error(Error::Kind::Syntax,
                        "Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) ");
         bodies.emplace_back();
         whens.push_back({Condition::always(), bodies.size() - 1});
      } else {
         parse.raise_unknown_tag(inner->name, tag);
      }
      current = bodies.size() - 1;
   }
   if (blank)
      for (std::size_t i = 1; i < bodies.size(); ++i) bodies[i].remove_blank_strings();
   return std::make_unique< Case >(std::move(whens), std::move(bodies), blank, line);
}

}  // namespace

void register_case(Environment& env) { env.register_tag("case", parse_case); }

}  // namespace jekyllpp::liquid
