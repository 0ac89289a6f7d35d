#include "jekyllpp/site/toml_value.hpp"

#include <memory>
#include <vector>

#include "jekyllpp/liquid/ruby/number.hpp"
#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/liquid/ruby/to_s.hpp"
#include "toml_scalars.hpp"
#include "toml_scanner.hpp"

namespace jekyllpp::site {

namespace {

using liquid::Value;

using toml::Kind;
using toml::Token;

[[noreturn]] void fail(const std::string& message) { throw TomlError(message, "Tomlrb::ParseError"); }

// Jekyll 4.3.1 inspects the configuration (its cache key) recursively: 11,380 nested arrays or
// inline tables still do, a few more overflow Ruby's stack (SystemStackError).
constexpr int max_value_depth = 11380;

// Racc's "parse error on value VAL (TOKEN)", VAL being the token's value as Ruby inspects it.
[[noreturn]] void unexpected(const Token& t) {
   static const char* names[] = {"DATETIME", "STRING_MULTI", "STRING_BASIC", "STRING_LITERAL_MULTI",
                                 "STRING_LITERAL", "FLOAT", "FLOAT_INF", "FLOAT_NAN", "INTEGER", "TRUE",
                                 "FALSE", "IDENTIFIER"};
   std::string value, name;
   if (t.kind == Kind::End) {
      value = "\"$\"", name = "$end";
   } else if (t.kind == Kind::Datetime) {
      // the scanner's Time.new arguments: strings, 0 for an absent hour or minute, seconds to_f
      value = "[";
      for (int i = 0; i < 7; ++i) {
         if (i) value += ", ";
         const std::string& field = t.date[i];
         if (i == 5)
            value += liquid::ruby::to_s(Value(liquid::ruby::string_to_f(field)));
         else if (i == 6)
            liquid::ruby::append_inspect_string(value, field.empty() || field == "Z" ? "+00:00" : field);
         else if (field.empty())
            value += "0";
         else
            liquid::ruby::append_inspect_string(value, field);
      }
      value += "]", name = "DATETIME";
   } else {
      liquid::ruby::append_inspect_string(value, t.text);
      if (t.kind != Kind::Char)
         name = names[int(t.kind)];
      else if (std::string("[]{}=,.").find(t.text[0]) != std::string::npos)
         liquid::ruby::append_inspect_string(name, t.text);
      else
         name = "error";  // a character the grammar has no token for
   }
   fail("\nparse error on value " + value + " (" + name + ")");
}

// Ruby's Hash and Array as tomlrb's handler builds them: tables stay open to later headers.
struct Node {
   Value scalar;
   bool is_table = false, is_array = false;
   std::vector< std::pair< std::string, std::unique_ptr< Node > > > entries;
   std::vector< std::unique_ptr< Node > > items;

   Node* find(const std::string& key) {
      for (auto& [k, v] : entries)
         if (k == key) return v.get();
      return nullptr;
   }
   // h[key] = value: an existing key keeps its place.
   Node* set(const std::string& key, std::unique_ptr< Node > value) {
      for (auto& [k, v] : entries)
         if (k == key) return (v = std::move(value)).get();
      entries.emplace_back(key, std::move(value));
      return entries.back().second.get();
   }
   static std::unique_ptr< Node > table() {
      auto n = std::make_unique< Node >();
      n->is_table = true;
      return n;
   }
   Value value() const {
      if (is_table) {
         liquid::Hash h;
         for (const auto& [k, v] : entries) h.set(k, v->value());
         return Value(std::move(h));
      }
      if (is_array) {
         liquid::Array a;
         for (const auto& item : items) a.push_back(item->value());
         return Value(std::move(a));
      }
      return scalar;
   }
};

class Parser {
public:
   explicit Parser(std::vector< Token > tokens) : tokens_(std::move(tokens)), root_(Node::table()) {
      current_ = root_.get();
   }

   Value parse() {
      while (peek().kind != Kind::End) {
         const Token& t = peek();
         if (is_char('['))
            header();
         else if (is_char('{'))
            value();  // a bare inline table: tomlrb builds it and keeps it nowhere
         else if (t.kind == Kind::Identifier || t.kind == Kind::StringBasic || t.kind == Kind::StringLiteral ||
                  t.kind == Kind::Integer || t.kind == Kind::True || t.kind == Kind::False)
            assignment(current_);
         else
            unexpected(t);
      }
      return root_->value();
   }

private:
   const Token& peek() const { return tokens_[at_]; }
   const Token& next() { return tokens_[at_ == tokens_.size() - 1 ? at_ : at_++]; }
   bool is_char(char c) const { return peek().kind == Kind::Char && peek().text[0] == c; }
   void expect(char c) {
      if (!is_char(c)) unexpected(peek());
      next();
   }

   // `[a.b]` or `[[a.b]]` (either closing goes with either opening; a mismatch leaves the
   // handler's stack without its marker: "Unclosed table").
   void header() {
      next();
      const bool opened_array = is_char('[');
      if (opened_array) next();
      std::vector< std::string > names;
      while (true) {
         const Token& t = peek();
         if (is_char(']')) break;
         if (t.kind != Kind::Identifier && t.kind != Kind::StringBasic && t.kind != Kind::StringLiteral &&
             t.kind != Kind::Integer && t.kind != Kind::True && t.kind != Kind::False)
            unexpected(t);
         std::string name;
         for (char c : next().text)
            if (c != '"') name += c;  // the handler drops every '"' of a header's names
         names.push_back(std::move(name));
         if (is_char(']')) break;
         expect('.');
      }
      next();
      const bool closed_array = is_char(']');
      if (closed_array) next();
      if (opened_array != closed_array) fail("Unclosed table");
      enter(names, closed_array);
   }

   // Handler#set_context: walks from the root, into an array's last table.
   void enter(std::vector< std::string > names, bool array_of_tables) {
      std::string joined;
      for (std::size_t i = 0; i < names.size(); ++i) joined += (i ? "." : "") + names[i];
      std::string last;
      if (array_of_tables) {
         array_names_.push_back(joined);
         if (names.empty()) fail("Unclosed table");  // `[[]]`: tomlrb would key an array by nil
         last = names.back();
         names.pop_back();
      } else {
         for (const std::string& name : array_names_)
            if (name == joined) fail("Cannot define a normal table with the same name as an already established array");
      }
      current_ = root_.get();
      for (const std::string& name : names) current_ = step(current_, name);
      if (array_of_tables) {
         Node* list = current_->find(last);
         if (!list) {
            auto fresh = std::make_unique< Node >();
            fresh->is_array = true;
            list = current_->set(last, std::move(fresh));
         }
         if (!list->is_array) fail("undefined method `<<' for a value that is not an array");
         list->items.push_back(Node::table());
         current_ = list->items.back().get();
      }
   }

   Node* step(Node* from, const std::string& name) {
      if (!from->is_table) fail("undefined method `[]' for a value that is not a table");
      Node* child = from->find(name);
      if (child && child->is_array) {
         if (child->items.empty()) child->items.push_back(Node::table());
         return child->items.back().get();
      }
      return child ? child : from->set(name, Node::table());
   }

   void assignment(Node* table) {
      std::string key = next().text;
      expect('=');
      auto v = value();
      if (!table->is_table) fail("undefined method `[]=' for a value that is not a table");
      table->set(key, v ? std::move(v) : std::make_unique< Node >());
   }

   // A value, or null where the grammar's empty value stands (tomlrb's nil).
   std::unique_ptr< Node > value() {
      const Token& t = peek();
      if (is_char('[') || is_char('{')) {
         struct Depth {
            int& depth;
            explicit Depth(int& d) : depth(++d) {}
            ~Depth() { --depth; }
         } nested(depth_);
         if (depth_ > max_value_depth) throw StackLevelTooDeep();
         return is_char('[') ? array() : inline_table();
      }
      if (t.kind == Kind::Identifier || t.kind == Kind::Char || t.kind == Kind::End) return nullptr;
      auto n = std::make_unique< Node >();
      n->scalar = toml::scalar_value(next());
      return n;
   }

   std::unique_ptr< Node > array() {
      next();
      auto list = std::make_unique< Node >();
      list->is_array = true;
      bool has_nil = false;
      while (!is_char(']')) {
         auto item = value();
         has_nil |= !item;
         if (item) list->items.push_back(std::move(item));
         if (is_char(']')) break;
         expect(',');
      }
      next();
      if (has_nil) fail("Unclosed table");  // the handler's stack pops the nil as its marker
      return list;
   }

   std::unique_ptr< Node > inline_table() {
      next();
      auto table = Node::table();
      bool has_nil = false;
      while (!is_char('}')) {
         if (peek().kind != Kind::Identifier) unexpected(peek());
         std::string key = next().text;
         expect('=');
         auto v = value();
         has_nil |= !v;
         if (v) table->set(key, std::move(v));
         if (is_char('}')) break;
         expect(',');
      }
      next();
      if (has_nil) fail("Unclosed table");
      return table;
   }

   std::vector< Token > tokens_;
   std::size_t at_ = 0;
   std::unique_ptr< Node > root_;
   Node* current_;
   std::vector< std::string > array_names_;
   int depth_ = 0;  // arrays and inline tables open around the value being read
};

}  // namespace

Value parse_toml(std::string_view text) { return Parser(toml::scan(text)).parse(); }

}  // namespace jekyllpp::site
