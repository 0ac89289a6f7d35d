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
      Other,                    // any other StandardError (ArgumentError, LoadError...)
   };
   Error(Kind kind, std::string message) : std::runtime_error(std::move(message)), kind_(kind) {}
   // ruby_class names the Ruby class more precisely than the kind does (LoadError,
   // Psych::SyntaxError, Jekyll::Errors::PostURLError...).
   Error(Kind kind, std::string message, std::string ruby_class)
       : std::runtime_error(std::move(message)), kind_(kind), ruby_class_(std::move(ruby_class)) {}
   Kind kind() const { return kind_; }
   // Ruby's to_s where the error class defines `message` alone (Rouge::Guesser::Ambiguous: to_s
   // is the class name), as Jekyll's "Conversion error:" report shows it.
   void set_to_s(std::string text) { to_s_ = std::move(text); }
   std::string to_s() const { return to_s_.empty() ? std::string(what()) : to_s_; }
   // Ruby's class name, as Ruby's report of the uncaught error prints it.
   std::string ruby_class() const;
   bool fatal() const { return kind_ != Kind::Other; }

private:
   Kind kind_;
   std::string ruby_class_;
   std::string to_s_;
};

// Ruby's SystemStackError ("stack level too deep"): not a StandardError, so none of Jekyll's
// rescues stop it and the build ends with it.
class StackLevelTooDeep : public std::exception {
public:
   const char* what() const noexcept override { return "stack level too deep"; }
};

}  // namespace jekyllpp::site
