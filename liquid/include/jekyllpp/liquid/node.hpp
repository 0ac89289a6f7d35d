#pragma once
// Parsed template nodes and the parse-time API that tags are written against.
//
// Writing a tag (inside or outside liquid/):
//
//   class LinkTag : public liquid::Node {
//   public:
//      LinkTag(std::string path, int line) : Node(line), path_(std::move(path)) {}
//      void render(liquid::Context& context, std::string& output) const override {
//         auto* site = context.register_as< MySite* >("site");  // see context.hpp
//         output += ...;
//      }
//   };
//   environment.register_tag("link", [](const std::string& tag_name, const std::string& markup,
//                                        liquid::ParseContext& parse) -> liquid::NodePtr {
//      return std::make_unique< LinkTag >(trimmed(markup), parse.line_number());
//   });
//
// A block tag parses its body with `parse.parse_block(tag_name)` (Liquid's Block: runs to
// `end<tag_name>`, raising "'x' tag was never closed" and friends) and renders it with
// `body.render(context, output)`; `{% highlight %}` renders its body into a fresh string,
// then post-processes it. Blocks with inner tags (`else`, `when`) call `parse.parse_body(body)`,
// which stops at the first tag it cannot hold and returns it.
// Throw liquid::Error (error.hpp) with Liquid's wording for bad markup; the line number and
// the "Liquid syntax error (line N): " prefix are filled in for you.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jekyllpp/liquid/error.hpp"

namespace jekyllpp::liquid {

class Context;
class Environment;
class Expression;
class Variable;
class Condition;
enum class ErrorMode;

class Node {
public:
   explicit Node(int line_number = 0) : line_number_(line_number) {}
   virtual ~Node() = default;
   virtual void render(Context& context, std::string& output) const = 0;
   // Liquid's blank?: a block whose nodes are all blank (assign, capture, comment, ...) and whose
   // text is whitespace only drops that whitespace when it is an if/for/case/unless body.
   virtual bool blank() const { return false; }
   int line_number() const { return line_number_; }

private:
   int line_number_;
};
using NodePtr = std::unique_ptr< const Node >;

// A sequence of text and nodes: a template's top level or a block's body.
class BlockBody {
public:
   void render(Context& context, std::string& output) const;
   bool blank() const { return blank_; }
   bool empty() const { return items_.empty(); }

   // Used by the parser:
   void add_text(std::string text);
   void add_node(NodePtr node, bool is_variable);
   std::string* last_text();  // the previous item when it is text (for `{%-` trimming)
   void remove_blank_strings();

private:
   struct Item {
      std::string text;  // used when node is null
      NodePtr node;
   };
   std::vector< Item > items_;
   bool blank_ = true;
};

class ParseState;  // the tokenizer and nesting state behind a ParseContext

// What a tag sees while its template is being parsed.
class ParseContext {
public:
   ParseContext(ParseState& state) : state_(state) {}

   ErrorMode error_mode() const;
   int line_number() const;  // 0 when the template was parsed without line numbers
   const Environment& environment() const;
   // Liquid's Expression.parse (literals, ranges, variable lookups); never throws.
   Expression parse_expression(std::string_view markup) const;
   // `name | filter: args`, strict first and lax as the error mode allows.
   Variable parse_variable(std::string_view markup);
   // The `if` condition syntax (`a == b and c contains "x"`), in the error mode.
   Condition parse_condition(std::string_view markup);
   // The same with errors naming `line`: an elsif's name its if tag's line (Liquid's
   // ParserSwitching gives a strict error the tag's line_number).
   Condition parse_condition(std::string_view markup, int line);
   // Records a strict-parse error that warn mode let through (Template::warnings()).
   void add_warning(Error error);

   struct EndTag {
      std::string name;  // empty when the source ended
      std::string markup;
   };
   // Parses into body until a tag that no registered tag handles (e.g. `else`, `endfor`).
   EndTag parse_body(BlockBody& body);
   // Liquid's Block#parse for a block without inner tags: parses to `end<block_name>`.
   BlockBody parse_block(std::string_view block_name);
   // Raises what Liquid's Block raises for an unexpected inner tag in block_name.
   [[noreturn]] void raise_unknown_tag(const std::string& tag, std::string_view block_name) const;
   [[noreturn]] void raise_never_closed(std::string_view block_name) const;
   // The next raw token of the source (text, `{{...}}` or `{%...%}`), for raw-like tags; false at end.
   bool next_raw_token(std::string& token);

   ParseState& state() { return state_; }

private:
   ParseState& state_;
};

}  // namespace jekyllpp::liquid
