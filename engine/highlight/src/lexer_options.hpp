#pragma once
// The options of a language string such as "console?lang=ruby&prompt=$,>", as Rouge's
// Lexer.lookup_fancy reads them (CGI.parse) and its lexers take them (bool_option,
// list_option, string_option, lexer_option).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::highlight {

class LexerOptions {
public:
   // The part after "?": pairs split at "&" or ";", each "key=value" URL-decoded; a key
   // without "=" is set with no value (Ruby's true).
   static LexerOptions parse(std::string_view query);

   bool has(std::string_view key) const { return values_.count(key) > 0; }
   // Rouge's as_bool: "0", "false", "off" are false, any other value (or none) true; the
   // last value counts when a key is given twice. `fallback` when the key is absent.
   bool as_bool(std::string_view key, bool fallback) const;
   // Rouge's as_list: every value split at ",".
   std::vector<std::string> as_list(std::string_view key) const;
   // Rouge's as_string (and as_lexer's name): the last value; none for a key without one.
   std::optional<std::string> as_string(std::string_view key) const;
   // Rouge's string/list/lexer options delete the key, so sub-lexers do not see it.
   void erase(std::string_view key);

private:
   std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

}  // namespace jekyllpp::highlight
