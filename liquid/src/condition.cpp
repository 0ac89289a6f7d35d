// Liquid::Condition and the `if` tag's condition syntax (strict and lax).
#include <cmath>

#include "big_integer.hpp"
#include "filters/number.hpp"
#include "internal.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "lax.hpp"
#include "lexer.hpp"
#include "parse_state.hpp"

namespace jekyllpp::liquid {

struct Condition::Node {
   struct Link {
      Expression left, right;
      std::string op;  // empty: the value of left alone
      enum class Op { None, Equal, NotEqual, Less, Greater, LessEqual, GreaterEqual, Contains, Unknown };
      Op kind = Op::None;  // op, classified once
      // Condition.parse_expression's blank/empty method literals (not Expression's).
      Expression::MethodLiteral left_method = Expression::MethodLiteral::None;
      Expression::MethodLiteral right_method = Expression::MethodLiteral::None;
   };
   std::vector< Link > links;
   std::vector< bool > is_and;  // relation between links[i] and links[i + 1]
   bool is_else = false;
};

namespace {

Expression::MethodLiteral condition_literal(std::string_view markup) {
   if (markup == "blank") return Expression::MethodLiteral::Blank;
   if (markup == "empty") return Expression::MethodLiteral::Empty;
   return Expression::MethodLiteral::None;
}

// Whether blank/empty operands get Condition's method-literal comparison (the if tag) or stay
// plain expressions (Jekyll's where_exp, which parses operands with Expression.parse).
thread_local bool method_literals = true;

Condition::Node::Link::Op op_kind(const std::string& op) {
   using Op = Condition::Node::Link::Op;
   if (op.empty()) return Op::None;
   if (op == "==") return Op::Equal;
   if (op == "!=" || op == "<>") return Op::NotEqual;
   if (op == "<") return Op::Less;
   if (op == ">") return Op::Greater;
   if (op == "<=") return Op::LessEqual;
   if (op == ">=") return Op::GreaterEqual;
   if (op == "contains") return Op::Contains;
   return Op::Unknown;
}

Condition::Node::Link make_link(std::string_view left, std::string op, std::string_view right, bool has_right) {
   Condition::Node::Link link;
   link.left = Expression::parse(left);
   if (method_literals) link.left_method = condition_literal(left);
   link.op = std::move(op);
   link.kind = op_kind(link.op);
   if (has_right) {
      link.right = Expression::parse(right);
      if (method_literals) link.right_method = condition_literal(right);
   }
   return link;
}

// The method literal applied to a value: empty? on strings, arrays and hashes; blank? is
// ActiveSupport's, which Jekyll does not load, so it answers nil.
Value apply_method(Expression::MethodLiteral m, const Value& v) {
   if (m == Expression::MethodLiteral::Blank) return Value();
   switch (v.type()) {
   case Value::Type::String: return Value(v.as_string().empty());
   case Value::Type::Array: return Value(v.as_array().empty());
   case Value::Type::Hash: return Value(v.as_hash().empty());
   default: return Value();
   }
}

const char* ruby_class(const Value& v) {
   if (big_integer(v)) return "Integer";
   switch (v.type()) {
   case Value::Type::Integer: return "Integer";
   case Value::Type::Float: return "Float";
   case Value::Type::String: return "String";
   case Value::Type::Time: return v.as_time().is_date ? "Date" : "Time";
   default: return "Object";
   }
}

bool numeric(const Value& v) { return v.is_number() || big_integer(v); }
bool comparable(const Value& v) { return numeric(v) || v.is_string() || v.is_time(); }

using Op = Condition::Node::Link::Op;

Value compare(const Value& left, const Value& right, Op op) {
   if (!comparable(left) || !comparable(right)) return Value();
   int c;
   if ((big_integer(left) || big_integer(right)) && numeric(left) && numeric(right)) {
      std::optional< int > order = filters::compare(filters::to_number(left), filters::to_number(right));
      if (!order) return Value(false);
      c = *order;
   } else if (left.is_number() && right.is_number()) {
      if (left.is_integer() && right.is_integer()) {
         c = left.as_integer() < right.as_integer() ? -1 : left.as_integer() > right.as_integer();
      } else {
         double a = left.is_integer() ? double(left.as_integer()) : left.as_float();
         double b = right.is_integer() ? double(right.as_integer()) : right.as_float();
         if (std::isnan(a) || std::isnan(b)) return Value(false);
         c = a < b ? -1 : a > b;
      }
   } else if (left.is_string() && right.is_string()) {
      int r = left.as_string().compare(right.as_string());
      c = r < 0 ? -1 : r > 0;
   } else if (left.is_time() && right.is_time() && left.as_time().is_date == right.as_time().is_date) {
      // a Date and a Time do not compare (Date#<=> answers nil): the error below
      const Time &a = left.as_time(), &b = right.as_time();
      c = a.seconds != b.seconds ? (a.seconds < b.seconds ? -1 : 1)
                                 : (a.nanoseconds < b.nanoseconds ? -1 : a.nanoseconds > b.nanoseconds);
   } else {
      // rb_cmperr: immediates and floats inspected, other objects (a Bignum too) by class.
      std::string other = right.is_integer() ? std::to_string(right.as_integer())
                          : big_integer(right) ? "Integer"
                          : right.is_float() ? float_to_s(right.as_float())
                                             : ruby_class(right);
      throw Error(Error::Kind::Argument, std::string("comparison of ") + ruby_class(left) + " with " + other + " failed");
   }
   switch (op) {
   case Op::Less: return Value(c < 0);
   case Op::Greater: return Value(c > 0);
   case Op::LessEqual: return Value(c <= 0);
   default: return Value(c >= 0);
   }
}

std::string contains_text(const Value& v) {
   if (v.is_array() || v.is_hash()) return inspect(v);
   return to_output(v);
}

Value contains(const Value& left, const Value& right) {
   if (!left.truthy() || !right.truthy()) return Value(false);
   switch (left.type()) {
   case Value::Type::String: return Value(left.as_string().find(contains_text(right)) != std::string::npos);
   case Value::Type::Array:
      for (const Value& e : left.as_array())
         if (liquid_equal(e, right)) return Value(true);
      return Value(false);
   case Value::Type::Hash:
      if (right.is_integer()) return Value(left.as_hash().find(right.as_integer()) != nullptr);
      return Value(right.is_string() && left.as_hash().contains(right.as_string()));
   case Value::Type::Range: {
      if (!right.is_number()) return Value(false);
      double x = right.is_integer() ? double(right.as_integer()) : right.as_float();
      return Value(x >= double(left.as_range().first) && x <= double(left.as_range().last));
   }
   default: return Value(false);
   }
}

Value interpret(const Condition::Node::Link& link, Context& context) {
   if (link.kind == Op::None) return link.left.evaluate(context);
   Value lt, rt;
   const Value& left = link.left.evaluate_ref(context, lt);
   const Value& right = link.right.evaluate_ref(context, rt);
   switch (link.kind) {
   case Op::Equal:
   case Op::NotEqual: {
      Value eq;
      if (link.left_method != Expression::MethodLiteral::None) eq = apply_method(link.left_method, right);
      else if (link.right_method != Expression::MethodLiteral::None) eq = apply_method(link.right_method, left);
      else eq = Value(liquid_equal(left, right));
      if (link.kind == Op::Equal) return eq;
      return Value(!eq.truthy());
   }
   case Op::Less:
   case Op::Greater:
   case Op::LessEqual:
   case Op::GreaterEqual:
      if (left.is_hash() || right.is_hash()) return Value();
      return compare(left, right, link.kind);
   case Op::Contains: return contains(left, right);
   default: throw Error(Error::Kind::Argument, "Unknown operator " + link.op);
   }
}

// interpret(link, context).truthy() without copying a lone operand's value.
bool holds(const Condition::Node::Link& link, Context& context) {
   if (link.kind != Op::None) return interpret(link, context).truthy();
   Value tmp;
   return link.left.evaluate_ref(context, tmp).truthy();
}

// If::Syntax = /(QuotedFragment)\s*([=!<>a-z_]+)?\s*(QuotedFragment)?/
bool match_if_syntax(std::string_view s, Condition::Node::Link& link) {
   auto [begin, end] = lax::search_quoted_fragment(s);
   if (begin == lax::npos) return false;
   std::size_t i = lax::skip_spaces(s, end);
   std::size_t op_end = i;
   auto op_char = [](char c) {
      return c == '=' || c == '!' || c == '<' || c == '>' || (c >= 'a' && c <= 'z') || c == '_';
   };
   while (op_end < s.size() && op_char(s[op_end])) ++op_end;
   std::string op(s.substr(i, op_end - i));
   std::size_t j = op_end > i ? lax::skip_spaces(s, op_end) : i;
   std::size_t right_end = lax::quoted_fragment(s, j);
   bool has_right = right_end != lax::npos;
   link = make_link(s.substr(begin, end - begin), op, has_right ? s.substr(j, right_end - j) : std::string_view(),
                    has_right);
   return true;
}

bool word_boundary(std::string_view s, std::size_t p) {
   bool before = p > 0 && lax::is_word(s[p - 1]);
   bool after = p < s.size() && lax::is_word(s[p]);
   return before != after;
}

// \b(?:\s?and\s?|\s?or\s?)\b at p: end offset or npos.
std::size_t operator_at(std::string_view s, std::size_t p) {
   if (!word_boundary(s, p)) return lax::npos;
   for (std::string_view word : {std::string_view("and"), std::string_view("or")}) {
      for (int lead = 1; lead >= 0; --lead) {
         std::size_t q = p;
         if (lead) {
            if (q < s.size() && lax::is_space(s[q])) ++q;
            else continue;
         }
         if (s.compare(q, word.size(), word) != 0) continue;
         q += word.size();
         for (int trail = 1; trail >= 0; --trail) {
            std::size_t r = q;
            if (trail) {
               if (r < s.size() && lax::is_space(s[r])) ++r;
               else continue;
            }
            if (word_boundary(s, r)) return r;
         }
      }
   }
   return lax::npos;
}

// (?:\s*(?!OPERATOR)(?:QuotedFragment|\S+)\s*)+ at p: end offset or npos.
std::size_t expression_at(std::string_view s, std::size_t p) {
   std::size_t i = p;
   bool any = false;
   for (;;) {
      std::size_t j = lax::skip_spaces(s, i);
      if (j >= s.size() || operator_at(s, j) != lax::npos) break;
      std::size_t k = lax::quoted_fragment(s, j);
      if (k == lax::npos) {
         k = j;
         while (k < s.size() && !lax::is_space(s[k])) ++k;
      }
      i = lax::skip_spaces(s, k);
      any = true;
   }
   return any ? i : lax::npos;
}

// markup.scan(ExpressionsAndOperators)
std::vector< std::string_view > scan_expressions(std::string_view s) {
   std::vector< std::string_view > out;
   std::size_t p = 0;
   while (p < s.size()) {
      std::size_t e = operator_at(s, p);
      if (e == lax::npos) e = expression_at(s, p);
      if (e == lax::npos || e == p) {
         ++p;
         continue;
      }
      out.push_back(s.substr(p, e - p));
      p = e;
   }
   return out;
}

const char* kIfSyntax = "Syntax Error in tag 'if' - Valid syntax: if [expression]";

Condition::Node lax_parse(std::string_view markup) {
   std::vector< std::string_view > exprs = scan_expressions(markup);
   Condition::Node node;
   Condition::Node::Link link;
   std::string_view last = exprs.empty() ? std::string_view() : exprs.back();
   if (!exprs.empty()) exprs.pop_back();
   if (!match_if_syntax(last, link)) raise_syntax(kIfSyntax);
   std::vector< Condition::Node::Link > links{link};
   std::vector< bool > relations;
   while (!exprs.empty()) {
      std::string op(lax::strip(exprs.back()));
      exprs.pop_back();
      std::string_view expr;
      if (!exprs.empty()) {
         expr = exprs.back();
         exprs.pop_back();
      }
      if (!match_if_syntax(expr, link)) raise_syntax(kIfSyntax);
      if (op != "and" && op != "or") raise_syntax(kIfSyntax);
      links.push_back(link);
      relations.push_back(op == "and");
   }
   node.links.assign(links.rbegin(), links.rend());
   node.is_and.assign(relations.rbegin(), relations.rend());
   return node;
}

Condition::Node::Link strict_comparison(strict::Parser& p) {
   std::string left = p.expression();
   std::string op;
   if (p.consume_if(strict::Tok::Comparison, &op)) return make_link(left, op, p.expression(), true);
   return make_link(left, std::string(), std::string_view(), false);
}

Condition::Node strict_parse(std::string_view markup) {
   strict::Parser p(markup);
   Condition::Node node;
   node.links.push_back(strict_comparison(p));
   for (;;) {
      bool is_and = p.id("and");
      if (!is_and && !p.id("or")) break;
      node.links.push_back(strict_comparison(p));
      node.is_and.push_back(is_and);
   }
   p.consume(strict::Tok::EndOfString);
   return node;
}

Condition::Node parse_selected(std::string_view markup, ErrorMode mode, int line, std::vector< Error >* warnings) {
   if (mode == ErrorMode::Lax) return lax_parse(markup);
   try {
      return strict_parse(markup);
   } catch (Error& e) {
      if (e.kind() != Error::Kind::Syntax) throw;
      Error located(Error::Kind::Syntax, e.message(), line);
      located.set_markup_context("in \"" + std::string(lax::strip(markup)) + "\"");
      if (mode == ErrorMode::Strict) throw located;
      if (warnings) warnings->push_back(std::move(located));
   }
   return lax_parse(markup);
}

}  // namespace

Condition Condition::parse(std::string_view markup, ErrorMode mode, bool condition_literals) {
   Condition c;
   method_literals = condition_literals;
   try {
      c.node_ = std::make_shared< Node >(parse_selected(markup, mode, 0, nullptr));
   } catch (...) {
      method_literals = true;
      throw;
   }
   method_literals = true;
   return c;
}

Condition Condition::parse(std::string_view markup, ParseContext& parse, int line) {
   std::vector< Error > warnings;
   Condition c;
   c.node_ = std::make_shared< Node >(parse_selected(markup, parse.error_mode(), line, &warnings));
   for (Error& w : warnings) parse.add_warning(std::move(w));
   return c;
}

Condition Condition::compare(Expression left, std::string op, Expression right) {
   Condition c;
   c.node_ = std::make_shared< Node >();
   Node::Link link;
   link.left = std::move(left);
   link.op = std::move(op);
   link.kind = op_kind(link.op);
   link.right_method = right.method_literal();
   link.right = std::move(right);
   c.node_->links.push_back(std::move(link));
   return c;
}

Condition Condition::always() {
   Condition c;
   c.node_ = std::make_shared< Node >();
   c.node_->is_else = true;
   return c;
}

bool Condition::holds(Context& context) const {
   if (!node_ || node_->is_else) return true;
   bool truth = false;
   const auto& links = node_->links;
   for (std::size_t i = 0; i < links.size(); ++i) {
      truth = liquid::holds(links[i], context);
      if (i + 1 == links.size()) break;
      if (node_->is_and[i] ? !truth : truth) break;
   }
   return truth;
}

bool Condition::is_else() const { return node_ && node_->is_else; }

void Condition::chain(bool is_and, Condition next) {
   for (auto& link : next.node_->links) node_->links.push_back(link);
   node_->is_and.push_back(is_and);
   for (bool b : next.node_->is_and) node_->is_and.push_back(b);
}

Value Condition::evaluate(Context& context) const {
   if (!node_ || node_->is_else) return Value(true);
   Value result;
   const auto& links = node_->links;
   for (std::size_t i = 0; i < links.size(); ++i) {
      result = interpret(links[i], context);
      if (i + 1 == links.size()) break;
      if (node_->is_and[i] ? !result.truthy() : result.truthy()) break;
   }
   return result;
}

}  // namespace jekyllpp::liquid
