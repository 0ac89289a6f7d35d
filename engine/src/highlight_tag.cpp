#include "jekyllpp/engine/highlight_tag.hpp"

#include <regex>

#include "jekyllpp/highlight/highlight.hpp"
#include "jekyllpp/liquid/context.hpp"
#include "jekyllpp/liquid/environment.hpp"
#include "jekyllpp/liquid/node.hpp"

namespace jekyllpp::engine {

namespace {

class HighlightTag : public liquid::Node {
public:
   HighlightTag(std::string lang, liquid::BlockBody body, int line)
       : Node(line), lang_(std::move(lang)), body_(std::move(body)) {}

   void render(liquid::Context& context, std::string& output) const override {
      std::string code;
      body_.render(context, code);
      // Leading and trailing line terminators are dropped.
      std::size_t start = code.find_first_not_of("\r\n");
      std::size_t end = code.find_last_not_of("\r\n");
      code = start == std::string::npos ? std::string() : code.substr(start, end - start + 1);
      const highlight::Lexer* lexer = highlight::find_lexer(lang_);
      if (!lexer) lexer = highlight::find_lexer("plaintext");
      std::string html = lexer ? highlight::format_html(*lexer, code) : code;
      while (!html.empty() && html.back() == '\n') {
         html.pop_back();
         break;
      }
      std::string css_lang = lang_;
      for (char& c : css_lang)
         if (c == '+') c = '-';
      output += "<figure class=\"highlight\"><pre><code class=\"language-" + css_lang + "\" data-lang=\"" + lang_ +
                "\">" + html + "</code></pre></figure>";
   }

private:
   std::string lang_;
   liquid::BlockBody body_;
};

}  // namespace

void register_highlight_tag(liquid::Environment& environment) {
   environment.register_tag("highlight", [](const std::string& tag_name, const std::string& markup,
                                            liquid::ParseContext& parse) -> liquid::NodePtr {
      static const std::regex syntax(R"(^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$)");
      std::string trimmed = markup;
      trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
      trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
      std::smatch m;
      if (!std::regex_match(trimmed, m, syntax))
         throw liquid::Error(liquid::Error::Kind::Syntax,
                             "Syntax Error in tag 'highlight' while parsing the following markup:\n\n" + markup +
                                "\n\nValid syntax: highlight <lang> [linenos]\n");
      std::string lang = m[1].str();
      for (char& c : lang) c = char(std::tolower(static_cast< unsigned char >(c)));
      int line = parse.line_number();
      liquid::BlockBody body = parse.parse_block(tag_name);
      return std::make_unique< HighlightTag >(lang, std::move(body), line);
   });
}

}  // namespace jekyllpp::engine
