#include "plugins/jekyll_github_metadata/repository.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace jekyllpp::site::plugins::github_metadata {

namespace {

std::string downcase(std::string text) {
   std::transform(text.begin(), text.end(), text.begin(),
                  [](unsigned char c) { return char(std::tolower(c)); });
   return text;
}

bool ends_with(const std::string& text, const std::string& suffix) {
   return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// URI.join(base, relative) for a relative path without dots: the base's last segment goes.
std::string uri_join(const std::string& base, const std::string& relative) {
   std::size_t authority = base.find("://");
   std::size_t path = authority == std::string::npos ? std::string::npos : base.find('/', authority + 3);
   if (path == std::string::npos) return base + "/" + relative;
   return base.substr(0, base.rfind('/') + 1) + relative;
}

std::size_t path_start(const std::string& url) {
   std::size_t authority = url.find("://");
   if (authority == std::string::npos) return 0;
   std::size_t path = url.find('/', authority + 3);
   return path == std::string::npos ? url.size() : path;
}

}  // namespace

std::string Repository::baseurl() const { return html_url.substr(path_start(html_url)); }

std::string Repository::url_without_path() const { return html_url.substr(0, path_start(html_url)); }

Repository make_repository(const std::string& nwo, const PagesEnv& pages) {
   Repository repo;
   repo.nwo = nwo;
   // String#split("/"): first and last fields, trailing empty fields dropped.
   std::vector< std::string > fields;
   for (std::size_t start = 0;;) {
      std::size_t slash = nwo.find('/', start);
      fields.push_back(nwo.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
      if (slash == std::string::npos) break;
      start = slash + 1;
   }
   while (!fields.empty() && fields.back().empty()) fields.pop_back();
   repo.owner = fields.empty() ? "" : fields.front();
   repo.name = fields.empty() ? "" : fields.back();

   const bool github_repo = !pages.enterprise() && repo.owner == "github";
   std::string default_user_domain = downcase(
      github_repo ? repo.owner + "." + pages.github_hostname
                  : pages.enterprise() ? pages.pages_hostname : repo.owner + "." + pages.pages_hostname);
   std::vector< std::string > user_page_domains = {default_user_domain};
   if (!pages.enterprise()) user_page_domains.push_back(downcase(repo.owner + ".github.com"));
   const std::string name = downcase(repo.name);
   repo.user_page = pages.enterprise()
                       ? name == downcase(repo.owner) + "." + pages.github_hostname
                       : std::find(user_page_domains.begin(), user_page_domains.end(), name) != user_page_domains.end();

   if (!pages.custom_domains_enabled()) {
      const std::string path = repo.user_page ? repo.owner : repo.nwo;
      repo.html_url = pages.subdomain_isolation
                         ? uri_join(pages.scheme() + "://" + pages.pages_hostname + "/", path)
                         : uri_join(pages.github_url() + "/pages/", path);
   } else {
      // No CNAME can be read offline; a project page's owner has no user-page repository either.
      const std::string domain = default_user_domain;
      if (!repo.user_page) repo.domain_lookups = int(user_page_domains.size());
      const std::string scheme = repo.owner == "github" && ends_with(domain, ".github.com") ? "https" : "http";
      repo.html_url = repo.user_page ? scheme + "://" + domain : uri_join(scheme + "://" + domain, repo.name);
   }
   if (!repo.html_url.empty() && repo.html_url.back() == '/') repo.html_url.pop_back();  // chomp("/")
   repo.branch = repo.user_page ? "master" : "gh-pages";
   repo.owner_url = pages.github_url() + "/" + repo.owner;
   repo.repository_url = repo.owner_url + "/" + repo.name;
   return repo;
}

}  // namespace jekyllpp::site::plugins::github_metadata
