// Async generators (PEP 525), as CPython 3.11's genobject.c implements
// them. The generated frame is an ordinary generator frame whose own
// `yield`s return AsyncYielded steps; the object's methods return
// awaitables that drive the frame:
//   __anext__() / asend(v)   async_generator_asend: one step; a value the
//                            body yields completes the awaitable with it
//                            (StopIteration(value)), a future an `await` in
//                            the body yields goes on up to the event loop;
//   athrow(exc) / aclose()   async_generator_athrow: the same for an
//                            exception thrown in (aclose: GeneratorExit,
//                            completing with None once the body has ended).
// The flags shared by the awaitables are CPython's ag_running_async (an
// awaitable is in progress) and ag_closed (aclose() or the end was seen).
// Finalisation goes through sys.set_asyncgen_hooks' finalizer when one was
// installed at the first iteration (asyncio's loop schedules aclose()).
#include <algorithm>
#include <cstring>
#include <iterator>
#include <fmt/format.h>

#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/ops.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "traceback.hpp"

namespace py {

extern Type async_generator_asend_type;
extern Type async_generator_athrow_type;

AsyncGenHooks& asyncgen_hooks() {
  static AsyncGenHooks hooks;
  return hooks;
}

// ---------------------------------------------------------------- registry

AsyncGenRegistry::~AsyncGenRegistry() {
  for (AsyncGenerator* g : items_) g->registry = nullptr;
}

void AsyncGenRegistry::add(AsyncGenerator* generator) {
  if (generator->registry == this) return;
  if (generator->registry != nullptr) generator->registry->remove(generator);
  generator->registry = this;
  items_.push_back(generator);
}

void AsyncGenRegistry::remove(AsyncGenerator* generator) {
  items_.erase(std::remove(items_.begin(), items_.end(), generator), items_.end());
  generator->registry = nullptr;
}

std::vector<Object> AsyncGenRegistry::take_all() {
  std::vector<Object> out;
  out.reserve(items_.size());
  for (AsyncGenerator* g : items_) {
    g->registry = nullptr;
    out.push_back(Object::borrow(g));
  }
  items_.clear();
  return out;
}

// ---------------------------------------------------------------- the frame

AsyncGenerator::~AsyncGenerator() {
  if (registry != nullptr) registry->remove(this);
}

Step AsyncGenerator::send_step(Object value) {
  // gen_send_ex2's checks, in its order.
  if (!started() && !value.is_none()) {
    raise_error(&type_error_type, "can't send non-None value to a just-started async generator");
  }
  if (running()) raise_already_executing();
  if (finished()) return Step::returned(None);
  return step(ResumeKind::Send, std::move(value));
}

Step AsyncGenerator::throw_step(Object exception) {
  exception = normalize_thrown(std::move(exception));
  if (running()) raise_already_executing();
  if (!started()) throw_before_start(std::move(exception));
  if (finished()) raise(std::move(exception));
  return step(ResumeKind::Throw, std::move(exception));
}

void AsyncGenerator::init_hooks() {
  if (hooks_inited_) return;
  hooks_inited_ = true;
  AsyncGenHooks& hooks = asyncgen_hooks();
  if (hooks.finalizer.is_bound()) finalizer_ = hooks.finalizer;
  if (hooks.firstiter.is_bound()) call(hooks.firstiter, Args{Object::borrow(this)});
}

void AsyncGenerator::release() {
  // _PyGen_Finalize: with a finalizer hook (asyncio's loop), the hook gets
  // the suspended generator (and schedules aclose()); without one, it is
  // closed here like a generator.
  if (finalizer_.is_bound() && !closed && !finished() && !running()) {
    Object finalizer = std::move(finalizer_);
    refcount_ = 1;  // alive again while the hook runs
    try {
      call(finalizer, Args{Object::borrow(this)});
    } catch (Raised& raised) {
      report_unraisable(repr(), raised.exception);
    }
    if (--refcount_ != 0) return;  // the hook kept it (to close it later)
    delete this;
    return;
  }
  Generator::release();
}

namespace {

AsyncGenerator* as_async_generator(const Object& o) { return static_cast<AsyncGenerator*>(o.heap()); }

// async_gen_unwrap_value: what one resumption of the frame means for the
// awaitable driving it.
enum class Outcome : uint8_t {
  Suspended,  // an `await` in the body yielded: `step` goes to the loop
  Value,      // the body yielded `step.value`: the awaitable completes
  Exhausted,  // the body returned: StopAsyncIteration
};

template <class Resume>
Outcome unwrap(AsyncGenerator* g, Step& step, Resume&& resume) {
  try {
    step = resume();
  } catch (Raised& raised) {
    if (isinstance(raised.exception, &stop_async_iteration_type) ||
        isinstance(raised.exception, &generator_exit_type)) {
      g->closed = true;
    }
    g->running_async = false;
    throw;
  }
  switch (step.kind) {
    case Step::Kind::Yielded:
      return Outcome::Suspended;
    case Step::Kind::AsyncYielded:
      g->running_async = false;
      return Outcome::Value;
    case Step::Kind::Returned:
      break;
  }
  g->closed = true;
  g->running_async = false;
  return Outcome::Exhausted;
}

[[noreturn]] void raise_stop_async_iteration() { raise(new_exception(&stop_async_iteration_type)); }

enum class AwaitableState : uint8_t { Init, Iter, Closed };

// What __anext__() and asend(v) return.
class ASend final : public HeapObject {
 public:
  ASend(Object generator, Object sendval, AwaitableState state = AwaitableState::Init)
      : HeapObject(&async_generator_asend_type),
        generator_(std::move(generator)),
        sendval_(std::move(sendval)),
        state_(state) {}

  // One step of awaiting it; Exhausted is StopAsyncIteration.
  Outcome step(ResumeKind kind, Object value, Step& out) {
    AsyncGenerator* g = as_async_generator(generator_);
    if (state_ == AwaitableState::Closed) {
      raise_error(&runtime_error_type, "cannot reuse already awaited __anext__()/asend()");
    }
    Outcome outcome;
    try {
      if (kind == ResumeKind::Send) {
        if (state_ == AwaitableState::Init) {
          if (g->running_async) raise_error(&runtime_error_type, "anext(): asynchronous generator is already running");
          if (value.is_none()) value = sendval_;
          state_ = AwaitableState::Iter;
        }
        g->running_async = true;
        outcome = unwrap(g, out, [&] { return g->send_step(std::move(value)); });
      } else {
        outcome = unwrap(g, out, [&] { return g->throw_step(std::move(value)); });
      }
    } catch (Raised&) {
      state_ = AwaitableState::Closed;
      throw;
    }
    if (outcome != Outcome::Suspended) state_ = AwaitableState::Closed;
    return outcome;
  }
  void close() { state_ = AwaitableState::Closed; }

 private:
  Object generator_;
  Object sendval_;
  AwaitableState state_;
};

// What athrow(...) and aclose() return (aclose: no exception).
class AThrow final : public HeapObject {
 public:
  AThrow(Object generator, Object exception)
      : HeapObject(&async_generator_athrow_type), generator_(std::move(generator)), exception_(std::move(exception)) {}

  // One step of awaiting it; Value completes it with `out.value`.
  Outcome step(ResumeKind kind, Object value, Step& out) {
    return kind == ResumeKind::Send ? send(std::move(value), out) : throw_in(std::move(value), out);
  }
  void close() { state_ = AwaitableState::Closed; }

 private:
  bool aclose() const { return !exception_.is_bound(); }

  Outcome send(Object value, Step& out) {
    AsyncGenerator* g = as_async_generator(generator_);
    if (state_ == AwaitableState::Closed) {
      raise_error(&runtime_error_type, "cannot reuse already awaited aclose()/athrow()");
    }
    if (g->finished()) {
      state_ = AwaitableState::Closed;
      out = Step::returned(None);
      return Outcome::Value;
    }
    if (state_ == AwaitableState::Init) {
      if (g->running_async) {
        state_ = AwaitableState::Closed;
        raise_error(&runtime_error_type, "{}(): asynchronous generator is already running",
                    aclose() ? "aclose" : "athrow");
      }
      if (g->closed) {
        state_ = AwaitableState::Closed;
        raise_stop_async_iteration();
      }
      if (!value.is_none()) {
        raise_error(&runtime_error_type, "can't send non-None value to a just-started coroutine");
      }
      state_ = AwaitableState::Iter;
      g->running_async = true;
      if (aclose()) g->closed = true;
      Object exception = aclose() ? new_exception(&generator_exit_type) : exception_;
      return checked([&] { return unwrapped(g, out, [&] { return g->throw_step(exception); }); }, out);
    }
    // Awaiting what the body awaits.
    if (!aclose()) return unwrapped(g, out, [&] { return g->send_step(std::move(value)); });
    return checked([&] { return unwrapped(g, out, [&] { return g->send_step(std::move(value)); }); }, out);
  }

  Outcome throw_in(Object exception, Step& out) {
    AsyncGenerator* g = as_async_generator(generator_);
    if (state_ == AwaitableState::Closed) {
      raise_error(&runtime_error_type, "cannot reuse already awaited aclose()/athrow()");
    }
    if (!aclose()) return unwrapped(g, out, [&] { return g->throw_step(std::move(exception)); });
    try {
      return ignored_exit(g, unwrapped(g, out, [&] { return g->throw_step(std::move(exception)); }));
    } catch (Raised& raised) {
      if (!closing_exception(raised.exception)) throw;
      exception_caught_natively(raised.exception);
      out = Step::returned(None);
      return Outcome::Value;
    }
  }

  // async_gen_unwrap_value, with the body's end as StopAsyncIteration (an
  // exception here, as in CPython: athrow() of a generator that then
  // returns raises it).
  template <class Resume>
  Outcome unwrapped(AsyncGenerator* g, Step& out, Resume&& resume) {
    Outcome outcome = unwrap(g, out, std::forward<Resume>(resume));
    if (outcome == Outcome::Exhausted) raise_stop_async_iteration();
    return outcome;
  }

  // An aclose() whose generator yielded a value instead of ending.
  Outcome ignored_exit(AsyncGenerator* g, Outcome outcome) {
    if (!aclose() || outcome != Outcome::Value) return outcome;
    g->running_async = false;
    state_ = AwaitableState::Closed;
    raise_error(&runtime_error_type, "async generator ignored GeneratorExit");
  }

  static bool closing_exception(const Object& e) {
    return isinstance(e, &stop_async_iteration_type) || isinstance(e, &generator_exit_type);
  }

  // The `check_error` and `yield_close` exits of async_gen_athrow_send.
  template <class Run>
  Outcome checked(Run&& run, Step& out) {
    AsyncGenerator* g = as_async_generator(generator_);
    Outcome outcome;
    try {
      outcome = run();
    } catch (Raised& raised) {
      g->running_async = false;
      state_ = AwaitableState::Closed;
      // aclose() is done when the body ends with GeneratorExit or returns.
      if (aclose() && closing_exception(raised.exception)) {
        exception_caught_natively(raised.exception);
        out = Step::returned(None);
        return Outcome::Value;
      }
      throw;
    }
    if (outcome == Outcome::Value) {
      ignored_exit(g, outcome);
      // athrow(): the exception was caught and a value yielded.
      g->running_async = false;
      state_ = AwaitableState::Closed;
    }
    return outcome;
  }

  Object generator_;
  Object exception_;  // unbound for aclose()
  AwaitableState state_ = AwaitableState::Init;
};

Outcome awaitable_step(const Object& awaitable, ResumeKind kind, Object value, Step& out) {
  if (awaitable.heap()->type() == &async_generator_asend_type) {
    return cast<ASend>(awaitable)->step(kind, std::move(value), out);
  }
  return cast<AThrow>(awaitable)->step(kind, std::move(value), out);
}

// The Python-level send/throw of an awaitable: a completed step is
// StopIteration(value), the generator's end StopAsyncIteration.
Object python_step(const Object& awaitable, ResumeKind kind, Object value) {
  Step out{};
  switch (awaitable_step(awaitable, kind, std::move(value), out)) {
    case Outcome::Suspended:
      return std::move(out.value);
    case Outcome::Value:
      if (out.value.is_none()) raise(new_exception(&stop_iteration_type));
      raise(make<ExceptionObject>(&stop_iteration_type, new_tuple({out.value})));
    case Outcome::Exhausted:
      break;
  }
  raise_stop_async_iteration();
}

}  // namespace

bool is_async_generator_awaitable(const Object& o) {
  if (!o.is_heap()) return false;
  const Type* t = o.heap()->type();
  return t == &async_generator_asend_type || t == &async_generator_athrow_type;
}

Step async_generator_awaitable_step(const Object& awaitable, ResumeKind kind, Object value) {
  Step out{};
  switch (awaitable_step(awaitable, kind, std::move(value), out)) {
    case Outcome::Suspended:
      return out;
    case Outcome::Value:
      return Step::returned(std::move(out.value));
    case Outcome::Exhausted:
      break;
  }
  raise_stop_async_iteration();
}

namespace {

// An __anext__() step as delegate_anext reports it: a value the generator
// yielded is the awaitable's Returned step; false at its end.
bool anext_result(Outcome outcome, Step& out) {
  switch (outcome) {
    case Outcome::Suspended:
      return true;
    case Outcome::Value:
      out.kind = Step::Kind::Returned;
      return true;
    case Outcome::Exhausted:
      break;
  }
  return false;
}

}  // namespace

bool async_generator_anext_step(const Object& awaitable, ResumeKind kind, Object value, Step& out) {
  return anext_result(awaitable_step(awaitable, kind, std::move(value), out), out);
}

Object async_generator_anext(const Object& generator) {
  as_async_generator(generator)->init_hooks();
  return make<ASend>(generator, None);
}

bool async_generator_direct_anext(const Object& generator, ResumeKind kind, Object value, Step& out) {
  // ASend::step past its first step, with the awaitable's state implied:
  // it cannot be closed or reused, since nobody else holds it.
  AsyncGenerator* g = as_async_generator(generator);
  Outcome outcome;
  if (kind == ResumeKind::Send) {
    g->running_async = true;
    outcome = unwrap(g, out, [&] { return g->send_step(std::move(value)); });
  } else {
    outcome = unwrap(g, out, [&] { return g->throw_step(std::move(value)); });
  }
  return anext_result(outcome, out);
}

bool AsyncGenerator::anext_send(Object value, Step& out) {
  // A started generator neither running nor finished passes send_step's
  // checks; anything else takes the general path with its errors.
  if (!started() || running() || finished()) {
    return async_generator_direct_anext(Object::borrow(this), ResumeKind::Send, std::move(value), out);
  }
  running_async = true;
  return anext_result(unwrap(this, out, [&] { return step(ResumeKind::Send, std::move(value)); }), out);
}

Object async_generator_anext_in_progress(const Object& generator) {
  return make<ASend>(generator, None, AwaitableState::Iter);
}

// ---------------------------------------------------------------- methods

namespace {

AsyncGenerator* self_generator(const Object& self) { return as_async_generator(self); }

Object agen_aiter(const Object& self, const Args& args) {
  expect_no_args(args, "async_generator.__aiter__");
  return self;
}

Object agen_anext(const Object& self, const Args& args) {
  expect_no_args(args, "async_generator.__anext__");
  return async_generator_anext(self);
}

Object agen_asend(const Object& self, const Args& args) {
  expect_one_arg(args, "asend");
  self_generator(self)->init_hooks();
  return make<ASend>(self, args[0]);
}

Object agen_athrow(const Object& self, const Args& args) {
  expect_positional(args, "athrow", 1, 3);
  self_generator(self)->init_hooks();
  Object exception = args.npos == 1 ? args[0] : exception_from_throw_args(args);
  return make<AThrow>(self, std::move(exception));
}

Object agen_aclose(const Object& self, const Args& args) {
  expect_no_args(args, "aclose");
  self_generator(self)->init_hooks();
  return make<AThrow>(self, Object());
}

Object awaitable_send(const Object& self, const Args& args) {
  expect_one_arg(args, "send");
  return python_step(self, ResumeKind::Send, args[0]);
}

Object awaitable_next(const Object& self, const Args& args) {
  expect_no_args(args, "__next__");
  return python_step(self, ResumeKind::Send, None);
}

Object awaitable_throw(const Object& self, const Args& args) {
  expect_positional(args, "throw", 1, 3);
  Object exception = args.npos == 1 ? args[0] : exception_from_throw_args(args);
  return python_step(self, ResumeKind::Throw, std::move(exception));
}

Object awaitable_close(const Object& self, const Args& args) {
  expect_no_args(args, "close");
  if (self.heap()->type() == &async_generator_asend_type) {
    cast<ASend>(self)->close();
  } else {
    cast<AThrow>(self)->close();
  }
  return None;
}

Object awaitable_self(const Object& self, const Args& args) {
  expect_no_args(args, "__await__");
  return self;
}

const MethodDef awaitable_methods[] = {
    {"send", awaitable_send},       {"throw", awaitable_throw},    {"close", awaitable_close},
    {"__next__", awaitable_next},   {"__iter__", awaitable_self},  {"__await__", awaitable_self},
};

// anext(aiterator, default): awaiting it gives the default instead of
// StopAsyncIteration (CPython's anext_awaitable).
extern Type anext_awaitable_type;

class AnextAwaitable final : public HeapObject {
 public:
  AnextAwaitable(Object awaitable, Object fallback)
      : HeapObject(&anext_awaitable_type), awaitable_(std::move(awaitable)), default_(std::move(fallback)) {}
  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    out = step(ResumeKind::Send, None);
    return true;
  }

  Object step(ResumeKind kind, Object value) {
    if (!iterator_.is_bound()) iterator_ = await_iter(awaitable_);
    Step out{};
    if (!delegate_anext(iterator_, kind, std::move(value), out)) raise(make<ExceptionObject>(&stop_iteration_type, new_tuple({default_})));
    if (out.kind == Step::Kind::Yielded) return std::move(out.value);
    if (out.value.is_none()) raise(new_exception(&stop_iteration_type));
    raise(make<ExceptionObject>(&stop_iteration_type, new_tuple({out.value})));
  }

 private:
  Object awaitable_;
  Object default_;
  Object iterator_;
};

Object anext_awaitable_send(const Object& self, const Args& args) {
  expect_one_arg(args, "send");
  return cast<AnextAwaitable>(self)->step(ResumeKind::Send, args[0]);
}
Object anext_awaitable_next(const Object& self, const Args& args) {
  expect_no_args(args, "__next__");
  return cast<AnextAwaitable>(self)->step(ResumeKind::Send, None);
}
Object anext_awaitable_throw(const Object& self, const Args& args) {
  expect_positional(args, "throw", 1, 3);
  Object exception = args.npos == 1 ? args[0] : exception_from_throw_args(args);
  return cast<AnextAwaitable>(self)->step(ResumeKind::Throw, std::move(exception));
}
Object anext_awaitable_close(const Object&, const Args&) { return None; }

const MethodDef anext_awaitable_methods[] = {
    {"send", anext_awaitable_send},     {"throw", anext_awaitable_throw}, {"close", anext_awaitable_close},
    {"__next__", anext_awaitable_next}, {"__iter__", awaitable_self},     {"__await__", awaitable_self},
};

Object builtin_anext(const Args& args) {
  expect_positional(args, "anext", 1, 2);
  const Object& iterator = args[0];
  if (!has_slot(iterator, "__anext__")) {
    raise_error(&type_error_type, "'{}' object is not an async iterator", iterator.type()->name());
  }
  Object awaitable = iterator.heap()->type() == &async_generator_type ? async_generator_anext(iterator)
                                                                     : call_method(iterator, "__anext__", Args{});
  if (args.npos == 1) return awaitable;
  return make<AnextAwaitable>(std::move(awaitable), args[1]);
}

Object builtin_aiter(const Args& args) {
  expect_positional(args, "aiter", 1, 1);
  const Object& x = args[0];
  Object it;
  if (!call_slot(x, "__aiter__", it)) raise_error(&type_error_type, "'{}' object is not an async iterable", x.type()->name());
  if (!has_slot(it, "__anext__")) {
    raise_error(&type_error_type, "aiter() returned not an async iterator of type '{}'", it.type()->name());
  }
  return it;
}

}  // namespace

const MethodDef async_generator_methods[] = {
    {"__aiter__", agen_aiter}, {"__anext__", agen_anext}, {"asend", agen_asend},
    {"athrow", agen_athrow},   {"aclose", agen_aclose},
};
const size_t async_generator_method_count = std::size(async_generator_methods);

namespace bi {
const BuiltinFunctionDef aiter{"aiter", builtin_aiter};
const BuiltinFunctionDef anext{"anext", builtin_anext};
}  // namespace bi

namespace {
Type anext_awaitable_type("anext_awaitable", &object_type, {anext_awaitable_methods, std::size(anext_awaitable_methods)});
}  // namespace
Type async_generator_asend_type("async_generator_asend", &object_type, {awaitable_methods, std::size(awaitable_methods)});
Type async_generator_athrow_type("async_generator_athrow", &object_type,
                                 {awaitable_methods, std::size(awaitable_methods)});

}  // namespace py
