// The generator protocol, written once. Codegen turns each Python generator
// function into a frame class deriving from Generator whose `resume` is a
// `switch (state_)` state machine; everything a caller can do to a generator
// (next, send, throw, close, iteration, finalisation at refcount zero, PEP
// 479) is implemented here on top of `resume`, as SEMANTICS.md specifies.
// Coroutines (`async def`, §11) are the same frames with another kind: the
// protocol is shared and the differences (messages, not iterable, reuse of
// a finished coroutine, the never-awaited warning) are parameterised here.
#pragma once

#include <string>
#include <vector>

#include "yieldc/call.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/frame.hpp"

#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// How the frame is being resumed: with a value (next() is send(None)) or
// with an exception to raise at the `yield` it is suspended at.
enum class ResumeKind : uint8_t { Send, Throw };

// What one resumption produced. Ordinary iteration returns Steps and never
// throws a C++ exception; an exception escaping the body does propagate.
// An async generator's frame suspends two ways: at a `yield` of its own
// (AsyncYielded: the value goes to whoever awaits __anext__()), and inside
// an `await` (Yielded: the awaited future goes up to the event loop) —
// CPython tells them apart by wrapping the first kind of value.
struct Step {
  enum class Kind : uint8_t { Yielded, Returned, AsyncYielded };
  Kind kind;
  Object value;

  static Step yielded(Object v) { return Step{Kind::Yielded, std::move(v)}; }
  static Step returned(Object v) { return Step{Kind::Returned, std::move(v)}; }
  static Step async_yielded(Object v) { return Step{Kind::AsyncYielded, std::move(v)}; }
  bool suspended() const { return kind != Kind::Returned; }
};

// What a frame is: a generator function's, an `async def`'s (whose type is
// `coroutine`), or an `async def` with a `yield` in it (`async_generator`).
enum class GeneratorKind : uint8_t { Generator, Coroutine, AsyncGenerator };

class Generator : public HeapObject {
 public:
  explicit Generator(const CodeInfo& code, GeneratorKind kind = GeneratorKind::Generator)
      : HeapObject(kind == GeneratorKind::Coroutine        ? &coroutine_type
                   : kind == GeneratorKind::AsyncGenerator ? &async_generator_type
                                                           : &generator_type),
        kind_(kind) {
    frame_.code = &code;
  }

  // g.send(value) / next(g): the next yielded value; raises StopIteration
  // (carrying the return value) when the body returns.
  Object send(Object value);
  // g.throw(exc): raises `exc` at the suspended `yield`.
  Object throw_exception(Object exception);
  // g.close(): GeneratorExit at the suspended `yield` (SEMANTICS.md §4).
  void close();

  // for-loop iteration: false at exhaustion, the return value discarded.
  bool next(Object& out) override;
  Object iter() override;
  // One step for a delegating `yield from`: like send/throw, but the body's
  // return arrives as a Returned step instead of a StopIteration.
  Step delegate_step(ResumeKind kind, Object value);
  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;

  const char* qualname() const { return frame_.code->qualname; }
  bool running() const { return running_; }
  bool started() const { return state_ != kCreated; }
  bool finished() const { return state_ == kFinished; }
  GeneratorKind kind() const { return kind_; }
  bool is_coroutine() const { return kind_ == GeneratorKind::Coroutine; }
  bool is_async_generator() const { return kind_ == GeneratorKind::AsyncGenerator; }
  // "generator", "coroutine" or "async generator", as the protocol's
  // messages say.
  const char* kind_name() const;
  // The delegate of the running `yield from`/`await` (gi_yieldfrom,
  // cr_await), or unbound.
  const Object& awaiting() const { return yield_from_; }
  // A generator made by a @types.coroutine function (CPython's
  // CO_ITERABLE_COROUTINE): `await` accepts it and it may `yield from` a
  // coroutine.
  void mark_iterable_coroutine() { iterable_coroutine_ = true; }
  bool iterable_coroutine() const { return iterable_coroutine_; }

  // Runs a coroutine that cannot suspend (no await, async for or async
  // with of its own) from creation to its end and gives its return value;
  // its exceptions propagate as an awaited coroutine's would (PEP 479
  // included). For py::run_immediately.
  Object run_to_end();

 protected:
  static constexpr int kCreated = 0;
  static constexpr int kFinished = -1;

  // The generated state machine. `state_` is 0 before the first resumption
  // and the resume point's number while suspended; `resume` sets it before
  // returning a yielded Step. The base sets it to kFinished when the body
  // returns or raises.
  virtual Step resume(ResumeKind kind, Object value) = 0;

  // At a resume point: the value sent in, or the thrown exception raised
  // right here, at the `yield`. Inline: every resumption passes here.
  static Object take_sent(ResumeKind kind, Object value) {
    if (kind == ResumeKind::Throw) raise(std::move(value));
    return value;
  }

  // `yield from x` in this frame: the delegate for x (a coroutine only
  // inside a @types.coroutine generator).
  Object yield_from_source(const Object& x) const;

  // The delegate of the `yield from` being executed (gi_yieldfrom), or
  // unbound. One per frame: a frame runs one `yield from` at a time.
  Object yield_from_;

  // ---- try regions (see emit_try.cpp): the innermost `try` whose body is
  // running, -1 for none. An exception escaping the body while region_ is
  // R is dispatched by the generated code to R's handlers or finally.
  int region_ = -1;
  // `except` bodies may span a yield: the exceptions they handle are
  // pushed here and kept by the frame while it is suspended.
  void enter_handler(const Object& exception) {
    push_handled(exception);
    ++handler_count_;
  }
  void exit_handler() {
    pop_handled();
    --handler_count_;
  }
  // Unwinds handlers entered inside a region the exception is leaving.
  void unwind_handlers(int count) {
    while (handler_count_ > count) exit_handler();
  }
  int handler_count_ = 0;

  // Drops the frame's locals once the body has finished, as CPython clears
  // a finished generator's frame (their finalisers run then, not later).
  virtual void clear_frame() {}

  void release() override;

  // One resumption with the running flag held and PEP 479 applied.
  // Inline (below): every next(), send and `async for` step runs it.
  Step step(ResumeKind kind, Object value);
  // step's cold parts: the frame's saved handled exceptions made live, the
  // body's return, and an exception escaping the body (rethrown, or
  // PEP 479's RuntimeError); body_raised runs inside step's handler.
  void restore_handled();
  void finish_returned();
  [[noreturn]] void body_raised(const Raised& raised, size_t depth);
  // throw() into a frame that has not started: the exception is raised
  // "before the first line" and the frame is finished.
  [[noreturn]] void throw_before_start(Object exception);
  [[noreturn]] void raise_already_executing() const;
  // throw(exc) / throw(type, value[, tb]) normalised to an exception object.
  static Object normalize_thrown(Object exception);

  int state_ = kCreated;
  // The frame each resumption pushes; the body stores its line here.
  Frame frame_;

 private:
  // PEP 479's RuntimeError for a StopIteration (or, from an async
  // generator, a StopAsyncIteration) escaping the body.
  [[noreturn]] void raise_leaked_stop_iteration(const Object& stop) const;
  // send/throw into a finished coroutine (SEMANTICS.md §11).
  [[noreturn]] void raise_reused() const;

  bool running_ = false;
  GeneratorKind kind_;
  bool iterable_coroutine_ = false;
  // Handled exceptions of this frame's `except` bodies, while suspended.
  std::vector<Object> saved_handled_;
};

[[gnu::always_inline]] inline Step Generator::step(ResumeKind kind, Object value) {
  if (running_) raise_already_executing();
  running_ = true;
  // The frame's own handled exceptions are live again while it runs, above
  // whatever the caller is handling (CPython's gi_exc_state).
  const size_t depth = handled_depth();
  if (!saved_handled_.empty()) restore_handled();
  try {
    FrameEntry entry(frame_);
    Step result = resume(kind, std::move(value));
    running_ = false;
    take_handled_above(depth, saved_handled_);
    if (result.kind == Step::Kind::Returned) finish_returned();
    return result;
  } catch (Raised& raised) {
    body_raised(raised, depth);
  }
}

// A coroutine the runtime implements natively (asyncio.sleep()'s,
// Lock.acquire()'s, ...). `await` and the event loop step it directly, so
// its end is a Returned step, not a StopIteration raised and caught.
// Its type's __await__ returns the object itself (await_iter relies on it).
class NativeAwaitable : public HeapObject {
 public:
  explicit NativeAwaitable(Type* type) : HeapObject(type) { type->mark_native_awaitable(); }
  // One resumption: send(value) or throw(value). Exceptions propagate.
  virtual Step await_step(ResumeKind kind, Object value) = 0;
};

// `await f(args)` where f is an `async def` that cannot suspend: the
// coroutine's frame is made on the C++ stack and run to its end at once,
// which is what awaiting the new coroutine would do, without the heap
// object and the delegation. Nothing can reach the coroutine object: it is
// not returned, and its body has no way to name itself.
template <class Frame, class... Params>
Object run_immediately(Params&&... params) {
  Frame frame(std::forward<Params>(params)...);
  return frame.run_to_end();
}

// The same for a coroutine whose frame the compiler made a plain C++
// function (yc_now::NAME), in its catch: a StopIteration escaping the body
// raises the RuntimeError its coroutine would (PEP 479); any other
// exception is left to propagate.
void coroutine_body_raised(const Raised& raised);
// RuntimeError("<kind> raised StopIteration"), chained to `stop`.
[[noreturn]] void raise_leaked_stop(const char* kind, const Object& stop);

// `o` as a NativeAwaitable, or null: a flag of its type, not a dynamic_cast.
inline NativeAwaitable* as_native_awaitable(const Object& o) {
  return o.is_heap() && o.heap()->type()->native_awaitable() ? static_cast<NativeAwaitable*>(o.heap()) : nullptr;
}

class AsyncGenRegistry;

// An async generator (PEP 525): a generator frame driven through the
// awaitables its methods return (__anext__/asend: async_generator_asend;
// athrow/aclose: async_generator_athrow), which async_generator.cpp
// implements as CPython's genobject.c does. The flags are CPython's
// ag_running_async and ag_closed.
class AsyncGenerator : public Generator {
 public:
  explicit AsyncGenerator(const CodeInfo& code) : Generator(code, GeneratorKind::AsyncGenerator) {}
  ~AsyncGenerator() override;

  // gen_send / _gen_throw for the awaitables: one resumption; the body's
  // end raises StopAsyncIteration.
  Step send_step(Object value);
  Step throw_step(Object exception);
  // The first __anext__/asend/athrow/aclose: calls the firstiter hook and
  // keeps the finalizer hook (sys.set_asyncgen_hooks; asyncio's loop sets
  // them).
  void init_hooks();
  bool hooks_inited() const { return hooks_inited_; }
  // The step of an `async for` awaiting this generator's __anext__()
  // past the awaitable's first step, when it sends (the common case):
  // async_generator_direct_anext with the layers folded into one call.
  bool anext_send(Object value, Step& out);

  bool running_async = false;
  bool closed = false;
  // The registry (asyncio's loop._asyncgens) this generator is in, if any.
  AsyncGenRegistry* registry = nullptr;

 protected:
  void release() override;

 private:
  bool hooks_inited_ = false;
  Object finalizer_;
};

// The async generators a running event loop has seen (asyncio's WeakSet
// loop._asyncgens): it does not keep them alive; a generator leaves it
// when it is freed. Kept in the order they were first iterated.
class AsyncGenRegistry {
 public:
  AsyncGenRegistry() = default;
  AsyncGenRegistry(const AsyncGenRegistry&) = delete;
  AsyncGenRegistry& operator=(const AsyncGenRegistry&) = delete;
  ~AsyncGenRegistry();
  void add(AsyncGenerator* generator);
  void remove(AsyncGenerator* generator);
  // Everything registered, as new references; the registry is emptied.
  std::vector<Object> take_all();
  bool empty() const { return items_.empty(); }

 private:
  std::vector<AsyncGenerator*> items_;
};

// sys.set_asyncgen_hooks: called with the async generator when it is first
// iterated, and when it is garbage while suspended (instead of closing it
// there). Unbound when not set.
struct AsyncGenHooks {
  Object firstiter;
  Object finalizer;
};
AsyncGenHooks& asyncgen_hooks();

// The generator, coroutine or async generator object `o` is, or null.
Generator* as_generator(const Object& o);

// A protocol method of `o`, whether its class is the user's (a method it
// defines) or the runtime's (its type's method table): whether it has one,
// and calling it without arguments (false when there is none).
bool has_slot(const Object& o, const char* name);
bool call_slot(const Object& o, const char* name, Object& out);

// `yield from x`: the delegate for x — x itself for a generator, else
// iter(x) (TypeError for a non-iterable).
Object yield_from_iter(const Object& x);
// `await x`: the delegate for x — a coroutine or a @types.coroutine
// generator itself, else the iterator x.__await__() returns (SEMANTICS.md
// §11); TypeError for anything else, RuntimeError for a coroutine that
// already has an awaiter.
Object await_iter(const Object& x);

// `async for`: the async iterator of x (x.__aiter__()), and the delegate
// awaited for its next item (x.__anext__()'s awaitable), with CPython's
// TypeErrors.
Object async_iter(const Object& x);
Object async_next_slow(const Object& iterator);
inline Object async_next(const Object& iterator) {
  // An async generator stands for its own __anext__() awaitable
  // (async_generator_direct_anext) once its hooks are set up.
  if (iterator.heap()->type() == &async_generator_type) {
    const auto* g = static_cast<const AsyncGenerator*>(iterator.heap());
    if (!g->running_async && g->hooks_inited()) return iterator;
  }
  return async_next_slow(iterator);
}
// One step of awaiting __anext__()'s awaitable: false when it raised
// StopAsyncIteration (the `async for` is done), else the step in `out`.
bool delegate_anext_slow(const Object& delegate, ResumeKind kind, Object value, Step& out);
[[gnu::always_inline]] inline bool delegate_anext(const Object& delegate, ResumeKind kind, Object value, Step& out) {
  if (kind == ResumeKind::Send && delegate.heap()->type() == &async_generator_type) {
    return static_cast<AsyncGenerator*>(delegate.heap())->anext_send(std::move(value), out);
  }
  return delegate_anext_slow(delegate, kind, std::move(value), out);
}
// The awaitables of an async generator's methods, and `await`-ing one
// without going through Python-level send(): a value the generator yields
// is the Returned step of the awaitable.
extern Type async_generator_asend_type;
extern Type async_generator_athrow_type;
bool is_async_generator_awaitable(const Object& o);
Step async_generator_awaitable_step(const Object& awaitable, ResumeKind kind, Object value);
// The same for __anext__()'s awaitable in an `async for`: false when the
// generator is exhausted (no StopAsyncIteration is raised).
bool async_generator_anext_step(const Object& awaitable, ResumeKind kind, Object value, Step& out);
// agen.__anext__().
Object async_generator_anext(const Object& generator);
// An `async for` over an async generator awaits its __anext__() without
// making the awaitable: async_next gives the generator itself, which then
// stands for an __anext__() awaitable past its first step, and
// delegate_anext steps it as that awaitable would. cr_await/ag_await make
// the awaitable when asked for it (async_generator_anext_in_progress).
bool async_generator_direct_anext(const Object& generator, ResumeKind kind, Object value, Step& out);
Object async_generator_anext_in_progress(const Object& generator);

// g.throw(type, value[, traceback]) made one exception object, as CPython's
// _gen_throw does (args has 2 or 3 items).
Object exception_from_throw_args(const Args& args);

// One PEP 380 step of a delegation: send or throw into the delegate
// (forwarding close() as SEMANTICS.md §6 specifies). A delegate's return
// value (StopIteration.value) arrives as a Returned step.
Step delegate(const Object& delegate, ResumeKind kind, Object value);

}  // namespace py
