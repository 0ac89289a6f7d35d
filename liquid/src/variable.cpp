// Liquid::Variable: `name | filter: arg, key: value`, parsed strictly or laxly, rendered.
#include <string>

#include "internal.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "lax.hpp"
#include "lexer.hpp"

namespace jekyllpp::liquid {

struct VariableParser {
   static Variable::Filter filter(std::string name, const std::vector< std::string >& args) {
      Variable::Filter f;
      f.name = std::move(name);
      for (const std::string& a : args) {
         std::string key, value;
         if (lax::just_tag_attribute(a, key, value)) {
            bool replaced = false;
            for (auto& kw : f.kwargs)
               if (kw.first == key) {
                  kw.second = Expression::parse(value);
                  replaced = true;
               }
            if (!replaced) f.kwargs.emplace_back(key, Expression::parse(value));
         } else {
            f.args.push_back(Expression::parse(a));
         }
      }
      return f;
   }

   static void strict(Variable& v, std::string_view markup) {
      strict::Parser p(markup);
      if (p.look(strict::Tok::EndOfString)) return;
      v.name_ = Expression::parse(p.expression());
      while (p.consume_if(strict::Tok::Pipe)) {
         std::string name = p.consume(strict::Tok::Id);
         std::vector< std::string > args;
         if (p.consume_if(strict::Tok::Colon)) {
            args.push_back(p.argument());
            while (p.consume_if(strict::Tok::Comma)) args.push_back(p.argument());
         }
         v.filters_.push_back(filter(std::move(name), args));
      }
      p.consume(strict::Tok::EndOfString);
   }

   // FilterArgsRegex = /(?::|,)\s*((?:\w+\s*\:\s*)?QuotedFragment)/, scanned.
   static std::vector< std::string > filter_args(std::string_view f) {
      std::vector< std::string > args;
      std::size_t i = 0;
      while (i < f.size()) {
         if (f[i] != ':' && f[i] != ',') {
            ++i;
            continue;
         }
         std::size_t j = lax::skip_spaces(f, i + 1);
         std::size_t end = lax::npos;
         if (j < f.size() && lax::is_word(f[j])) {
            std::size_t k = j;
            while (k < f.size() && lax::is_word(f[k])) ++k;
            k = lax::skip_spaces(f, k);
            if (k < f.size() && f[k] == ':') {
               k = lax::skip_spaces(f, k + 1);
               end = lax::quoted_fragment(f, k);
            }
         }
         if (end == lax::npos) end = lax::quoted_fragment(f, j);
         if (end == lax::npos) {
            ++i;
            continue;
         }
         args.emplace_back(f.substr(j, end - j));
         i = end;
      }
      return args;
   }

   static void lax_parse(Variable& v, std::string_view markup) {
      v.filters_.clear();
      v.name_ = Expression();
      auto [begin, end] = lax::search_quoted_fragment(markup);
      if (begin == lax::npos) return;
      v.name_ = Expression::parse(markup.substr(begin, end - begin));
      std::size_t pipe = markup.find('|', end);
      if (pipe == lax::npos) return;
      std::string_view filters = markup.substr(lax::skip_spaces(markup, pipe + 1));
      // FilterParser = /(?:\s+|QuotedFragment|,)+/, scanned.
      std::size_t i = 0;
      while (i < filters.size()) {
         std::size_t j = i;
         for (;;) {
            if (j < filters.size() && lax::is_space(filters[j])) {
               j = lax::skip_spaces(filters, j);
            } else if (std::size_t q = lax::quoted_fragment(filters, j); q != lax::npos) {
               j = q;
            } else if (j < filters.size() && filters[j] == ',') {
               ++j;
            } else {
               break;
            }
         }
         if (j == i) {
            ++i;
            continue;
         }
         std::string_view f = filters.substr(i, j - i);
         i = j;
         std::size_t w = 0;
         while (w < f.size() && !lax::is_word(f[w])) ++w;
         if (w == f.size()) continue;
         std::size_t we = w;
         while (we < f.size() && lax::is_word(f[we])) ++we;
         v.filters_.push_back(filter(std::string(f.substr(w, we - w)), filter_args(f)));
      }
   }
};

namespace {
Variable parse_with_fallback(std::string_view markup, ErrorMode mode, int line, std::vector< Error >* warnings) {
   Variable v;
   try {
      VariableParser::strict(v, markup);
      return v;
   } catch (Error& e) {
      if (e.kind() != Error::Kind::Syntax) throw;
      Error located(Error::Kind::Syntax, e.message(), line);
      located.set_markup_context("in \"{{" + std::string(markup) + "}}\"");
      if (mode == ErrorMode::Strict) throw located;
      if (mode == ErrorMode::Warn && warnings) warnings->push_back(std::move(located));
   }
   v = Variable();
   VariableParser::lax_parse(v, markup);
   return v;
}

// Filters whose arguments are all literals get their values now, not at every render.
void evaluate_literal_arguments(std::vector< Variable::Filter >& filters) {
   static const Environment env;
   static thread_local Context probe(env);
   for (Variable::Filter& f : filters) {
      f.literal_arguments = true;
      for (const Expression& a : f.args) f.literal_arguments = f.literal_arguments && a.is_literal();
      for (const auto& kw : f.kwargs) f.literal_arguments = f.literal_arguments && kw.second.is_literal();
      if (!f.literal_arguments) continue;
      for (const Expression& a : f.args) f.arg_values.push_back(a.evaluate(probe));
      for (const auto& [k, e] : f.kwargs) f.kwarg_values.emplace_back(k, e.evaluate(probe));
   }
}
}  // namespace

Variable Variable::parse(std::string_view markup, ErrorMode mode) {
   Variable v = parse_with_fallback(markup, mode, 0, nullptr);
   evaluate_literal_arguments(v.filters_);
   return v;
}

Variable Variable::parse(std::string_view markup, ParseContext& parse) {
   std::vector< Error > warnings;
   Variable v = parse_with_fallback(markup, parse.error_mode(), parse.line_number(), &warnings);
   for (Error& w : warnings) parse.add_warning(std::move(w));
   evaluate_literal_arguments(v.filters_);
   const Environment& environment = parse.environment();
   for (Filter& f : v.filters_) {
      f.environment = &environment;
      f.fn = environment.find_filter(f.name);
   }
   return v;
}

namespace {
// Runs the filters on first. Each result is made in place in one of two slots (no move of a
// result): the other slot holds the filter's input. Returns the last result, which lives in slots.
Value& apply_filters(const std::vector< Variable::Filter >& filters, const Value& first, Context& context,
                     Value (&slots)[2]) {
   const Value* input = &first;
   std::vector< Value > args;
   std::vector< std::pair< std::string, Value > > kwargs;
   std::size_t k = 0;
   Value* result = nullptr;
   for (const Variable::Filter& f : filters) {
      if (!f.literal_arguments) {
         args.clear();
         kwargs.clear();
         for (const Expression& a : f.args) args.push_back(a.evaluate(context));
         for (const auto& [key, e] : f.kwargs) kwargs.emplace_back(key, e.evaluate(context));
      }
      const auto& call_args = f.literal_arguments ? f.arg_values : args;
      const auto& call_kwargs = f.literal_arguments ? f.kwarg_values : kwargs;
      result = &slots[k];
      *result = Value();  // releases the result before last; nil (nothing to destroy) while the filter runs
      // A filter registered after parsing is still found by name.
      if (f.fn && f.environment == &context.environment())
         new (result) Value((*f.fn)(FilterCall{context, *input, call_args, call_kwargs}));
      else
         new (result) Value(context.invoke_filter(f.name, *input, call_args, call_kwargs));
      input = result;
      k ^= 1;
   }
   return *result;  // filters is not empty
}
}  // namespace

Value Variable::evaluate(Context& context) const {
   Value tmp;
   const Value& v = name_.evaluate_ref(context, tmp);
   if (filters_.empty()) return &v == &tmp ? std::move(tmp) : v;
   Value slots[2];
   return std::move(apply_filters(filters_, v, context, slots));
}

void Variable::render(Context& context, std::string& output) const {
   Value tmp;
   const Value& v = name_.evaluate_ref(context, tmp);
   if (filters_.empty()) {
      append_output(v, output);
      return;
   }
   Value slots[2];
   append_output(apply_filters(filters_, v, context, slots), output);
}

}  // namespace jekyllpp::liquid
