// asyncio's waiting functions, as tasks.py and timeouts.py write them:
// wait_for, wait, as_completed, shield and timeout(); and NativeCoroutine,
// the coroutine objects of the runtime's own `async def`s.
#include <cmath>
#include <cstring>

#include "yieldc/set.hpp"
#include "asyncio_internal.hpp"

namespace py {
namespace asyncio_detail {

namespace {

extern Type as_completed_type;
extern Type timeout_type;

Object stop_iteration(const Object& value) { return make<ExceptionObject>(&stop_iteration_type, new_tuple({value})); }

}  // namespace

// ---------------------------------------------------------------- NativeCoroutine

NativeCoroutine::NativeCoroutine(const char* qualname, StepFn step)
    : NativeAwaitable(&native_coroutine_type), qualname(qualname), step_(std::move(step)) {}

std::string NativeCoroutine::repr() const {
  return fmt::format("<coroutine object {} at {}>", qualname, static_cast<const void*>(this));
}

bool NativeCoroutine::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__qualname__") == 0) {
    out = new_str(qualname);
    return true;
  }
  if (std::strcmp(name, "__name__") == 0) {
    const char* dot = std::strrchr(qualname, '.');
    out = new_str(dot ? dot + 1 : qualname);
    return true;
  }
  return false;
}

Object NativeCoroutine::iter() { raise_error(&type_error_type, "'coroutine' object is not iterable"); }

bool NativeCoroutine::resume(Object value, Object exception, Object& out) {
  if (finished_) {
    if (exception.is_bound()) rethrow(exception);
    raise_error(&runtime_error_type, "cannot reuse already awaited coroutine");
  }
  if (running_) raise_error(&value_error_type, "coroutine already executing");
  if (state == 0 && !delegate_.is_bound()) {
    if (exception.is_bound()) {
      // Thrown in before it started: raised at its first line.
      finished_ = true;
      rethrow(exception);
    }
    if (!value.is_none()) raise_error(&type_error_type, "can't send non-None value to a just-started coroutine");
  }
  running_ = true;
  try {
    while (true) {
      if (delegate_.is_bound()) {
        bool raised = false;
        Step s{Step::Kind::Returned, Object()};
        try {
          s = exception.is_bound() ? delegate(delegate_, ResumeKind::Throw, exception)
                                   : delegate(delegate_, ResumeKind::Send, value);
        } catch (Raised& r) {
          exception_caught_natively(r.exception);
          exception = r.exception;
          raised = true;
        }
        if (!raised && s.kind != Step::Kind::Returned) {
          running_ = false;
          out = s.value;
          return true;
        }
        delegate_ = Object();
        if (!raised) {
          value = s.value;
          exception = Object();
        } else {
          value = None;
        }
      }
      Object result;
      bool done;
      try {
        HandlingScope handling(exception);
        done = step_(*this, value, exception, result);
      } catch (...) {
        finished_ = true;
        throw;
      }
      if (done) {
        finished_ = true;
        running_ = false;
        out = result;
        return false;
      }
      if (!delegate_.is_bound()) {
        // A bare yield (sleep(0)): the task steps again next round.
        running_ = false;
        out = None;
        return true;
      }
      value = None;
      exception = Object();
    }
  } catch (...) {
    running_ = false;
    finished_ = true;
    delegate_ = Object();
    throw;
  }
}

Step NativeCoroutine::await_step(ResumeKind kind, Object value) {
  Object out;
  bool suspended = kind == ResumeKind::Throw ? resume(None, std::move(value), out) : resume(std::move(value), Object(), out);
  return suspended ? Step::yielded(std::move(out)) : Step::returned(std::move(out));
}

void NativeCoroutine::await_on(const Object& awaitable) { delegate_ = await_iter(awaitable); }

Object NativeCoroutine::send(const Object& value) {
  Object out;
  if (resume(value, Object(), out)) return out;
  raise(stop_iteration(out));
}

Object NativeCoroutine::throw_in(const Object& exception) {
  Object out;
  if (resume(None, exception, out)) return out;
  raise(stop_iteration(out));
}

void NativeCoroutine::close() {
  if (finished_) return;
  if (state == 0 && !delegate_.is_bound()) {
    finished_ = true;
    return;
  }
  try {
    Object out;
    if (resume(None, new_exception(&generator_exit_type), out)) {
      raise_error(&runtime_error_type, "coroutine ignored GeneratorExit");
    }
  } catch (Raised& r) {
    if (!isinstance(r.exception, &generator_exit_type) && !isinstance(r.exception, &stop_iteration_type)) throw;
    exception_caught_natively(r.exception);
  }
  finished_ = true;
}

bool NativeCoroutine::next(Object& out) {
  Object result;
  if (resume(None, Object(), result)) {
    out = result;
    return true;
  }
  if (result.is_none()) return false;
  raise(stop_iteration(result));
}

Object native_coroutine(const char* qualname, NativeCoroutine::StepFn step) {
  return make<NativeCoroutine>(qualname, std::move(step));
}

Object immediate_coroutine(const char* qualname, Object value) {
  return native_coroutine(qualname, [value](NativeCoroutine&, const Object&, const Object&, Object& result) {
    result = value;
    return true;
  });
}

namespace {

Object coro_send(const Object& self, const Args& args) {
  expect_one_arg(args, "send");
  return cast<NativeCoroutine>(self)->send(args[0]);
}
Object coro_throw(const Object& self, const Args& args) {
  expect_positional(args, "throw", 1, 3);
  Object exception = args.npos == 1 ? args[0] : exception_from_throw_args(args);
  if (exception.type() == &type_type) exception = call(exception, Args{});
  return cast<NativeCoroutine>(self)->throw_in(exception);
}
Object coro_close(const Object& self, const Args&) {
  cast<NativeCoroutine>(self)->close();
  return None;
}
Object coro_await(const Object& self, const Args&) { return self; }
Object coro_next(const Object& self, const Args&) { return cast<NativeCoroutine>(self)->send(None); }

const MethodDef native_coroutine_methods[] = {
    {"__next__", coro_next}, {"send", coro_send}, {"throw", coro_throw}, {"close", coro_close}, {"__await__", coro_await}};

}  // namespace

Type native_coroutine_type("coroutine", &object_type, {native_coroutine_methods, std::size(native_coroutine_methods)});

namespace {

bool is_cancelled_error(const Object& e) { return e.is_bound() && isinstance(e, &cancelled_error_type); }

// _release_waiter as a done callback.
DoneCallback release_waiter(const Object& waiter) {
  return DoneCallback(
      [waiter](const Object&) {
        if (!as_future(waiter)->done()) as_future(waiter)->set_result(None);
      },
      waiter.heap());
}

// _cancel_and_wait(fut): cancel it and wait until it is done, through a
// waiter of its own so that the wait itself stays cancellable.
Object cancel_and_wait(const Object& fut, EventLoop* loop) {
  Object waiter = make<Future>(&future_type, loop);
  return native_coroutine("_cancel_and_wait", [fut, waiter](NativeCoroutine& c, const Object&, const Object& exc,
                                                            Object& result) {
    if (c.state == 0) {
      add_done_callback(fut, release_waiter(waiter));
      try {
        cancel_future(fut);
      } catch (...) {
        remove_done_callback(fut, waiter.heap());
        throw;
      }
      c.state = 1;
      c.await_on(waiter);
      return false;
    }
    remove_done_callback(fut, waiter.heap());
    if (exc.is_bound()) rethrow(exc);
    result = None;
    return true;
  });
}

// Where CPython's wait_for raises the CancelledError it turns into a
// TimeoutError: a traceback of asyncio's own frames (which a report of the
// chained exceptions shows as a bare "Traceback" header once the library's
// frames are left out).
const CodeInfo wait_for_code{"wait_for", "wait_for", "/usr/lib/python3.11/asyncio/tasks.py"};

// fut.result(), a CancelledError made TimeoutError (from it).
Object result_or_timeout(const Object& fut) {
  try {
    return as_future(fut)->get_result();
  } catch (Raised& r) {
    if (!is_cancelled_error(r.exception)) throw;
    exception_caught_natively(r.exception);
    auto* cancelled = cast<ExceptionObject>(r.exception);
    if (cancelled->traceback.empty()) cancelled->traceback.push_back(TracebackEntry{&wait_for_code, 490});
    raise_from(new_exception(&timeout_error_type), r.exception);
  }
}

// ---------------------------------------------------------------- wait_for

Object asyncio_wait_for(const Args& args) {
  Object a[2];
  bind_args(args, "wait_for", {"fut", "timeout"}, 2, a);
  struct State {
    Object fut, timeout, waiter, pending;
    CallbackPtr handle;
    EventLoop* loop = nullptr;
  };
  auto st = std::make_shared<State>();
  st->fut = a[0];
  st->timeout = a[1];
  return native_coroutine("wait_for", [st](NativeCoroutine& c, const Object& value, const Object& exc,
                                           Object& result) -> bool {
    switch (c.state) {
      case 0: {
        st->loop = require_loop();
        if (st->timeout.is_none()) {
          c.state = 1;
          c.await_on(st->fut);
          return false;
        }
        if (le(st->timeout, Object::from_int(0))) {
          st->fut = ensure_future(st->fut);
          if (as_future(st->fut)->done()) {
            result = as_future(st->fut)->get_result();
            return true;
          }
          c.state = 2;
          c.await_on(cancel_and_wait(st->fut, st->loop));
          return false;
        }
        st->waiter = make<Future>(&future_type, st->loop);
        Object waiter = st->waiter;
        st->handle = st->loop->call_later(seconds_argument(st->timeout), [waiter] {
          if (!as_future(waiter)->done()) as_future(waiter)->set_result(None);
        });
        try {
          st->fut = ensure_future(st->fut);
          add_done_callback(st->fut, release_waiter(waiter));
        } catch (...) {
          st->handle->cancelled = true;
          throw;
        }
        c.state = 3;
        c.await_on(waiter);
        return false;
      }
      case 1:
        if (exc.is_bound()) rethrow(exc);
        result = value;
        return true;
      case 2:
        if (exc.is_bound()) rethrow(exc);
        result = result_or_timeout(st->fut);
        return true;
      case 3: {
        Future* fut = as_future(st->fut);
        if (exc.is_bound()) {
          if (!is_cancelled_error(exc)) {
            st->handle->cancelled = true;
            rethrow(exc);
          }
          if (fut->done()) {
            st->handle->cancelled = true;
            result = fut->get_result();
            return true;
          }
          remove_done_callback(st->fut, st->waiter.heap());
          st->pending = exc;
          c.state = 4;
          c.await_on(cancel_and_wait(st->fut, st->loop));
          return false;
        }
        if (fut->done()) {
          st->handle->cancelled = true;
          result = fut->get_result();
          return true;
        }
        remove_done_callback(st->fut, st->waiter.heap());
        c.state = 5;
        c.await_on(cancel_and_wait(st->fut, st->loop));
        return false;
      }
      case 4:
        st->handle->cancelled = true;
        if (exc.is_bound()) rethrow(exc);
        rethrow(st->pending);
      default:
        st->handle->cancelled = true;
        if (exc.is_bound()) rethrow(exc);
        result = result_or_timeout(st->fut);
        return true;
    }
  });
}

// ---------------------------------------------------------------- wait

bool is_coroutine_object(const Object& o) { return is_coroutine(o); }

// set(iterable) as a list of its items in the set's order.
std::vector<Object> set_items(const Object& set) {
  std::vector<Object> items;
  size_t pos = 0;
  Object key;
  int64_t hash = 0;
  while (cast<Set>(set)->next_entry(pos, key, hash)) items.push_back(key);
  return items;
}

Object make_set(const Object& iterable) {
  Object s = new_set();
  cast<Set>(s)->update(iterable);
  return s;
}

Object asyncio_wait(const Args& args) {
  Object fs;
  Object timeout = None;
  Object return_when = new_str("ALL_COMPLETED");
  if (args.npos != 1) {
    if (args.npos == 0) raise_error(&type_error_type, "wait() missing 1 required positional argument: 'fs'");
    raise_error(&type_error_type, "wait() takes 1 positional argument but {} were given", args.npos);
  }
  fs = args[0];
  for (size_t k = 0; k < args.nkw; ++k) {
    if (std::strcmp(args.kw[k].name, "timeout") == 0) {
      timeout = args.kw[k].value;
    } else if (std::strcmp(args.kw[k].name, "return_when") == 0) {
      return_when = args.kw[k].value;
    } else {
      raise_error(&type_error_type, "wait() got an unexpected keyword argument '{}'", args.kw[k].name);
    }
  }
  struct State {
    Object waiter;
    std::vector<Object> fs;
    CallbackPtr handle;
    size_t counter = 0;
  };
  auto st = std::make_shared<State>();
  return native_coroutine("wait", [st, fs, timeout, return_when](NativeCoroutine& c, const Object&,
                                                                 const Object& exc, Object& result) -> bool {
    if (c.state == 0) {
      if (is_future(fs) || is_coroutine_object(fs)) {
        raise_error(&type_error_type, "expect a list of futures, not {}", fs.type()->name());
      }
      if (!truthy(fs)) raise_error(&value_error_type, "Set of Tasks/Futures is empty.");
      std::string when = is_str(return_when) ? py::str(return_when) : "";
      if (when != "FIRST_COMPLETED" && when != "FIRST_EXCEPTION" && when != "ALL_COMPLETED") {
        raise_error(&value_error_type, "Invalid return_when value: {}", py::str(return_when));
      }
      st->fs = set_items(make_set(fs));
      for (const Object& f : st->fs) {
        if (is_coroutine_object(f)) raise_error(&type_error_type, "Passing coroutines is forbidden, use tasks explicitly.");
      }
      EventLoop* loop = require_loop();
      st->waiter = make<Future>(&future_type, loop);
      Object waiter = st->waiter;
      if (!timeout.is_none()) {
        st->handle = loop->call_later(seconds_argument(timeout), [waiter] {
          if (!as_future(waiter)->done()) as_future(waiter)->set_result(None);
        });
      }
      st->counter = st->fs.size();
      int mode = when == "FIRST_COMPLETED" ? 1 : when == "FIRST_EXCEPTION" ? 2 : 0;
      for (const Object& f : st->fs) {
        std::weak_ptr<State> weak = st;
        add_done_callback(f, DoneCallback(
                                 [weak, mode](const Object& done) {
                                   auto s = weak.lock();
                                   if (!s) return;
                                   --s->counter;
                                   Future* d = as_future(done);
                                   if (s->counter == 0 || mode == 1 ||
                                       (mode == 2 && d->state == Future::State::Finished && d->exception.is_bound())) {
                                     if (s->handle) s->handle->cancelled = true;
                                     if (!as_future(s->waiter)->done()) as_future(s->waiter)->set_result(None);
                                   }
                                 },
                                 st.get()));
      }
      c.state = 1;
      c.await_on(waiter);
      return false;
    }
    if (st->handle) st->handle->cancelled = true;
    for (const Object& f : st->fs) remove_done_callback(f, st.get());
    if (exc.is_bound()) rethrow(exc);
    Object done = new_set();
    Object pending = new_set();
    for (const Object& f : st->fs) cast<Set>(as_future(f)->done() ? done : pending)->add(f);
    result = new_tuple({done, pending});
    return true;
  });
}

// ---------------------------------------------------------------- as_completed

// The generator as_completed(fs, timeout=None) returns: its body runs at
// the first next(), as a generator's does.
class AsCompleted final : public HeapObject {
 public:
  AsCompleted(Object fs, Object timeout) : HeapObject(&as_completed_type), fs(std::move(fs)), timeout(std::move(timeout)) {}
  std::string repr() const override {
    return fmt::format("<generator object as_completed at {}>", static_cast<const void*>(this));
  }
  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override;

  struct Shared {
    Object done;  // the Queue of finished futures (None for a timeout)
    Object todo;  // set of futures not finished yet
    CallbackPtr timeout_handle;
  };
  Object fs, timeout;
  std::shared_ptr<Shared> shared;
  size_t remaining = 0;
  bool started = false, finished = false;
};

bool AsCompleted::next(Object& out) {
  if (finished) return false;
  if (!started) {
    started = true;
    try {
      if (is_future(fs) || is_coroutine_object(fs)) {
        raise_error(&type_error_type, "expect an iterable of futures, not {}", fs.type()->name());
      }
      shared = std::make_shared<Shared>();
      shared->done = new_queue(Object::from_int(0));
      EventLoop* loop = require_loop("There is no current event loop");
      shared->todo = new_set();
      for (const Object& f : set_items(make_set(fs))) cast<Set>(shared->todo)->add(ensure_future(f));
      std::weak_ptr<Shared> weak = shared;
      std::vector<Object> todo = set_items(shared->todo);
      for (const Object& f : todo) {
        add_done_callback(f, DoneCallback(
                                 [weak](const Object& done) {
                                   auto s = weak.lock();
                                   if (!s) return;
                                   auto* todo_set = cast<Set>(s->todo);
                                   if (todo_set->size() == 0) return;
                                   todo_set->discard_entry(done, py::hash(done));
                                   queue_put_nowait(s->done, done);
                                   if (todo_set->size() == 0 && s->timeout_handle) s->timeout_handle->cancelled = true;
                                 },
                                 shared.get()));
      }
      if (!todo.empty() && !timeout.is_none()) {
        shared->timeout_handle = loop->call_later(seconds_argument(timeout), [weak] {
          auto s = weak.lock();
          if (!s) return;
          for (const Object& f : set_items(s->todo)) {
            remove_done_callback(f, s.get());
            queue_put_nowait(s->done, None);
          }
          cast<Set>(s->todo)->clear();
        });
      }
      remaining = todo.size();
    } catch (...) {
      finished = true;
      throw;
    }
  }
  if (remaining == 0) {
    finished = true;
    return false;
  }
  --remaining;
  auto s = shared;
  out = native_coroutine("as_completed.<locals>._wait_for_one",
                         [s](NativeCoroutine& c, const Object& value, const Object& exc, Object& result) {
                           if (c.state == 0) {
                             c.state = 1;
                             c.await_on(queue_get(s->done));
                             return false;
                           }
                           if (exc.is_bound()) rethrow(exc);
                           if (value.is_none()) raise(new_exception(&timeout_error_type));
                           result = as_future(value)->get_result();
                           return true;
                         });
  return true;
}

Object as_completed_next(const Object& self, const Args&) {
  Object out;
  if (!self.heap()->next(out)) raise(new_exception(&stop_iteration_type));
  return out;
}
Object as_completed_iter(const Object& self, const Args&) { return self; }
const MethodDef as_completed_methods[] = {{"__next__", as_completed_next}, {"__iter__", as_completed_iter}};
Type as_completed_type("generator", &object_type, {as_completed_methods, std::size(as_completed_methods)});

Object asyncio_as_completed(const Args& args) {
  Object fs;
  Object timeout = None;
  if (args.npos != 1) {
    if (args.npos == 0) raise_error(&type_error_type, "as_completed() missing 1 required positional argument: 'fs'");
    raise_error(&type_error_type, "as_completed() takes 1 positional argument but {} were given", args.npos);
  }
  fs = args[0];
  for (size_t k = 0; k < args.nkw; ++k) {
    if (std::strcmp(args.kw[k].name, "timeout") != 0) {
      raise_error(&type_error_type, "as_completed() got an unexpected keyword argument '{}'", args.kw[k].name);
    }
    timeout = args.kw[k].value;
  }
  return make<AsCompleted>(fs, timeout);
}

// ---------------------------------------------------------------- shield

Object asyncio_shield(const Args& args) {
  Object a[1];
  bind_args(args, "shield", {"arg"}, 1, a);
  Object inner = ensure_future(a[0]);
  if (as_future(inner)->done()) return inner;
  Object outer = make<Future>(&future_type, as_future(inner)->event_loop());
  const void* tag = outer.heap();
  as_future(inner)->callbacks.push_back(DoneCallback(
      [outer](const Object& in) {
        Future* o = as_future(outer);
        Future* i = as_future(in);
        if (o->state == Future::State::Cancelled) return;
        if (i->state == Future::State::Cancelled) {
          o->cancel(Object());
        } else if (i->exception.is_bound()) {
          o->set_exception(i->exception);
        } else {
          o->set_result(i->result);
        }
      },
      tag));
  // _outer_done_callback: a cancelled outer forgets the inner future.
  as_future(outer)->callbacks.push_back(DoneCallback(
      [in = inner, tag](const Object&) {
        if (!as_future(in)->done()) remove_done_callback(in, tag);
      },
      nullptr));
  return outer;
}

// ---------------------------------------------------------------- timeout()

// timeouts.py's Timeout: cancels the task that entered it when the deadline
// passes, and turns that cancellation into TimeoutError at the exit.
class Timeout final : public HeapObject {
 public:
  enum class State { Created, Entered, Expiring, Expired, Exited };
  explicit Timeout(Object when) : HeapObject(&timeout_type), when(std::move(when)) {}
  static const char* state_name(State s) {
    switch (s) {
      case State::Created: return "created";
      case State::Entered: return "active";
      case State::Expiring: return "expiring";
      case State::Expired: return "expired";
      case State::Exited: return "finished";
    }
    return "";
  }
  std::string repr() const override {
    std::string info;
    if (state == State::Entered) {
      info = " when=";
      if (when.is_none()) {
        info += "None";
      } else {
        double w = seconds_argument(when);
        info += py::repr(Object::from_float(std::round(w * 1000) / 1000));
      }
    }
    return fmt::format("<Timeout [{}]{}>", state_name(state), info);
  }

  void reschedule(Object new_when) {
    if (state != State::Entered) {
      if (state == State::Created) raise_error(&runtime_error_type, "Timeout has not been entered");
      raise_error(&runtime_error_type, "Cannot change state of {} Timeout", state_name(state));
    }
    when = std::move(new_when);
    if (handler) handler->cancelled = true;
    handler = nullptr;
    if (when.is_none()) return;
    EventLoop* loop = require_loop();
    Object self = Object::borrow(this);
    auto on_timeout = [self] {
      auto* t = cast<Timeout>(self);
      task_cancel(t->task, None);
      t->state = State::Expiring;
      t->handler = nullptr;
    };
    double at = seconds_argument(when);
    if (at <= monotonic()) {
      handler = loop->call_soon(on_timeout);
    } else {
      handler = loop->call_at(at, on_timeout);
    }
  }

  State state = State::Created;
  Object when, task;
  int cancelling = 0;
  CallbackPtr handler;
};

Object timeout_aenter(const Object& self, const Args&) {
  auto* t = cast<Timeout>(self);
  return native_coroutine("Timeout.__aenter__", [self, t](NativeCoroutine&, const Object&, const Object&, Object& result) {
    if (t->state != Timeout::State::Created) raise_error(&runtime_error_type, "Timeout has already been entered");
    EventLoop* loop = require_loop();
    if (!loop->current_task.is_bound()) raise_error(&runtime_error_type, "Timeout should be used inside a task");
    t->state = Timeout::State::Entered;
    t->task = loop->current_task;
    t->cancelling = as_task(t->task)->num_cancels_requested;
    t->reschedule(t->when);
    result = self;
    return true;
  });
}

Object timeout_aexit(const Object& self, const Args& args) {
  expect_positional(args, "__aexit__", 3, 3);
  Object exc_type = args[0], exc_val = args[1];
  auto* t = cast<Timeout>(self);
  return native_coroutine("Timeout.__aexit__", [self, t, exc_type, exc_val](NativeCoroutine&, const Object&,
                                                                            const Object&, Object& result) {
    if (t->handler) t->handler->cancelled = true;
    t->handler = nullptr;
    if (t->state == Timeout::State::Expiring) {
      t->state = Timeout::State::Expired;
      Task* task = as_task(t->task);
      if (task->num_cancels_requested > 0) --task->num_cancels_requested;
      if (task->num_cancels_requested <= t->cancelling && exc_type.is_heap() &&
          exc_type.heap() == &cancelled_error_type) {
        raise_from(new_exception(&timeout_error_type), exc_val);
      }
    } else if (t->state == Timeout::State::Entered) {
      t->state = Timeout::State::Exited;
    }
    result = None;
    return true;
  });
}

Object timeout_when(const Object& self, const Args&) { return cast<Timeout>(self)->when; }
Object timeout_expired(const Object& self, const Args&) {
  auto s = cast<Timeout>(self)->state;
  return Object::from_bool(s == Timeout::State::Expiring || s == Timeout::State::Expired);
}
Object timeout_reschedule(const Object& self, const Args& args) {
  expect_one_arg(args, "reschedule");
  cast<Timeout>(self)->reschedule(args[0]);
  return None;
}
const MethodDef timeout_methods[] = {{"__aenter__", timeout_aenter},
                                     {"__aexit__", timeout_aexit},
                                     {"when", timeout_when},
                                     {"expired", timeout_expired},
                                     {"reschedule", timeout_reschedule}};
Type timeout_type("Timeout", &object_type, {timeout_methods, std::size(timeout_methods)});

Object asyncio_timeout(const Args& args) {
  Object a[1];
  bind_args(args, "timeout", {"delay"}, 1, a);
  require_loop();
  if (a[0].is_none()) return make<Timeout>(None);
  return make<Timeout>(Object::from_float(monotonic() + seconds_argument(a[0])));
}

Object asyncio_timeout_at(const Args& args) {
  Object a[1];
  bind_args(args, "timeout_at", {"when"}, 1, a);
  return make<Timeout>(a[0]);
}

const BuiltinFunctionDef wait_for_def{"wait_for", asyncio_wait_for};
const BuiltinFunctionDef wait_def{"wait", asyncio_wait};
const BuiltinFunctionDef as_completed_def{"as_completed", asyncio_as_completed};
const BuiltinFunctionDef shield_def{"shield", asyncio_shield};
const BuiltinFunctionDef timeout_def{"timeout", asyncio_timeout};
const BuiltinFunctionDef timeout_at_def{"timeout_at", asyncio_timeout_at};

}  // namespace

void register_asyncio_tasks(Module& module) {
  timeout_type.set_module("asyncio.timeouts");
  for (const BuiltinFunctionDef* def : {&wait_for_def, &wait_def, &as_completed_def, &shield_def, &timeout_def,
                                        &timeout_at_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
  for (const char* name : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"}) {
    module.attrs.set(name, new_str(name));
  }
  module.attrs.set("Timeout", type_object(timeout_type));
}

}  // namespace asyncio_detail
}  // namespace py
