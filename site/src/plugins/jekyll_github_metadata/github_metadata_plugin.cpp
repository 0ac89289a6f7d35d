// jekyll-github-metadata 2.15: site.github, the title/description/url/baseurl fallbacks it
// writes into the configuration (SiteGitHubMunger), and {% github_edit_link %}.
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <regex>

#include "jekyllpp/site/errors.hpp"
#include "jekyllpp/site/plugins/registry.hpp"
#include "jekyllpp/site/site.hpp"
#include "plugins/jekyll_github_metadata/edit_link_tag.hpp"
#include "plugins/jekyll_github_metadata/metadata_drop.hpp"

namespace jekyllpp::site::plugins {

namespace {

using liquid::Value;
namespace gh = github_metadata;

// The output of a command run in the working directory (stderr discarded, as Utils::Exec does).
std::string command_output(const char* command) {
   std::string output;
   if (FILE* pipe = popen(command, "r")) {
      char buffer[4096];
      for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
      pclose(pipe);
   }
   return output;
}

// RepositoryFinder#nwo_from_git_origin_remote (development and test builds only).
std::optional< std::string > nwo_from_git_origin(const gh::PagesEnv& pages) {
   const std::string env = gh::jekyll_env();
   if (env != "development" && env != "test") return std::nullopt;
   const std::string remotes = command_output("git remote --verbose 2>/dev/null");
   static const std::regex origin_line(R"(^origin\t(.*) \([a-z]+\)$)");
   std::string url;
   for (std::size_t start = 0; start < remotes.size();) {
      std::size_t end = remotes.find('\n', start);
      if (end == std::string::npos) end = remotes.size();
      const std::string line = remotes.substr(start, end - start);
      std::smatch match;
      if (line.rfind("origin\t", 0) == 0) {
         url = std::regex_match(line, match, origin_line) ? match[1].str() : line;
         break;
      }
      start = end + 1;
   }
   if (url.size() >= 4 && url.compare(url.size() - 4, 4, ".git") == 0) url.resize(url.size() - 4);
   std::string host;
   for (char c : pages.github_hostname) {
      if (std::string_view(".^$|()[]{}*+?\\/").find(c) != std::string_view::npos) host += '\\';
      host += c;
   }
   const std::regex remote(host + R"((:|/)([\w-]+)/([\w\.-]+))", std::regex::icase);
   std::smatch match;
   if (!std::regex_search(url, match, remote)) return std::nullopt;
   return match[2].str() + "/" + match[3].str();
}

// RepositoryFinder#nwo: PAGES_REPO_NWO, then `repository:`, then the origin remote.
std::optional< std::string > find_nwo(const Config& config, const gh::PagesEnv& pages) {
   if (const char* env = std::getenv("PAGES_REPO_NWO"); env && *env) return std::string(env);
   const Value& configured = config.get("repository");
   if (configured.is_string() && configured.as_string().find('/') != std::string::npos) return configured.as_string();
   return nwo_from_git_origin(pages);
}

bool page_build() {
   const char* id = std::getenv("PAGE_BUILD_ID");
   return id && *id;
}

class GitHubMetadataPlugin : public Plugin {
public:
   std::string name() const override { return "jekyll-github-metadata"; }

   void register_liquid(liquid::Environment& environment) const override {
      gh::register_edit_link_tag(environment);
   }

   // The gem works from the :site hooks (after_init and pre_render); both run before any
   // generator could read the configuration, so the munging runs first.
   bool has_generator() const override { return true; }
   int generator_priority() const override { return Highest + 1; }

   void generate(Site& site) const override {
      liquid::Hash config = site.config.data.as_hash();
      const Value* github = config.find("github");
      if (github && github->is_drop()) return;  // a rebuild of a site already munged
      const gh::PagesEnv pages = gh::PagesEnv::from_environment();
      std::optional< gh::Repository > repository;
      if (auto nwo = find_nwo(site.config, pages)) repository = gh::make_repository(*nwo, pages);
      auto client = std::make_shared< gh::OfflineClient >(site.logger);

      munge(site, config, repository);
      if (github && github->is_hash()) {
         // deep_merge_hashes(drop, config) reads every key of the drop, which offline raises.
         client->log_error("Error processing value 'owner_public_repositories':");
         throw Error(Error::Kind::Other, "undefined method `map' for false:FalseClass");
      }
      if (!github || github->is_nil())
         config.set("github", Value(liquid::DropPtr(std::make_shared< gh::MetadataDrop >(client, pages, repository))));
      site.config.data = Value(std::move(config));
   }

private:
   // SiteGitHubMunger#munge!: title and description fallbacks, and url/baseurl in production.
   // (Without a repository name the gem raises when they are read; they stay unset here.)
   static void munge(Site& site, liquid::Hash& config, const std::optional< gh::Repository >& repository) {
      auto truthy = [&config](std::string_view key) {
         const Value* value = config.find(key);
         return value && value->truthy();
      };
      if (truthy("name") && !truthy("title")) {
         site.logger.warn("GitHub Metadata:",
                          "site.name is set in _config.yml, but many plugins and themes expect site.title to be used "
                          "instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set site.title "
                          "to the repository's name.");
      } else if (!truthy("title") && repository) {
         // A user page's title is the owner's display name, which offline is unknown: the login.
         config.set("title", repository->user_page ? repository->owner : repository->name);
      }
      if (!truthy("description") && repository) config.set("description", Value());  // the repository's tagline
      if (!(gh::jekyll_env() == "production" || page_build()) || !repository) return;
      if (!truthy("url")) config.set("url", repository->url_without_path());
      const Value* baseurl = config.find("baseurl");
      if (!baseurl || baseurl->is_nil() || (baseurl->is_string() && baseurl->as_string() == "/"))
         config.set("baseurl", repository->baseurl());
   }
};

}  // namespace

std::unique_ptr< Plugin > make_github_metadata_plugin() { return std::make_unique< GitHubMetadataPlugin >(); }

}  // namespace jekyllpp::site::plugins
