// Rouge::Lexer.guess(source:) as Rouge 3.30 runs it for code with no language: the modeline
// guesser, then the source guesser (the lexers whose own detect? accepts the text), then no
// guess at all (plain text) unless they narrowed the lexers down.
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "jekyllpp/highlight/highlight.hpp"
#include "regex.hpp"

namespace jekyllpp::highlight {

namespace {

bool search(const Regex& regex, std::string_view text, Match& m) { return regex.match(text, 0, m); }

// The pattern, compiled once, found anywhere in the text.
bool found(std::string_view pattern, std::string_view text, std::string_view flags = "") {
   static std::mutex mutex;
   static std::map< std::string, std::unique_ptr< Regex > > compiled;
   const Regex* regex;
   {
      std::lock_guard< std::mutex > lock(mutex);
      auto& slot = compiled[std::string(flags) + "/" + std::string(pattern)];
      if (!slot) slot = std::make_unique< Regex >(pattern, flags, false);
      regex = slot.get();
   }
   Match m;
   return search(*regex, text, m);
}

// TextAnalyzer#shebang and #shebang?(match): /\b#{match}(\s|$)/ against the text after "#!".
class Analyzer {
public:
   explicit Analyzer(std::string_view text) : text_(text) {
      static const Regex shebang(R"(\A\s*#!(.*)$)", "", false);
      Match m;
      if (search(shebang, text, m)) shebang_ = std::string(m[1]), has_shebang_ = true;
      static const Regex doctype(R"(\A\s*(?:<\?.*?\?>\s*)?<!DOCTYPE\s+(.+?)>)", "m", false);
      if (search(doctype, text, m)) doctype_ = std::string(m[1]), has_doctype_ = true;
   }
   std::string_view text() const { return text_; }
   bool shebang(std::string_view match) const {
      return has_shebang_ && found(std::string("\\b") + std::string(match) + "(\\s|$)", shebang_);
   }
   bool doctype(std::string_view pattern = "", std::string_view flags = "") const {
      return has_doctype_ && (pattern.empty() || found(pattern, doctype_, flags));
   }

private:
   std::string_view text_;
   std::string shebang_, doctype_;
   bool has_shebang_ = false, has_doctype_ = false;
};

struct Detector {
   const char* tag;
   std::function< bool(const Analyzer&) > detect;
};

// Every Rouge 3.30 lexer with a detect? of its own, by tag, in Lexer.all's order.
const std::vector< Detector >& detectors() {
   static const std::vector< Detector > all = {
      {"awk", [](const Analyzer& a) { return a.shebang("awk"); }},
      {"xml", [](const Analyzer& a) {
          if (a.doctype("html")) return false;
          return found(R"(\A<\?xml\b)", a.text()) || a.doctype();
       }},
      {"biml", [](const Analyzer& a) { return found(R"(<\s*Biml\b)", a.text()); }},
      {"coffeescript", [](const Analyzer& a) { return a.shebang("coffee"); }},
      {"crystal", [](const Analyzer& a) { return a.shebang("crystal"); }},
      {"python", [](const Analyzer& a) { return a.shebang(R"(pythonw?(?:[23](?:\.\d+)?)?)"); }},
      {"diff", [](const Analyzer& a) {
          return a.text().substr(0, 7) == "Index: " || found(R"(\Adiff[^\n]*?\ba/[^\n]*\bb/)", a.text()) ||
                 found(R"(---.*?\n[+][+][+])", a.text()) || found(R"([+][+][+].*?\n---)", a.text());
       }},
      {"yaml", [](const Analyzer& a) { return found(R"(\A\s*%YAML)", a.text(), "m"); }},
      {"factor", [](const Analyzer& a) { return a.shebang("factor"); }},
      {"gherkin", [](const Analyzer& a) { return a.shebang("cucumber"); }},
      {"groovy", [](const Analyzer& a) { return a.shebang("groovy"); }},
      {"php", [](const Analyzer& a) {
          if (a.shebang("php")) return true;
          if (found(R"(^<\?hh)", a.text())) return false;
          return found(R"(^<\?php)", a.text());
       }},
      {"hack", [](const Analyzer& a) {
          return found(R"(<\?hh)", a.text()) || a.shebang("hhvm") || found(R"(async function [a-zA-Z])", a.text()) ||
                 found(R"(\): Awaitable<)", a.text());
       }},
      {"haskell", [](const Analyzer& a) { return a.shebang("runhaskell"); }},
      {"haxe", [](const Analyzer& a) { return a.shebang("haxe"); }},
      {"html", [](const Analyzer& a) {
          if (a.doctype(R"(\bhtml\b)", "i")) return true;
          if (found(R"(\A<\?xml\b)", a.text())) return false;
          return found(R"(<\s*html\b)", a.text());
       }},
      {"io", [](const Analyzer& a) { return a.shebang("io"); }},
      {"ruby", [](const Analyzer& a) { return a.shebang("ruby"); }},
      {"javascript", [](const Analyzer& a) { return a.shebang("node") || a.shebang("jsc"); }},
      {"julia", [](const Analyzer& a) { return a.shebang("julia"); }},
      {"lasso", [](const Analyzer& a) { return a.shebang("lasso9") || found(R"(\A.*?<\?(lasso(script)?|=))", a.text()); }},
      {"livescript", [](const Analyzer& a) { return a.shebang("lsc"); }},
      {"lua", [](const Analyzer& a) { return a.shebang("lua"); }},
      {"moonscript", [](const Analyzer& a) { return a.shebang("moon"); }},
      {"mosel", [](const Analyzer& a) { return found(R"(^\s*(model|package)\s+)", a.text()); }},
      {"perl", [](const Analyzer& a) { return a.shebang("perl"); }},
      {"postscript", [](const Analyzer& a) { return found(R"(^%!)", a.text()); }},
      {"praat", [](const Analyzer& a) { return a.shebang("praat"); }},
      {"puppet", [](const Analyzer& a) { return a.shebang("puppet-apply") || a.shebang("puppet"); }},
      {"r", [](const Analyzer& a) { return a.shebang("Rscript"); }},
      {"racket", [](const Analyzer& a) {
          static const Regex lang(R"(\A#lang\s*(.*?)$)", "", false);
          Match m;
          return search(lang, a.text(), m) && found("racket|scribble", m[1]);
       }},
      {"rust", [](const Analyzer& a) { return a.shebang("rustc"); }},
      {"sed", [](const Analyzer& a) { return a.shebang("sed"); }},
      {"shell", [](const Analyzer& a) { return a.shebang("(ba|z|k)?sh"); }},
      {"solidity", [](const Analyzer& a) { return a.text().substr(0, 15) == "pragma solidity"; }},
      {"tcl", [](const Analyzer& a) { return a.shebang("tclsh") || a.shebang("wish") || a.shebang("jimsh"); }},
      {"tex", [](const Analyzer& a) {
          return found(R"(\A\s*\\(documentclass|input|documentstyle|relax|ProvidesPackage|ProvidesClass))", a.text());
       }},
      {"tulip", [](const Analyzer& a) { return a.shebang("tulip"); }},
   };
   return all;
}

// Guessers::Modeline: the modes an Emacs or Vim modeline in the first or last five lines names.
std::set< std::string > modeline_modes(std::string_view source) {
   std::vector< std::string_view > lines;
   for (std::size_t start = 0; start < source.size();) {
      std::size_t end = source.find('\n', start);
      if (end == std::string_view::npos) end = source.size();
      lines.push_back(source.substr(start, end - start));
      start = end + 1;
   }
   while (!lines.empty() && lines.back().empty()) lines.pop_back();  // String#split drops them
   // (lines.first(5) + lines.last(5)).join("\n")
   const std::size_t n = lines.size();
   std::vector< std::string_view > picked(lines.begin(), lines.begin() + std::ptrdiff_t(std::min< std::size_t >(5, n)));
   picked.insert(picked.end(), lines.begin() + std::ptrdiff_t(n > 5 ? n - 5 : 0), lines.end());
   std::string space;
   for (std::size_t i = 0; i < picked.size(); ++i) (space += i ? "\n" : "").append(picked[i]);
   static const Regex emacs(
      R"(-\*-\s*(?:(?!mode)[\w-]+\s*:\s*(?:[\w+-]+)\s*;?\s*)*(?:mode\s*:)?\s*([\w+-]+)\s*(?:;\s*(?!mode)[\w-]+\s*:\s*[\w+-]+\s*)*;?\s*-\*-)",
      "i", false);
   static const Regex vim1(R"((?:vim|vi|ex):\s*(?:ft|filetype|syntax)=(\w+)\s?)", "i", false);
   static const Regex vim2(R"((?:vim|vi|Vim|ex):\s*se(?:t)?.*\s(?:ft|filetype|syntax)=(\w+)\s?.*:)", "i", false);
   std::set< std::string > modes;
   for (const Regex* regex : {&emacs, &vim1, &vim2}) {
      Match m;
      if (regex->match(space, 0, m)) modes.insert(std::string(m[1]));
   }
   return modes;
}

}  // namespace

std::vector< std::string > guess_tags(std::string_view source) {
   // Modeline: the lexers the modes name (by tag or alias); none found leaves every lexer.
   std::vector< std::string > narrowed;
   for (const std::string& mode : modeline_modes(source))
      if (const Lexer* lexer = find_lexer(mode)) {
         const std::string tag(lexer_tag(*lexer));
         if (std::find(narrowed.begin(), narrowed.end(), tag) == narrowed.end()) narrowed.push_back(tag);
      }
   if (narrowed.size() == 1) return narrowed;
   // Source: the lexers (among those left) whose own detect? accepts the text.
   const Analyzer text(source);
   std::vector< std::string > detected;
   for (const Detector& detector : detectors())
      if ((narrowed.empty() || std::find(narrowed.begin(), narrowed.end(), detector.tag) != narrowed.end()) &&
          detector.detect(text))
         detected.push_back(detector.tag);
   return detected.empty() ? narrowed : detected;
}

}  // namespace jekyllpp::highlight
