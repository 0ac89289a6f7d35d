// {% tablerow item in collection cols: n limit: n offset: n %}...{% endtablerow %}
#include <map>

#include "../internal.hpp"
#include "../lax.hpp"
#include "../loop_drops.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

class TableRow : public Node {
public:
   std::string variable;
   Expression collection;
   std::map< std::string, Expression > attributes;
   BlockBody body;
   bool is_blank = true;

   explicit TableRow(int line) : Node(line) {}
   bool blank() const override { return is_blank; }

   std::int64_t attribute_to_i(Context& context, const char* key, std::int64_t fallback) const {
      auto found = attributes.find(key);
      if (found == attributes.end()) return fallback;
      return ruby_value_to_i(found->second.evaluate(context));
   }

   void render(Context& context, std::string& output) const override {
      Value coll = collection.evaluate(context);
      if (!coll.truthy()) return;
      std::int64_t from = attribute_to_i(context, "offset", 0);
      bool has_limit = attributes.count("limit") > 0;
      std::int64_t to = has_limit ? loop_end(from, attribute_to_i(context, "limit", 0)) : 0;
      std::vector< Value > items;
      auto add = [&](std::int64_t index, Value v) {
         if (index >= from && (!has_limit || index < to)) items.push_back(std::move(v));
      };
      std::int64_t index = 0;
      switch (coll.type()) {
      case Value::Type::Array:
         for (const Value& v : coll.as_array()) {
            if (has_limit && to <= index) break;
            add(index++, v);
         }
         break;
      case Value::Type::Range:
         for (std::int64_t i = coll.as_range().first; i <= coll.as_range().last; ++i) {
            if (has_limit && to <= index) break;
            add(index++, Value(i));
         }
         break;
      case Value::Type::Hash:
         for (const auto& e : coll.as_hash()) {
            if (has_limit && to <= index) break;
            add(index++, hash_pair(coll.as_hash(), e));
         }
         break;
      case Value::Type::String:
         if (!coll.as_string().empty()) items.push_back(coll);
         break;
      case Value::Type::Drop: {
         const Drop& drop = coll.as_drop();
         if (drop.each() == Drop::Each::None) break;
         for (const Value& k : drop.key_objects()) {
            if (has_limit && to <= index) break;
            add(index++, drop.each() == Drop::Each::Pairs ? Value(Array{k, drop.value_at(k)}) : k);
         }
         break;
      }
      default: break;
      }
      std::int64_t cols = attribute_to_i(context, "cols", 0);
      output += "<tr class=\"row1\">\n";
      {
         Context::ScopeGuard scope(context);
         auto loop = std::make_shared< TablerowloopDrop >(std::int64_t(items.size()), cols);
         context.set("tablerowloop", Value(DropPtr(loop)));
         for (const Value& item : items) {
            context.set(variable, item);
            output += "<td class=\"col" + std::to_string(loop->col()) + "\">";
            body.render(context, output);
            output += "</td>";
            if (loop->col_last() && !loop->last())
               output += "</tr>\n<tr class=\"row" + std::to_string(loop->row() + 1) + "\">";
            loop->increment();
         }
      }
      output += "</tr>\n";
   }
};

NodePtr parse_tablerow(const std::string& tag, const std::string& markup, ParseContext& parse) {
   auto t = std::make_unique< TableRow >(parse.line_number());
   // Syntax = /(\w+)\s+in\s+(QuotedFragment+)/, searched.
   bool found = false;
   for (std::size_t i = 0; i < markup.size() && !found; ++i) {
      if (!lax::is_word(markup[i])) continue;
      std::size_t e = i;
      while (e < markup.size() && lax::is_word(markup[e])) ++e;
      std::size_t j = lax::skip_spaces(markup, e);
      if (j == e || markup.compare(j, 2, "in") != 0 || j + 2 >= markup.size() || !lax::is_space(markup[j + 2])) continue;
      std::size_t c = lax::skip_spaces(markup, j + 2);
      std::size_t ce = lax::quoted_fragments(markup, c);
      if (ce == lax::npos) continue;
      t->variable = markup.substr(i, e - i);
      t->collection = Expression::parse(std::string_view(markup).substr(c, ce - c));
      found = true;
   }
   if (!found)
      throw Error(Error::Kind::Syntax,
                  "Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3");
   for (const auto& [key, value] : lax::tag_attributes(markup)) t->attributes[key] = Expression::parse(value);
   bool blank = true;
   while (auto inner = parse_block_part(parse, t->body, tag, blank)) parse.raise_unknown_tag(inner->name, tag);
   t->is_blank = blank;
   return t;
}

}  // namespace

void register_tablerow(Environment& env) { env.register_tag("tablerow", parse_tablerow); }

}  // namespace jekyllpp::liquid
