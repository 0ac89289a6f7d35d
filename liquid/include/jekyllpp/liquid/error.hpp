#pragma once
// Liquid's errors, with Ruby Liquid's class names and message texts, so that Jekyll's
// "Liquid Exception: ... in PATH" lines read the same.
#include <stdexcept>
#include <string>

namespace jekyllpp::liquid {

class Error : public std::runtime_error {
public:
   // One kind per Ruby class (Liquid::SyntaxError, Liquid::ArgumentError, ...).
   enum class Kind {
      Syntax,             // Liquid::SyntaxError
      Argument,           // Liquid::ArgumentError
      ContextError,       // Liquid::ContextError
      FileSystem,         // Liquid::FileSystemError
      StackLevel,         // Liquid::StackLevelError
      Memory,             // Liquid::MemoryError (resource limits)
      ZeroDivision,       // Liquid::ZeroDivisionError
      FloatDomain,        // Liquid::FloatDomainError
      UndefinedVariable,  // Liquid::UndefinedVariable
      UndefinedDropMethod,  // Liquid::UndefinedDropMethod
      UndefinedFilter,    // Liquid::UndefinedFilter
      MethodOverride,     // Liquid::MethodOverrideError
      Internal,           // Liquid::InternalError
      Standard,           // a plain Ruby error surfaced through Liquid (NoMethodError, TypeError, ...)
      Disabled,           // Liquid::DisabledError (include inside render)
   };

   Error(Kind kind, std::string message, int line_number = 0, std::string template_name = {});
   // A plain Ruby error (ArgumentError, IOError, ...) raised by a tag or filter: Liquid re-raises
   // it unchanged, so its message carries no "Liquid error" prefix.
   static Error ruby(std::string ruby_class, std::string message);

   Kind kind() const { return kind_; }
   // The bare message, without prefix ("Unknown tag 'x'").
   const std::string& message() const { return message_; }
   int line_number() const { return line_number_; }
   const std::string& template_name() const { return template_name_; }
   void set_line_number(int line);
   void set_template_name(std::string name);
   // Where the error was met, appended to the message after a space: `in "{{ a | | b }}"`, or
   // "included " for an error Jekyll's include tag passes on.
   const std::string& markup_context() const { return markup_context_; }
   void set_markup_context(std::string context);
   // Ruby's class name, e.g. "Liquid::SyntaxError".
   std::string ruby_class() const;
   // What Ruby's to_s gives: "Liquid syntax error (index.html line 3): Unknown tag 'x'"; a plain
   // Ruby error's (Kind::Standard) is its bare message.
   std::string full_message() const;

private:
   void refresh_what();
   Kind kind_;
   std::string message_;
   int line_number_;
   std::string template_name_;
   std::string markup_context_;
   std::string ruby_class_;
   std::string what_;
};

}  // namespace jekyllpp::liquid
