#pragma once
// The LiveReload script tag Jekyll's servlet writes into HTML responses (BodyProcessor).
#include <optional>
#include <string>

namespace jekyllpp::serve {

struct LiveReloadSnippet {
   unsigned short port = 35729;
   std::optional<std::string> min_delay;
   std::optional<std::string> max_delay;
};

// The <script> block, byte for byte as Jekyll's ERB template renders it.
std::string livereload_script(const LiveReloadSnippet& snippet);

// Adds the script after the head tag(s) on the first line containing "<head", as Jekyll
// does (every `<head>` or `<head ...>` on that line, never `<header>`). Returns true when
// such a line was found (Jekyll's X-Rack-LiveReload), even if no tag on it matched.
bool inject_livereload(std::string& html, const LiveReloadSnippet& snippet);

}  // namespace jekyllpp::serve
