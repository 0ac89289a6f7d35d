#include "jekyllpp/serve/inject.hpp"

#include <string_view>

namespace jekyllpp::serve {
namespace {

// Length of a match of Jekyll's HEAD_TAG_REGEX, %r!<head>|<head[^(er)][^<]*>!, at `pos` of
// `line`, or 0.
std::size_t head_tag_at(std::string_view line, std::size_t pos) {
   if (line.compare(pos, 5, "<head") != 0) return 0;
   std::size_t after = pos + 5;
   if (after < line.size() && line[after] == '>') return 6;
   if (after >= line.size()) return 0;
   char c = line[after];
   if (c == '(' || c == 'e' || c == 'r' || c == ')') return 0;
   std::size_t limit = line.find('<', after + 1);
   if (limit == std::string_view::npos) limit = line.size();
   std::size_t close = line.substr(0, limit).rfind('>');
   if (close == std::string_view::npos || close <= after) return 0;
   return close + 1 - pos;
}

}  // namespace

std::string livereload_script(const LiveReloadSnippet& snippet) {
   std::string port = std::to_string(snippet.port);
   std::string args;
   if (snippet.min_delay) args += "&amp;mindelay=" + *snippet.min_delay;
   if (snippet.max_delay) args += "&amp;maxdelay=" + *snippet.max_delay;
   args += "&amp;port=" + port;
   return "<script>\n"
          "  document.write(\n"
          "    '<script src=\"' + location.protocol + '//' +\n"
          "    (location.host || 'localhost').split(':')[0] +\n"
          "    ':" + port + "/livereload.js?snipver=1" + args + "\"' +\n"
          "    '></' +\n"
          "    'script>');\n"
          "</script>\n";
}

bool inject_livereload(std::string& html, const LiveReloadSnippet& snippet) {
   std::size_t first = html.find("<head");
   if (first == std::string::npos) return false;
   std::size_t line_start = html.rfind('\n', first);
   line_start = line_start == std::string::npos ? 0 : line_start + 1;
   std::size_t line_end = html.find('\n', first);
   line_end = line_end == std::string::npos ? html.size() : line_end + 1;

   std::string_view line(html.data() + line_start, line_end - line_start);
   std::string script = livereload_script(snippet);
   std::string rewritten;
   std::size_t copied = 0;
   for (std::size_t pos = first - line_start; pos < line.size();) {
      std::size_t length = head_tag_at(line, pos);
      if (length == 0) {
         pos = line.find("<head", pos + 1);
         if (pos == std::string_view::npos) break;
         continue;
      }
      rewritten.append(line.substr(copied, pos + length - copied));
      rewritten += script;
      copied = pos + length;
      pos = copied;
   }
   if (copied == 0) return true;
   rewritten.append(line.substr(copied));
   html.replace(line_start, line_end - line_start, rewritten);
   return true;
}

}  // namespace jekyllpp::serve
