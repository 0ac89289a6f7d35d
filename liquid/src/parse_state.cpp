#include "parse_state.hpp"

#include <algorithm>

#include "jekyllpp/liquid/expression.hpp"
#include "lax.hpp"
#include "variable_node.hpp"

namespace jekyllpp::liquid {

void raise_syntax(std::string message) { throw Error(Error::Kind::Syntax, std::move(message)); }

namespace {

int count_newlines(std::string_view s) { return int(std::count(s.begin(), s.end(), '\n')); }

bool whitespace_only(std::string_view s) {
   return std::all_of(s.begin(), s.end(), [](char c) { return lax::is_space(c); });
}

// FullToken = /\A{%-?(\s*)(#|\w+)(\s*)(.*?)-?%}\z/m
bool match_full_token(std::string_view t, std::string_view& ws1, std::string_view& name,
                      std::string_view& ws2, std::string_view& markup) {
   if (t.size() < 4 || t.substr(t.size() - 2) != "%}") return false;
   std::size_t end = t.size() - 2;
   std::size_t i = 2;
   if (i < end && t[i] == '-') ++i;
   std::size_t j = lax::skip_spaces(t, i);
   if (j > end) return false;
   ws1 = t.substr(i, j - i);
   std::size_t k = j;
   if (k < end && t[k] == '#') {
      ++k;
   } else {
      while (k < end && lax::is_word(t[k])) ++k;
   }
   if (k == j) return false;
   name = t.substr(j, k - j);
   std::size_t m = std::min(lax::skip_spaces(t, k), end);
   ws2 = t.substr(k, m - k);
   std::size_t mend = end;
   if (mend > m && t[mend - 1] == '-') --mend;
   markup = t.substr(m, mend - m);
   return true;
}

// ContentOfVariable = /\A{{-?(.*?)-?}}\z/m
bool match_variable_token(std::string_view t, std::string_view& markup) {
   if (t.size() < 4 || t.substr(t.size() - 2) != "}}") return false;
   std::size_t end = t.size() - 2;
   std::size_t i = 2;
   if (i < end && t[i] == '-') ++i;
   std::size_t mend = end;
   if (mend > i && t[mend - 1] == '-') --mend;
   markup = t.substr(i, mend - i);
   return true;
}

// LiquidTagToken = /\A\s*(#|\w+)\s*(.*?)\z/
bool match_liquid_line(std::string_view line, std::string_view& name, std::string_view& markup) {
   std::size_t i = lax::skip_spaces(line, 0);
   std::size_t k = i;
   if (k < line.size() && line[k] == '#') {
      ++k;
   } else {
      while (k < line.size() && lax::is_word(line[k])) ++k;
   }
   if (k == i) return false;
   name = line.substr(i, k - i);
   markup = line.substr(lax::skip_spaces(line, k));
   return true;
}

}  // namespace

NodePtr ParseState::make_tag(const TagFactory& factory, const std::string& name, const std::string& markup) {
   ParseContext context(*this);
   return factory(name, markup, context);
}

bool ParseState::parse_body(BlockBody& body, ParseContext::EndTag& end) {
   line_number = tokenizer->line_number();
   return tokenizer->for_liquid_tag() ? parse_for_liquid_tag(body, end) : parse_for_document(body, end);
}

void ParseState::whitespace_handler(BlockBody& body, std::string_view token) {
   if (token.size() > 2 && token[2] == '-') {
      if (std::string* previous = body.last_text()) previous->resize(lax::rstrip(*previous).size());
   }
   trim_whitespace = token.size() >= 3 && token[token.size() - 3] == '-';
}

bool ParseState::parse_for_document(BlockBody& body, ParseContext::EndTag& end) {
   std::string_view token;
   while (tokenizer->shift(token)) {
      if (token.empty()) continue;
      if (token.size() >= 2 && token[0] == '{' && token[1] == '%') {
         whitespace_handler(body, token);
         std::string_view ws1, name, ws2, markup;
         if (!match_full_token(token, ws1, name, ws2, markup))
            raise_syntax("Tag '" + std::string(token) + "' was not properly terminated with regexp: /\\%\\}/");
         if (line_number) line_number += count_newlines(ws1) + count_newlines(ws2);
         if (name == "liquid") {
            parse_liquid_tag(body, markup);
            continue;
         }
         const TagFactory* factory = environment.find_tag(name);
         if (!factory) {
            end.name = std::string(name);
            end.markup = std::string(markup);
            return true;
         }
         NodePtr node = make_tag(*factory, std::string(name), std::string(markup));
         body.add_node(std::move(node), false);
      } else if (token.size() >= 2 && token[0] == '{' && token[1] == '{') {
         whitespace_handler(body, token);
         std::string_view markup;
         if (!match_variable_token(token, markup))
            raise_syntax("Variable '" + std::string(token) +
                         "' was not properly terminated with regexp: /\\}\\}/");
         ParseContext context(*this);
         body.add_node(std::make_unique< VariableNode >(Variable::parse(markup, context), line_number), true);
      } else {
         std::string_view text = token;
         if (trim_whitespace) text = lax::lstrip(text);
         trim_whitespace = false;
         body.add_text(std::string(text));
      }
      line_number = tokenizer->line_number();
   }
   end = {};
   return false;
}

bool ParseState::parse_for_liquid_tag(BlockBody& body, ParseContext::EndTag& end) {
   std::string_view token;
   while (tokenizer->shift(token)) {
      if (!token.empty() && !whitespace_only(token)) {
         std::string_view name, markup;
         if (!match_liquid_line(token, name, markup)) {
            end.name = std::string(token);
            end.markup = std::string(token);
            return true;
         }
         const TagFactory* factory = environment.find_tag(name);
         if (!factory) {
            end.name = std::string(name);
            end.markup = std::string(markup);
            return true;
         }
         body.add_node(make_tag(*factory, std::string(name), std::string(markup)), false);
      }
      line_number = tokenizer->line_number();
   }
   end = {};
   return false;
}

void ParseState::parse_liquid_tag(BlockBody& body, std::string_view markup) {
   Tokenizer lines(markup, line_number, true);
   Tokenizer* outer = tokenizer;
   tokenizer = &lines;
   try {
      ParseContext::EndTag end;
      if (parse_for_liquid_tag(body, end)) {
         ParseContext context(*this);
         context.raise_unknown_tag(end.name, "liquid");
      }
   } catch (...) {
      tokenizer = outer;
      throw;
   }
   tokenizer = outer;
}

// ---- ParseContext

ErrorMode ParseContext::error_mode() const { return state_.error_mode; }
int ParseContext::line_number() const { return state_.line_number; }
const Environment& ParseContext::environment() const { return state_.environment; }
Expression ParseContext::parse_expression(std::string_view markup) const { return Expression::parse(markup); }
Variable ParseContext::parse_variable(std::string_view markup) { return Variable::parse(markup, *this); }
Condition ParseContext::parse_condition(std::string_view markup) { return parse_condition(markup, line_number()); }
Condition ParseContext::parse_condition(std::string_view markup, int line) { return Condition::parse(markup, *this, line); }
void ParseContext::add_warning(Error error) { state_.warnings.push_back(std::move(error)); }

ParseContext::EndTag ParseContext::parse_body(BlockBody& body) {
   if (state_.depth >= 100) throw Error(Error::Kind::StackLevel, "Nesting too deep");
   ++state_.depth;
   EndTag end;
   try {
      state_.parse_body(body, end);
   } catch (...) {
      --state_.depth;
      throw;
   }
   --state_.depth;
   return end;
}

BlockBody ParseContext::parse_block(std::string_view block_name) {
   BlockBody body;
   std::string delimiter = "end" + std::string(block_name);
   for (;;) {
      EndTag end = parse_body(body);
      if (end.name == delimiter) return body;
      if (end.name.empty()) raise_never_closed(block_name);
      raise_unknown_tag(end.name, block_name);
   }
}

void ParseContext::raise_unknown_tag(const std::string& tag, std::string_view block_name) const {
   if (tag == "else") raise_syntax(std::string(block_name) + " tag does not expect 'else' tag");
   if (tag.compare(0, 3, "end") == 0)
      raise_syntax("'" + tag + "' is not a valid delimiter for " + std::string(block_name) + " tags. use " +
                   (block_name == "liquid" ? std::string("%}") : "end" + std::string(block_name)));
   raise_syntax("Unknown tag '" + tag + "'");
}

void ParseContext::raise_never_closed(std::string_view block_name) const {
   raise_syntax("'" + std::string(block_name) + "' tag was never closed");
}

bool ParseContext::next_raw_token(std::string& token) {
   std::string_view t;
   if (!state_.tokenizer->shift(t)) return false;
   token.assign(t);
   return true;
}

}  // namespace jekyllpp::liquid
