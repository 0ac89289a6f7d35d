// BlockBody: building (text, nodes, blank tracking) and rendering with Liquid's error handling.
#include <algorithm>

#include "internal.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/node.hpp"
#include "lax.hpp"

namespace jekyllpp::liquid {

void BlockBody::add_text(std::string text) {
   if (blank_) blank_ = std::all_of(text.begin(), text.end(), [](char c) { return lax::is_space(c); });
   items_.push_back({std::move(text), nullptr});
}

void BlockBody::add_node(NodePtr node, bool is_variable) {
   blank_ = blank_ && !is_variable && node->blank();
   items_.push_back({std::string(), std::move(node)});
}

std::string* BlockBody::last_text() {
   if (items_.empty() || items_.back().node) return nullptr;
   return &items_.back().text;
}

void BlockBody::remove_blank_strings() {
   items_.erase(std::remove_if(items_.begin(), items_.end(), [](const Item& i) { return !i.node; }), items_.end());
}

void BlockBody::render(Context& context, std::string& output) const {
   context.increment_render_score(items_.size());
   const bool check_output = context.output_checked();
   for (const Item& item : items_) {
      if (!item.node) {
         output += item.text;
      } else {
         try {
            item.node->render(context, output);
         } catch (Error& e) {
            if (e.line_number() == 0 && item.node->line_number() > 0) e.set_line_number(item.node->line_number());
            if (e.template_name().empty() && !context.template_name().empty())
               e.set_template_name(context.template_name());
            throw;
         } catch (const std::bad_alloc&) {
            throw Error(Error::Kind::Memory, "Memory limits exceeded");
         } catch (const std::runtime_error&) {
            throw;  // an error a tag or filter raised on purpose: render! passes it on unchanged
         } catch (const std::exception&) {
            throw Error(Error::Kind::Internal, "internal", item.node->line_number(), context.template_name());
         }
         if (context.interrupted()) break;
      }
      if (check_output) context.check_output_length(output);
   }
}

}  // namespace jekyllpp::liquid
