// {% for item in collection limit: n offset: m|continue reversed %}...{% else %}...{% endfor %}
#include <algorithm>
#include <optional>

#include "../internal.hpp"
#include "../lax.hpp"
#include "../lexer.hpp"
#include "../loop_drops.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/expression.hpp"
#include "tag_support.hpp"

namespace jekyllpp::liquid {

namespace {

// The items a collection iterates (Utils.slice_collection), without copying arrays.
class Items {
public:
   explicit Items(const Value& collection) {
      switch (collection.type()) {
      case Value::Type::Array:
         array_ = collection.array_ptr();
         size_ = array_->size();
         break;
      case Value::Type::Range:
         range_ = collection.as_range();
         size_ = range_->last >= range_->first ? std::size_t(range_->last - range_->first + 1) : 0;
         break;
      case Value::Type::Hash:
         for (const auto& e : collection.as_hash()) owned_.push_back(hash_pair(collection.as_hash(), e));
         size_ = owned_.size();
         break;
      case Value::Type::String:
         if (!collection.as_string().empty()) owned_.push_back(collection);
         size_ = owned_.size();
         break;
      case Value::Type::Drop:
         if (collection.as_drop().each() == Drop::Each::Pairs) {
            for (Value& k : collection.as_drop().key_objects()) {
               Value v = collection.as_drop().value_at(k);
               owned_.push_back(Value(Array{std::move(k), std::move(v)}));
            }
         } else if (collection.as_drop().each() == Drop::Each::Keys) {
            for (Value& k : collection.as_drop().key_objects()) owned_.push_back(std::move(k));
         }
         size_ = owned_.size();
         break;
      default: break;
      }
   }
   std::size_t size() const { return size_; }
   // Item i, stored here or in the array (kept alive by this), or made in tmp (a range's).
   const Value* at(std::size_t i, Value& tmp) const {
      if (array_) return &(*array_)[i];
      if (range_) {
         tmp = Value(range_->first + std::int64_t(i));
         return &tmp;
      }
      return &owned_[i];
   }

private:
   ArrayPtr array_;
   std::optional< Range > range_;
   std::vector< Value > owned_;
   std::size_t size_ = 0;
};

class For : public Node {
public:
   std::string variable;
   Expression collection;
   std::string name;  // "item-collection", the key of offset: continue
   bool reversed = false;
   std::optional< Expression > limit;
   std::optional< Expression > from;
   bool from_continue = false;
   BlockBody for_block;
   std::optional< BlockBody > else_block;
   bool is_blank = true;

   explicit For(int line) : Node(line) {}

   bool blank() const override { return is_blank; }

   void set_attribute(const std::string& key, std::string_view value) {
      if (key == "offset") {
         from_continue = value == "continue";
         if (from_continue) from.reset();
         else from = Expression::parse(value);
      } else if (key == "limit") {
         limit = Expression::parse(value);
      }
   }

   void render(Context& context, std::string& output) const override {
      auto& offsets = context.for_offsets();
      std::int64_t start = 0;
      if (from_continue) {
         const std::int64_t* found = offsets.find(name);
         start = found ? *found : 0;
      } else if (from) {
         Value v = from->evaluate(context);
         start = v.is_nil() ? 0 : to_integer(v);
      }
      Value tmp;
      const Value& coll = collection.evaluate_ref(context, tmp);
      Items items(coll);
      std::optional< std::int64_t > stop;
      if (limit) {
         Value v = limit->evaluate(context);
         if (!v.is_nil()) stop = loop_end(start, to_integer(v));
      }
      std::int64_t n = std::int64_t(items.size());
      // A string is one item whatever the offset and limit (Utils.slice_collection).
      std::int64_t first = coll.is_string() ? 0 : std::max< std::int64_t >(start, 0);
      std::int64_t last = coll.is_string() ? n : stop ? std::min(std::max< std::int64_t >(*stop, 0), n) : n;
      std::int64_t length = std::max< std::int64_t >(last - first, 0);
      offsets.set(name, start + length);

      if (length == 0) {
         if (else_block) else_block->render(context, output);
         return;
      }
      auto& stack = context.forloop_stack();
      auto loop = std::make_shared< ForloopDrop >(name, length, stack.empty() ? nullptr : stack.back());
      Context::ScopeGuard scope(context);
      stack.push_back(loop);
      try {
         context.set("forloop", Value(DropPtr(loop)));
         Value made;  // a range's current item
         std::size_t slot = 0;
         for (std::int64_t i = 0; i < length; ++i) {
            std::size_t index = std::size_t(reversed ? last - 1 - i : first + i);
            if (i == 0) slot = context.bind(variable, items.at(index, made));
            else context.rebind(slot, items.at(index, made));
            for_block.render(context, output);
            loop->increment();
            if (!context.interrupted()) continue;
            if (context.pop_interrupt() == Context::Interrupt::Break) break;
         }
      } catch (...) {
         stack.pop_back();
         throw;
      }
      stack.pop_back();
   }
};

void lax_parse(For& f, const std::string& markup) {
   // Syntax = /\A([\w-]+)\s+in\s+(QuotedFragment+)\s*(reversed)?/
   std::size_t i = 0;
   while (i < markup.size() && (lax::is_word(markup[i]) || markup[i] == '-')) ++i;
   std::size_t j = lax::skip_spaces(markup, i);
   std::size_t k = j + 2;
   bool ok = i > 0 && j > i && markup.compare(j, 2, "in") == 0 && k < markup.size() && lax::is_space(markup[k]);
   std::size_t c = ok ? lax::skip_spaces(markup, k) : 0;
   std::size_t ce = ok ? lax::quoted_fragments(markup, c) : lax::npos;
   if (ce == lax::npos) throw Error(Error::Kind::Syntax, "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]");
   f.variable = markup.substr(0, i);
   std::string collection = markup.substr(c, ce - c);
   f.reversed = markup.compare(lax::skip_spaces(markup, ce), 8, "reversed") == 0;
   f.name = f.variable + "-" + collection;
   f.collection = Expression::parse(collection);
   for (const auto& [key, value] : lax::tag_attributes(markup)) f.set_attribute(key, value);
}

void strict_parse(For& f, const std::string& markup) {
   strict::Parser p(markup);
   f.variable = p.consume(strict::Tok::Id);
   if (!p.id("in")) throw Error(Error::Kind::Syntax, "For loops require an 'in' clause");
   std::string collection = p.expression();
   f.collection = Expression::parse(collection);
   f.name = f.variable + "-" + collection;
   f.reversed = p.id("reversed");
   while (p.look(strict::Tok::Id) && p.look(strict::Tok::Colon, 1)) {
      std::string attribute;
      if (p.id("limit")) attribute = "limit";
      else if (p.id("offset")) attribute = "offset";
      else throw Error(Error::Kind::Syntax, "Invalid attribute in for loop. Valid attributes are limit and offset");
      p.consume();
      f.set_attribute(attribute, p.expression());
   }
   p.consume(strict::Tok::EndOfString);
}

NodePtr parse_for(const std::string& tag, const std::string& markup, ParseContext& parse) {
   auto f = std::make_unique< For >(parse.line_number());
   if (parse.error_mode() == ErrorMode::Lax) {
      lax_parse(*f, markup);
   } else {
      try {
         strict_parse(*f, markup);
      } catch (Error& e) {
         if (e.kind() != Error::Kind::Syntax) throw;
         Error located(Error::Kind::Syntax, e.message(), parse.line_number());
         located.set_markup_context("in \"" + std::string(lax::strip(markup)) + "\"");
         if (parse.error_mode() == ErrorMode::Strict) throw located;
         parse.add_warning(std::move(located));
         f = std::make_unique< For >(parse.line_number());
         lax_parse(*f, markup);
      }
   }
   bool blank = true;
   if (auto inner = parse_block_part(parse, f->for_block, tag, blank)) {
      if (inner->name != "else") parse.raise_unknown_tag(inner->name, tag);
      f->else_block.emplace();
      while (auto again = parse_block_part(parse, *f->else_block, tag, blank)) {
         if (again->name != "else") parse.raise_unknown_tag(again->name, tag);
         f->else_block.emplace();  // a second else starts the else block over, then ends the loop
         break;
      }
   }
   f->is_blank = blank;
   if (blank) {
      if (f->else_block) f->else_block->remove_blank_strings();
      f->for_block.remove_blank_strings();
   }
   return f;
}

}  // namespace

void register_for(Environment& env) { env.register_tag("for", parse_for); }

}  // namespace jekyllpp::liquid
