#pragma once
// A set of words given as one space-separated literal, as Rouge's %w() lists are written.
#include <atomic>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>

namespace jekyllpp::highlight {

class Words {
public:
   // The list (a literal or a static string: the set holds views of it) is split on the first
   // lookup: the lexers' hundred-odd lists, built at static initialisation, cost every run 8 M
   // instructions at its start and 1.7 M at its exit, serial; now only a highlighted language's.
   explicit Words(std::string_view list) : list_(list) {}
   Words(const Words& other) : list_(other.list_) {}  // the copy splits the list on its own first lookup
   Words& operator=(const Words&) = delete;

   bool has(std::string_view word) const {
      if (!ready_.load(std::memory_order_acquire)) build();
      return words_.count(word) > 0;
   }

private:
   void build() const {
      std::lock_guard<std::mutex> lock(mutex_);
      if (ready_.load(std::memory_order_relaxed)) return;
      std::size_t pos = 0;
      while (pos < list_.size()) {
         std::size_t start = list_.find_first_not_of(" \n", pos);
         if (start == std::string_view::npos) break;
         std::size_t end = list_.find_first_of(" \n", start);
         if (end == std::string_view::npos) end = list_.size();
         words_.insert(list_.substr(start, end - start));
         pos = end;
      }
      ready_.store(true, std::memory_order_release);
   }

   std::string_view list_;
   mutable std::mutex mutex_;
   mutable std::atomic<bool> ready_{false};
   mutable std::unordered_set<std::string_view> words_;
};

// ASCII case mappings, for lexers that look words up in upper or lower case as Rouge's do.
inline std::string ascii_upcase(std::string_view word) {
   std::string out(word);
   for (char& c : out) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
   }
   return out;
}

inline std::string ascii_downcase(std::string_view word) {
   std::string out(word);
   for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
   }
   return out;
}

// The words of a space-separated list as a regex alternation: "a b c" -> "a|b|c".
inline std::string alternation(std::string_view list) {
   std::string out;
   std::size_t pos = 0;
   while (pos < list.size()) {
      std::size_t start = list.find_first_not_of(" \n", pos);
      if (start == std::string_view::npos) break;
      std::size_t end = list.find_first_of(" \n", start);
      if (end == std::string_view::npos) end = list.size();
      if (!out.empty()) out += '|';
      out += list.substr(start, end - start);
      pos = end;
   }
   return out;
}

}  // namespace jekyllpp::highlight
