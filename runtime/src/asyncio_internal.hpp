// The asyncio runtime's shared internals: the event loop, Future and Task
// (defined in asyncio_module.cpp) and the helpers the other asyncio files
// (locks, queues, wait/wait_for/as_completed) build on, among them
// NativeCoroutine, the base of the coroutines the runtime itself provides
// (Lock.acquire(), Queue.get(), wait_for(), ...).
#pragma once

#include <cmath>
#include <ctime>
#include <deque>
#include <functional>
#include <list>
#include <memory>
#include <queue>
#include <string>
#include <vector>

#include "traceback.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "raise.hpp"

namespace py {

extern Type cancelled_error_type;
extern Type invalid_state_error_type;

namespace asyncio_detail {

extern Type loop_type;
extern Type future_type;
extern Type task_type;
extern Type future_iter_type;
extern Type sleep_type;
extern Type native_coroutine_type;  // NativeCoroutine's
extern Type timer_handle_type;

inline double monotonic() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// A future's done callback: a plain function of `data` and the future
// (the fast form, for the loop's own callbacks: a task's wakeup, gather's
// bookkeeping), or a std::function. `tag` (or the Python callable `fn`)
// identifies it for remove_done_callback.
struct DoneCallback {
  using Fast = void (*)(const Object& data, const Object& future);
  Fast fast = nullptr;
  Object data;
  std::function<void(const Object&)> call;
  const void* tag = nullptr;
  Object fn;
  DoneCallback(Fast fast, Object data) : fast(fast), data(std::move(data)) {}
  template <class F>
  DoneCallback(F f) : call(std::move(f)) {}  // NOLINT: implicit on purpose
  DoneCallback(std::function<void(const Object&)> f, const void* tag, Object fn = Object())
      : call(std::move(f)), tag(tag), fn(std::move(fn)) {}
  void operator()(const Object& future) const {
    if (fast != nullptr) {
      fast(data, future);
    } else {
      call(future);
    }
  }
};

using DoneCallbacks = std::vector<DoneCallback, heap_pool::Allocator<DoneCallback>>;

// ---------------------------------------------------------------- the loop

// A scheduled callback; cancelling it leaves it in the queue, skipped.
struct Callback {
  std::function<void()> fn;
  bool cancelled = false;
};
using CallbackPtr = std::shared_ptr<Callback>;

class Task;

// An entry of the ready queue: `fn(a, b)` when fn is set (what the loop
// schedules for itself, a task step or a done callback, with no allocation),
// else `callback`, which a handle may have cancelled.
struct Ready {
  using Fn = void (*)(const Object& a, const Object& b);
  Fn fn = nullptr;
  Object a, b;
  CallbackPtr callback;
};

class EventLoop final : public HeapObject {
 public:
  EventLoop() : HeapObject(&loop_type) {}

  std::string repr() const override {
    return fmt::format("<_UnixSelectorEventLoop running={} closed={} debug=False>", running ? "True" : "False",
                       closed ? "True" : "False");
  }

  CallbackPtr call_soon(std::function<void()> fn) {
    auto callback = std::make_shared<Callback>(Callback{std::move(fn)});
    ready_.push_back(Ready{nullptr, Object(), Object(), callback});
    return callback;
  }
  // call_soon of the loop's own callbacks, which nothing cancels.
  void call_soon(Ready::Fn fn, Object a, Object b = Object()) {
    ready_.push_back(Ready{fn, std::move(a), std::move(b), nullptr});
  }
  CallbackPtr call_at(double when, std::function<void()> fn) {
    auto callback = std::make_shared<Callback>(Callback{std::move(fn)});
    timers_.push(Timer{when, next_sequence_++, callback});
    return callback;
  }
  CallbackPtr call_later(double delay, std::function<void()> fn) { return call_at(monotonic() + delay, std::move(fn)); }

  // BaseEventLoop._run_once: wait for the first timer (not at all when
  // callbacks are ready), move the due timers to the ready queue, run the
  // callbacks that were ready at that point.
  void run_once();

  // base_events.py's run_forever: the loop's async generator hooks are
  // installed while it runs.
  void run_forever();

  bool idle() const { return ready_.empty() && timers_.empty(); }

  bool running = false;
  bool stopping = false;
  bool closed = false;
  // Every task not yet done (all_tasks), in creation order: a list through
  // the tasks themselves, each holding a reference, so that adding and
  // forgetting a task are O(1) and allocate nothing.
  void add_task(Task* task);
  void forget_task(Task* task);
  std::vector<Object> pending_tasks() const;
  Task* first_task = nullptr;
  Task* last_task = nullptr;
  Object current_task;
  // loop._asyncgens: the async generators iterated while it ran, closed by
  // shutdown_asyncgens at the end of asyncio.run.
  AsyncGenRegistry asyncgens;

 private:
  static constexpr double kClockResolution = 1e-9;
  struct Timer {
    double when;
    uint64_t sequence;
    CallbackPtr callback;
    bool operator>(const Timer& other) const {
      return when != other.when ? when > other.when : sequence > other.sequence;
    }
  };
  std::deque<Ready, heap_pool::Allocator<Ready>> ready_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers_;
  uint64_t next_sequence_ = 0;
};

// ---------------------------------------------------------------- Future

class Future : public HeapObject {
 public:
  enum class State { Pending, Cancelled, Finished };
  explicit Future(Type* type, EventLoop* loop) : HeapObject(type), loop(Object::borrow(loop)) {}

  EventLoop* event_loop() const { return cast<EventLoop>(loop); }
  bool done() const { return state != State::Pending; }

  std::string state_name() const {
    return state == State::Pending ? "pending" : state == State::Cancelled ? "cancelled" : "finished";
  }
  std::string repr() const override {
    std::string out = fmt::format("<Future {}", state_name());
    if (state == State::Finished) {
      out += exception.is_bound() ? " exception=" + py::repr(exception) : " result=" + py::repr(result);
    }
    return out + ">";
  }

  // __schedule_callbacks: each done callback gets its own call_soon.
  void schedule_callbacks() {
    DoneCallbacks pending;
    pending.swap(callbacks);
    for (auto& callback : pending) schedule_done_callback(std::move(callback));
  }

  // call_soon(callback, self): the fast form with no allocation.
  void schedule_done_callback(DoneCallback callback) {
    Object self = Object::borrow(this);
    if (callback.fast != nullptr) {
      event_loop()->call_soon(callback.fast, std::move(callback.data), std::move(self));
    } else {
      event_loop()->call_soon([callback = std::move(callback), self] { callback(self); });
    }
  }

  void set_result(Object value) {
    if (done()) raise_error(&invalid_state_error_type, "invalid state");
    result = std::move(value);
    state = State::Finished;
    schedule_callbacks();
  }
  void set_exception(Object value) {
    if (done()) raise_error(&invalid_state_error_type, "invalid state");
    if (value.type() == &type_type) value = call(value, Args{});
    if (isinstance(value, &stop_iteration_type)) {
      raise_error(&type_error_type, "StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    exception = std::move(value);
    state = State::Finished;
    schedule_callbacks();
  }
  bool cancel(Object message) {
    if (done()) return false;
    state = State::Cancelled;
    cancel_message = std::move(message);
    schedule_callbacks();
    return true;
  }

  Object make_cancelled_error() const {
    if (cancelled_exception.is_bound()) return cancelled_exception;
    if (cancel_message.is_bound() && !cancel_message.is_none()) {
      return call(type_object(cancelled_error_type), Args{cancel_message});
    }
    return new_exception(&cancelled_error_type);
  }

  // Future.result(): the value, or raises the exception or CancelledError.
  Object get_result() const {
    if (state == State::Cancelled) raise(make_cancelled_error());
    if (state != State::Finished) raise_error(&invalid_state_error_type, "Result is not set.");
    if (exception.is_bound()) {
      // Raised again here: the traceback grows by the frames running now,
      // as CPython's does when result() re-raises.
      if (exception.is_heap() && isinstance(exception, &base_exception_type)) {
        capture_traceback(*cast<ExceptionObject>(exception));
      }
      rethrow(exception);
    }
    return result;
  }

  Object loop;
  State state = State::Pending;
  Object result, exception, cancel_message, cancelled_exception;
  DoneCallbacks callbacks;
  bool blocking = false;  // _asyncio_future_blocking
};

// ---------------------------------------------------------------- Task

class Task final : public Future {
 public:
  Task(EventLoop* loop, Object coro, Object name, uint64_t number)
      : Future(&task_type, loop), coro(std::move(coro)), name_(std::move(name)), number_(number) {}

  // get_name(): the name given, else `Task-N`, made when first asked for.
  const Object& name() const {
    if (!name_.is_bound()) name_ = new_str(fmt::format("Task-{}", number_));
    return name_;
  }

  std::string repr() const override {
    std::string out = fmt::format("<Task {} name={}", state_name(), py::repr(name()));
    Object qualname;
    if (coro.is_heap() && coro.heap()->get_attribute("__qualname__", qualname)) {
      out += fmt::format(" coro=<{}()>", py::str(qualname));
    }
    if (state == State::Finished) {
      out += exception.is_bound() ? " exception=" + py::repr(exception) : " result=" + py::repr(result);
    }
    return out + ">";
  }

  Object coro, fut_waiter;
  // The loop's list of pending tasks (EventLoop::add_task).
  Task* previous_task = nullptr;
  Task* next_task = nullptr;
  bool registered = false;
  bool must_cancel = false;
  int num_cancels_requested = 0;

 private:
  mutable Object name_;
  uint64_t number_;
};

// The loop asyncio.run is running (a borrowed pointer: run keeps it).
extern EventLoop* running_loop;
EventLoop* require_loop(const char* what = "no running event loop");

inline Future* as_future(const Object& o) { return cast<Future>(o); }
bool is_future(const Object& o);
inline Task* as_task(const Object& o) { return cast<Task>(o); }
bool is_coroutine(const Object& o);
Object new_task(EventLoop* loop, const Object& coro, const Object& name);
// ensure_future(obj): a future as it is, a coroutine wrapped in a task.
Object ensure_future(const Object& obj);
bool task_cancel(Object self, Object message);
// fut.cancel(msg) for a future or a task.
bool cancel_future(const Object& future, Object message = None);
// fut.add_done_callback(fn): scheduled at once when the future is done.
void add_done_callback(const Object& future, DoneCallback callback);
// fut.remove_done_callback: the callbacks with this tag; how many.
size_t remove_done_callback(const Object& future, const void* tag);
// A delay argument in seconds (sleep, wait_for, call_later).
double seconds_argument(const Object& o);
// `raise new from cause`.
[[noreturn]] void raise_from(Object exception, const Object& cause);

// ---------------------------------------------------------------- native coroutines

// A coroutine written in C++ (what an `async def` of asyncio's own Python
// is in CPython): `step` runs from one await to the next. It is called with
// the outcome of the previous await (its value, or the exception it raised;
// both None/unbound at the start), and either returns true with the
// coroutine's result, or calls await_on(awaitable) and returns false. An
// exception escaping `step` is the coroutine's.
class NativeCoroutine : public NativeAwaitable {
 public:
  using StepFn = std::function<bool(NativeCoroutine& self, const Object& value, const Object& exception, Object& result)>;
  NativeCoroutine(const char* qualname, StepFn step);

  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;
  Object iter() override;
  bool next(Object& out) override;

  // send(value) / throw(exc): what the coroutine yields next; raises
  // StopIteration with its result at the end.
  Object send(const Object& value);
  Object throw_in(const Object& exception);
  void close();

  Step await_step(ResumeKind kind, Object value) override;

  void await_on(const Object& awaitable);

  int state = 0;
  const char* qualname;

 private:
  // One resumption; false (result in `out`) at the end.
  bool resume(Object value, Object exception, Object& out);
  StepFn step_;
  Object delegate_;
  bool finished_ = false;
  bool running_ = false;
};

Object native_coroutine(const char* qualname, NativeCoroutine::StepFn step);
// A coroutine that returns `value` without suspending (an `async def`
// without an await).
Object immediate_coroutine(const char* qualname, Object value);

// ---------------------------------------------------------------- per-file registration

void register_asyncio_tasks(Module& module);   // asyncio_tasks.cpp
void register_asyncio_locks(Module& module);   // asyncio_locks.cpp
void register_asyncio_queues(Module& module);  // asyncio_queues.cpp

// Queues for the other files (as_completed uses one, as CPython's does).
Object new_queue(const Object& maxsize);
void queue_put_nowait(const Object& queue, const Object& item);
Object queue_get(const Object& queue);  // the Queue.get() coroutine

}  // namespace asyncio_detail
}  // namespace py
