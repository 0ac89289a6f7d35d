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

// Whether a block (an opener with its closer after it) starts at s[lt] == '<'.
bool block_at(const std::string& s, std::size_t lt) {
   if (lt + 1 == s.size() || (s[lt + 1] != 's' && s[lt + 1] != '!')) return false;  // no opener here
   for (const auto& [open, close] : kBlocks)
      if (starts_with(s, lt, open) && s.find(close, lt + open.size()) != std::string::npos) return true;
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

// text without every <...> (from a '<' to the first '>' after it; a '<' with no '>' after it is
// kept), into out. watch_blocks: gives up (false, out unfinished) at the first '<' anywhere in
// text that starts a block, so that the caller removes the blocks first: one pass over the
// text when it has none (the common case).
bool strip_tags(const std::string& text, std::string& out, bool watch_blocks) {
   const char* const begin = text.data();
   const char* const end = begin + text.size();
   const auto block = [&](const char* lt) { return watch_blocks && block_at(text, std::size_t(lt - begin)); };
   // The kept runs are copied into a buffer of the text's size (no append per run), cut at the end.
   out.assign(text.size(), '\0');
   char* o = out.data();
   for (const char* p = begin; p < end;) {
      const auto* lt = static_cast< const char* >(std::memchr(p, '<', std::size_t(end - p)));
      if (lt && block(lt)) return false;
      const char* gt = nullptr;
      if (lt) {
         // Most tags are short: their first bytes one by one, then memchr (whose setup costs more).
         const char* q = lt + 1;
         for (const char* const near = std::min(end, q + 8); q < near && !gt; ++q) {
            if (*q == '>') gt = q;
            else if (*q == '<' && block(q)) return false;
         }
         if (!gt) {
            gt = static_cast< const char* >(std::memchr(q, '>', std::size_t(end - q)));
            // The '<'s up to it (or to the end) are not looked at by the loop.
            const char* const limit = gt ? gt : end;
            for (const char* r = q; watch_blocks && (r = static_cast< const char* >(std::memchr(r, '<', std::size_t(limit - r)))); ++r)
               if (block(r)) return false;
         }
      }
      const char* const run_end = gt ? lt : end;
      std::memcpy(o, p, std::size_t(run_end - p));
      o += run_end - p;
      if (!gt) break;
      p = gt + 1;
   }
   out.resize(std::size_t(o - out.data()));
   return true;
}

// Removes the blocks (when there are any), then every <...>.
Value strip_html(const FilterCall& call) {
   Args args(call, 0, 0);
   std::string tmp;
   const std::string& s = as_text(call.input, tmp);
   std::string out;
   if (!strip_tags(s, out, true)) strip_tags(without_blocks(s), out, false);
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
