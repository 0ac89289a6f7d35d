#include <cctype>
#include <string>
#include <unordered_map>

#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// The lexer for a message body, as Rouge's Lexer.guess_by_mimetype finds it among the lexers
// jekyllpp has (Rouge's mimetype declarations); plain text when none claims the type.
const Lexer& content_lexer(const std::string& mimetype) {
   static const std::unordered_map<std::string_view, std::string_view> lexer_for = {
      {"text/plain", "plaintext"},
      {"application/x-sh", "shell"},
      {"application/x-shellscript", "shell"},
      {"text/x-sh", "shell"},
      {"text/x-shellscript", "shell"},
      {"text/x-rust", "rust"},
      {"text/x-python", "python"},
      {"application/x-python", "python"},
      {"text/x-toml", "toml"},
      {"text/x-sql", "sql"},
      {"text/x-yaml", "yaml"},
      {"text/css", "css"},
      {"application/javascript", "javascript"},
      {"application/x-javascript", "javascript"},
      {"text/javascript", "javascript"},
      {"text/x-javascript", "javascript"},
      {"text/typescript", "typescript"},
      {"text/x-jsx", "jsx"},
      {"application/x-jsx", "jsx"},
      {"text/html", "html"},
      {"application/xhtml+xml", "html"},
      {"text/xml", "xml"},
      {"application/xml", "xml"},
      {"image/svg+xml", "xml"},
      {"application/rss+xml", "xml"},
      {"application/atom+xml", "xml"},
      {"application/json", "json"},
      {"application/vnd.api+json", "json"},
      {"application/hal+json", "json"},
      {"application/problem+json", "json"},
      {"application/schema+json", "json"},
      {"text/x-markdown", "markdown"},
      {"text/x-ruby", "ruby"},
      {"application/x-ruby", "ruby"},
      {"text/x-chdr", "c"},
      {"text/x-csrc", "c"},
      {"text/x-c++hdr", "cpp"},
      {"text/x-c++src", "cpp"},
      {"text/x-java", "java"},
      {"text/x-httpd-conf", "apache"},
      {"text/x-apache-conf", "apache"},
      {"text/x-nginx-conf", "nginx"},
      {"text/x-diff", "diff"},
      {"text/x-patch", "diff"},
      {"text/x-sass", "sass"},
      {"text/x-scss", "scss"},
      {"text/x-go", "go"},
      {"application/x-go", "go"},
      {"text/x-dockerfile-config", "docker"},
      {"text/x-makefile", "make"},
      {"text/x-ini", "ini"},
      {"text/x-java-properties", "properties"},
      {"text/x-csharp", "csharp"},
      {"text/x-kotlin", "kotlin"},
      {"text/x-lua", "lua"},
      {"application/x-lua", "lua"},
      {"text/x-r-source", "r"},
      {"text/x-r", "r"},
      {"text/x-R", "r"},
      {"text/x-r", "r"},
      {"application/x-r", "r"},
      {"text/x-haskell", "haskell"},
      {"text/x-elixir", "elixir"},
      {"application/x-elixir", "elixir"},
   };
   auto it = lexer_for.find(mimetype);
   const Lexer* found = it == lexer_for.end() ? nullptr : find_lexer(it->second);
   return found ? *found : plaintext_lexer();
}

std::string_view trim(std::string_view s) {
   std::size_t begin = s.find_first_not_of(" \t\n\v\f\r");
   if (begin == std::string_view::npos) return {};
   return s.substr(begin, s.find_last_not_of(" \t\n\v\f\r") - begin + 1);
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
   if (a.size() != b.size()) return false;
   for (std::size_t i = 0; i < a.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(a[i])) !=
          std::tolower(static_cast<unsigned char>(b[i])))
         return false;
   return true;
}

// Rouge's HTTP lexer: a request or status line, headers, then the body in the language its
// Content-Type names (kept in Runner::str).
Lexer make_http() {
   Lexer l("http");
   l.on_start([](Runner& r) { r.str = "text/plain"; });
   l.state("root")
      .rule(R"((?x)(GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH)([ ]+)
                   ([^ ]+)([ ]+)
                   (HTTPS?)(/)(\d(?:\.\d)?)(\r?\n|$))",
            {Tok::NameFunction, Tok::Text, Tok::NameNamespace, Tok::Text, Tok::Keyword,
             Tok::Operator, Tok::Num, Tok::Text},
            "headers")
      .rule(R"((?x)(HTTPS?)(/)(\d(?:\.\d))([ ]+)
                   (\d{3})([ ]+)?
                   ([^\r\n]*)?(\r?\n|$))",
            {Tok::Keyword, Tok::Operator, Tok::Num, Tok::Text, Tok::Num, Tok::Text,
             Tok::NameException, Tok::Text},
            "headers");
   l.state("headers")
      .rule(R"(([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$))", [](Runner& r) {
         if (equals_ignoring_case(trim(r.m(1)), "content-type")) {
            std::string_view value = r.m(5);
            r.str = value.substr(0, value.find(';'));
            for (char& c : r.str)
               c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
         }
         r.groups({Tok::NameAttribute, Tok::Text, Tok::Punctuation, Tok::Text, Tok::Str,
                   Tok::Text});
      })
      .rule(R"(([^\r\n]+)(\r?\n|$))", {Tok::Str, Tok::Text})
      .rule(R"(\r?\n)", Tok::Text, "content");
   l.state("content").rule(R"((?m).+)", [](Runner& r) { r.delegate(content_lexer(r.str)); });
   l.finish();
   return l;
}

}  // namespace

const Lexer& http_lexer() {
   static const Lexer lexer = make_http();
   return lexer;
}

}  // namespace jekyllpp::highlight
