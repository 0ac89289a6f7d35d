#include <cstdio>
#include "code_block.hpp"

#include <algorithm>

#include "escape.hpp"
#include "html_tags.hpp"
#include "jekyllpp/highlight/highlight.hpp"

namespace jekyllpp::markdown {
namespace {

namespace hl = jekyllpp::highlight;

// The lexer of find_fancy(lang, code) ("guess" guesses); nullptr when Rouge has no such lexer,
// or only the plaintext one and guess_lang is off (kramdown's rouge.rb).
const hl::Lexer* lexer_for(std::string_view lang, std::string_view code, bool guess_lang) {
   // Every code span asks for the same language (the default one): the last lexer found is
   // kept, unless a guess from the code chose it.
   thread_local std::string last_lang;
   thread_local const hl::Lexer* last_lexer = nullptr;
   const hl::Lexer* lexer = last_lexer && lang == last_lang ? last_lexer : hl::find_lexer_fancy(lang, code);
   if (lexer != last_lexer && lang.substr(0, lang.find('?')) != "guess") {
      last_lang.assign(lang);
      last_lexer = lexer;
   }
   if (!lexer || (!guess_lang && hl::lexer_tag(*lexer) == "plaintext")) return nullptr;
   return lexer;
}

// Ruby's sprintf(format, n) for a line number: `%%`, and conversions of one Integer with flags,
// width and precision (d i u, s p, x X o b B, c, f e E g G a A). Ruby's ArgumentErrors: a second
// conversion ("too few arguments"), an unknown one ("malformed format string - %q"), a `%` at
// the end ("incomplete format specifier; ..."), `%5%` ("invalid format character - %").
std::string format_line_number(const std::string& format, long n) {
   std::string out;
   bool used = false;
   for (size_t i = 0; i < format.size(); ++i) {
      if (format[i] != '%') {
         out += format[i];
         continue;
      }
      size_t end = format.find_first_not_of("-+ #0123456789.", i + 1);
      if (end == std::string::npos) throw FormatError("incomplete format specifier; use %% (double %) instead");
      const char conversion = format[end];
      if (conversion == '%') {
         if (end != i + 1) throw FormatError("invalid format character - %");
         out += '%';
         ++i;
         continue;
      }
      if (std::string_view("diusxXobBcpfeEgGaA").find(conversion) == std::string_view::npos)
         throw FormatError(std::string("malformed format string - %") + conversion);
      if (used) throw FormatError("too few arguments");
      used = true;
      const std::string flags = format.substr(i, end - i);
      std::string spec, text;
      char buffer[512];
      int written;
      switch (conversion) {
         case 'f': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
            written = std::snprintf(buffer, sizeof buffer, (flags + conversion).c_str(), double(n));
            break;
         case 'c': written = std::snprintf(buffer, sizeof buffer, (flags + 's').c_str(), std::string(1, char(n)).c_str()); break;
         case 's': case 'p': written = std::snprintf(buffer, sizeof buffer, (flags + 's').c_str(), std::to_string(n).c_str()); break;
         case 'b': case 'B': {
            for (unsigned long v = static_cast< unsigned long >(n < 0 ? -n : n); v || text.empty(); v >>= 1)
               text.insert(text.begin(), char('0' + (v & 1)));
            if (n < 0) text.insert(text.begin(), '-');
            written = std::snprintf(buffer, sizeof buffer, (flags + 's').c_str(), text.c_str());
            // C pads a string with spaces only: the `0` flag (without `-`) pads these digits with zeros
            const std::string_view flag_chars(flags.data() + 1, std::min(flags.find_first_not_of("-+ #0", 1), flags.size()) - 1);
            if (flag_chars.find('0') != std::string_view::npos && flag_chars.find('-') == std::string_view::npos)
               for (int k = 0; k < written && buffer[k] == ' '; ++k) buffer[k] = '0';
            break;
         }
         default:
            written = std::snprintf(buffer, sizeof buffer, (flags + 'l' + (conversion == 'i' || conversion == 'u' ? 'd' : conversion)).c_str(), n);
      }
      if (written > 0) out.append(buffer, std::min<size_t>(size_t(written), sizeof buffer - 1));
      i = end;
   }
   return out;
}

// Rouge's HTMLTable formatter around `tokens`, the highlighted `code`.
void add_line_numbers(std::string& tokens, std::string_view code, const Options::LineNumbers& numbers) {
   if (!numbers.on) return;
   if (!numbers.start_error.empty()) throw FormatError(numbers.start_error, "TypeError");
   long lines = std::count(code.begin(), code.end(), '\n');
   if (code.empty() || code.back() != '\n') {
      ++lines;
      tokens += '\n';
   }
   std::string out = "<table class=\"" + numbers.table_class + "\"><tbody><tr><td class=\"" + numbers.gutter_class +
                     " gl\"><pre class=\"lineno\">";
   for (long i = 0; i < lines; ++i) {
      out += format_line_number(numbers.format, numbers.start + i);
      out += '\n';
   }
   out += "</pre></td><td class=\"" + numbers.code_class + "\"><pre>";
   out += tokens;
   out += "</pre></td></tr></tbody></table>";
   tokens = std::move(out);
}

// Where a `language-` class starts in `classes` (after a non-word character), or npos.
size_t language_class_at(const std::string& classes) {
   for (size_t at = classes.find("language-"); at != std::string::npos; at = classes.find("language-", at + 1)) {
      char before = at ? classes[at - 1] : ' ';
      bool word = (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
                  (before >= '0' && before <= '9') || before == '_';
      if (!word && at + 9 < classes.size() && classes[at + 9] != ' ') return at;
   }
   return std::string::npos;
}

// A code span's tokens, in Rouge's table when span line numbers are on.
void append_span_tokens(std::string& out, const hl::Lexer& lexer, std::string_view code, const Options& options) {
   if (!options.span_line_numbers.on) return hl::append_html(out, lexer, code);
   std::string tokens;
   hl::append_html(tokens, lexer, code);
   add_line_numbers(tokens, code, options.span_line_numbers);
   out += tokens;
}

}  // namespace

void append_code_block(std::string& out, std::string_view code, std::string_view info,
                       int indent, const Options& options,
                       const std::vector<std::pair<std::string, std::string>>& ial) {
   // FENCED_CODEBLOCK_MATCH: the first word; the class drops a `?options` suffix.
   std::string_view lang = info.substr(0, info.find_first_of(" \t"));
   std::vector<std::pair<std::string, std::string>> attributes = ial;
   std::string ial_lang;
   bool fence_lang = false;  // the fence names a language: its class comes first
   {
      // kramdown's extract_code_language!: an IAL's `language-X` class is taken out; it names
      // the language when the fence does not.
      for (auto it = attributes.begin(); it != attributes.end(); ++it) {
         if (it->first != "class") continue;
         std::string& v = it->second;
         for (size_t at = v.find("language-"); at != std::string::npos; at = v.find("language-", at + 1)) {
            char before = at ? v[at - 1] : ' ';
            bool word = (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') ||
                        (before >= '0' && before <= '9') || before == '_';
            size_t end = v.find_first_of(" \t\n", at);
            if (word || end == at + 9) continue;
            if (end == std::string::npos) end = v.size();
            ial_lang = v.substr(at + 9, end - at - 9);
            v.erase(at, end - at);
            size_t b = v.find_first_not_of(" \t\n"), e = v.find_last_not_of(" \t\n");
            v = b == std::string::npos ? std::string() : v.substr(b, e + 1 - b);
            break;
         }
         if (!ial_lang.empty() && v.empty()) attributes.erase(it);
         break;
      }
      fence_lang = !lang.empty();
      if (lang.empty()) lang = ial_lang;
   }
   std::string_view class_lang = lang.substr(0, lang.find('?'));
   std::string_view resolved = lang.empty() ? std::string_view(options.block_default_lang) : lang;
   std::string pad(static_cast<size_t>(indent), ' ');
   // The element's attributes: a fence's language class first, then the IAL's.
   std::vector<std::pair<std::string, std::string>> attrs;
   if (fence_lang) attrs.emplace_back("class", "");
   for (const auto& [k, v] : attributes) {
      if (k == "class" && !attrs.empty() && attrs.front().first == "class") attrs.front().second = v;
      else attrs.emplace_back(k, v);
   }
   auto set_class = [&](const std::string& value) {
      for (auto& [k, v] : attrs)
         if (k == "class") {
            v = value;
            return;
         }
      attrs.emplace_back("class", value);
   };
   std::string own_class;
   for (const auto& [k, v] : attrs)
      if (k == "class") own_class = v;
   if (options.highlight_blocks && !resolved.empty()) {
      if (const hl::Lexer* lexer = lexer_for(resolved, code, options.guess_lang)) {
         std::string tokens;
         hl::append_html(tokens, *lexer, code);
         add_line_numbers(tokens, code, options.block_line_numbers);
         std::string_view shown = lang.empty() ? std::string_view(options.block_default_lang) : class_lang;
         // kramdown drops a class the language alone made and adds it back last.
         if (own_class.empty())
            attrs.erase(std::remove_if(attrs.begin(), attrs.end(), [](const auto& a) { return a.first == "class"; }),
                        attrs.end());
         set_class("language-" + std::string(shown) + (own_class.empty() ? "" : " " + own_class) +
                   " highlighter-rouge");
         out += pad;
         out += "<div";
         append_attributes(out, attrs);
         out += '>';
         if (options.block_wrap) {
            out += "<div class=\"highlight\"><pre class=\"";
            out += options.block_css_class;
            out += "\"><code>";
         }
         out += tokens;
         if (options.block_wrap) out += "</code></pre></div>";
         out += pad;
         out += "</div>\n";
         return;
      }
   }
   if (own_class.empty()) {
      attrs.erase(std::remove_if(attrs.begin(), attrs.end(), [](const auto& a) { return a.first == "class"; }),
                  attrs.end());
   }
   out += pad;
   out += "<pre";
   append_attributes(out, attrs);
   out += "><code";
   if (!class_lang.empty()) {
      out += " class=\"language-";
      append_escaped_attribute(out, class_lang);
      out += '"';
   }
   out += '>';
   std::string_view body = code;
   if (!body.empty() && body.back() == '\n') body.remove_suffix(1);
   append_escaped_code(out, body);
   out += "\n</code></pre>\n";
}

void append_code_span(std::string& out, std::string_view code, const Options& options) {
   const hl::Lexer* lexer = options.highlight_spans && !options.span_default_lang.empty()
                               ? lexer_for(options.span_default_lang, code, options.guess_lang)
                               : nullptr;
   if (lexer) {
      out += "<code class=\"language-";
      out += options.span_default_lang;
      out += " highlighter-rouge\">";
      append_span_tokens(out, *lexer, code, options);
   } else {
      out += "<code>";
      append_escaped_code(out, code);
   }
   out += "</code>";
}

void append_code_span(std::string& out, std::string_view code, const Options& options,
                      std::vector<std::pair<std::string, std::string>> attributes) {
   auto cls = std::find_if(attributes.begin(), attributes.end(), [](const auto& a) { return a.first == "class"; });
   std::string lang;
   size_t lang_at = cls == attributes.end() ? std::string::npos : language_class_at(cls->second);
   if (lang_at != std::string::npos) {
      size_t end = cls->second.find_first_of(" \t\n", lang_at);
      lang = cls->second.substr(lang_at + 9, end == std::string::npos ? std::string::npos : end - lang_at - 9);
   }
   const std::string& used = lang.empty() ? options.span_default_lang : lang;
   const hl::Lexer* lexer = options.highlight_spans && !used.empty() ? lexer_for(used, code, options.guess_lang) : nullptr;
   if (lexer) {
      // add_syntax_highlighter_to_class_attr: " highlighter-rouge" appended, then
      // sub(/\blanguage-\S+|(^)/): a language class at the very start becomes language-LANG,
      // else language-LANG goes in front (the empty match at the start comes first).
      if (cls == attributes.end()) {
         attributes.emplace_back("class", "");
         cls = attributes.end() - 1;
      }
      std::string classes = cls->second + " highlighter-rouge";
      classes.erase(0, classes.find_first_not_of(" \t\n"));
      std::string language = "language-" + used;
      if (language_class_at(classes) != 0) {
         classes = language + " " + classes;
      } else {
         size_t end = classes.find_first_of(" \t\n");
         classes.replace(0, end == std::string::npos ? classes.size() : end, language);
      }
      cls->second = classes;
   }
   out += "<code";
   append_attributes(out, attributes);
   out += '>';
   if (lexer) append_span_tokens(out, *lexer, code, options);
   else append_escaped_code(out, code);
   out += "</code>";
}

}  // namespace jekyllpp::markdown
