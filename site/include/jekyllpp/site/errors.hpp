#pragma once
// Jekyll's fatal errors (Jekyll::Errors::FatalException and friends) and the other errors that
// stop a build; the CLI prints them as Jekyll does and exits 1.
#include <stdexcept>
#include <string>

namespace jekyllpp::site {

class Error : public std::runtime_error {
public:
   enum class Kind {
      Fatal,                    // Jekyll::Errors::FatalException
      InvalidConfiguration,     // InvalidConfigurationError
      InvalidYAMLFrontMatter,   // InvalidYAMLFrontMatterError
      InvalidPermalink,         // InvalidPermalinkError
      InvalidDate,              // InvalidDateError
      DropMutation,             // DropMutationException
      Liquid,                   // a Liquid error while rendering (already logged)
      Other,                    // any other StandardError (ArgumentError, LoadError...)
   };
   Error(Kind kind, std::string message) : std::runtime_error(std::move(message)), kind_(kind) {}
   Kind kind() const { return kind_; }
   // Ruby's class name, as --trace prints it.
   std::string ruby_class() const;
   bool fatal() const { return kind_ != Kind::Other && kind_ != Kind::Liquid; }

private:
   Kind kind_;
};

}  // namespace jekyllpp::site
