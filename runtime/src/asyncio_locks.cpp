// asyncio's synchronization primitives as locks.py writes them: Lock,
// Event, Condition, Semaphore, BoundedSemaphore and Barrier. Each blocks a
// coroutine on a future of its own in a FIFO of waiters; `async with`
// works through their __aenter__/__aexit__ coroutines.
#include <algorithm>
#include <cstring>

#include "asyncio_internal.hpp"

namespace py {
namespace asyncio_detail {

namespace {

extern Type lock_type;
extern Type event_type;
extern Type condition_type;
extern Type semaphore_type;
extern Type bounded_semaphore_type;
extern Type barrier_type;
Type broken_barrier_error_type("BrokenBarrierError", &runtime_error_type);

// mixins._LoopBoundMixin: bound to the running loop at the first wait.
class LoopBound : public HeapObject {
 public:
  using HeapObject::HeapObject;

  EventLoop* get_loop() {
    EventLoop* loop = running_loop;
    if (!loop_.is_bound() && loop != nullptr) loop_ = Object::borrow(loop);
    if (loop != (loop_.is_bound() ? cast<EventLoop>(loop_) : nullptr)) {
      raise_error(&runtime_error_type, "{} is bound to a different event loop", repr());
    }
    if (loop == nullptr) raise_error(&attribute_error_type, "'NoneType' object has no attribute 'create_future'");
    return loop;
  }
  Object create_future() { return make<Future>(&future_type, get_loop()); }

  // `<asyncio.locks.Lock object at 0x... [extra]>`
  std::string object_repr(const std::string& extra) const {
    return fmt::format("<{}.{} object at {} [{}]>", type()->module(), type()->name(), static_cast<const void*>(this),
                       extra);
  }
  std::string waiters_extra(std::string extra) const {
    if (!waiters.empty()) extra += fmt::format(", waiters:{}", waiters.size());
    return extra;
  }

  void remove_waiter(const Object& fut) {
    auto it = std::find_if(waiters.begin(), waiters.end(), [&](const Object& w) { return w.heap() == fut.heap(); });
    if (it != waiters.end()) waiters.erase(it);
  }

  std::deque<Object> waiters;

 private:
  Object loop_;
};

bool is_cancelled_error(const Object& e) { return e.is_bound() && isinstance(e, &cancelled_error_type); }

// ---------------------------------------------------------------- Lock

class Lock final : public LoopBound {
 public:
  Lock() : LoopBound(&lock_type) {}
  std::string repr() const override { return object_repr(waiters_extra(locked ? "locked" : "unlocked")); }

  void unlock() {
    if (!locked) raise_error(&runtime_error_type, "Lock is not acquired.");
    locked = false;
    wake_up_first();
  }
  void wake_up_first() {
    if (waiters.empty()) return;
    Future* fut = as_future(waiters.front());
    if (!fut->done()) fut->set_result(True);
  }

  bool locked = false;
};

Object lock_acquire_coro(const Object& self) {
  auto* lock = cast<Lock>(self);
  auto fut = std::make_shared<Object>();
  return native_coroutine("Lock.acquire", [self, lock, fut](NativeCoroutine& c, const Object&, const Object& exc,
                                                            Object& result) {
    if (c.state == 0) {
      bool all_cancelled = std::all_of(lock->waiters.begin(), lock->waiters.end(), [](const Object& w) {
        return as_future(w)->state == Future::State::Cancelled;
      });
      if (!lock->locked && all_cancelled) {
        lock->locked = true;
        result = True;
        return true;
      }
      *fut = lock->create_future();
      lock->waiters.push_back(*fut);
      c.state = 1;
      c.await_on(*fut);
      return false;
    }
    lock->remove_waiter(*fut);
    if (exc.is_bound()) {
      if (is_cancelled_error(exc) && !lock->locked) lock->wake_up_first();
      rethrow(exc);
    }
    lock->locked = true;
    result = True;
    return true;
  });
}

Object lock_acquire(const Object& self, const Args& args) {
  expect_no_args(args, "acquire");
  return lock_acquire_coro(self);
}
Object lock_release(const Object& self, const Args& args) {
  expect_no_args(args, "release");
  cast<Lock>(self)->unlock();
  return None;
}
Object lock_locked(const Object& self, const Args& args) {
  expect_no_args(args, "locked");
  return Object::from_bool(cast<Lock>(self)->locked);
}

// _ContextManagerMixin: __aenter__ awaits self.acquire() and returns None;
// __aexit__ calls self.release().
Object cm_aenter(const Object& self, const Args& args) {
  expect_no_args(args, "__aenter__");
  return native_coroutine("_ContextManagerMixin.__aenter__",
                          [self](NativeCoroutine& c, const Object&, const Object& exc, Object& result) {
                            if (c.state == 0) {
                              c.state = 1;
                              c.await_on(call_method(self, "acquire", Args{}));
                              return false;
                            }
                            if (exc.is_bound()) rethrow(exc);
                            result = None;
                            return true;
                          });
}
Object cm_aexit(const Object& self, const Args& args) {
  expect_positional(args, "__aexit__", 3, 3);
  return native_coroutine("_ContextManagerMixin.__aexit__",
                          [self](NativeCoroutine&, const Object&, const Object&, Object& result) {
                            call_method(self, "release", Args{});
                            result = None;
                            return true;
                          });
}

const MethodDef lock_methods[] = {{"acquire", lock_acquire},
                                  {"release", lock_release},
                                  {"locked", lock_locked},
                                  {"__aenter__", cm_aenter},
                                  {"__aexit__", cm_aexit}};
Type lock_type("Lock", &object_type, {lock_methods, std::size(lock_methods)});

Object construct_lock(Type*, const Args& args) {
  if (args.npos != 0 || args.nkw != 0) {
    raise_error(&type_error_type, "Lock.__init__() takes 1 positional argument but {} were given", args.npos + 1);
  }
  return make<Lock>();
}

// ---------------------------------------------------------------- Event

class Event final : public LoopBound {
 public:
  Event() : LoopBound(&event_type) {}
  std::string repr() const override { return object_repr(waiters_extra(value ? "set" : "unset")); }
  void set() {
    if (value) return;
    value = true;
    std::vector<Object> snapshot(waiters.begin(), waiters.end());
    for (const Object& fut : snapshot) {
      if (!as_future(fut)->done()) as_future(fut)->set_result(True);
    }
  }
  bool value = false;
};

Object event_wait_coro(const Object& self) {
  auto* event = cast<Event>(self);
  auto fut = std::make_shared<Object>();
  return native_coroutine("Event.wait", [self, event, fut](NativeCoroutine& c, const Object&, const Object& exc,
                                                           Object& result) {
    if (c.state == 0) {
      if (event->value) {
        result = True;
        return true;
      }
      *fut = event->create_future();
      event->waiters.push_back(*fut);
      c.state = 1;
      c.await_on(*fut);
      return false;
    }
    event->remove_waiter(*fut);
    if (exc.is_bound()) rethrow(exc);
    result = True;
    return true;
  });
}

Object event_wait(const Object& self, const Args& args) {
  expect_no_args(args, "wait");
  return event_wait_coro(self);
}
Object event_set(const Object& self, const Args& args) {
  expect_no_args(args, "set");
  cast<Event>(self)->set();
  return None;
}
Object event_clear(const Object& self, const Args& args) {
  expect_no_args(args, "clear");
  cast<Event>(self)->value = false;
  return None;
}
Object event_is_set(const Object& self, const Args& args) {
  expect_no_args(args, "is_set");
  return Object::from_bool(cast<Event>(self)->value);
}
const MethodDef event_methods[] = {
    {"wait", event_wait}, {"set", event_set}, {"clear", event_clear}, {"is_set", event_is_set}};
Type event_type("Event", &object_type, {event_methods, std::size(event_methods)});

Object construct_event(Type*, const Args& args) {
  if (args.npos != 0 || args.nkw != 0) {
    raise_error(&type_error_type, "Event.__init__() takes 1 positional argument but {} were given", args.npos + 1);
  }
  return make<Event>();
}

// ---------------------------------------------------------------- Condition

class Condition final : public LoopBound {
 public:
  explicit Condition(Object lock) : LoopBound(&condition_type), lock(std::move(lock)) {}
  bool is_locked() const { return py::truthy(call_method(lock, "locked", Args{})); }
  std::string repr() const override { return object_repr(waiters_extra(is_locked() ? "locked" : "unlocked")); }
  Object lock;
};

Object condition_wait_coro(const Object& self) {
  auto* cond = cast<Condition>(self);
  struct State {
    Object fut, pending, value;
    bool cancelled = false;
  };
  auto st = std::make_shared<State>();
  return native_coroutine("Condition.wait", [self, cond, st](NativeCoroutine& c, const Object&, const Object& exc,
                                                             Object& result) {
    switch (c.state) {
      case 0:
        if (!cond->is_locked()) raise_error(&runtime_error_type, "cannot wait on un-acquired lock");
        call_method(cond->lock, "release", Args{});
        st->fut = cond->create_future();
        cond->waiters.push_back(st->fut);
        c.state = 1;
        c.await_on(st->fut);
        return false;
      case 1:
        cond->remove_waiter(st->fut);
        st->pending = exc;
        c.state = 2;
        c.await_on(call_method(cond->lock, "acquire", Args{}));
        return false;
      default:
        if (exc.is_bound()) {
          if (!is_cancelled_error(exc)) rethrow(exc);
          st->cancelled = true;
          c.await_on(call_method(cond->lock, "acquire", Args{}));
          return false;
        }
        if (st->cancelled) raise(new_exception(&cancelled_error_type));
        if (st->pending.is_bound()) rethrow(st->pending);
        result = True;
        return true;
    }
  });
}

Object condition_wait(const Object& self, const Args& args) {
  expect_no_args(args, "wait");
  return condition_wait_coro(self);
}
Object condition_wait_for(const Object& self, const Args& args) {
  expect_one_arg(args, "wait_for");
  Object predicate = args[0];
  return native_coroutine("Condition.wait_for", [self, predicate](NativeCoroutine& c, const Object&,
                                                                  const Object& exc, Object& result) {
    if (exc.is_bound()) rethrow(exc);
    c.state = 1;
    Object value = call(predicate, Args{});
    if (truthy(value)) {
      result = value;
      return true;
    }
    c.await_on(condition_wait_coro(self));
    return false;
  });
}
void condition_notify_n(Condition* cond, size_t n) {
  if (!cond->is_locked()) raise_error(&runtime_error_type, "cannot notify on un-acquired lock");
  size_t idx = 0;
  std::vector<Object> snapshot(cond->waiters.begin(), cond->waiters.end());
  for (const Object& fut : snapshot) {
    if (idx >= n) break;
    if (!as_future(fut)->done()) {
      ++idx;
      as_future(fut)->set_result(False);
    }
  }
}
Object condition_notify(const Object& self, const Args& args) {
  Object a[1];
  bind_args(args, "notify", {"n"}, 0, a);
  int64_t n = 1;
  if (a[0].is_bound()) n = a[0].is_small_int() ? a[0].as_small_int() : 0;
  condition_notify_n(cast<Condition>(self), n < 0 ? 0 : static_cast<size_t>(n));
  return None;
}
Object condition_notify_all(const Object& self, const Args& args) {
  expect_no_args(args, "notify_all");
  auto* cond = cast<Condition>(self);
  condition_notify_n(cond, cond->waiters.size());
  return None;
}
Object condition_locked(const Object& self, const Args&) { return call_method(cast<Condition>(self)->lock, "locked", Args{}); }
Object condition_acquire(const Object& self, const Args&) { return call_method(cast<Condition>(self)->lock, "acquire", Args{}); }
Object condition_release(const Object& self, const Args&) { return call_method(cast<Condition>(self)->lock, "release", Args{}); }

const MethodDef condition_methods[] = {{"wait", condition_wait},         {"wait_for", condition_wait_for},
                                       {"notify", condition_notify},     {"notify_all", condition_notify_all},
                                       {"locked", condition_locked},     {"acquire", condition_acquire},
                                       {"release", condition_release},   {"__aenter__", cm_aenter},
                                       {"__aexit__", cm_aexit}};
Type condition_type("Condition", &object_type, {condition_methods, std::size(condition_methods)});

Object construct_condition(Type*, const Args& args) {
  Object a[1];
  bind_args(args, "Condition", {"lock"}, 0, a);
  Object lock = a[0].is_bound() && !a[0].is_none() ? a[0] : make<Lock>();
  return make<Condition>(lock);
}

// ---------------------------------------------------------------- Semaphore

class Semaphore final : public LoopBound {
 public:
  Semaphore(Type* type, int64_t value) : LoopBound(type), value(value), bound_value(value) {}
  bool is_locked() const {
    return value == 0 || std::any_of(waiters.begin(), waiters.end(), [](const Object& w) {
             return as_future(w)->state != Future::State::Cancelled;
           });
  }
  std::string repr() const override {
    return object_repr(waiters_extra(is_locked() ? std::string("locked") : fmt::format("unlocked, value:{}", value)));
  }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "_value") == 0) {
      out = Object::from_int(value);
      return true;
    }
    if (std::strcmp(name, "_bound_value") == 0 && type() == &bounded_semaphore_type) {
      out = Object::from_int(bound_value);
      return true;
    }
    return false;
  }
  void wake_up_next() {
    for (const Object& fut : waiters) {
      if (!as_future(fut)->done()) {
        --value;
        as_future(fut)->set_result(True);
        return;
      }
    }
  }
  void up() {
    if (type() == &bounded_semaphore_type && value >= bound_value) {
      raise_error(&value_error_type, "BoundedSemaphore released too many times");
    }
    ++value;
    wake_up_next();
  }
  int64_t value;
  int64_t bound_value;
};

Object semaphore_acquire(const Object& self, const Args& args) {
  expect_no_args(args, "acquire");
  auto* sem = cast<Semaphore>(self);
  auto fut = std::make_shared<Object>();
  return native_coroutine("Semaphore.acquire", [self, sem, fut](NativeCoroutine& c, const Object&, const Object& exc,
                                                                Object& result) {
    if (c.state == 0) {
      if (!sem->is_locked()) {
        --sem->value;
        result = True;
        return true;
      }
      *fut = sem->create_future();
      sem->waiters.push_back(*fut);
      c.state = 1;
      c.await_on(*fut);
      return false;
    }
    sem->remove_waiter(*fut);
    if (exc.is_bound()) {
      if (is_cancelled_error(exc) && as_future(*fut)->state != Future::State::Cancelled) {
        ++sem->value;
        sem->wake_up_next();
      }
      rethrow(exc);
    }
    if (sem->value > 0) sem->wake_up_next();
    result = True;
    return true;
  });
}
Object semaphore_release(const Object& self, const Args& args) {
  expect_no_args(args, "release");
  cast<Semaphore>(self)->up();
  return None;
}
Object semaphore_locked(const Object& self, const Args& args) {
  expect_no_args(args, "locked");
  return Object::from_bool(cast<Semaphore>(self)->is_locked());
}
const MethodDef semaphore_methods[] = {{"acquire", semaphore_acquire},
                                       {"release", semaphore_release},
                                       {"locked", semaphore_locked},
                                       {"__aenter__", cm_aenter},
                                       {"__aexit__", cm_aexit}};
Type semaphore_type("Semaphore", &object_type, {semaphore_methods, std::size(semaphore_methods)});
Type bounded_semaphore_type("BoundedSemaphore", &semaphore_type);

Object construct_semaphore(Type* type, const Args& args) {
  Object a[1];
  bind_args(args, type->name(), {"value"}, 0, a);
  Object value = a[0].is_bound() ? a[0] : Object::from_int(1);
  if (lt(value, Object::from_int(0))) raise_error(&value_error_type, "Semaphore initial value must be >= 0");
  if (!value.is_small_int() && !value.is_bool()) {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", value.type()->name());
  }
  return make<Semaphore>(type, value.as_small_int());
}

// ---------------------------------------------------------------- Barrier

// locks.py's Barrier: a Condition guards the count of tasks inside and a
// state that cycles filling -> draining -> filling (or resetting, broken).
class Barrier final : public LoopBound {
 public:
  enum class State { Filling, Draining, Resetting, Broken };
  Barrier(int64_t parties, Object cond) : LoopBound(&barrier_type), parties(parties), cond(std::move(cond)) {}

  static const char* state_name(State s) {
    switch (s) {
      case State::Filling: return "filling";
      case State::Draining: return "draining";
      case State::Resetting: return "resetting";
      case State::Broken: return "broken";
    }
    return "";
  }
  int64_t n_waiting() const { return state == State::Filling ? count : 0; }
  std::string repr() const override {
    std::string extra = state_name(state);
    if (state != State::Broken) extra += fmt::format(", waiters:{}/{}", n_waiting(), parties);
    return object_repr(extra);
  }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "parties") == 0) {
      out = Object::from_int(parties);
    } else if (std::strcmp(name, "n_waiting") == 0) {
      out = Object::from_int(n_waiting());
    } else if (std::strcmp(name, "broken") == 0) {
      out = Object::from_bool(state == State::Broken);
    } else {
      return false;
    }
    return true;
  }
  void notify_all() { condition_notify_all(cond, Args{}); }
  // _exit: the last task out refills the barrier and wakes the blocked.
  void exit() {
    if (count != 0) return;
    if (state == State::Resetting || state == State::Draining) state = State::Filling;
    notify_all();
  }

  int64_t parties;
  Object cond;
  State state = State::Filling;
  int64_t count = 0;
};

// Barrier.wait(): `async with self._cond`, then _block, then either the
// release by the last party or _wait, and the `finally` that counts the
// task out; every exit releases the condition's lock as `async with` does.
Object barrier_wait(const Object& self, const Args& args) {
  expect_no_args(args, "wait");
  auto* b = cast<Barrier>(self);
  struct Locals {
    int64_t index = 0;
    Object pending;  // the exception the `finally` re-raises
  };
  auto st = std::make_shared<Locals>();
  enum { kAcquire, kBlock, kBlocked, kWaiting };
  return native_coroutine("Barrier.wait", [self, b, st](NativeCoroutine& c, const Object&, const Object& exc,
                                                        Object& result) {
    auto release = [&] { call_method(b->cond, "release", Args{}); };
    auto finish = [&] {  // the `finally` of wait(), then leaving `async with`
      --b->count;
      b->exit();
      release();
      if (st->pending.is_bound()) rethrow(st->pending);
      result = Object::from_int(st->index);
      return true;
    };
    auto await_wait = [&](int next) {
      c.state = next;
      c.await_on(call_method(b->cond, "wait", Args{}));
      return false;
    };
    switch (c.state) {
      case kAcquire:
        c.state = kBlock;
        c.await_on(call_method(b->cond, "acquire", Args{}));
        return false;
      case kBlock:
      case kBlocked:
        if (exc.is_bound()) {
          if (c.state == kBlocked) release();  // the lock was held
          rethrow(exc);
        }
        if (b->state == Barrier::State::Draining || b->state == Barrier::State::Resetting) return await_wait(kBlocked);
        if (b->state == Barrier::State::Broken) {
          release();
          raise_error(&broken_barrier_error_type, "Barrier aborted");
        }
        st->index = b->count++;
        if (st->index + 1 == b->parties) {
          b->state = Barrier::State::Draining;
          b->notify_all();
          return finish();
        }
        break;
      default:  // kWaiting
        if (exc.is_bound()) {
          st->pending = exc;
          return finish();
        }
        break;
    }
    if (b->state == Barrier::State::Filling) return await_wait(kWaiting);
    if (b->state == Barrier::State::Broken || b->state == Barrier::State::Resetting) {
      st->pending = new_exception(&broken_barrier_error_type, "Abort or reset of barrier");
    }
    return finish();
  });
}

// reset() and abort(): a state change under `async with self._cond`.
Object barrier_locked_change(const Object& self, const char* qualname, bool abort) {
  auto* b = cast<Barrier>(self);
  return native_coroutine(qualname, [self, b, abort](NativeCoroutine& c, const Object&, const Object& exc,
                                                     Object& result) {
    if (c.state == 0) {
      c.state = 1;
      c.await_on(call_method(b->cond, "acquire", Args{}));
      return false;
    }
    if (exc.is_bound()) rethrow(exc);
    if (abort) {
      b->state = Barrier::State::Broken;
    } else if (b->count > 0) {
      b->state = Barrier::State::Resetting;
    } else {
      b->state = Barrier::State::Filling;
    }
    b->notify_all();
    call_method(b->cond, "release", Args{});
    result = None;
    return true;
  });
}
Object barrier_reset(const Object& self, const Args& args) {
  expect_no_args(args, "reset");
  return barrier_locked_change(self, "Barrier.reset", false);
}
Object barrier_abort(const Object& self, const Args& args) {
  expect_no_args(args, "abort");
  return barrier_locked_change(self, "Barrier.abort", true);
}
// `async with barrier as i` is `i = await barrier.wait()`.
Object barrier_aenter(const Object& self, const Args& args) {
  expect_no_args(args, "__aenter__");
  return barrier_wait(self, Args{});
}
Object barrier_aexit(const Object&, const Args& args) {
  expect_positional(args, "__aexit__", 0, 3);
  return native_coroutine("Barrier.__aexit__", [](NativeCoroutine&, const Object&, const Object&, Object& result) {
    result = None;
    return true;
  });
}

const MethodDef barrier_methods[] = {{"wait", barrier_wait},          {"reset", barrier_reset},
                                     {"abort", barrier_abort},        {"__aenter__", barrier_aenter},
                                     {"__aexit__", barrier_aexit}};
Type barrier_type("Barrier", &object_type, {barrier_methods, std::size(barrier_methods)});

Object construct_barrier(Type*, const Args& args) {
  Object a[1];
  bind_args(args, "Barrier", {"parties"}, 1, a);
  if (!lt(Object::from_int(0), a[0])) raise_error(&value_error_type, "parties must be > 0");
  if (!a[0].is_small_int()) raise_error(&overflow_error_type, "Python int too large to convert to C ssize_t");
  return make<Barrier>(a[0].as_small_int(), construct_condition(&condition_type, Args{}));
}

}  // namespace

void register_asyncio_locks(Module& module) {
  for (Type* type :
       {&lock_type, &event_type, &condition_type, &semaphore_type, &bounded_semaphore_type, &barrier_type}) {
    type->set_module("asyncio.locks");
    module.attrs.set(type->name(), type_object(*type));
  }
  lock_type.set_constructor(construct_lock);
  event_type.set_constructor(construct_event);
  condition_type.set_constructor(construct_condition);
  semaphore_type.set_constructor(construct_semaphore);
  bounded_semaphore_type.set_constructor(construct_semaphore);
  barrier_type.set_constructor(construct_barrier);
  broken_barrier_error_type.set_module("asyncio.exceptions");
  module.attrs.set("BrokenBarrierError", type_object(broken_barrier_error_type));
}

}  // namespace asyncio_detail
}  // namespace py
