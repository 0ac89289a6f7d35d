#include <pthread.h>

#include <cstddef>

#include "jekyllpp/engine/cli.hpp"

namespace {

// Inputs may nest as deep as Jekyll's own limits (1,027 HTML elements read as markdown, 11,380
// TOML arrays), converted by recursion; a sanitizer build takes several times the stack per
// level. So the program runs on a thread with a large stack, which the threads it starts get
// too (reserved address space, touched only as deep as a build goes).
constexpr std::size_t stack_size = std::size_t(64) << 20;  // ASan at those limits: under 32 MiB

struct Invocation {
   int argc;
   char** argv;
   int status;
};

void* run(void* data) {
   auto* call = static_cast<Invocation*>(data);
   call->status = jekyllpp::engine::run_cli(call->argc, call->argv);
   return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
   Invocation call{argc, argv, 0};
   pthread_attr_t attr;
   pthread_t thread;
   if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, stack_size) != 0)
      return jekyllpp::engine::run_cli(argc, argv);
   pthread_setattr_default_np(&attr);  // std::thread's threads (render, write) get it too
   const bool started = pthread_create(&thread, &attr, run, &call) == 0;
   pthread_attr_destroy(&attr);
   if (!started) return jekyllpp::engine::run_cli(argc, argv);
   pthread_join(thread, nullptr);
   return call.status;
}
