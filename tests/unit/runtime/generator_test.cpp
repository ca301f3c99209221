// The generator protocol of the runtime driven on a hand-written frame,
// shaped like the frames codegen emits:
//   def gen(n):
//       try:            # (the frame emulates the finally by hand)
//           while n > 0:
//               got = yield n
//               n -= 1 if got is None else got
//       finally:
//           log.append("finally")
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "yieldc/runtime.hpp"

namespace {

const py::CodeInfo kGenCode = {"gen", "gen", "test.py"};

std::vector<std::string> log_lines;

struct CountdownFrame final : py::Generator {
  py::Object n;
  py::Object got;
  explicit CountdownFrame(py::Object n) : py::Generator(kGenCode), n(std::move(n)) {}

  py::Step resume(py::ResumeKind kind, py::Object sent) override {
    try {
      switch (state_) {
        case 0:
          while (py::gt(n, py::Int(0))) {
            state_ = 1;
            return py::Step::yielded(n);
            case 1:
              got = take_sent(kind, std::move(sent));
              n = py::sub(n, got.is_none() ? py::Int(1) : got);
          }
      }
    } catch (...) {
      log_lines.push_back("finally");
      throw;
    }
    log_lines.push_back("finally");
    return py::Step::returned(py::str_literal("done", 4));
  }
};

std::string exception_line(const std::function<void()>& f) {
  try {
    f();
  } catch (const py::Raised& r) {
    return py::format_exception_only(r.exception);
  }
  return "no exception";
}

TEST(Generator, ForLoopIterationEndsWithoutException) {
  py::Object g = py::make<CountdownFrame>(py::Int(3));
  std::vector<int64_t> seen;
  py::Object x;
  while (py::next(g, x)) seen.push_back(x.as_small_int());
  EXPECT_EQ(seen, (std::vector<int64_t>{3, 2, 1}));
  EXPECT_FALSE(py::next(g, x));  // stays exhausted
}

TEST(Generator, SendDeliversValueAndStopIterationCarriesReturn) {
  py::Object g = py::make<CountdownFrame>(py::Int(5));
  auto* gen = py::cast<py::Generator>(g);
  EXPECT_EQ(gen->send(py::None).as_small_int(), 5);
  EXPECT_EQ(gen->send(py::Int(3)).as_small_int(), 2);
  EXPECT_EQ(exception_line([&] { gen->send(py::Int(2)); }), "StopIteration: done");
  EXPECT_EQ(exception_line([&] { gen->send(py::None); }), "StopIteration");
}

TEST(Generator, SendNonNoneToJustStartedGenerator) {
  py::Object g = py::make<CountdownFrame>(py::Int(1));
  EXPECT_EQ(exception_line([&] { py::cast<py::Generator>(g)->send(py::Int(1)); }),
            "TypeError: can't send non-None value to a just-started generator");
}

TEST(Generator, ThrowRaisesAtTheYieldAndRunsFinally) {
  log_lines.clear();
  py::Object g = py::make<CountdownFrame>(py::Int(2));
  auto* gen = py::cast<py::Generator>(g);
  gen->send(py::None);
  EXPECT_EQ(exception_line([&] { gen->throw_exception(py::new_exception(&py::value_error_type, "boom")); }),
            "ValueError: boom");
  EXPECT_EQ(log_lines, std::vector<std::string>{"finally"});
  EXPECT_TRUE(gen->finished());
}

TEST(Generator, CloseAndFinalisationRunFinallyOnce) {
  log_lines.clear();
  {
    py::Object g = py::make<CountdownFrame>(py::Int(2));
    py::cast<py::Generator>(g)->send(py::None);
    // The last reference goes here: close() runs the finally (PEP 342).
  }
  EXPECT_EQ(log_lines, std::vector<std::string>{"finally"});
  log_lines.clear();
  {
    py::Object g = py::make<CountdownFrame>(py::Int(2));  // never started: nothing runs
  }
  EXPECT_TRUE(log_lines.empty());
}

TEST(Generator, Pep479TurnsStopIterationIntoRuntimeError) {
  py::Object g = py::make<CountdownFrame>(py::Int(2));
  auto* gen = py::cast<py::Generator>(g);
  gen->send(py::None);
  EXPECT_EQ(exception_line([&] { gen->throw_exception(py::new_exception(&py::stop_iteration_type)); }),
            "RuntimeError: generator raised StopIteration");
}

}  // namespace
