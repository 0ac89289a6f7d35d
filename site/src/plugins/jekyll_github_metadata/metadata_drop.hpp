#pragma once
// Jekyll::GitHubMetadata::MetadataDrop (site.github) as it answers offline: URLs and names
// derived from the repository's name and the Pages environment, nil/false/{} for everything the
// API would have given, and the errors the gem raises where offline data breaks it.
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "jekyllpp/liquid/value.hpp"
#include "plugins/jekyll_github_metadata/offline_client.hpp"
#include "plugins/jekyll_github_metadata/pages_env.hpp"
#include "plugins/jekyll_github_metadata/repository.hpp"

namespace jekyllpp::site::plugins::github_metadata {

// RepositoryFinder's error when no name with owner is known.
extern const char* const no_repository_message;

class MetadataDrop : public liquid::Drop {
public:
   MetadataDrop(std::shared_ptr< OfflineClient > client, PagesEnv pages, std::optional< Repository > repository)
       : client_(std::move(client)), pages_(std::move(pages)), repository_(std::move(repository)) {}

   liquid::Value get(std::string_view key) const override;
   bool has_key(std::string_view key) const override;
   Each each() const override { return Each::Keys; }  // a Jekyll::Drops::Drop (Enumerable)
   std::vector< std::string > keys() const override;
   std::string to_s() const override;

private:
   const Repository& repository() const;  // raises "No repo name found" without one
   liquid::Value repository_value(std::string_view key) const;
   std::string build_revision() const;

   std::shared_ptr< OfflineClient > client_;
   PagesEnv pages_;
   std::optional< Repository > repository_;
   mutable std::once_flag revision_once_;
   mutable std::string revision_;
};

}  // namespace jekyllpp::site::plugins::github_metadata
