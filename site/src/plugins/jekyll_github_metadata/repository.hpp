#pragma once
// Jekyll::GitHubMetadata::Repository and RepositoryCompat as they resolve with no network: every
// API answer is missing, so the Pages URL, branch and page kind come from the name alone.
#include <string>

#include "plugins/jekyll_github_metadata/pages_env.hpp"

namespace jekyllpp::site::plugins::github_metadata {

struct Repository {
   std::string nwo;   // "owner/name"
   std::string owner;
   std::string name;
   bool user_page = false;       // Repository#primary?
   std::string html_url;         // the Pages site, without a trailing slash
   int domain_lookups = 0;       // client.repository? calls html_url made (RepositoryCompat#user_domain)
   std::string branch;           // source["branch"]
   std::string owner_url;
   std::string repository_url;

   // URI(html_url).path, and the URL without it.
   std::string baseurl() const;
   std::string url_without_path() const;
};

Repository make_repository(const std::string& nwo, const PagesEnv& pages);

}  // namespace jekyllpp::site::plugins::github_metadata
