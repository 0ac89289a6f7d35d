#pragma once
// {% github_edit_link %} and {% github_edit_link "text" %} (Jekyll::GitHubMetadata::EditLinkTag):
// the URL editing the current page on GitHub, from site.github's repository_url and source.
namespace jekyllpp::liquid {
class Environment;
}

namespace jekyllpp::site::plugins::github_metadata {

void register_edit_link_tag(liquid::Environment& environment);

}  // namespace jekyllpp::site::plugins::github_metadata
