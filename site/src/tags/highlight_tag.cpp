// Jekyll's {% highlight lang [linenos] [mark_lines="1 2"] %} block: the body rendered, its
// leading and trailing line breaks dropped, highlighted by Rouge's HTML (or HTMLTable with
// linenos) formatter, wrapped in <figure class="highlight"><pre><code ...>.
#include <regex>

#include "jekyllpp/highlight/highlight.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/ruby/case.hpp"
#include "jekyllpp/liquid/ruby/cgi.hpp"
#include "jekyllpp/site/site.hpp"
#include "filters/filter_support.hpp"
#include "filters/text.hpp"
#include "tags/registration.hpp"
#include "tags/tag_support.hpp"

namespace jekyllpp::site::tags {

namespace {

using liquid::Error;

// Rouge::Formatters::HTML#escape_special_html_chars, for the PlainText lexer.
std::string escape_html(std::string_view code) {
   std::string out;
   out.reserve(code.size());
   for (char c : code) {
      switch (c) {
         case '&': out += "&amp;"; break;
         case '<': out += "&lt;"; break;
         case '>': out += "&gt;"; break;
         default: out += c;
      }
   }
   return out;
}

std::string format_rouge(const std::string& lang, const std::string& code) {
   // Rouge::Lexer.find_fancy(lang, code): `guess` guesses from the code.
   const highlight::Lexer* lexer;
   try {
      lexer = highlight::find_lexer_fancy(lang, code);
   } catch (const highlight::AmbiguousGuess& e) {
      throw Error::ruby("Rouge::Guesser::Ambiguous", e.what());
   }
   if (!lexer) lexer = highlight::find_lexer("plaintext");
   return lexer ? highlight::format_html(*lexer, code) : escape_html(code);
}

// Rouge::Formatters::HTMLTable around the HTML formatter's output.
std::string format_table(const std::string& code, std::string formatted) {
   std::size_t lines = 0;
   for (char c : code) lines += c == '\n';
   if (code.empty() || code.back() != '\n') {
      ++lines;
      formatted += '\n';
   }
   std::string out = "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">";
   for (std::size_t i = 1; i <= lines; ++i) out += std::to_string(i) + "\n";
   out += "</pre></td><td class=\"code\"><pre>";
   out += formatted;
   out += "</pre></td></tr></tbody></table>";
   return out;
}

// gsub(/\A(\n|\r)+|(\n|\r)+\z/, "")
std::string trim_line_breaks(const std::string& text) {
   std::size_t first = 0, last = text.size();
   while (first < last && (text[first] == '\n' || text[first] == '\r')) ++first;
   while (last > first && (text[last - 1] == '\n' || text[last - 1] == '\r')) --last;
   return text.substr(first, last - first);
}

class HighlightBlock : public liquid::Node {
public:
   HighlightBlock(const std::string& markup, liquid::ParseContext& parse) : Node(parse.line_number()) {
      static const std::regex syntax(R"(^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$)");
      const std::string stripped = strip(markup);
      std::smatch m;
      if (!std::regex_match(stripped, m, syntax))
         throw Error::ruby("SyntaxError", "Syntax Error in tag 'highlight' while parsing the following markup:\n\n" +
                                             markup + "\n\nValid syntax: highlight <lang> [linenos]\n");
      lang_ = liquid::ruby::downcase(m[1].str());
      parse_options(m[2].str());
      body_ = parse.parse_block("highlight");
   }

   void render(liquid::Context& context, std::string& output) const override {
      const liquid::Value prefix = context.find_variable("highlighter_prefix");
      const liquid::Value suffix = context.find_variable("highlighter_suffix");
      std::string rendered;
      body_.render(context, rendered);
      const std::string code = trim_line_breaks(rendered);

      std::string highlighted;
      const Site& site = filters::site_of(context);
      const liquid::Value& highlighter = site.config.get("highlighter");
      const bool rouge = highlighter.is_string() && (highlighter.as_string() == "rouge" ||
                                                     highlighter.as_string() == "pygments");
      if (rouge) {
         if (highlighter.as_string() == "pygments") {
            site.logger.warn("Warning:", "Highlight Tag no longer supports rendering with Pygments.");
            site.logger.warn("", "Using the default highlighter, Rouge, instead.");
         }
         highlighted = format_rouge(lang_, code);
         if (linenos_) highlighted = format_table(code, std::move(highlighted));
      } else {
         highlighted = strip(liquid::ruby::cgi_escape_html(code));
      }
      if (!highlighted.empty() && highlighted.back() == '\n') highlighted.pop_back();  // chomp

      if (prefix.truthy()) output += filters::ruby_to_s(prefix);
      std::string css_lang = lang_;
      for (char& c : css_lang)
         if (c == '+') c = '-';
      output += "<figure class=\"highlight\"><pre><code class=\"language-" + css_lang + "\" data-lang=\"" + lang_ +
                "\">";
      output += highlighted;
      output += "</code></pre></figure>";
      if (suffix.truthy()) output += filters::ruby_to_s(suffix);
   }

private:
   // OPTIONS_REGEX scan: key, key=value or key="1 2"; only linenos changes Rouge's output.
   void parse_options(const std::string& options) {
      static const std::regex option(R"((?:\w="[^"]*"|\w=\w|\w)+)");
      for (auto it = std::sregex_iterator(options.begin(), options.end(), option); it != std::sregex_iterator();
           ++it) {
         const std::string text = it->str();
         const std::string key = text.substr(0, text.find('='));
         if (key == "linenos") linenos_ = true;
      }
   }

   std::string lang_;
   bool linenos_ = false;
   liquid::BlockBody body_;
};

}  // namespace

void register_highlight_tag(liquid::Environment& environment) {
   environment.register_tag("highlight", [](const std::string&, const std::string& markup,
                                            liquid::ParseContext& parse) -> liquid::NodePtr {
      return std::make_unique< HighlightBlock >(markup, parse);
   });
}

}  // namespace jekyllpp::site::tags
