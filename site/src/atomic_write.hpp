#pragma once
// Writing a file of the destination: its directories made once per build, its bytes under a
// temporary name renamed into place, so a reader never sees half a file.
#include <sys/stat.h>

#include <mutex>
#include <string>
#include <unordered_map>

namespace jekyllpp::site {

// The directories this build has made or found, so each is made once, with one mkdir where
// its parent is there already (no stat of every ancestor). Below a directory this build made
// (a fresh destination) nothing else can be: the missing levels are made top down, without
// the failed mkdir that finds a parent missing.
class MadeDirectories {
public:
   void ensure_parent_of(const std::string& path) { ensure(path.substr(0, path.rfind('/'))); }
   // A file where a directory must go is replaced (Cleaner#replaced_files) when true; when
   // false (files written before the build is known to succeed) that is an error instead.
   void replace_files(bool replace) { replace_files_ = replace; }
   // Removes the directories this build made (that are still empty), deepest first.
   void remove_made();

private:
   void ensure(const std::string& dir);
   void remember(const std::string& dir, bool made);
   bool create(const std::string& dir);

   std::mutex mutex_;
   // Each directory seen: true when this build made it.
   std::unordered_map< std::string, bool > made_;
   bool replace_files_ = true;
};

// What a temporary name adds to the file's: this process's id, taken once per write phase
// (a getpid call less per file; a detached `serve` forks before it builds).
std::string temp_suffix();

// Writes `data` to `temp` (made with `mode`, given `mtime` when set); throws with `path`
// named, leaving no file, when that fails.
void write_temporary(const std::string& temp, const std::string& path, const char* data, std::size_t size,
                     mode_t mode, const timespec* mtime);
// Renames `temp` to `path` (a directory in its way is replaced); removes `temp` and throws
// when that fails.
void rename_into_place(const std::string& temp, const std::string& path);

// Writes through a temporary name (path + suffix) and renames.
void write_atomically(MadeDirectories& dirs, const std::string& suffix, const std::string& path, const char* data,
                      std::size_t size, mode_t mode, const timespec* mtime);

}  // namespace jekyllpp::site
