#include "atomic_write.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <boost/filesystem.hpp>
#include <cerrno>
#include <cstring>
#include <vector>

#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::site {

namespace fs = boost::filesystem;

void MadeDirectories::ensure(const std::string& dir) {
   if (dir.empty()) return;
   size_t known = dir.size();  // the end of the nearest ancestor (or dir itself) already seen
   bool below_made = false;
   {
      std::lock_guard< std::mutex > lock(mutex_);
      for (;;) {
         auto it = known == dir.size() ? made_.find(dir) : made_.find(dir.substr(0, known));
         if (it != made_.end()) {
            if (known == dir.size()) return;
            below_made = it->second;
            break;
         }
         known = dir.rfind('/', known - 1);
         if (known == 0 || known == std::string::npos) break;
      }
   }
   if (below_made) {
      // (A level another thread makes meanwhile fails with EEXIST: the general path then.)
      for (size_t end = dir.find('/', known + 1);; end = dir.find('/', end + 1)) {
         std::string level = dir.substr(0, end);
         if (::mkdir(level.c_str(), 0777) != 0) break;
         remember(level, true);
         if (end == std::string::npos) return;
      }
   }
   remember(dir, create(dir));
}

void MadeDirectories::remember(const std::string& dir, bool made) {
   std::lock_guard< std::mutex > lock(mutex_);
   made_.emplace(dir, made);
}

// Makes `dir` (and missing parents); whether this call made it (not found there).
bool MadeDirectories::create(const std::string& dir) {
   if (::mkdir(dir.c_str(), 0777) == 0) return true;
   int error = errno;
   if (error == ENOENT || error == ENOTDIR) {  // a parent is missing, or a file is in its way
      ensure(dir.substr(0, dir.rfind('/')));
      if (::mkdir(dir.c_str(), 0777) == 0) return true;
      error = errno;
   }
   if (error == EEXIST) {
      struct stat st{};
      if (::stat(dir.c_str(), &st) == 0) {
         if (S_ISDIR(st.st_mode)) return false;  // there already (or made by another thread)
         // A file where a directory must go is replaced (Cleaner#replaced_files).
         if (replace_files_ && S_ISREG(st.st_mode) && ::unlink(dir.c_str()) == 0 && ::mkdir(dir.c_str(), 0777) == 0)
            return true;
         error = errno;
      }
   }
   throw Error(Error::Kind::Other, std::string(std::strerror(error)) + " @ dir_s_mkdir - " + dir);
}

void MadeDirectories::remove_made() {
   std::lock_guard< std::mutex > lock(mutex_);
   std::vector< const std::string* > made;
   for (const auto& [dir, ours] : made_)
      if (ours) made.push_back(&dir);
   // A directory is longer than its parent: the longest go first.
   std::sort(made.begin(), made.end(), [](const std::string* a, const std::string* b) { return a->size() > b->size(); });
   for (const std::string* dir : made) ::rmdir(dir->c_str());
   made_.clear();
}

std::string temp_suffix() { return ".jekyllpp-tmp-" + std::to_string(::getpid()); }

void write_temporary(const std::string& temp, const std::string& path, const char* data, std::size_t size,
                     mode_t mode, const timespec* mtime) {
   int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
   if (fd < 0) throw Error(Error::Kind::Other, std::string(std::strerror(errno)) + " @ rb_sysopen - " + path);
   std::size_t written = 0;
   while (written < size) {
      ssize_t n = ::write(fd, data + written, size - written);
      if (n < 0) {
         int error = errno;
         ::close(fd);
         ::unlink(temp.c_str());
         throw Error(Error::Kind::Other, std::string(std::strerror(error)) + " - " + path);
      }
      written += std::size_t(n);
   }
   if (mtime) {
      timespec times[2] = {*mtime, *mtime};
      ::futimens(fd, times);
   }
   ::close(fd);
}

void rename_into_place(const std::string& temp, const std::string& path) {
   // A directory where the file goes is replaced; only a failed rename needs the check.
   bool renamed = ::rename(temp.c_str(), path.c_str()) == 0;
   int rename_error = errno;
   if (!renamed && fs::is_directory(path)) {
      fs::remove_all(path);
      renamed = ::rename(temp.c_str(), path.c_str()) == 0;
      rename_error = errno;
   }
   if (!renamed) {
      ::unlink(temp.c_str());
      throw Error(Error::Kind::Other, std::string(std::strerror(rename_error)) + " - " + path);
   }
}

void write_atomically(MadeDirectories& dirs, const std::string& suffix, const std::string& path, const char* data,
                      std::size_t size, mode_t mode, const timespec* mtime) {
   dirs.ensure_parent_of(path);
   const std::string temp = path + suffix;
   write_temporary(temp, path, data, size, mode, mtime);
   rename_into_place(temp, path);
}

}  // namespace jekyllpp::site
