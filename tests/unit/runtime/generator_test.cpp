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
  explicit CountdownFrame(py::Object n, py::GeneratorKind kind = py::GeneratorKind::Generator)
      : py::Generator(kGenCode, kind), n(std::move(n)) {}

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

// def stubborn():
//     while True:
//         try: yield 1
//         except GeneratorExit: pass
struct StubbornFrame final : py::Generator {
  StubbornFrame() : py::Generator(kGenCode) {}
  py::Step resume(py::ResumeKind kind, py::Object sent) override {
    if (state_ != 0) {
      try {
        take_sent(kind, std::move(sent));
      } catch (py::Raised& r) {
        if (!py::exception_matches(r.exception, py::type_object(py::generator_exit_type))) throw;
      }
    }
    state_ = 1;
    return py::Step::yielded(py::Int(1));
  }
};

TEST(Generator, CloseOfAGeneratorIgnoringGeneratorExit) {
  py::Object g = py::make<StubbornFrame>();
  auto* gen = py::cast<py::Generator>(g);
  gen->send(py::None);
  EXPECT_EQ(exception_line([&] { gen->close(); }), "RuntimeError: generator ignored GeneratorExit");
  EXPECT_TRUE(gen->started());
  EXPECT_FALSE(gen->finished());  // still suspended, as in CPython
  EXPECT_EQ(gen->send(py::None).as_small_int(), 1);
  gen->throw_exception(py::new_exception(&py::generator_exit_type));  // caught: yields again
  EXPECT_FALSE(gen->finished());
}

// def reentrant(): yield next(g)   -- the generator resumes itself
py::Object reentrant_self;
struct ReentrantFrame final : py::Generator {
  ReentrantFrame() : py::Generator(kGenCode) {}
  py::Step resume(py::ResumeKind, py::Object) override {
    EXPECT_TRUE(running());
    return py::Step::yielded(py::cast<py::Generator>(reentrant_self)->send(py::None));
  }
};

TEST(Generator, ResumingARunningGeneratorIsAValueError) {
  reentrant_self = py::make<ReentrantFrame>();
  auto* gen = py::cast<py::Generator>(reentrant_self);
  EXPECT_EQ(exception_line([&] { gen->send(py::None); }), "ValueError: generator already executing");
  EXPECT_FALSE(gen->running());
  EXPECT_TRUE(gen->finished());  // the ValueError escaped the body
  reentrant_self = py::Object();
}

TEST(Generator, ClosedGeneratorReraisesThrownExceptionAndClosesQuietly) {
  py::Object g = py::make<CountdownFrame>(py::Int(1));
  auto* gen = py::cast<py::Generator>(g);
  gen->close();  // created: closes without running
  EXPECT_TRUE(gen->finished());
  EXPECT_EQ(exception_line([&] { gen->throw_exception(py::new_exception(&py::key_error_type, "k")); }),
            "KeyError: 'k'");
  EXPECT_EQ(exception_line([&] { gen->send(py::None); }), "StopIteration");
  gen->close();
}

TEST(Generator, FrameAttributes) {
  py::Object g = py::make<CountdownFrame>(py::Int(1));
  EXPECT_EQ(py::repr(py::getattr(g, "gi_running")), "False");
  EXPECT_EQ(py::repr(py::getattr(g, "gi_suspended")), "False");
  EXPECT_EQ(py::getattr(g, "gi_frame").type()->name(), std::string("frame"));
  EXPECT_TRUE(py::getattr(g, "gi_yieldfrom").is_none());
  py::cast<py::Generator>(g)->send(py::None);
  EXPECT_EQ(py::repr(py::getattr(g, "gi_suspended")), "True");
  py::Object x;
  while (py::next(g, x)) {
  }
  EXPECT_TRUE(py::getattr(g, "gi_frame").is_none());
  EXPECT_EQ(py::str(py::getattr(g, "__name__")), "gen");
}

TEST(Generator, DelegatingToAListIterator) {
  py::Object it = py::yield_from_iter(py::new_list({py::Int(7), py::Int(8)}));
  EXPECT_EQ(it.type()->name(), std::string("list_iterator"));
  py::Step step = py::delegate(it, py::ResumeKind::Send, py::None);
  EXPECT_EQ(step.kind, py::Step::Kind::Yielded);
  EXPECT_EQ(step.value.as_small_int(), 7);
  // Sending a value needs a send() method, which list_iterator lacks.
  EXPECT_EQ(exception_line([&] { py::delegate(it, py::ResumeKind::Send, py::Int(1)); }),
            "AttributeError: 'list_iterator' object has no attribute 'send'");
  step = py::delegate(py::yield_from_iter(py::new_list({})), py::ResumeKind::Send, py::None);
  EXPECT_EQ(step.kind, py::Step::Kind::Returned);
  EXPECT_TRUE(step.value.is_none());
  EXPECT_EQ(exception_line([] { py::yield_from_iter(py::Int(5)); }), "TypeError: 'int' object is not iterable");
}

TEST(Generator, DelegatingToAGeneratorReturnsItsValue) {
  py::Object inner = py::make<CountdownFrame>(py::Int(2));
  py::Object d = py::yield_from_iter(inner);
  EXPECT_TRUE(d.is(inner));  // a generator is its own delegate
  EXPECT_EQ(py::delegate(d, py::ResumeKind::Send, py::None).value.as_small_int(), 2);
  EXPECT_EQ(py::delegate(d, py::ResumeKind::Send, py::None).value.as_small_int(), 1);
  py::Step last = py::delegate(d, py::ResumeKind::Send, py::None);
  EXPECT_EQ(last.kind, py::Step::Kind::Returned);
  EXPECT_EQ(py::str(last.value), "done");
}

// The same frame as a coroutine (SEMANTICS.md §11): one protocol, the
// coroutine's messages and rules.
TEST(Coroutine, SharesTheProtocolWithCoroutineRules) {
  py::Object c = py::make<CountdownFrame>(py::Int(1), py::GeneratorKind::Coroutine);
  auto* g = static_cast<py::Generator*>(c.heap());
  EXPECT_EQ(c.type()->name(), std::string("coroutine"));
  EXPECT_EQ(py::repr(c).rfind("<coroutine object gen at 0x", 0), 0u);
  EXPECT_EQ(exception_line([&] { g->send(py::Int(1)); }),
            "TypeError: can't send non-None value to a just-started coroutine");
  EXPECT_EQ(exception_line([&] { py::iter(c); }), "TypeError: 'coroutine' object is not iterable");
  EXPECT_EQ(g->send(py::None).as_small_int(), 1);
  EXPECT_EQ(exception_line([&] { g->send(py::None); }), "StopIteration: done");
  EXPECT_EQ(exception_line([&] { g->send(py::None); }), "RuntimeError: cannot reuse already awaited coroutine");
  EXPECT_EQ(exception_line([&] { g->throw_exception(py::new_exception(&py::value_error_type)); }),
            "RuntimeError: cannot reuse already awaited coroutine");
  g->close();  // a no-op once finished
}

TEST(Coroutine, AwaitDelegatesToTheCoroutineItself) {
  py::Object c = py::make<CountdownFrame>(py::Int(2), py::GeneratorKind::Coroutine);
  py::Object d = py::await_iter(c);
  EXPECT_TRUE(d.is(c));
  EXPECT_EQ(py::delegate(d, py::ResumeKind::Send, py::None).value.as_small_int(), 2);
  EXPECT_EQ(exception_line([] { py::await_iter(py::Int(5)); }),
            "TypeError: object int can't be used in 'await' expression");
  // A plain generator is not awaitable.
  py::Object gen = py::make<CountdownFrame>(py::Int(1));
  EXPECT_EQ(exception_line([&] { py::await_iter(gen); }),
            "TypeError: object generator can't be used in 'await' expression");
}

}  // namespace
