#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include "lexer_options.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

// What a console session is lexed with: Rouge's ConsoleLexer and its options.
struct Session {
   std::shared_ptr<const Regex> prompt;
   std::shared_ptr<const Regex> error;  // null without ?error
   const Lexer* lang;
   const Lexer* output;  // null: plain Generic.Output
};

// Rouge's ConsoleLexer: each line is a prompt followed by a command (lexed by `lang`, which
// continues from one command line to the next), an elision ("..." or "<...>") or a comment line
// shown as a comment, an error line, or output (lexed by `output`, continuing likewise).
void stream_session(Runner& r, std::string_view input, const Session& s) {
   static const Regex snip(R"(\A\s*(?:<[.]+>|[.]+)\s*\z)", "", false);
   static const Regex leading_space(R"(\A\s*)", "", false);
   Runner& command = r.child(*s.lang);
   command.reset();
   Runner* printed = s.output ? &r.child(*s.output) : nullptr;
   auto reset_output = [printed] {
      if (printed) printed->reset();
   };
   reset_output();
   Match m;
   std::size_t pos = 0;
   while (pos < input.size()) {
      std::size_t newline = input.find('\n', pos);
      std::size_t end = newline == std::string_view::npos ? input.size() : newline + 1;
      std::string_view line = input.substr(pos, end - pos);
      pos = end;
      std::size_t first = line.find_first_not_of(" \t\n\v\f\r");
      if (snip.match(line, 0, m)) {
         reset_output();
         command.reset();
         r.token(Tok::Comment, line);
      } else if (s.prompt->match(line, 0, m)) {
         reset_output();
         r.token(Tok::GenericPrompt, m[0]);
         std::string_view rest = line.substr(m.end());
         leading_space.match(rest, 0, m);
         r.token(Tok::Whitespace, m[0]);
         command.continue_lex(rest.substr(m.end()));
      } else if (first != std::string_view::npos && line[first] == '#') {
         reset_output();
         command.reset();
         r.token(Tok::Comment, line);
      } else if (s.error && s.error->match(line, 0, m)) {
         reset_output();
         command.reset();
         r.token(Tok::GenericError, line);
      } else {
         command.reset();
         if (printed) printed->continue_lex(line);
         else r.token(Tok::GenericOutput, line);
      }
   }
}

Lexer make_session(const char* tag, Session session) {
   Lexer l(tag);
   l.stream_with([session](Runner& r, std::string_view input) { stream_session(r, input, session); });
   return l;
}

// Regexp.escape for a pattern of our engine: every ASCII punctuation byte taken literally.
std::string escape(std::string_view text) {
   std::string out;
   for (char c : text) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u < 0x80 && !std::isalnum(u) && u > ' ') out += '\\';
      out += c;
   }
   return out;
}

std::string alternation(const std::vector<std::string>& words) {
   std::string out;
   for (const std::string& w : words) out += (out.empty() ? "" : "|") + escape(w);
   return out;
}

}  // namespace

// The defaults: shell commands after a prompt ending in $ # > or ;, plain output.
const Lexer& console_lexer() {
   static const Lexer lexer = make_session(
      "console", {std::make_shared<const Regex>(R"(^.*?(?:\$|#|>|;))", "m", false), nullptr,
                  &shell_lexer(), nullptr});
   return lexer;
}

// ConsoleLexer#initialize: ?prompt (the strings a prompt ends with), ?lang and ?output (lexers
// by name; an unknown name gives the default), ?comments (lines starting with "#" are comments
// rather than prompts; by default only with a ?prompt not listing "#"), ?error (the strings
// an error line starts with). The other options go on to the command lexer.
Lexer console_lexer_with(LexerOptions options, LexerPool& pool) {
   std::vector<std::string> prompt = options.as_list("prompt");
   options.erase("prompt");
   std::optional<std::string> lang = options.has("lang") ? options.as_string("lang") : "shell";
   options.erase("lang");
   std::optional<std::string> output = options.as_string("output");
   options.erase("output");
   bool has_prompt = !prompt.empty();
   std::vector<std::string> ends;
   for (std::string& p : prompt)
      if (!p.empty()) ends.push_back(p);
   bool comments = options.as_bool(
      "comments", has_prompt && std::find(ends.begin(), ends.end(), "#") == ends.end());
   if (!has_prompt) ends = comments ? std::vector<std::string>{"$", ">", ";"}
                                    : std::vector<std::string>{"$", "#", ">", ";"};
   std::vector<std::string> error = options.as_list("error");
   options.erase("error");

   Session s;
   s.prompt = std::make_shared<const Regex>(
      std::string("^") + (comments ? "[^<#]*?" : ".*?") + "(?:" + alternation(ends) + ")", "m",
      false);
   if (!error.empty()) s.error = std::make_shared<const Regex>("^(?:" + alternation(error) + ")", "", false);
   s.lang = lang ? configured_lexer(*lang, options, pool) : nullptr;
   if (!s.lang) s.lang = configured_lexer("shell", options, pool);
   s.output = output ? configured_lexer(*output, options, pool) : nullptr;
   return make_session("console", std::move(s));
}

// Rouge's IRBLexer: Ruby after an irb or pry prompt, IRB's output lexed as Ruby values.
const Lexer& irb_lexer() {
   static const Lexer lexer = make_session(
      "irb", {std::make_shared<const Regex>(R"~(^.*?(irb|pry).*?[>"*])~", "", false), nullptr,
              &ruby_lexer(), &irb_output_lexer()});
   return lexer;
}

}  // namespace jekyllpp::highlight
