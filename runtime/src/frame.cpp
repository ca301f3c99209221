// The frame stack's state, the recursion check and the large native stack
// the program runs on.
#include "yieldc/frame.hpp"

#include <malloc.h>
#include <pthread.h>

#include <cstdio>
#include <cstdlib>

#include "yieldc/exceptions.hpp"

namespace py {

namespace frames {

Frame* top = nullptr;
int64_t recursion_limit = 1000;
uintptr_t stack_floor = 0;

void raise_recursion_error() {
  raise(new_exception(&recursion_error_type, "maximum recursion depth exceeded"));
}

}  // namespace frames

namespace {

// Python code recurses through several C++ frames per Python call; a
// 1 GiB reservation (committed only as it is touched) lets scripts that
// raise the recursion limit recurse as deep as they would in CPython.
constexpr size_t kStackSize = size_t{1} << 30;
// What is left below the floor for the code that raises and reports.
constexpr size_t kStackMargin = size_t{1} << 20;

struct ThreadStart {
  void (*body)(void*);
  void* context;
};

void* thread_main(void* raw) {
  auto* start = static_cast<ThreadStart*>(raw);
  // The thread's stack is [here - kStackSize, here], give or take the few
  // frames above this one.
  auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  frames::stack_floor = here - kStackSize + kStackMargin;
  start->body(start->context);
  return nullptr;
}

}  // namespace

void run_with_large_stack(void (*body)(void*), void* context) {
  // The program is single-threaded: its thread allocates from the main
  // arena (glibc would give it a thread arena, grown 128 KiB per mprotect
  // call), and the heap grows and shrinks in large steps, since Python
  // programs allocate in bursts (a gather of 10^5 tasks).
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_TOP_PAD, 16 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  ThreadStart start{body, context};
  pthread_attr_t attributes;
  pthread_t thread;
  if (pthread_attr_init(&attributes) == 0 && pthread_attr_setstacksize(&attributes, kStackSize) == 0 &&
      pthread_create(&thread, &attributes, thread_main, &start) == 0) {
    pthread_attr_destroy(&attributes);
    pthread_join(thread, nullptr);
    return;
  }
  // No thread: run here with the recursion limit as the only guard.
  body(context);
}

}  // namespace py
