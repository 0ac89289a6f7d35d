#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "jekyllpp/site/logger.hpp"
#include "jekyllpp/site/ordered_parallel.hpp"

using namespace jekyllpp::site;

TEST_CASE("ordered_parallel: logs, results and the first error come in item order", "[site][parallel]") {
   Logger logger;
   Logger::Capture seen;  // what the replay writes, on this thread
   std::vector< std::string > expected;
   for (int i = 0; i < 150; ++i) {
      expected.push_back("job " + std::to_string(i));
      expected.push_back("use " + std::to_string(i * 2));
   }
   expected.push_back("job 150");
   std::vector< int > used;
   auto run = [&] {
      ordered_parallel< int >(
         logger, 400,
         [&](std::size_t i) {
            logger.warn("job", std::to_string(i));
            if (i == 150 || i == 170 || i == 399) throw std::runtime_error("failed at " + std::to_string(i));
            return int(i) * 2;
         },
         [&](std::size_t, int value) {
            used.push_back(value);
            logger.info("use", std::to_string(value));
         });
   };
   REQUIRE_THROWS_WITH(run(), "failed at 150");
   std::vector< std::string > lines;
   for (const auto& line : seen.lines) lines.push_back(line.topic + " " + line.message);
   CHECK(lines == expected);
   CHECK(used.size() == 150);
}
