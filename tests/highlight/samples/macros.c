#include <stdio.h>
#include "local.h" // local header
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#if 0
this is disabled
#endif

typedef struct node {
   int value;
   struct node *next;
} node_t;

static const char *names[] = {"a", "b\n", NULL};

int main(int argc, char **argv)
{
   unsigned long total = 0UL;
   float f = 1.5e3f;
   char c = '\x41';
label:
   for (int i = 0; i < argc; i++) {
      total += (unsigned long) MAX(i, 3) * 0x10;
   }
   switch (argc) {
   case 1: printf("%lu\n", total); break;
   default: goto label;
   }
   return total > 0 ? 0 : 1;
}
