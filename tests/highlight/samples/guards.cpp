#if HAS_FEATURE()
SUPPRESS_WARNING("-Wunused-function")
#  include <feature.h>
#endif // HAS_FEATURE()

// a comment that ends
namespace detail
{
int answer() { return 42; }
}
