#pragma once
// Where a theme's gemspec is (theme.cpp finds the theme's plugins in it; the theme drop its
// version, authors, summary, metadata and dependencies).
#include <boost/filesystem/path.hpp>
#include <string>

namespace jekyllpp::site {

// The gemspec of a theme folder: its source's (`NAME.gemspec`, else any in it), or the installed
// one when the folder is a gem's (GEM_DIR/gems/NAME-VERSION beside GEM_DIR/specifications);
// empty when there is none.
boost::filesystem::path folder_gemspec(const boost::filesystem::path& folder, const std::string& name);

}  // namespace jekyllpp::site
