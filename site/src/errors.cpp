#include "jekyllpp/site/errors.hpp"

namespace jekyllpp::site {

std::string Error::ruby_class() const {
   if (!ruby_class_.empty()) return ruby_class_;
   switch (kind_) {
      case Kind::Fatal: return "Jekyll::Errors::FatalException";
      case Kind::InvalidConfiguration: return "Jekyll::Errors::InvalidConfigurationError";
      case Kind::InvalidYAMLFrontMatter: return "Jekyll::Errors::InvalidYAMLFrontMatterError";
      case Kind::InvalidPermalink: return "Jekyll::Errors::InvalidPermalinkError";
      case Kind::InvalidDate: return "Jekyll::Errors::InvalidDateError";
      case Kind::DropMutation: return "Jekyll::Errors::DropMutationException";
      case Kind::Other: return "StandardError";
   }
   return "StandardError";
}

}  // namespace jekyllpp::site
