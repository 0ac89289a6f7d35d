#include "jekyllpp/serve/log.hpp"

namespace jekyllpp::serve {

std::string log_line(std::string_view topic, std::string_view message) {
   std::string line;
   std::size_t width = topic.size() + 1;
   if (width < 20) line.assign(20 - width, ' ');
   line += topic;
   line += ' ';
   line += message;
   return line;
}

}  // namespace jekyllpp::serve
