// Python frames, for tracebacks and the recursion limit.
//
// Every emitted function body, the module body and every generator
// resumption pushes a Frame on a linked stack whose top is the running
// Python code. Statements store their line in the frame (`yc_f.line = 12;`),
// so that when an exception is raised the runtime can copy the stack into the
// exception's traceback (`capture_traceback`), and pushing past
// sys.getrecursionlimit() frames, or near the end of the native stack,
// raises RecursionError instead of overflowing.
//
// Pushing and popping are a few stores and one comparison: cheap enough to
// keep on every call, which CPython pays as well.
#pragma once

#include <cstdint>

namespace py {

// What a traceback line says of the code a frame runs: CPython's co_name
// (`f`, `<module>`, `<genexpr>`, `<lambda>`) and co_filename.
struct CodeInfo {
  const char* name;
  const char* qualname;
  const char* filename;
};

struct Frame {
  const CodeInfo* code = nullptr;
  Frame* back = nullptr;
  int line = 0;
  int depth = 0;  // 1 for the module body
};

namespace frames {
extern Frame* top;
extern int64_t recursion_limit;
// The lowest address the native stack may reach before RecursionError
// (0 when unknown).
extern uintptr_t stack_floor;
[[noreturn]] void raise_recursion_error();
}  // namespace frames

// Makes `frame` the running frame for the scope's lifetime.
class FrameEntry {
 public:
  explicit FrameEntry(Frame& frame) : frame_(frame) {
    Frame* top = frames::top;
    int depth = top == nullptr ? 1 : top->depth + 1;
    if (depth > frames::recursion_limit ||
        reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < frames::stack_floor) {
      frames::raise_recursion_error();
    }
    frame.back = top;
    frame.depth = depth;
    frames::top = &frame;
  }
  ~FrameEntry() { frames::top = frame_.back; }
  FrameEntry(const FrameEntry&) = delete;
  FrameEntry& operator=(const FrameEntry&) = delete;

 private:
  Frame& frame_;
};

// The frame of a plain function call, on the native stack.
class FunctionFrame : public Frame {
 public:
  explicit FunctionFrame(const CodeInfo& info) : Frame{&info}, entry_(*this) {}

 private:
  FrameEntry entry_;
};

// One line of a traceback.
struct TracebackEntry {
  const CodeInfo* code;
  int line;
};

// Runs `body` on a thread whose native stack is large enough for deep
// recursion under a raised sys.setrecursionlimit, with the stack floor set
// for it; returns when `body` does. Used once, by run_main.
void run_with_large_stack(void (*body)(void*), void* context);

}  // namespace py
