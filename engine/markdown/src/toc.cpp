#include <algorithm>
#include <string>
#include <vector>

#include "escape.hpp"
#include "html_tags.hpp"
#include "renderer.hpp"

namespace jekyllpp::markdown {

std::optional<std::vector<int>> toc_levels_named(std::string_view value) {
   auto digit = [&](std::size_t i) { return i < value.size() && value[i] >= '0' && value[i] <= '9'; };
   std::vector<int> levels;
   if (value.size() == 4 && digit(0) && value.substr(1, 2) == ".." && digit(3)) {
      for (int level = value[0] - '0'; level <= value[3] - '0'; ++level) levels.push_back(level);
   } else {
      for (std::size_t i = 0; i < value.size(); i += 2) {
         if (!digit(i) || (i + 1 < value.size() && value[i + 1] != ',') || i + 1 == value.size() - 1) return std::nullopt;
         int level = value[i] - '0';
         if (std::find(levels.begin(), levels.end(), level) == levels.end()) levels.push_back(level);
      }
      if (levels.empty()) return std::nullopt;
   }
   for (int level : levels)
      if (level < 1 || level > 6) return std::nullopt;
   return levels;
}

namespace {

void pad(std::string& out, int indent) { out.append(static_cast<size_t>(indent), ' '); }

struct TocNode {
   const Conversion::TocEntry* entry;
   std::vector<TocNode> children;
};

void render_toc_list(std::string& out, const std::vector<TocNode>& nodes, const char* tag,
                     const Attributes& attrs, const std::string& list_id, int indent) {
   pad(out, indent);
   out += '<';
   out += tag;
   append_attributes(out, attrs);
   out += ">\n";
   for (const TocNode& node : nodes) {
      pad(out, indent + 2);
      out += "<li><a href=\"#";
      append_escaped_attribute(out, node.entry->id);
      out += "\" id=\"";
      append_escaped_attribute(out, list_id + "-" + node.entry->id);
      out += "\">";
      out += node.entry->html;
      out += "</a>";
      if (!node.children.empty()) {
         render_toc_list(out, node.children, tag, {}, list_id, indent + 4);
         pad(out, indent + 2);
      }
      out += "</li>\n";
   }
   pad(out, indent);
   out += "</";
   out += tag;
   out += ">\n";
}

}  // namespace

std::string render_toc(const Conversion& c) {
   if (c.toc.empty()) return {};
   // kramdown's generate_toc_tree: each entry nests under the last one of a lower level.
   std::vector<TocNode> roots;
   std::vector<TocNode*> stack;
   for (const auto& entry : c.toc) {
      while (!stack.empty() && stack.back()->entry->level >= entry.level) stack.pop_back();
      std::vector<TocNode>& siblings = stack.empty() ? roots : stack.back()->children;
      siblings.push_back({&entry, {}});
      stack.push_back(&siblings.back());
   }
   Attributes attrs = c.toc_attributes;
   std::string list_id = "markdown-toc";
   bool has_id = false;
   for (const auto& [k, v] : attrs)
      if (k == "id") {
         list_id = v;
         has_id = true;
      }
   if (!has_id) attrs.emplace_back("id", list_id);
   std::string out;
   render_toc_list(out, roots, c.toc_ordered ? "ol" : "ul", attrs, list_id, 0);
   return out;
}

}  // namespace jekyllpp::markdown
