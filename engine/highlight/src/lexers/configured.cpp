// Lexers built for the options of a language string ("console?lang=ruby"), as Rouge's
// Lexer.find_fancy makes them; built once per distinct string and kept.
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "jekyllpp/highlight/highlight.hpp"
#include "lexer_options.hpp"
#include "lexers/lexers.hpp"

namespace jekyllpp::highlight {

namespace {

bool reads_any(const LexerOptions& options, std::initializer_list<std::string_view> keys) {
   for (std::string_view key : keys)
      if (options.has(key)) return true;
   return false;
}

const Lexer* keep(LexerPool& pool, Lexer lexer) {
   pool.push_back(std::make_unique<Lexer>(std::move(lexer)));
   return pool.back().get();
}

}  // namespace

const Lexer* configured_lexer(std::string_view name, const LexerOptions& options, LexerPool& pool) {
   const Lexer* lexer = find_lexer(name);
   if (!lexer) return nullptr;
   if (lexer == &console_lexer() && reads_any(options, {"prompt", "lang", "output", "comments", "error"}))
      return keep(pool, console_lexer_with(options, pool));
   if ((lexer == &php_lexer() || lexer == &hack_lexer()) &&
       reads_any(options, {"start_inline", "funcnamehighlighting"}))
      return keep(pool, php_lexer_with(lexer == &php_lexer() ? "php" : "hack", options));
   if (lexer == &lasso_lexer() && options.has("start_inline"))
      return keep(pool, lasso_lexer_with(options));
   if (lexer == &escape_lexer() && reads_any(options, {"start", "end", "lang"}))
      return keep(pool, escape_lexer_with(options, pool));
   if ((lexer == &erb_lexer() || lexer == &eex_lexer()) && options.has("parent"))
      return keep(pool, erb_lexer_with(lexer == &eex_lexer(), options, pool));
   if (lexer == &plaintext_lexer() && options.has("token"))
      return keep(pool, plaintext_lexer_with(options));
   return lexer;
}

const Lexer* find_lexer_fancy(std::string_view lang) {
   std::size_t question = lang.find('?');
   if (question == std::string_view::npos) return find_lexer(lang);
   static std::mutex mutex;
   static std::map<std::string, std::pair<const Lexer*, LexerPool>, std::less<>> built;
   std::lock_guard<std::mutex> lock(mutex);
   auto it = built.find(lang);
   if (it == built.end()) {
      LexerPool pool;
      const Lexer* lexer = configured_lexer(lang.substr(0, question),
                                            LexerOptions::parse(lang.substr(question + 1)), pool);
      it = built.emplace(std::string(lang), std::make_pair(lexer, std::move(pool))).first;
   }
   return it->second.first;
}

const Lexer* find_lexer_fancy(std::string_view lang, std::string_view code) {
   const std::string_view name = lang.substr(0, lang.find('?'));
   if (name != "guess") return find_lexer_fancy(lang);
   const std::vector<std::string> tags = guess_tags(code);
   if (tags.size() > 1) {
      std::string list;
      for (const std::string& tag : tags) list += (list.empty() ? "\"" : ", \"") + tag + "\"";
      throw AmbiguousGuess("Ambiguous guess: can't decide between [" + list + "]");
   }
   const Lexer* lexer = tags.empty() ? nullptr : find_lexer_fancy(tags.front() + std::string(lang.substr(name.size())));
   return lexer ? lexer : find_lexer_fancy("plaintext" + std::string(lang.substr(name.size())));
}

}  // namespace jekyllpp::highlight
