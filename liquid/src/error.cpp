// Liquid::Error's message prefixes ("Liquid syntax error (line 3): ...").
#include "jekyllpp/liquid/error.hpp"

namespace jekyllpp::liquid {

Error::Error(Kind kind, std::string message, int line_number, std::string template_name)
    : std::runtime_error(""), kind_(kind), message_(std::move(message)), line_number_(line_number),
      template_name_(std::move(template_name)) {
   refresh_what();
}

void Error::set_markup_context(std::string context) {
   markup_context_ = std::move(context);
   refresh_what();
}

Error Error::ruby(std::string ruby_class, std::string message) {
   Error error(Kind::Standard, std::move(message));
   error.ruby_class_ = std::move(ruby_class);
   return error;
}

void Error::set_line_number(int line) {
   line_number_ = line;
   refresh_what();
}

void Error::set_template_name(std::string name) {
   template_name_ = std::move(name);
   refresh_what();
}

std::string Error::ruby_class() const {
   if (!ruby_class_.empty()) return ruby_class_;
   switch (kind_) {
   case Kind::Syntax: return "Liquid::SyntaxError";
   case Kind::Argument: return "Liquid::ArgumentError";
   case Kind::ContextError: return "Liquid::ContextError";
   case Kind::FileSystem: return "Liquid::FileSystemError";
   case Kind::StackLevel: return "Liquid::StackLevelError";
   case Kind::Memory: return "Liquid::MemoryError";
   case Kind::ZeroDivision: return "Liquid::ZeroDivisionError";
   case Kind::FloatDomain: return "Liquid::FloatDomainError";
   case Kind::UndefinedVariable: return "Liquid::UndefinedVariable";
   case Kind::UndefinedDropMethod: return "Liquid::UndefinedDropMethod";
   case Kind::UndefinedFilter: return "Liquid::UndefinedFilter";
   case Kind::MethodOverride: return "Liquid::MethodOverrideError";
   case Kind::Internal: return "Liquid::InternalError";
   case Kind::Standard: return "Liquid::StandardError";
   case Kind::Disabled: return "Liquid::DisabledError";
   }
   return "Liquid::Error";
}

std::string Error::full_message() const {
   if (kind_ == Kind::Standard) return message_;
   std::string s = kind_ == Kind::Syntax ? "Liquid syntax error" : "Liquid error";
   if (line_number_ > 0) {
      s += " (";
      if (!template_name_.empty()) s += template_name_ + " ";
      s += "line " + std::to_string(line_number_) + ")";
   }
   s += ": ";
   s += message_;
   if (!markup_context_.empty()) s += " " + markup_context_;
   return s;
}

void Error::refresh_what() {
   what_ = full_message();
   static_cast< std::runtime_error& >(*this) = std::runtime_error(what_);
}

}  // namespace jekyllpp::liquid
