#include "plugins/jekyll_github_metadata/metadata_drop.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

#include "jekyllpp/liquid/error.hpp"

namespace jekyllpp::site::plugins::github_metadata {

using liquid::Value;

const char* const no_repository_message =
   "No repo name found. Specify using PAGES_REPO_NWO environment variables, 'repository' in your "
   "configuration, or set up an 'origin' git remote pointing to your github.com repository.";

namespace {

// MetadataDrop#keys: its content methods, sorted.
constexpr std::array< std::string_view, 40 > drop_keys = {
   "api_url",          "archived",           "baseurl",          "build_revision",     "clone_url",
   "contributors",     "disabled",           "environment",      "help_url",           "hostname",
   "is_project_page",  "is_user_page",       "issues_url",       "language",           "latest_release",
   "license",          "organization_members", "owner",          "owner_display_name", "owner_gravatar_url",
   "owner_name",       "owner_url",          "pages_env",        "pages_hostname",     "private",
   "project_tagline",  "project_title",      "public_repositories", "releases",        "releases_url",
   "repository_name",  "repository_nwo",     "repository_url",   "show_downloads",     "source",
   "tar_url",          "url",                "versions",         "wiki_url",           "zip_url",
};

// Keys of the repository's API answer (repo_info): nil offline.
constexpr std::array< std::string_view, 9 > repo_info_keys = {
   "archived", "disabled", "issues_url", "language", "license", "private", "project_tagline", "show_downloads",
   "wiki_url",
};

// Owner#to_h with no API answer: every whitelisted key, nil.
Value owner_hash() {
   static const Value owner = [] {
      liquid::Hash hash;
      for (const char* key :
           {"avatar_url", "bio", "blog", "collaborators", "company", "created_at", "description", "email", "followers",
            "following", "has_organization_projects", "has_repository_projects", "hireable", "html_url", "id",
            "is_verified", "location", "login", "name", "node_id", "public_gists", "public_repos", "type",
            "updated_at"})
         hash.set(key, Value());
      return Value(std::move(hash));
   }();
   return owner;
}

template < std::size_t N >
bool contains(const std::array< std::string_view, N >& keys, std::string_view key) {
   return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string strip(std::string text) {
   const char* space = " \t\n\v\f\r";
   text.erase(text.find_last_not_of(space) + 1);
   text.erase(0, text.find_first_not_of(space));
   return text;
}

}  // namespace

const Repository& MetadataDrop::repository() const {
   if (!repository_) throw liquid::Error(liquid::Error::Kind::Standard, no_repository_message);
   return *repository_;
}

std::string MetadataDrop::build_revision() const {
   std::call_once(revision_once_, [this] {
      if (const char* revision = std::getenv("JEKYLL_BUILD_REVISION")) {
         revision_ = revision;
         return;
      }
      // `git rev-parse HEAD` in the working directory; git's complaint outside a repository
      // reaches stderr as it does under Jekyll.
      if (FILE* git = popen("git rev-parse HEAD", "r")) {
         char buffer[256];
         for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, git)) > 0;) revision_.append(buffer, n);
         pclose(git);
      }
      revision_ = strip(std::move(revision_));
   });
   return revision_;
}

Value MetadataDrop::get(std::string_view key) const {
   if (key == "environment" || key == "pages_env") return pages_.env;
   if (key == "hostname") return pages_.github_hostname;
   if (key == "pages_hostname") return pages_.pages_hostname;
   if (key == "api_url") return pages_.api_url;
   if (key == "help_url") return pages_.help_url;
   if (key == "versions") return Value(liquid::Hash());  // the github-pages gem is not installed
   if (key == "build_revision") return build_revision();
   if (!contains(drop_keys, key)) return Value();
   return repository_value(key);
}

Value MetadataDrop::repository_value(std::string_view key) const {
   const Repository& repo = repository();
   if (contains(repo_info_keys, key)) {
      client_->call("repo_info");
      return Value();
   }
   if (key == "project_title" || key == "repository_name") return repo.name;
   if (key == "repository_nwo") return repo.nwo;
   if (key == "owner_name") return repo.owner;
   if (key == "owner_url") return repo.owner_url;
   if (key == "owner_gravatar_url") return repo.owner_url + ".png";
   if (key == "repository_url") return repo.repository_url;
   if (key == "clone_url") return repo.repository_url + ".git";
   if (key == "releases_url") return repo.repository_url + "/releases";
   if (key == "is_user_page") return repo.user_page;
   if (key == "is_project_page") return !repo.user_page;
   if (key == "url" || key == "baseurl") {
      client_->call("pages");
      client_->call("html_url", repo.domain_lookups);
      return key == "url" ? repo.html_url : repo.baseurl();
   }
   if (key == "source" || key == "zip_url" || key == "tar_url") {
      client_->call("pages");
      if (key != "source") return repo.repository_url + (key == "zip_url" ? "/zipball/" : "/tarball/") + repo.branch;
      liquid::Hash source;
      source.set("branch", repo.branch);
      source.set("path", "/");
      return Value(std::move(source));
   }
   if (key == "contributors" || key == "releases" || key == "latest_release") {
      client_->call(std::string(key));
      return false;
   }
   if (key == "organization_members") {
      client_->call("organization");  // organization_repository? is false, so no member list
      return Value();
   }
   if (key == "owner" || key == "owner_display_name") {
      client_->call("owner", 2);  // organization(login) || user(login)
      return key == "owner" ? owner_hash() : Value();
   }
   // public_repositories: list_repos answers false, which the gem then maps over.
   client_->call("");
   client_->log_error("Error processing value 'owner_public_repositories':");
   throw liquid::Error(liquid::Error::Kind::Standard,
                       "undefined method `map' for false:FalseClass\n\n          c.list_repos(owner, options).map do |r|\n"
                       "                                      ^^^^\nDid you mean?  tap");
}

bool MetadataDrop::has_key(std::string_view key) const { return contains(drop_keys, key); }

std::vector< std::string > MetadataDrop::keys() const { return {drop_keys.begin(), drop_keys.end()}; }

std::string MetadataDrop::to_s() const {
   // JSON.pretty_generate(to_h) resolves every key, and offline public_repositories raises.
   for (std::string_view key : drop_keys) get(key);
   return {};
}

}  // namespace jekyllpp::site::plugins::github_metadata
