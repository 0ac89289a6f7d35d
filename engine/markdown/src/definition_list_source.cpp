#include "definition_list_source.hpp"

#include <algorithm>

#include "source_lines.hpp"

namespace jekyllpp::markdown {

void trim_trailing_blank_lines(std::string& content) {
   // A blank line is a '\n' at the start or after another one.
   while (!content.empty() && content.back() == '\n' && (content.size() == 1 || content[content.size() - 2] == '\n'))
      content.pop_back();
}

size_t read_definitions(const std::vector<std::string_view>& lines, size_t first, bool first_as_para,
                        std::vector<DefinitionItem>& items) {
   size_t last = first, indentation = 0, max_marker_indent = 3;
   bool last_is_blank = false;
   for (size_t k = first; k < lines.size(); ++k) {
      std::string_view line = lines[k];
      if (is_definition_start(line, max_marker_indent)) {
         size_t colon = indent_of(line);
         std::string_view rest = line.substr(colon + 1);
         size_t spaces = rest.find_first_not_of(' ');
         if (spaces == std::string_view::npos) spaces = rest.size();
         std::string_view content = rest.substr(spaces);
         trim_trailing_blank_lines(items.back().content);
         DefinitionItem item{false, {}, first_as_para, {}};
         // LIST_ITEM_IAL: a leading `{: ...}`.
         if (content.substr(0, 2) == "{:" && content.size() > 2 && content[2] != ':') {
            size_t close = content.find('}');
            if (close != std::string_view::npos) {
               AttributeList list;
               parse_attribute_list(content.substr(2, close - 2), list);
               item.attributes = std::move(list.attributes);
               content.remove_prefix(close + 1);
               content.remove_prefix(std::min(content.size(), content.find_first_not_of(" \t")));
            }
         }
         // A first line holding nothing but an IAL (or nothing) sets the indentation to 4 and
         // leaves the text empty: the lines below it begin the definition, not a blank line.
         bool empty_first_line = is_blank(content);
         indentation = empty_first_line ? 4 : colon + 1 + spaces;
         max_marker_indent = indentation >= 4 ? 3 : indentation - 1;
         if (!empty_first_line) {
            item.content.assign(content);
            item.content += '\n';
         }
         items.push_back(std::move(item));
         first_as_para = last_is_blank = false;
         last = k;
         continue;
      }
      if (trim(line) == "^") break;
      std::string expanded;  // kramdown turns a line's leading tabs into four spaces each
      if (!line.empty() && line[0] == '\t') {
         size_t tabs = std::min(line.find_first_not_of('\t'), line.size());
         expanded.assign(4 * tabs, ' ');
         expanded.append(line.substr(tabs));
         line = expanded;
      }
      bool blank = is_blank(line);
      size_t n = indent_of(line);
      std::string_view inner;
      bool is_ald = false;
      bool content = !blank && n >= indentation;
      bool lazy = !blank && !last_is_blank && !(n <= std::min<size_t>(indentation, 3) && (block_ial(line.substr(n), inner, is_ald) || ends_lazy_text(line)));
      if (content || lazy) {
         items.back().content.append(line.substr(std::min(n, indentation)));
         items.back().content += '\n';
         first_as_para = last_is_blank = false;
         last = k;
      } else if (blank) {
         items.back().content += '\n';
         first_as_para = last_is_blank = true;
      } else {
         break;
      }
   }
   trim_trailing_blank_lines(items.back().content);
   return last;
}

}  // namespace jekyllpp::markdown
