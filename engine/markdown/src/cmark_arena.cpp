#include "cmark_arena.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace jekyllpp::markdown {
namespace {

constexpr std::size_t kChunk = 256 * 1024;
constexpr std::size_t kAlign = 16;

// Each block starts with a header holding its usable size (realloc copies that much).
struct alignas(kAlign) Header {
   std::size_t size;
};

// cmark's own allocator aborts when memory runs out; exceptions must not cross its C frames.
char* checked_malloc(std::size_t size) {
   void* p = std::malloc(size);
   if (!p) {
      std::fputs("[cmark] out of memory\n", stderr);
      std::abort();
   }
   return static_cast< char* >(p);
}

std::size_t rounded(std::size_t size) { return (size + kAlign - 1) & ~(kAlign - 1); }

struct Arena {
   std::vector< char* > chunks;  // chunks[0] is kept between documents
   std::vector< char* > big;     // blocks too large for a chunk, one allocation each
   char* cursor = nullptr;
   char* limit = nullptr;
   char* last = nullptr;  // the latest block in the current chunk, which realloc may grow in place
   int depth = 0;

   ~Arena() {
      release();
      for (char* c : chunks) std::free(c);
   }

   void* allocate(std::size_t size) {
      size = rounded(size);
      const std::size_t need = sizeof(Header) + size;
      // (Room in the current chunk is the common case: the rest is out of line, so this path
      // saves and restores no registers.)
      if (need > std::size_t(limit - cursor) || need > kChunk / 4) return allocate_elsewhere(size);
      Header* h = reinterpret_cast< Header* >(cursor);
      cursor += need;
      last = reinterpret_cast< char* >(h + 1);
      h->size = size;
      return h + 1;
   }

   // A block of `size` (rounded) bytes in a chunk of its own when large, else in a new chunk.
   [[gnu::noinline]] void* allocate_elsewhere(std::size_t size) {
      const std::size_t need = sizeof(Header) + size;
      Header* h;
      if (need > kChunk / 4) {
         big.push_back(checked_malloc(need));
         h = reinterpret_cast< Header* >(big.back());
      } else {
         chunks.push_back(checked_malloc(kChunk));
         cursor = chunks.back();
         limit = cursor + kChunk;
         h = reinterpret_cast< Header* >(cursor);
         cursor += need;
         last = reinterpret_cast< char* >(h + 1);
      }
      h->size = size;
      return h + 1;
   }

   void release() {
      for (char* b : big) std::free(b);
      big.clear();
      for (std::size_t i = 1; i < chunks.size(); ++i) std::free(chunks[i]);
      if (chunks.size() > 1) chunks.resize(1);
      cursor = chunks.empty() ? nullptr : chunks[0];
      limit = chunks.empty() ? nullptr : cursor + kChunk;
      last = nullptr;
   }
};

thread_local Arena arena;

void* arena_calloc(std::size_t count, std::size_t size) {
   std::size_t bytes;  // (an overflow test without a division, which costs tens of cycles per node)
   if (__builtin_mul_overflow(count, size, &bytes) || bytes > (std::size_t(1) << 40)) std::abort();
   return std::memset(arena.allocate(bytes), 0, bytes);
}

void* arena_realloc(void* p, std::size_t size) {
   if (!p) return arena.allocate(size);
   Header* h = static_cast< Header* >(p) - 1;
   const std::size_t old = h->size;
   if (size <= old) return p;
   if (p == arena.last && rounded(size) - old <= std::size_t(arena.limit - arena.cursor)) {
      arena.cursor += rounded(size) - old;  // the latest block grows in place
      h->size = rounded(size);
      return p;
   }
   void* q = arena.allocate(size);
   std::memcpy(q, p, old);
   return q;
}

void arena_free(void*) {}  // released with the arena

cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

}  // namespace

cmark_mem* cmark_arena_mem() { return &arena_mem; }

void cmark_arena_enter() { ++arena.depth; }

void cmark_arena_leave() {
   if (--arena.depth == 0) arena.release();
}

}  // namespace jekyllpp::markdown
