#pragma once
// Cleaner and writer: removes files in the destination that the build no longer produces
// (keep_files aside), warns about destinations shared by several files (Doctor's conflict
// check), and writes every file atomically inside the destination.
#include <functional>
#include <string>

namespace jekyllpp::site {

class Site;

void clean_destination(Site& site);
// Doctor.conflicting_urls: logs each destination shared by several files; true if any.
bool warn_conflicts(Site& site);
// Writes every file, or those whose destination `only` selects.
void write_site(Site& site, const std::function< bool(const std::string& destination) >& only = {});

}  // namespace jekyllpp::site
