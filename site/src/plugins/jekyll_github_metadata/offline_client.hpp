#pragma once
// Jekyll::GitHubMetadata::Client with no network: Octokit is never reached, every call answers
// `false` and logs the gem's warnings. jekyllpp never opens a connection, so it always behaves
// as the gem does offline (its "No internet connection" path).
#include <mutex>
#include <set>
#include <string>

namespace jekyllpp::site {
class Logger;
}

namespace jekyllpp::site::plugins::github_metadata {

class OfflineClient {
public:
   explicit OfflineClient(Logger& logger) : logger_(logger) {}
   // GitHubMetadata.client: made on first use, warning when no token is set.
   void open();
   // `calls` API calls that a memoized repository value makes the first time `memo` is asked
   // for; an unmemoized value (memo empty) makes them every time.
   void call(const std::string& memo, int calls = 1);
   // GitHubMetadata.log: "GitHub Metadata: message".
   void log_error(const std::string& message);

private:
   Logger& logger_;
   std::mutex mutex_;
   bool opened_ = false;
   std::set< std::string > memos_;
};

}  // namespace jekyllpp::site::plugins::github_metadata
