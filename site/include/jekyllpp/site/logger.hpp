#pragma once
// Jekyll's log lines (log_adapter.rb + stevenson.rb): "topic message" with the topic
// right-justified to 20 columns; warnings yellow, errors red on a terminal.
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace jekyllpp::site {

class Logger {
public:
   enum class Level { Debug, Info, Warn, Error };

   void set_level(Level level) { level_ = level; }
   Level level() const { return level_; }
   void set_color(bool color) { color_ = color; }

   void debug(std::string_view topic, std::string_view message = {}) { log(Level::Debug, topic, message); }
   void info(std::string_view topic, std::string_view message = {}) { log(Level::Info, topic, message); }
   void warn(std::string_view topic, std::string_view message = {}) { log(Level::Warn, topic, message); }
   void error(std::string_view topic, std::string_view message = {}) { log(Level::Error, topic, message); }
   void log(Level level, std::string_view topic, std::string_view message);

   // Lines logged on this thread while a Capture is alive are kept in it instead of written,
   // so work done in parallel can report in the order a serial build would (replay()).
   class Capture {
   public:
      Capture();
      ~Capture();
      Capture(const Capture&) = delete;
      Capture& operator=(const Capture&) = delete;
      struct Line {
         Level level;
         std::string topic, message;
      };
      std::vector< Line > lines;

   private:
      Capture* outer_;
   };
   // Writes the lines a Capture kept (to this thread's capture, if one is alive).
   void replay(const std::vector< Capture::Line >& lines);

   // "topic: " right-justified to 20 columns, as formatted_topic does.
   static std::string formatted_topic(std::string_view topic, bool colon = false);
   // The line as Jekyll writes it (without colour and newline).
   static std::string message(std::string_view topic, std::string_view message);

private:
   Level level_ = Level::Info;
   bool color_ = false;
   std::mutex mutex_;
};

}  // namespace jekyllpp::site
