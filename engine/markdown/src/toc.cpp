#include <algorithm>
#include <string>
#include <vector>

#include "escape.hpp"
#include "html_tags.hpp"
#include "renderer.hpp"

namespace jekyllpp::markdown {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Ruby's String#to_i of a level: leading white space, a sign, digits with single underscores
// between them; 0 without digits. Saturates past any level.
int ruby_to_i(std::string_view text) {
   std::size_t i = 0;
   while (i < text.size() && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
   const bool negative = i < text.size() && text[i] == '-';
   if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
   int value = 0;
   for (; i < text.size() && is_digit(text[i]); ++i) {
      value = std::min(value * 10 + (text[i] - '0'), 1000);
      if (i + 2 < text.size() && text[i + 1] == '_' && is_digit(text[i + 2])) ++i;
   }
   return negative ? -value : value;
}

// Whether a line is "d..d", or "d" or "d,d,...".
bool is_range_line(std::string_view line) {
   return line.size() == 4 && is_digit(line[0]) && line.substr(1, 2) == ".." && is_digit(line[3]);
}
bool is_list_line(std::string_view line) {
   if (line.size() % 2 == 0) return false;
   for (std::size_t i = 0; i < line.size(); ++i)
      if (i % 2 == 0 ? !is_digit(line[i]) : line[i] != ',') return false;
   return true;
}

}  // namespace

// kramdown tests the text with /^(\d)\.\.(\d)$/, then /^\d(?:,\d)*$/: Ruby's ^ and $ are line
// anchors, so a match on any line counts ("2..3\n", a YAML block scalar, is 2..3). A list is then
// read from the whole text: split(/,/) (trailing empty fields dropped), to_i, repeats dropped.
std::optional<std::vector<int>> toc_levels_named(std::string_view value) {
   std::vector<std::string_view> lines;
   for (std::size_t start = 0;;) {
      const std::size_t end = value.find('\n', start);
      lines.push_back(value.substr(start, end == std::string_view::npos ? end : end - start));
      if (end == std::string_view::npos) break;
      start = end + 1;
   }
   std::vector<int> levels;
   auto range = std::find_if(lines.begin(), lines.end(), is_range_line);
   if (range != lines.end()) {
      for (int level = (*range)[0] - '0'; level <= (*range)[3] - '0'; ++level) levels.push_back(level);
   } else if (std::any_of(lines.begin(), lines.end(), is_list_line)) {
      std::vector<std::string_view> fields;
      for (std::size_t start = 0;;) {
         const std::size_t comma = value.find(',', start);
         fields.push_back(value.substr(start, comma == std::string_view::npos ? comma : comma - start));
         if (comma == std::string_view::npos) break;
         start = comma + 1;
      }
      while (!fields.empty() && fields.back().empty()) fields.pop_back();
      for (std::string_view field : fields) {
         const int level = ruby_to_i(field);
         if (std::find(levels.begin(), levels.end(), level) == levels.end()) levels.push_back(level);
      }
   } else {
      return std::nullopt;
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
