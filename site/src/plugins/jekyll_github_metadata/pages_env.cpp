#include "plugins/jekyll_github_metadata/pages_env.hpp"

#include <cstdlib>
#include <optional>

namespace jekyllpp::site::plugins::github_metadata {

namespace {

std::optional< std::string > variable(const char* name) {
   const char* value = std::getenv(name);
   if (!value) return std::nullopt;
   return std::string(value);
}

// Pages.env_var: the variable when set and non-empty, else the fallback (which may be empty but
// set, as Ruby's `||` keeps ""), else the gem's default.
std::string env_var(const char* name, const std::optional< std::string >& fallback, const char* default_value) {
   if (auto value = variable(name); value && !value->empty()) return *value;
   return fallback ? *fallback : default_value;
}

std::string trim_last_slash(std::string url) {
   if (!url.empty() && url.back() == '/') url.pop_back();
   return url;
}

}  // namespace

std::string jekyll_env() { return variable("JEKYLL_ENV").value_or("development"); }

PagesEnv PagesEnv::from_environment() {
   PagesEnv pages;
   pages.env = env_var("PAGES_ENV", variable("JEKYLL_ENV"), "development");
   pages.api_url = trim_last_slash(env_var("PAGES_API_URL", variable("API_URL"), "https://api.github.com"));
   pages.help_url = trim_last_slash(env_var("PAGES_HELP_URL", variable("HELP_URL"), "https://help.github.com"));
   pages.github_hostname = trim_last_slash(env_var("PAGES_GITHUB_HOSTNAME", variable("GITHUB_HOSTNAME"), "github.com"));
   std::optional< std::string > pages_default = variable("PAGES_HOSTNAME");
   if (!pages_default && pages.env == "development") pages_default = "localhost:4000";
   pages.pages_hostname = trim_last_slash(env_var("PAGES_PAGES_HOSTNAME", pages_default, "github.io"));
   pages.ssl = env_var("SSL", std::nullopt, "false") == "true" || pages.test();
   pages.subdomain_isolation = env_var("SUBDOMAIN_ISOLATION", std::nullopt, "false") == "true";
   return pages;
}

std::string PagesEnv::github_url() const {
   if (dotcom() || github_hostname == "github.com") return "https://github.com";
   return scheme() + "://" + github_hostname;
}

}  // namespace jekyllpp::site::plugins::github_metadata
