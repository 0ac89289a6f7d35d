// Liquid's HTML filters: escape (h), escape_once, strip_html.
#include <algorithm>
#include <cstring>

#include "filters/support.hpp"
#include "jekyllpp/liquid/ruby/cgi.hpp"

namespace jekyllpp::liquid::filters {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether s[i] == '&' starts an entity: &name; or &#digits;
bool starts_entity(const std::string& s, std::size_t i) {
   std::size_t j = i + 1;
   if (j < s.size() && s[j] == '#') {
      const std::size_t start = ++j;
      while (j < s.size() && is_digit(s[j])) ++j;
      return j > start && j < s.size() && s[j] == ';';
   }
   const std::size_t start = j;
   while (j < s.size() && is_alpha(s[j])) ++j;
   return j > start && j < s.size() && s[j] == ';';
}

Value escape(const FilterCall& call) {
   Args args(call, 0, 0);
   if (call.input.is_nil()) return Value();
   std::string tmp;
   return Value(ruby::cgi_escape_html(as_text(call.input, tmp)));
}

Value escape_once(const FilterCall& call) {
   Args args(call, 0, 0);
   std::string tmp;
   const std::string& s = as_text(call.input, tmp);
   std::string out;
   out.reserve(s.size());
   for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '&' && starts_entity(s, i)) out += c;
      else if (const char* e = ruby::cgi_html_entity(c)) out += e;
      else out += c;
   }
   return Value(std::move(out));
}

bool starts_with(const std::string& s, std::size_t i, std::string_view prefix) {
   return s.compare(i, prefix.size(), prefix) == 0;
}

const std::pair< std::string_view, std::string_view > kBlocks[] = {
   {"<script", "</script>"}, {"<!--", "-->"}, {"<style", "</style>"}};

// The next '<' in s at or after i, or npos.
std::size_t next_lt(const std::string& s, std::size_t i) {
   const void* at = i < s.size() ? std::memchr(s.data() + i, '<', s.size() - i) : nullptr;
   return at ? std::size_t(static_cast< const char* >(at) - s.data()) : std::string::npos;
}

// Whether s has a block to remove (an opener with its closer after it).
bool has_block(const std::string& s) {
   for (std::size_t lt = next_lt(s, 0); lt != std::string::npos; lt = next_lt(s, lt + 1)) {
      if (lt + 1 == s.size() || (s[lt + 1] != 's' && s[lt + 1] != '!')) continue;  // no opener here
      for (const auto& [open, close] : kBlocks)
         if (starts_with(s, lt, open) && s.find(close, lt + open.size()) != std::string::npos) return true;
   }
   return false;
}

// s without <script ...</script>, <!-- ... --> and <style ...</style> (shortest matches, in one
// left-to-right pass).
std::string without_blocks(const std::string& s) {
   std::string out;
   out.reserve(s.size());
   for (std::size_t i = 0; i < s.size();) {
      const std::size_t lt = s.find('<', i);
      if (lt == std::string::npos) {
         out.append(s, i, std::string::npos);
         break;
      }
      out.append(s, i, lt - i);
      i = lt;
      bool removed = false;
      for (const auto& [open, close] : kBlocks) {
         if (!starts_with(s, i, open)) continue;
         const std::size_t end = s.find(close, i + open.size());
         if (end == std::string::npos) continue;
         i = end + close.size();
         removed = true;
         break;
      }
      if (!removed) out += s[i++];
   }
   return out;
}

// The first '>' after lt, or null: most tags are short, their first bytes are looked at one by
// one before memchr (whose setup costs more than a short scan).
const char* tag_end(const char* lt, const char* end) {
   const char* p = lt + 1;
   for (const char* const near = std::min(end, p + 8); p < near; ++p)
      if (*p == '>') return p;
   return static_cast< const char* >(std::memchr(p, '>', std::size_t(end - p)));
}

// Removes the blocks (skipped when there are none), then every <...>.
Value strip_html(const FilterCall& call) {
   Args args(call, 0, 0);
   std::string tmp;
   const std::string& s = as_text(call.input, tmp);
   const bool blocks = has_block(s);
   const std::string blocks_removed = blocks ? without_blocks(s) : std::string();
   const std::string& text = blocks ? blocks_removed : s;
   const char* p = text.data();
   const char* const end = p + text.size();
   // The kept runs are copied into a buffer of the text's size (no append per run), cut at the end.
   std::string out(text.size(), '\0');
   char* o = out.data();
   while (p < end) {
      const auto* lt = static_cast< const char* >(std::memchr(p, '<', std::size_t(end - p)));
      const char* gt = lt ? tag_end(lt, end) : nullptr;
      const char* const run_end = gt ? lt : end;
      std::memcpy(o, p, std::size_t(run_end - p));
      o += run_end - p;
      if (!gt) break;
      p = gt + 1;
   }
   out.resize(std::size_t(o - out.data()));
   return Value(std::move(out));
}

}  // namespace

void register_html_filters(Environment& env) {
   env.register_filter("escape", escape);
   env.register_filter("h", escape);
   env.register_filter("escape_once", escape_once);
   env.register_filter("strip_html", strip_html);
}

}  // namespace jekyllpp::liquid::filters
