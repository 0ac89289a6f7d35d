#pragma once
// Independent jobs run on all cores, their outcomes handed back in item order as if they had
// run one after the other: each job's log lines are replayed, then its result used or its
// exception rethrown, and nothing after the first failing item is used (so the errors and
// warnings a build reports do not depend on which thread finished first).
#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <thread>
#include <vector>

#include "jekyllpp/site/logger.hpp"

namespace jekyllpp::site {

// job(i) -> Result for i in [0, count); then use(i, Result&&) in order on the calling thread.
template < class Result, class Job, class Use >
void ordered_parallel(Logger& logger, std::size_t count, const Job& job, const Use& use) {
   struct Outcome {
      std::optional< Result > result;
      std::vector< Logger::Capture::Line > log;
      std::exception_ptr error;
   };
   std::vector< Outcome > outcomes(count);
   std::atomic< std::size_t > next{0};
   auto worker = [&] {
      for (std::size_t i; (i = next++) < count;) {
         Logger::Capture capture;
         try {
            outcomes[i].result.emplace(job(i));
         } catch (...) {
            outcomes[i].error = std::current_exception();
         }
         outcomes[i].log = std::move(capture.lines);
      }
   };
   const std::size_t threads = std::min< std::size_t >(count, std::max(1u, std::thread::hardware_concurrency()));
   std::vector< std::thread > pool;
   for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
   worker();
   for (auto& thread : pool) thread.join();
   for (std::size_t i = 0; i < count; ++i) {
      logger.replay(outcomes[i].log);
      if (outcomes[i].error) std::rethrow_exception(outcomes[i].error);
      use(i, std::move(*outcomes[i].result));
   }
}

}  // namespace jekyllpp::site
