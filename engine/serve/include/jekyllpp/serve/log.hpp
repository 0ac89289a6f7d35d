#pragma once
// Jekyll's log line layout: the topic right-aligned in 20 columns, then the message
// ("    Server address: http://127.0.0.1:4000/").
#include <string>
#include <string_view>

namespace jekyllpp::serve {

std::string log_line(std::string_view topic, std::string_view message);

}  // namespace jekyllpp::serve
