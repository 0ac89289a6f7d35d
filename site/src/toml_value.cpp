#include "jekyllpp/site/toml_value.hpp"

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include "jekyllpp/liquid/ruby/number.hpp"
#include "jekyllpp/liquid/ruby/to_s.hpp"
#include "filters/unicode.hpp"
#include "jekyllpp/site/time_util.hpp"
#include "toml_scanner.hpp"

namespace jekyllpp::site {

namespace {

using liquid::Value;

using toml::Kind;
using toml::Token;

[[noreturn]] void fail(const std::string& message) { throw TomlError(message, "Tomlrb::ParseError"); }

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

// StringUtils.replace_escaped_chars: \t \b \f \n \r \" \\ and \uXXXX, \UXXXXXXXX; any other
// escape is an error. A backslash before a newline is left as it is.
std::string unescape(const std::string& text) {
   std::string out;
   for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\\' || i + 1 >= text.size() || text[i + 1] == '\n') {
         out += text[i];
         continue;
      }
      const char c = text[i + 1];
      const std::size_t digits = c == 'u' ? 4 : c == 'U' ? 8 : 0;
      bool hex = digits && i + 1 + digits < text.size();
      for (std::size_t k = 0; hex && k < digits; ++k) hex = std::isxdigit((unsigned char)text[i + 2 + k]) != 0;
      if (hex) {
         const unsigned long code = std::stoul(text.substr(i + 2, digits), nullptr, 16);
         if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            char hexcode[64];
            std::snprintf(hexcode, sizeof hexcode, "invalid codepoint 0x%lX in UTF-8", code);
            throw TomlError(hexcode, "RangeError");
         }
         filters::append_utf8(out, char32_t(code));
         i += 1 + digits;
         continue;
      }
      static const std::string from = "tbfnr\"\\", to = "\t\b\f\n\r\"\\";
      const std::size_t k = from.find(c);
      if (k == std::string::npos) {
         // the message quotes the escape's two characters (one UTF-8 character after the backslash)
         std::size_t len = 1;
         while (i + 1 + len < text.size() && (text[i + 1 + len] & 0xC0) == 0x80) ++len;
         fail("Escape sequence \\" + text.substr(i + 1, len) + " is reserved");
      }
      out += to[k];
      ++i;
   }
   return out;
}

std::string strip_first_newline(std::string text) {
   if (!text.empty() && text[0] == '\n') text.erase(0, 1);
   return text;
}

// A multi-line basic string: first newline dropped, then each backslash-newline with the
// whitespace after it (at least one character of it) removed, then the escapes.
std::string multi_line(const std::string& text) {
   auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
   std::string joined;
   const std::string lines = strip_first_newline(text);
   for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i] == '\\' && i + 2 < lines.size() && lines[i + 1] == '\n' && space(lines[i + 2]))
         for (i += 2; i + 1 < lines.size() && space(lines[i + 1]);) ++i;
      else
         joined += lines[i];
   }
   return unescape(joined);
}

// Time.new(year, month, day, hour, minute, seconds, offset) as tomlrb calls it, with Ruby's
// checks in Ruby's order: the offset, each field's bit width, then each field's range.
Value make_time(const std::vector< std::string >& f) {
   auto num = [&](int i) { return f[i].empty() ? 0 : std::stoi(f[i]); };
   auto refuse = [](const std::string& message) { throw TomlError(message, "ArgumentError"); };
   int offset = 0;
   if (f[6] == "z") refuse("\"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: z");
   if (!f[6].empty() && f[6] != "Z") {
      const int hours = std::stoi(f[6].substr(1, 2)), minutes = std::stoi(f[6].substr(4, 2));
      if (minutes > 59)
         refuse("\"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: " + f[6]);
      if (hours > 23) refuse("utc_offset out of range");
      offset = (hours * 3600 + minutes * 60) * (f[6][0] == '-' ? -1 : 1);
   }
   const int month = num(1), day = num(2), hour = num(3), minute = num(4);
   const double seconds = f[5].empty() ? 0.0 : liquid::ruby::string_to_f(f[5]);
   if (month > 15 || day > 31 || hour > 31 || minute > 63) refuse("argument out of range");
   if (month < 1 || month > 12) refuse("mon out of range");
   if (day < 1) refuse("mday out of range");
   if (hour > 24) refuse("hour out of range");
   if (minute > (hour == 24 ? 0 : 59)) refuse("min out of range");
   if (std::floor(seconds) > (hour == 24 ? 0 : 60)) refuse("sec out of range");
   const double whole = std::floor(seconds);
   liquid::Time time;
   time.seconds = utc_seconds(num(0), month, day, hour, minute, int(whole)) - offset;
   time.nanoseconds = std::int32_t(std::floor((static_cast< long double >(seconds) - whole) * 1e9L));
   time.utc_offset = offset;
   time.zone_unnamed = true;  // Time.new with an offset string has no zone name, even at +00:00
   return Value(time);
}

Value scalar(const Token& t) {
   switch (t.kind) {
      case Kind::StringMulti: return Value(multi_line(t.text));
      case Kind::StringBasic: return Value(unescape(t.text));
      case Kind::StringLiteralMulti: return Value(strip_first_newline(t.text));
      case Kind::StringLiteral: return Value(t.text);
      case Kind::Float: return Value(liquid::ruby::string_to_f(t.text));
      case Kind::FloatInf: return Value((t.text[0] == '-' ? -1 : 1) * std::numeric_limits< double >::infinity());
      case Kind::FloatNan: return Value(std::numeric_limits< double >::quiet_NaN());
      case Kind::Integer: return Value(static_cast< long long >(liquid::ruby::string_to_i(t.text)));
      case Kind::True: return Value(true);
      case Kind::False: return Value(false);
      case Kind::Datetime: return make_time(t.date);
      default: return Value();
   }
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
      if (is_char('[')) return array();
      if (is_char('{')) return inline_table();
      if (t.kind == Kind::Identifier || t.kind == Kind::Char || t.kind == Kind::End) return nullptr;
      auto n = std::make_unique< Node >();
      n->scalar = scalar(next());
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
};

}  // namespace

Value parse_toml(std::string_view text) { return Parser(toml::scan(text)).parse(); }

}  // namespace jekyllpp::site
