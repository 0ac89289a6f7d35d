#pragma once
// Jekyll::GitHubMetadata::Pages: the GitHub instance the site is built for, read from the
// environment (PAGES_ENV, PAGES_GITHUB_HOSTNAME, SSL...) with the gem's defaults.
#include <string>

namespace jekyllpp::site::plugins::github_metadata {

struct PagesEnv {
   std::string env;              // "development", "dotcom", "enterprise", "test", ...
   std::string api_url;
   std::string help_url;
   std::string github_hostname;
   std::string pages_hostname;
   bool ssl = false;
   bool subdomain_isolation = false;

   static PagesEnv from_environment();

   bool test() const { return env == "test"; }
   bool dotcom() const { return env == "dotcom"; }
   bool enterprise() const { return env == "enterprise"; }
   bool custom_domains_enabled() const { return dotcom() || test(); }
   std::string scheme() const { return ssl ? "https" : "http"; }
   std::string github_url() const;
};

// Jekyll.env: JEKYLL_ENV, "development" when unset.
std::string jekyll_env();

}  // namespace jekyllpp::site::plugins::github_metadata
