#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

const std::vector<CatalogEntry>& lexer_catalog() {
   static const std::vector<CatalogEntry> catalog = {
      {"plaintext", {"text"}, plaintext_lexer},
      {"shell", {"bash", "zsh", "ksh", "sh"}, shell_lexer},
      {"console", {"terminal", "shell_session", "shell-session"}, console_lexer},
      {"rust", {"rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore", "rust,should_panic",
                "rs,should_panic"}, rust_lexer},
      {"python", {"py"}, python_lexer},
      {"toml", {}, toml_lexer},
      {"sql", {}, sql_lexer},
      {"yaml", {"yml"}, yaml_lexer},
      {"css", {}, css_lexer},
      {"javascript", {"js"}, javascript_lexer},
      {"html", {}, html_lexer},
      {"xml", {}, xml_lexer},
      {"json", {}, json_lexer},
      {"markdown", {"md", "mkd"}, markdown_lexer},
      {"ruby", {"rb"}, ruby_lexer},
      {"c", {}, c_lexer},
      {"cpp", {"c++"}, cpp_lexer},
      {"java", {}, java_lexer},
      {"apache", {}, apache_lexer},
      {"nginx", {}, nginx_lexer},
      {"diff", {"patch", "udiff"}, diff_lexer},
      {"sass", {}, sass_lexer},
      {"scss", {}, scss_lexer},
      {"liquid", {}, liquid_lexer},
      {"typescript", {"ts"}, typescript_lexer},
      {"go", {"go", "golang"}, go_lexer},
      {"docker", {"dockerfile", "Dockerfile"}, docker_lexer},
      {"make", {"makefile", "mf", "gnumake", "bsdmake"}, make_lexer},
      {"ini", {}, ini_lexer},
      {"properties", {}, properties_lexer},
      {"conf", {"config", "configuration"}, conf_lexer},
      {"erb", {"eruby", "rhtml"}, erb_lexer},
      {"jsx", {"jsx", "react"}, jsx_lexer},
      {"tsx", {}, tsx_lexer},
      {"csharp", {"c#", "cs"}, csharp_lexer},
      {"kotlin", {}, kotlin_lexer},
      {"lua", {}, lua_lexer},
      {"r", {"r", "R", "s", "S"}, r_lexer},
      {"swift", {}, swift_lexer},
      {"haskell", {"hs"}, haskell_lexer},
      {"elixir", {"elixir", "exs"}, elixir_lexer},
      {"http", {}, http_lexer},
      {"dart", {}, dart_lexer},
   };
   return catalog;
}

}  // namespace jekyllpp::highlight
