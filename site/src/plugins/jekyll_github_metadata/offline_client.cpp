#include "plugins/jekyll_github_metadata/offline_client.hpp"

#include <cstdlib>

#include "jekyllpp/site/logger.hpp"

namespace jekyllpp::site::plugins::github_metadata {

namespace {

constexpr const char* topic = "GitHub Metadata:";

bool has_token() { return std::getenv("JEKYLL_GITHUB_TOKEN") || std::getenv("OCTOKIT_ACCESS_TOKEN"); }

}  // namespace

void OfflineClient::open() {
   std::lock_guard< std::mutex > lock(mutex_);
   if (opened_) return;
   opened_ = true;
   if (!has_token())
      logger_.warn(topic, "No GitHub API authentication could be found. Some fields may be missing or have incorrect data.");
}

void OfflineClient::call(const std::string& memo, int calls) {
   open();
   std::lock_guard< std::mutex > lock(mutex_);
   if (!memo.empty() && !memos_.insert(memo).second) return;
   for (int i = 0; i < calls; ++i)
      logger_.warn(topic, "No internet connection. GitHub metadata may be missing or incorrect.");
}

void OfflineClient::log_error(const std::string& message) { logger_.error(topic, message); }

}  // namespace jekyllpp::site::plugins::github_metadata
