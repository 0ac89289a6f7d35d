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
   Expression literal;   // `when "x"`: the literal compared with ==, see literal_equal
   bool literal_equal = false;
};

class Case : public Node {
public:
   Case(Expression subject, std::vector< When > whens, std::vector< BlockBody > bodies, bool blank, int line)
       : Node(line), subject_(std::move(subject)), whens_(std::move(whens)), bodies_(std::move(bodies)),
         blank_(blank) {}

   // Liquid evaluates the subject for every when. Literal whens share one evaluation until a body
   // runs (a body may change it); a subject a drop returned is evaluated again each time.
   void render(Context& context, std::string& output) const override {
      bool run_else = true;
      Value subject_tmp;
      const Value* subject = nullptr;
      for (const When& w : whens_) {
         if (w.condition.is_else()) {
            if (run_else) {
               subject = nullptr;
               bodies_[w.body].render(context, output);
            }
            continue;
         }
         bool match;
         if (w.literal_equal) {
            if (!subject) subject = &subject_.evaluate_ref(context, subject_tmp);
            Value literal_tmp;
            match = liquid_equal(*subject, w.literal.evaluate_ref(context, literal_tmp));
            if (subject == &subject_tmp) subject = nullptr;
         } else {
            subject = nullptr;
            match = w.condition.holds(context);
         }
         if (match) {
            run_else = false;
            subject = nullptr;
            bodies_[w.body].render(context, output);
         }
      }
   }
   bool blank() const override { return blank_; }

private:
   Expression subject_;
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
      Expression value = Expression::parse(markup.substr(begin, end - begin));
      const bool literal_equal = value.is_literal() && value.method_literal() == Expression::MethodLiteral::None;
      whens.push_back({Condition::compare(left, "==", value), body, value, literal_equal});
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
         whens.push_back({Condition::always(), bodies.size() - 1, Expression(), false});
      } else {
         parse.raise_unknown_tag(inner->name, tag);
      }
      current = bodies.size() - 1;
   }
   if (blank)
      for (std::size_t i = 1; i < bodies.size(); ++i) bodies[i].remove_blank_strings();
   return std::make_unique< Case >(std::move(left), std::move(whens), std::move(bodies), blank, line);
}

}  // namespace

void register_case(Environment& env) { env.register_tag("case", parse_case); }

}  // namespace jekyllpp::liquid
