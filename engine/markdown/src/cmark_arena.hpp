#pragma once
// A per-thread arena for cmark-gfm's allocations. cmark allocates every node and buffer of a
// parse separately (calloc/realloc/free were about a tenth of a site build); the arena hands
// out memory by bumping a pointer and releases it all at once. cmark-gfm's own arena is one
// global, unusable from several rendering threads, and cmark_mem has no context argument, so
// this one is thread-local:
//
//   cmark_arena_enter();                                  // a document parsed with ...
//   cmark_parser* p = cmark_parser_new_with_mem(opts, cmark_arena_mem());
//   ...  cmark_node_free(doc); cmark_arena_leave();       // released when the last one leaves
//
// Documents that overlap on one thread (a span converted while its block is rendered) share
// the arena; its memory is released when the outermost one leaves.
#include <cmark-gfm.h>

namespace jekyllpp::markdown {

cmark_mem* cmark_arena_mem();
void cmark_arena_enter();
void cmark_arena_leave();

}  // namespace jekyllpp::markdown
