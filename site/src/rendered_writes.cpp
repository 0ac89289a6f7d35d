#include "jekyllpp/site/rendered_writes.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include "atomic_write.hpp"
#include "jekyllpp/site/path_util.hpp"
#include "jekyllpp/site/site.hpp"
#include "site_files.hpp"

namespace jekyllpp::site {

RenderedWrites::RenderedWrites(Site& site)
    : dest_(site.dest + "/"), suffix_(temp_suffix()), dirs_(std::make_unique< MadeDirectories >()) {
   // Nothing in the destination is replaced before the build is known to succeed.
   dirs_->replace_files(false);
   struct stat st{};
   destination_existed_ = ::stat(site.dest.c_str(), &st) == 0;
   const std::vector< Item > items = site_files(site);
   const std::vector< bool > later_wins = overridden(items, shared_destinations(items));
   for (std::size_t i = 0; i < items.size(); ++i)
      if (items[i].doc && !later_wins[i] && items[i].destination.compare(0, dest_.size(), dest_) == 0)
         planned_.insert(items[i].doc);
}

RenderedWrites::~RenderedWrites() { abandon(); }

void RenderedWrites::write(Document& doc) {
   if (!planned_.count(&doc)) return;
   std::string temp = doc.destination + suffix_;
   try {
      dirs_->ensure_parent_of(doc.destination);
      write_temporary(temp, doc.destination, doc.output.data(), doc.output.size(), 0644, nullptr);
   } catch (...) {
      return;
   }
   {
      std::lock_guard< std::mutex > lock(mutex_);
      temporaries_.push_back(temp);
   }
   doc.output_file = std::move(temp);
   std::string().swap(doc.output);
}

void RenderedWrites::abandon() {
   std::lock_guard< std::mutex > lock(mutex_);
   if (committed_) return;
   committed_ = true;
   for (const std::string& temp : temporaries_) ::unlink(temp.c_str());
   temporaries_.clear();
   dirs_->remove_made();
}

void RenderedWrites::committed() {
   std::lock_guard< std::mutex > lock(mutex_);
   committed_ = true;
   temporaries_.clear();
}

std::string output_of(const Document& doc) { return doc.output_file.empty() ? doc.output : read_file_bytes(doc.output_file); }

}  // namespace jekyllpp::site
