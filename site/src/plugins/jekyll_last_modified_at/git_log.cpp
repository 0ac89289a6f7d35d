#include "plugins/jekyll_last_modified_at/git_log.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <mutex>
#include <vector>

#include "jekyllpp/site/path_util.hpp"

namespace jekyllpp::site::plugins::last_modified {

namespace {

std::string read_all(int fd) {
   std::string out;
   char buffer[4096];
   for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) out.append(buffer, std::size_t(n));
   ::close(fd);
   return out;
}

std::string strip(const std::string& text) {
   const char* space = " \t\n\v\f\r";
   const std::size_t begin = text.find_first_not_of(space);
   if (begin == std::string::npos) return "";
   return text.substr(begin, text.find_last_not_of(space) - begin + 1);
}

// Executor.sh: "#{out} #{err}".strip of the command run in `directory` (the current one when
// empty); "" when it cannot be started.
std::string sh(const std::vector< std::string >& args, const std::string& directory = {}) {
   int out_pipe[2], err_pipe[2];
   if (::pipe2(out_pipe, O_CLOEXEC) != 0) return "";
   if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
      ::close(out_pipe[0]);
      ::close(out_pipe[1]);
      return "";
   }
   // Built before fork: pages render on several threads, so the child must not allocate.
   std::vector< char* > argv;
   for (const std::string& arg : args) argv.push_back(const_cast< char* >(arg.c_str()));
   argv.push_back(nullptr);
   const pid_t pid = ::fork();
   if (pid == 0) {
      ::dup2(out_pipe[1], 1);
      ::dup2(err_pipe[1], 2);
      if (!directory.empty() && ::chdir(directory.c_str()) != 0) ::_exit(127);
      ::execvp(argv[0], argv.data());
      ::_exit(127);
   }
   ::close(out_pipe[1]);
   ::close(err_pipe[1]);
   const std::string out = read_all(out_pipe[0]);
   const std::string err = read_all(err_pipe[0]);
   if (pid > 0) ::waitpid(pid, nullptr, 0);
   return strip(out + " " + err);
}

// Git#git_repo? and #top_level_directory (the work tree's top level + "/.git"), asked once per
// source as the gem's REPO_CACHE does.
struct Repository {
   bool git = false;
   std::string git_dir;
};

const Repository& repository(const std::string& source) {
   static std::mutex mutex;
   static std::map< std::string, Repository > cache;
   std::lock_guard< std::mutex > lock(mutex);
   auto found = cache.find(source);
   if (found != cache.end()) return found->second;
   Repository repo;
   repo.git = sh({"git", "rev-parse", "--is-inside-work-tree"}, source) == "true";
   if (repo.git) repo.git_dir = join_path(sh({"git", "rev-parse", "--show-toplevel"}, source), ".git");
   return cache.emplace(source, repo).first->second;
}

// Pathname#relative_path_from for two absolute, clean paths.
std::string relative_to(const std::string& path, const std::string& base) {
   auto split = [](const std::string& text) {
      std::vector< std::string > parts;
      std::size_t start = 0;
      while (start <= text.size()) {
         std::size_t slash = text.find('/', start);
         if (slash == std::string::npos) slash = text.size();
         if (slash > start) parts.push_back(text.substr(start, slash - start));
         start = slash + 1;
      }
      return parts;
   };
   const std::vector< std::string > from = split(base), to = split(path);
   std::size_t common = 0;
   while (common < from.size() && common < to.size() && from[common] == to[common]) ++common;
   std::string out;
   for (std::size_t i = common; i < from.size(); ++i) out += out.empty() ? ".." : "/..";
   for (std::size_t i = common; i < to.size(); ++i) out += (out.empty() ? "" : "/") + to[i];
   return out.empty() ? "." : out;
}

// String#[/\d+/]
std::string first_digits(const std::string& text) {
   const std::size_t begin = text.find_first_of("0123456789");
   if (begin == std::string::npos) return "";
   return text.substr(begin, text.find_first_not_of("0123456789", begin) - begin);
}

}  // namespace

std::int64_t last_modified_unix(const std::string& source, const std::string& absolute, std::int64_t mtime) {
   const Repository& repo = repository(source);
   if (!repo.git) return mtime;
   // As the gem runs it: from the process's directory, the path relative to the top level.
   const std::string commit = first_digits(sh({"git", "--git-dir", repo.git_dir, "log", "-n", "1", "--format=\"%ct\"",
                                               "--", relative_to(absolute, dirname(repo.git_dir))}));
   return commit.empty() ? mtime : std::stoll(commit);
}

}  // namespace jekyllpp::site::plugins::last_modified
