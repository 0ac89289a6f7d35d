#include "jekyllpp/site/logger.hpp"

#include <cstdio>

namespace jekyllpp::site {

namespace {
thread_local Logger::Capture* capture = nullptr;
}

Logger::Capture::Capture() : outer_(capture) { capture = this; }
Logger::Capture::~Capture() { capture = outer_; }

void Logger::replay(const std::vector< Capture::Line >& lines) {
   for (const Capture::Line& line : lines) log(line.level, line.topic, line.message);
}

std::string Logger::formatted_topic(std::string_view topic, bool colon) {
   std::string text(topic);
   text += colon ? ": " : " ";
   if (text.size() < 20) text.insert(0, 20 - text.size(), ' ');
   return text;
}

std::string Logger::message(std::string_view topic, std::string_view message) {
   std::string line = formatted_topic(topic);
   // Runs of whitespace in the message collapse to one space (log_adapter.rb `message`).
   bool in_space = false;
   for (char c : message) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
      if (space && in_space) continue;
      line += space ? ' ' : c;
      in_space = space;
   }
   return line;
}

void Logger::log(Level level, std::string_view topic, std::string_view text) {
   if (level < level_) return;
   if (capture) {
      capture->lines.push_back({level, std::string(topic), std::string(text)});
      return;
   }
   std::string line = message(topic, text);
   std::lock_guard< std::mutex > lock(mutex_);
   FILE* out = level >= Level::Warn ? stderr : stdout;
   if (color_ && level == Level::Warn) line = "\033[33m" + line + "\033[0m";
   if (color_ && level == Level::Error) line = "\033[31m" + line + "\033[0m";
   std::fputs(line.c_str(), out);
   std::fputc('\n', out);
   std::fflush(out);
}

}  // namespace jekyllpp::site
