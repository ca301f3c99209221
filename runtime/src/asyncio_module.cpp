// The asyncio module's core: a single-threaded event loop with CPython's
// ordering (a FIFO ready queue; timers by deadline, then by insertion; each
// round runs only the callbacks ready when it began), Future and Task with
// asyncio/futures.py's and tasks.py's state machines (a task steps its
// coroutine with send()/throw(); a coroutine suspends by yielding a
// blocking future, whose completion schedules the task's wakeup), and the
// functions built on them: run, sleep, create_task, ensure_future, gather,
// get_running_loop/get_event_loop, current_task, all_tasks.
//
// A coroutine here is any object with send/throw (what yieldc lowers an
// `async def` to, or asyncio.sleep's own awaitable); the loop never looks
// inside it.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <ctime>
#include <deque>
#include <functional>
#include <memory>
#include <queue>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/set.hpp"
#include "asyncio_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"
#include "traceback.hpp"

namespace py {

Type cancelled_error_type("CancelledError", &base_exception_type);
Type invalid_state_error_type("InvalidStateError", &exception_type);

namespace asyncio_detail {

void EventLoop::run_once() {
  while (!timers_.empty() && timers_.top().callback->cancelled) timers_.pop();
  if (ready_.empty() && !stopping && !timers_.empty()) {
    double wait = timers_.top().when - monotonic();
    if (wait > 0) {
      // CPython's EpollSelector rounds the timeout up to whole
      // milliseconds, so timers a few microseconds apart fire in the same
      // iteration; waiting the same way keeps the interleaving CPython's.
      long long ms = static_cast<long long>(std::ceil(wait * 1e3));
      timespec request{};
      request.tv_sec = static_cast<time_t>(ms / 1000);
      request.tv_nsec = static_cast<long>((ms % 1000) * 1000000);
      timespec remaining{};
      while (nanosleep(&request, &remaining) != 0) request = remaining;
    }
  }
  double end = monotonic() + kClockResolution;
  while (!timers_.empty()) {
    const Timer& timer = timers_.top();
    if (timer.callback->cancelled) {
      timers_.pop();
      continue;
    }
    if (timer.when >= end) break;
    ready_.push_back(Ready{nullptr, Object(), Object(), timer.callback});
    timers_.pop();
  }
  size_t todo = ready_.size();
  for (size_t i = 0; i < todo && !ready_.empty(); ++i) {
    Ready ready = std::move(ready_.front());
    ready_.pop_front();
    if (ready.fn != nullptr) {
      ready.fn(ready.a, ready.b);
    } else if (!ready.callback->cancelled) {
      ready.callback->fn();
    }
  }
}

void EventLoop::add_task(Task* task) {
  task->incref();
  task->previous_task = last_task;
  task->next_task = nullptr;
  (last_task != nullptr ? last_task->next_task : first_task) = task;
  last_task = task;
  task->registered = true;
}

void EventLoop::forget_task(Task* task) {
  if (!task->registered) return;
  task->registered = false;
  (task->previous_task != nullptr ? task->previous_task->next_task : first_task) = task->next_task;
  (task->next_task != nullptr ? task->next_task->previous_task : last_task) = task->previous_task;
  task->previous_task = task->next_task = nullptr;
  Object::steal(task);  // the list's reference, dropped here
}

std::vector<Object> EventLoop::pending_tasks() const {
  std::vector<Object> out;
  for (Task* t = first_task; t != nullptr; t = t->next_task) out.push_back(Object::borrow(t));
  return out;
}


// The loop asyncio.run is running (a borrowed pointer: run keeps it).
EventLoop* running_loop = nullptr;

EventLoop* require_loop(const char* what) {
  if (running_loop == nullptr) raise_error(&runtime_error_type, "{}", what);
  return running_loop;
}

Object new_task(EventLoop* loop, const Object& coro, const Object& name);

// ---------------------------------------------------------------- async generator hooks

// loop._asyncgen_firstiter_hook: the loop keeps track of the generator.
Object asyncgen_firstiter_hook(const Args& args) {
  if (running_loop != nullptr && args.npos == 1 && args[0].type() == &async_generator_type) {
    running_loop->asyncgens.add(static_cast<AsyncGenerator*>(args[0].heap()));
  }
  return None;
}

// loop._asyncgen_finalizer_hook: a suspended generator that became garbage
// is closed by a task, created in the next round.
Object asyncgen_finalizer_hook(const Args& args) {
  if (args.npos != 1 || args[0].type() != &async_generator_type) return None;
  auto* generator = static_cast<AsyncGenerator*>(args[0].heap());
  if (generator->registry != nullptr) generator->registry->remove(generator);
  EventLoop* loop = running_loop;
  if (loop == nullptr || loop->closed) return None;
  Object aclose = call_method(args[0], "aclose", Args{});
  loop->call_soon([loop, aclose] { new_task(loop, aclose, Object()); });
  return None;
}

const BuiltinFunctionDef asyncgen_firstiter_def{"_asyncgen_firstiter_hook", asyncgen_firstiter_hook};
const BuiltinFunctionDef asyncgen_finalizer_def{"_asyncgen_finalizer_hook", asyncgen_finalizer_hook};

void EventLoop::run_forever() {
  running = true;
  AsyncGenHooks saved = asyncgen_hooks();
  asyncgen_hooks() = AsyncGenHooks{builtin_object(asyncgen_firstiter_def), builtin_object(asyncgen_finalizer_def)};
  try {
    while (true) {
      run_once();
      if (stopping) break;
    }
  } catch (...) {
    asyncgen_hooks() = std::move(saved);
    stopping = false;
    running = false;
    throw;
  }
  asyncgen_hooks() = std::move(saved);
  stopping = false;
  running = false;
}


bool is_future(const Object& o) { return o.is_heap() && o.type()->is_subtype_of(&future_type); }

// The iterator `await future` delegates to (futures.py's __await__): it
// yields the future while it is pending, then returns its result.
class FutureIter final : public HeapObject {
 public:
  explicit FutureIter(Object future) : HeapObject(&future_iter_type), future(std::move(future)) {}
  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    Future* f = as_future(future);
    if (!yielded && !f->done()) {
      yielded = true;
      f->blocking = true;
      out = future;
      return true;
    }
    if (!f->done()) raise_error(&runtime_error_type, "await wasn't used with future");
    Object value = f->get_result();
    raise(make<ExceptionObject>(&stop_iteration_type, new_tuple({value})));
  }

  Object future;
  bool yielded = false;
};

Object future_iter_send(const Object& self, const Args& args) {
  expect_one_arg(args, "send");
  Object out;
  self.heap()->next(out);
  return out;
}
Object future_iter_throw(const Object&, const Args& args) {
  expect_positional(args, "throw", 1, 3);
  Object exception = args[0];
  if (exception.type() == &type_type) exception = call(exception, Args{});
  raise(exception);
}
Object future_iter_close(const Object&, const Args&) { return None; }

Object future_iter_next(const Object& self, const Args& args) {
  expect_no_args(args, "__next__");
  Object out;
  self.heap()->next(out);
  return out;
}

const MethodDef future_iter_methods[] = {
    {"__next__", future_iter_next},
    {"send", future_iter_send}, {"throw", future_iter_throw}, {"close", future_iter_close}};
Type future_iter_type("FutureIter", &object_type, {future_iter_methods, std::size(future_iter_methods)});

Object future_await(const Object& self, const Args&) { return make<FutureIter>(self); }
Object future_result(const Object& self, const Args& args) {
  expect_no_args(args, "result");
  return as_future(self)->get_result();
}
Object future_exception(const Object& self, const Args& args) {
  expect_no_args(args, "exception");
  Future* f = as_future(self);
  if (f->state == Future::State::Cancelled) raise(f->make_cancelled_error());
  if (f->state != Future::State::Finished) raise_error(&invalid_state_error_type, "Exception is not set.");
  return f->exception.is_bound() ? f->exception : None;
}
Object future_done(const Object& self, const Args& args) {
  expect_no_args(args, "done");
  return Object::from_bool(as_future(self)->done());
}
Object future_cancelled(const Object& self, const Args& args) {
  expect_no_args(args, "cancelled");
  return Object::from_bool(as_future(self)->state == Future::State::Cancelled);
}
Object future_set_result(const Object& self, const Args& args) {
  expect_one_arg(args, "set_result");
  as_future(self)->set_result(args[0]);
  return None;
}
Object future_set_exception(const Object& self, const Args& args) {
  expect_one_arg(args, "set_exception");
  as_future(self)->set_exception(args[0]);
  return None;
}
Object future_add_done_callback(const Object& self, const Args& args) {
  expect_positional(args, "add_done_callback", 1, 1);
  Object fn = args[0];
  add_done_callback(self, DoneCallback([fn](const Object& future) { call(fn, Args{future}); }, nullptr, fn));
  return None;
}
Object future_remove_done_callback(const Object& self, const Args& args) {
  expect_one_arg(args, "remove_done_callback");
  auto& callbacks = as_future(self)->callbacks;
  size_t before = callbacks.size();
  std::erase_if(callbacks, [&](const DoneCallback& c) { return c.fn.is_bound() && eq(c.fn, args[0]); });
  return Object::from_int(static_cast<int64_t>(before - callbacks.size()));
}
Object future_get_loop(const Object& self, const Args&) { return as_future(self)->loop; }

void add_done_callback(const Object& future, DoneCallback callback) {
  Future* f = as_future(future);
  if (f->done()) {
    f->schedule_done_callback(std::move(callback));
  } else {
    f->callbacks.push_back(std::move(callback));
  }
}

size_t remove_done_callback(const Object& future, const void* tag) {
  auto& callbacks = as_future(future)->callbacks;
  size_t before = callbacks.size();
  std::erase_if(callbacks, [tag](const DoneCallback& c) { return c.tag == tag; });
  return before - callbacks.size();
}

bool cancel_future(const Object& future, Object message) {
  if (future.type() == &task_type) return task_cancel(future, std::move(message));
  return as_future(future)->cancel(std::move(message));
}

void raise_from(Object exception, const Object& cause) {
  HandlingScope handling(cause);
  raise_statement(exception, cause);
}


Object future_cancel(const Object& self, const Args& args) {
  Object message;
  bind_args(args, "cancel", {"msg"}, 0, &message);
  if (!message.is_bound()) message = None;
  if (self.type() == &task_type) return Object::from_bool(task_cancel(self, message));
  return Object::from_bool(as_future(self)->cancel(message));
}



void task_step(const Object& self, Object exc);

void forget_task(EventLoop* loop, const Object& task) { loop->forget_task(cast<Task>(task)); }

void task_step_callback(const Object& task, const Object& exc) { task_step(task, exc); }

// Task.__wakeup: the awaited future is done; step with its outcome.
void task_wakeup(const Object& self, const Object& future) {  // a DoneCallback::Fast
  try {
    as_future(future)->get_result();
  } catch (Raised& raised) {
    exception_caught_natively(raised.exception);
    task_step(self, raised.exception);
    return;
  }
  task_step(self, Object());
}

// Task.__step(exc): send None (or throw exc) into the coroutine and act on
// what it yields, returns or raises.
void task_step(const Object& self, Object exc) {
  Task* task = as_task(self);
  EventLoop* loop = task->event_loop();
  if (task->done()) return;
  if (task->must_cancel) {
    if (!exc.is_bound() || !isinstance(exc, &cancelled_error_type)) exc = task->make_cancelled_error();
    task->must_cancel = false;
  }
  task->fut_waiter = Object();
  Object previous = loop->current_task;
  loop->current_task = self;
  auto finish = [&](const Object& value) {
    if (task->must_cancel) {
      task->must_cancel = false;
      task->cancel(task->cancel_message);
    } else {
      task->set_result(value);
    }
    forget_task(loop, self);
  };
  Object yielded;
  try {
    Generator* g = as_generator(task->coro);
    NativeAwaitable* native = g == nullptr ? as_native_awaitable(task->coro) : nullptr;
    if ((g != nullptr && g->is_coroutine()) || native != nullptr) {
      // A compiled or native coroutine steps directly: its return is a
      // Returned step, not a StopIteration raised and caught here.
      ResumeKind kind = exc.is_bound() ? ResumeKind::Throw : ResumeKind::Send;
      Object value = exc.is_bound() ? exc : None;
      Step step = g != nullptr ? g->delegate_step(kind, std::move(value)) : native->await_step(kind, std::move(value));
      if (step.kind == Step::Kind::Returned) {
        loop->current_task = previous;
        finish(step.value);
        return;
      }
      yielded = std::move(step.value);
    } else {
      yielded = exc.is_bound() ? call_method(task->coro, "throw", Args{exc}) : call_method(task->coro, "send", Args{None});
    }
  } catch (Raised& raised) {
    loop->current_task = previous;
    Object e = raised.exception;
    exception_caught_natively(e);
    if (isinstance(e, &stop_iteration_type)) {
      Object value;
      if (!e.heap()->get_attribute("value", value)) value = None;
      finish(value);
      return;
    } else if (isinstance(e, &cancelled_error_type)) {
      task->cancelled_exception = e;
      task->cancel(Object());
    } else {
      task->set_exception(e);
      if (isinstance(e, &keyboard_interrupt_type) || isinstance(e, &system_exit_type)) {
        forget_task(loop, self);
        throw;
      }
    }
    forget_task(loop, self);
    return;
  }
  loop->current_task = previous;
  if (is_future(yielded)) {
    Future* awaited = as_future(yielded);
    if (!awaited->blocking) {
      Object error = new_exception(&runtime_error_type, fmt::format("yield was used instead of yield from in task {} with {}",
                                                                    task->repr(), awaited->repr()));
      loop->call_soon(task_step_callback, self, error);
      return;
    }
    if (yielded.heap() == self.heap()) {
      Object error = new_exception(&runtime_error_type, fmt::format("Task cannot await on itself: {}", task->repr()));
      loop->call_soon(task_step_callback, self, error);
      return;
    }
    awaited->blocking = false;
    if (awaited->done()) {
      loop->call_soon(task_wakeup, self, yielded);
    } else {
      awaited->callbacks.push_back(DoneCallback(task_wakeup, self));
    }
    task->fut_waiter = yielded;
    if (task->must_cancel) {
      bool cancelled = yielded.type() == &task_type ? task_cancel(yielded, task->cancel_message)
                                                     : awaited->cancel(task->cancel_message);
      if (cancelled) task->must_cancel = false;
    }
    return;
  }
  if (yielded.is_none()) {
    loop->call_soon(task_step_callback, self);
    return;
  }
  Object error = new_exception(&runtime_error_type, fmt::format("Task got bad yield: {}", py::repr(yielded)));
  loop->call_soon(task_step_callback, self, error);
}

bool task_cancel(Object self, Object message) {
  Task* task = as_task(self);
  if (task->done()) return false;
  ++task->num_cancels_requested;
  if (task->fut_waiter.is_bound()) {
    Object waiter = task->fut_waiter;
    bool cancelled = waiter.type() == &task_type ? task_cancel(waiter, message) : as_future(waiter)->cancel(message);
    if (cancelled) return true;
  }
  task->must_cancel = true;
  task->cancel_message = message;
  return true;
}

bool is_coroutine(const Object& o) {
  if (!o.is_heap()) return false;
  // An async generator's asend/athrow awaitables are coroutines too
  // (collections.abc.Coroutine): shutdown_asyncgens wraps aclose() in tasks.
  const Type* type = o.type();
  return type == &coroutine_type || type == &sleep_type || type == &native_coroutine_type ||
         is_async_generator_awaitable(o);
}

int task_counter = 0;

Object new_task(EventLoop* loop, const Object& coro, const Object& name) {
  if (!is_coroutine(coro)) raise_error(&type_error_type, "a coroutine was expected, got {}", py::repr(coro));
  // Every task takes a number, named or not (tasks.py's _task_name_counter).
  ++task_counter;
  Object task_name = name.is_bound() && !name.is_none() ? new_str(py::str(name)) : Object();
  Object task = make<Task>(loop, coro, task_name, task_counter);
  loop->add_task(cast<Task>(task));
  loop->call_soon(task_step_callback, task);
  return task;
}

// ensure_future(obj): a future as it is, a coroutine wrapped in a task.
Object ensure_future(const Object& obj) {
  if (is_future(obj)) return obj;
  if (is_coroutine(obj)) return new_task(require_loop(), obj, Object());
  raise_error(&type_error_type, "An asyncio.Future, a coroutine or an awaitable is required");
}

// ---------------------------------------------------------------- sleep

// asyncio.sleep(delay, result=None) as the coroutine tasks.py writes: a
// bare yield when delay <= 0, else a future completed by a timer.
class Sleep final : public NativeAwaitable {
 public:
  Sleep(double delay, Object result) : NativeAwaitable(&sleep_type), delay(delay), result(std::move(result)) {}
  std::string repr() const override { return fmt::format("<coroutine object sleep at {}>", static_cast<const void*>(this)); }
  bool get_attribute(const char* attribute, Object& out) override {
    if (std::strcmp(attribute, "__qualname__") == 0 || std::strcmp(attribute, "__name__") == 0) {
      out = new_str("sleep");
      return true;
    }
    return false;
  }

  Step await_step(ResumeKind kind, Object value) override {
    if (kind == ResumeKind::Throw) throw_in(value);
    switch (stage) {
      case 0:
        if (!value.is_none()) raise_error(&type_error_type, "can't send non-None value to a just-started coroutine");
        if (delay <= 0) {
          stage = 1;
          return Step::yielded(None);
        }
        {
          EventLoop* loop = require_loop();
          future = make<Future>(&future_type, loop);
          Object f = future;
          Object r = result;
          timer = loop->call_later(delay, [f, r] {
            if (!as_future(f)->done()) as_future(f)->set_result(r);
          });
          stage = 2;
          as_future(future)->blocking = true;
          return Step::yielded(future);
        }
      case 1:
        stage = 3;
        return Step::returned(result);
      case 2: {
        stage = 3;
        if (timer) timer->cancelled = true;
        return Step::returned(as_future(future)->get_result());
      }
      default: raise_error(&runtime_error_type, "cannot reuse already awaited coroutine");
    }
  }
  Object send(const Object& value) {
    Step step = await_step(ResumeKind::Send, value);
    if (step.kind == Step::Kind::Returned) raise(make<ExceptionObject>(&stop_iteration_type, new_tuple({step.value})));
    return std::move(step.value);
  }
  [[noreturn]] void throw_in(const Object& exception) {
    if (timer) timer->cancelled = true;
    if (stage == 3) raise_error(&runtime_error_type, "cannot reuse already awaited coroutine");
    stage = 3;
    if (future.is_bound()) as_future(future)->cancel(Object());
    rethrow(exception);
  }

  Object iter() override { raise_error(&type_error_type, "'coroutine' object is not iterable"); }
  // How `await` resumes it: send(None), whose StopIteration ends the await.
  bool next(Object& out) override {
    out = send(None);
    return true;
  }

  double delay;
  Object result, future;
  CallbackPtr timer;
  int stage = 0;  // 0 created, 1 yielded (sleep 0), 2 awaiting the future, 3 done
};

Object sleep_send(const Object& self, const Args& args) {
  expect_one_arg(args, "send");
  return cast<Sleep>(self)->send(args[0]);
}
Object sleep_throw(const Object& self, const Args& args) {
  expect_positional(args, "throw", 1, 3);
  Object exception = args[0];
  if (exception.type() == &type_type) exception = call(exception, Args{});
  cast<Sleep>(self)->throw_in(exception);
}
Object sleep_close(const Object& self, const Args&) {
  auto* s = cast<Sleep>(self);
  if (s->timer) s->timer->cancelled = true;
  s->stage = 3;
  return None;
}
Object sleep_await(const Object& self, const Args&) { return self; }

Object sleep_next(const Object& self, const Args&) { return cast<Sleep>(self)->send(None); }

const MethodDef sleep_methods[] = {
    {"__next__", sleep_next},
    {"send", sleep_send}, {"throw", sleep_throw}, {"close", sleep_close}, {"__await__", sleep_await}};
Type sleep_type("coroutine", &object_type, {sleep_methods, std::size(sleep_methods)});

double seconds_argument(const Object& o) {
  if (o.is_float()) return o.as_float();
  if (o.is_small_int() || o.is_bool()) return static_cast<double>(o.as_small_int());
  if (is_int(o)) return 1e300;
  raise_error(&type_error_type, "'<=' not supported between instances of '{}' and 'int'", o.type()->name());
}

Object asyncio_sleep(const Args& args) {
  Object a[2];
  bind_args(args, "sleep", {"delay", "result"}, 1, a);
  return make<Sleep>(seconds_argument(a[0]), a[1].is_bound() ? a[1] : None);
}

// ---------------------------------------------------------------- gather

// gather's outer future (tasks.py's _GatheringFuture): the children, in
// argument order, and how many of them are done.
class GatheringFuture final : public Future {
 public:
  GatheringFuture(EventLoop* loop, bool return_exceptions)
      : Future(&future_type, loop), return_exceptions(return_exceptions) {}
  std::vector<Object> children;
  size_t finished = 0;
  bool return_exceptions;
};

// tasks.py's _done_callback, a DoneCallback::Fast of each child.
void gather_child_done(const Object& outer, const Object& child) {
  auto* out = static_cast<GatheringFuture*>(outer.heap());
  ++out->finished;
  Future* c = as_future(child);
  if (out->done()) return;  // the exception, if any, counts as retrieved
  if (!out->return_exceptions) {
    if (c->state == Future::State::Cancelled) {
      out->set_exception(c->make_cancelled_error());
      return;
    }
    if (c->exception.is_bound()) {
      out->set_exception(c->exception);
      return;
    }
  }
  if (out->finished < out->children.size()) return;
  std::vector<Object> results;
  results.reserve(out->children.size());
  for (const Object& f : out->children) {
    Future* each = as_future(f);
    if (each->state == Future::State::Cancelled) {
      results.push_back(each->make_cancelled_error());
    } else if (each->exception.is_bound()) {
      results.push_back(each->exception);
    } else {
      results.push_back(each->result);
    }
  }
  out->set_result(new_list(std::move(results)));
}

// gather(*aws, return_exceptions=False): a future of the results in
// argument order; the first exception is the outer future's unless
// return_exceptions, when exceptions take their places in the list.
Object asyncio_gather(const Args& args) {
  bool return_exceptions = false;
  for (size_t k = 0; k < args.nkw; ++k) {
    if (std::strcmp(args.kw[k].name, "return_exceptions") != 0) {
      raise_error(&type_error_type, "gather() got an unexpected keyword argument '{}'", args.kw[k].name);
    }
    return_exceptions = truthy(args.kw[k].value);
  }
  EventLoop* loop = require_loop();
  if (args.npos == 0) {
    Object outer = make<Future>(&future_type, loop);
    as_future(outer)->set_result(new_list({}));
    return outer;
  }
  Object outer = make<GatheringFuture>(loop, return_exceptions);
  auto* gathering = static_cast<GatheringFuture*>(outer.heap());
  // The same awaitable twice is one child (tasks.py's arg_to_fut): first[i]
  // is the first argument that is the same object as argument i. Found with
  // an open-addressing table of the arguments' addresses (linear probing,
  // at most half full), so that a gather of 10^5 tasks costs a few
  // instructions and no allocation per child.
  std::vector<size_t> first(args.npos);
  {
    size_t capacity = 16;
    while (capacity < 2 * args.npos) capacity *= 2;
    std::vector<std::pair<const void*, size_t>> table(capacity, {nullptr, 0});
    for (size_t i = 0; i < args.npos; ++i) {
      first[i] = i;
      if (!args[i].is_heap()) continue;
      const void* key = args[i].heap();
      size_t slot = (reinterpret_cast<uintptr_t>(key) >> 4) * 0x9E3779B97F4A7C15ull >> 20 & (capacity - 1);
      while (table[slot].first != nullptr && table[slot].first != key) slot = (slot + 1) & (capacity - 1);
      if (table[slot].first == key) {
        first[i] = table[slot].second;
      } else {
        table[slot] = {key, i};
      }
    }
  }
  std::vector<Object>& children = gathering->children;
  children.reserve(args.npos);
  for (size_t i = 0; i < args.npos; ++i) {
    children.push_back(first[i] == i ? ensure_future(args[i]) : children[first[i]]);
  }
  for (size_t i = 0; i < children.size(); ++i) {
    if (first[i] != i) {
      ++gathering->finished;  // a repeated awaitable counts once (nfuts)
      continue;
    }
    add_done_callback(children[i], DoneCallback(gather_child_done, outer));
  }
  return outer;
}

// ---------------------------------------------------------------- run

// base_events.py's shutdown_asyncgens: aclose() every async generator the
// loop has seen that is still alive, in one gather(return_exceptions=True);
// an exception from one is reported as the loop's exception handler does.
void shutdown_asyncgens(EventLoop* loop) {
  std::vector<Object> closing = loop->asyncgens.take_all();
  if (closing.empty()) return;
  std::vector<Object> awaitables;
  for (const Object& generator : closing) awaitables.push_back(call_method(generator, "aclose", Args{}));
  const KwArg return_exceptions[] = {{"return_exceptions", True}};
  Object gathered = asyncio_gather(Args(awaitables.data(), awaitables.size(), return_exceptions, 1));
  as_future(gathered)->callbacks.push_back([loop](const Object&) { loop->stopping = true; });
  loop->run_forever();
  const auto& results = cast<List>(as_future(gathered)->result)->items;
  for (size_t i = 0; i < results.size() && i < closing.size(); ++i) {
    if (!isinstance(results[i], &exception_type)) continue;
    std::string generator = py::repr(closing[i]);
    report_exception(fmt::format("an error occurred during closing of asynchronous generator {}\nasyncgen: {}\n",
                                 generator, generator),
                     results[i]);
  }
}

Object asyncio_run(const Args& args) {
  Object a[2];
  bind_args(args, "run", {"main", "debug"}, 1, a);
  if (running_loop != nullptr) {
    raise_error(&runtime_error_type, "asyncio.run() cannot be called from a running event loop");
  }
  if (!is_coroutine(a[0])) raise_error(&value_error_type, "a coroutine was expected, got {}", py::repr(a[0]));
  Object loop_object = make<EventLoop>();
  auto* loop = cast<EventLoop>(loop_object);
  running_loop = loop;
  Object main_task;
  try {
    main_task = new_task(loop, a[0], Object());
    as_future(main_task)->callbacks.push_back([loop](const Object&) { loop->stopping = true; });
    loop->run_forever();
    // runners.py's _cancel_all_tasks: cancel what is left and let it finish.
    std::vector<Object> left = loop->pending_tasks();
    if (!left.empty()) {
      for (const Object& task : left) task_cancel(task, None);
      auto pending = std::make_shared<size_t>(left.size());
      for (const Object& task : left) {
        as_future(task)->callbacks.push_back([loop, pending](const Object&) {
          if (--*pending == 0) loop->stopping = true;
        });
      }
      loop->run_forever();
    }
    shutdown_asyncgens(loop);
  } catch (...) {
    running_loop = nullptr;
    loop->closed = true;
    throw;
  }
  running_loop = nullptr;
  loop->closed = true;
  Future* main = as_future(main_task);
  if (!main->done()) raise_error(&runtime_error_type, "Event loop stopped before Future completed.");
  return main->get_result();
}

Object asyncio_create_task(const Args& args) {
  Object a[2];
  bind_args(args, "create_task", {"coro", "name"}, 1, a);
  return new_task(require_loop(), a[0], a[1]);
}

Object asyncio_ensure_future(const Args& args) {
  Object a[1];
  bind_args(args, "ensure_future", {"coro_or_future"}, 1, a);
  return ensure_future(a[0]);
}

Object asyncio_get_running_loop(const Args& args) {
  expect_positional(args, "get_running_loop", 0, 0);
  return Object::borrow(require_loop());
}

Object asyncio_current_task(const Args& args) {
  expect_positional(args, "current_task", 0, 1);
  EventLoop* loop = require_loop();
  return loop->current_task.is_bound() ? loop->current_task : None;
}

Object asyncio_all_tasks(const Args& args) {
  expect_positional(args, "all_tasks", 0, 1);
  Object out = new_set();
  for (const Object& task : require_loop()->pending_tasks()) cast<Set>(out)->add(task);
  return out;
}

// ---------------------------------------------------------------- loop methods

Object loop_time(const Object&, const Args& args) {
  expect_no_args(args, "time");
  return Object::from_float(monotonic());
}
Object loop_create_future(const Object& self, const Args& args) {
  expect_no_args(args, "create_future");
  return make<Future>(&future_type, cast<EventLoop>(self));
}
Object loop_create_task(const Object& self, const Args& args) {
  Object a[2];
  bind_args(args, "create_task", {"coro", "name"}, 1, a);
  return new_task(cast<EventLoop>(self), a[0], a[1]);
}

class TimerHandle final : public HeapObject {
 public:
  explicit TimerHandle(CallbackPtr callback) : HeapObject(&timer_handle_type), callback(std::move(callback)) {}
  CallbackPtr callback;
};
Object handle_cancel(const Object& self, const Args&) {
  cast<TimerHandle>(self)->callback->cancelled = true;
  return None;
}
Object handle_cancelled(const Object& self, const Args&) {
  return Object::from_bool(cast<TimerHandle>(self)->callback->cancelled);
}
const MethodDef handle_methods[] = {{"cancel", handle_cancel}, {"cancelled", handle_cancelled}};
Type timer_handle_type("TimerHandle", &object_type, {handle_methods, std::size(handle_methods)});

std::function<void()> python_callback(const Args& args, size_t first) {
  Object fn = args[first];
  std::vector<Object> rest(args.pos + first + 1, args.pos + args.npos);
  return [fn, rest] { call(fn, Args(rest.data(), rest.size())); };
}

Object loop_call_soon(const Object& self, const Args& args) {
  if (args.npos < 1) raise_error(&type_error_type, "call_soon() missing 1 required positional argument: 'callback'");
  return make<TimerHandle>(cast<EventLoop>(self)->call_soon(python_callback(args, 0)));
}
Object loop_call_later(const Object& self, const Args& args) {
  if (args.npos < 2) raise_error(&type_error_type, "call_later() missing required positional arguments");
  return make<TimerHandle>(cast<EventLoop>(self)->call_later(seconds_argument(args[0]), python_callback(args, 1)));
}
Object loop_is_running(const Object& self, const Args&) { return Object::from_bool(cast<EventLoop>(self)->running); }

const MethodDef loop_methods[] = {
    {"time", loop_time},           {"create_future", loop_create_future}, {"create_task", loop_create_task},
    {"call_soon", loop_call_soon}, {"call_later", loop_call_later},       {"is_running", loop_is_running},
};
Type loop_type("_UnixSelectorEventLoop", &object_type, {loop_methods, std::size(loop_methods)});

const MethodDef future_methods[] = {
    {"__await__", future_await},
    {"__iter__", future_await},
    {"result", future_result},
    {"exception", future_exception},
    {"done", future_done},
    {"cancelled", future_cancelled},
    {"cancel", future_cancel},
    {"set_result", future_set_result},
    {"set_exception", future_set_exception},
    {"add_done_callback", future_add_done_callback},
    {"remove_done_callback", future_remove_done_callback},
    {"get_loop", future_get_loop},
};
Type future_type("Future", &object_type, {future_methods, std::size(future_methods)});

Object task_get_name(const Object& self, const Args&) { return as_task(self)->name(); }
Object task_get_coro(const Object& self, const Args&) { return as_task(self)->coro; }
Object task_cancelling(const Object& self, const Args&) {
  return Object::from_int(as_task(self)->num_cancels_requested);
}
Object task_uncancel(const Object& self, const Args&) {
  Task* task = as_task(self);
  if (task->num_cancels_requested > 0) --task->num_cancels_requested;
  return Object::from_int(task->num_cancels_requested);
}
const MethodDef task_methods[] = {
    {"get_name", task_get_name}, {"get_coro", task_get_coro}, {"cancelling", task_cancelling},
    {"uncancel", task_uncancel}};
Type task_type("Task", &future_type, {task_methods, std::size(task_methods)});

Object construct_future(Type*, const Args& args) {
  expect_positional(args, "Future", 0, 0);
  return make<Future>(&future_type, require_loop());
}

const BuiltinFunctionDef run_def{"run", asyncio_run};
const BuiltinFunctionDef sleep_def{"sleep", asyncio_sleep};
const BuiltinFunctionDef gather_def{"gather", asyncio_gather};
const BuiltinFunctionDef create_task_def{"create_task", asyncio_create_task};
const BuiltinFunctionDef ensure_future_def{"ensure_future", asyncio_ensure_future};
const BuiltinFunctionDef get_running_loop_def{"get_running_loop", asyncio_get_running_loop};
const BuiltinFunctionDef get_event_loop_def{"get_event_loop", asyncio_get_running_loop};
const BuiltinFunctionDef current_task_def{"current_task", asyncio_current_task};
const BuiltinFunctionDef all_tasks_def{"all_tasks", asyncio_all_tasks};

}  // namespace asyncio_detail

using namespace asyncio_detail;

void init_asyncio_module(Module& module) {
  cancelled_error_type.set_module("asyncio.exceptions");
  invalid_state_error_type.set_module("asyncio.exceptions");
  for (Type* type : {&future_type, &task_type}) type->set_module("_asyncio");
  future_type.set_constructor(construct_future);
  for (const BuiltinFunctionDef* def : {&run_def, &sleep_def, &gather_def, &create_task_def, &ensure_future_def,
                                        &get_running_loop_def, &get_event_loop_def, &current_task_def,
                                        &all_tasks_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
  module.attrs.set("Future", type_object(future_type));
  module.attrs.set("Task", type_object(task_type));
  module.attrs.set("CancelledError", type_object(cancelled_error_type));
  module.attrs.set("InvalidStateError", type_object(invalid_state_error_type));
  module.attrs.set("TimeoutError", type_object(timeout_error_type));
  register_asyncio_tasks(module);
  register_asyncio_locks(module);
  register_asyncio_queues(module);
}

}  // namespace py
