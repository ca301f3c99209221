// asyncio's queues as queues.py writes them: Queue (FIFO), LifoQueue and
// PriorityQueue (heapq's order), with back-pressure on put() when maxsize
// is reached, join()/task_done(), and QueueEmpty/QueueFull.
#include <algorithm>
#include <cstring>

#include "asyncio_internal.hpp"

namespace py {

Type queue_empty_type("QueueEmpty", &exception_type);
Type queue_full_type("QueueFull", &exception_type);

namespace asyncio_detail {

namespace {

extern Type queue_type;
extern Type lifo_queue_type;
extern Type priority_queue_type;

class Queue final : public HeapObject {
 public:
  Queue(Type* type, Object maxsize) : HeapObject(type), maxsize(std::move(maxsize)) {}

  std::string format() const {
    std::string out = "maxsize=" + py::repr(maxsize);
    if (!items.empty()) out += " _queue=" + py::repr(new_list(std::vector<Object>(items.begin(), items.end())));
    if (!getters.empty()) out += fmt::format(" _getters[{}]", getters.size());
    if (!putters.empty()) out += fmt::format(" _putters[{}]", putters.size());
    if (unfinished_tasks != 0) out += fmt::format(" tasks={}", unfinished_tasks);
    return out;
  }
  std::string repr() const override {
    return fmt::format("<{} at {} {}>", type()->name(), static_cast<const void*>(this), format());
  }
  std::string str() const override { return fmt::format("<{} {}>", type()->name(), format()); }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "maxsize") == 0 || std::strcmp(name, "_maxsize") == 0) {
      out = maxsize;
      return true;
    }
    if (std::strcmp(name, "_unfinished_tasks") == 0) {
      out = Object::from_int(unfinished_tasks);
      return true;
    }
    return false;
  }

  EventLoop* get_loop() {
    EventLoop* loop = running_loop;
    if (!loop_.is_bound() && loop != nullptr) loop_ = Object::borrow(loop);
    if (loop != (loop_.is_bound() ? cast<EventLoop>(loop_) : nullptr)) {
      raise_error(&runtime_error_type, "{} is bound to a different event loop", repr());
    }
    if (loop == nullptr) raise_error(&attribute_error_type, "'NoneType' object has no attribute 'create_future'");
    return loop;
  }

  bool empty() const { return items.empty(); }
  bool full() const {
    if (le(maxsize, Object::from_int(0))) return false;
    return ge(Object::from_int(static_cast<int64_t>(items.size())), maxsize);
  }

  // _put / _get of each kind.
  void put_item(Object item) {
    items.push_back(std::move(item));
    if (type() == &priority_queue_type) sift_down(0, items.size() - 1);
  }
  Object get_item() {
    if (type() == &queue_type) {
      Object item = std::move(items.front());
      items.pop_front();
      return item;
    }
    Object last = std::move(items.back());
    items.pop_back();
    if (type() == &lifo_queue_type || items.empty()) return last;
    Object top = std::move(items.front());
    items.front() = std::move(last);
    sift_up(0);
    return top;
  }
  // heapq's _siftdown and _siftup.
  void sift_down(size_t start, size_t pos) {
    Object item = items[pos];
    while (pos > start) {
      size_t parent = (pos - 1) >> 1;
      if (lt(item, items[parent])) {
        items[pos] = items[parent];
        pos = parent;
        continue;
      }
      break;
    }
    items[pos] = std::move(item);
  }
  void sift_up(size_t pos) {
    size_t end = items.size();
    size_t start = pos;
    Object item = items[pos];
    size_t child = 2 * pos + 1;
    while (child < end) {
      size_t right = child + 1;
      if (right < end && !lt(items[child], items[right])) child = right;
      items[pos] = items[child];
      pos = child;
      child = 2 * pos + 1;
    }
    items[pos] = std::move(item);
    sift_down(start, pos);
  }

  // _wakeup_next: the first waiter not done yet gets None.
  static void wakeup_next(std::deque<Object>& waiters) {
    while (!waiters.empty()) {
      Object waiter = std::move(waiters.front());
      waiters.pop_front();
      if (!as_future(waiter)->done()) {
        as_future(waiter)->set_result(None);
        break;
      }
    }
  }
  static void remove_from(std::deque<Object>& waiters, const Object& fut) {
    auto it = std::find_if(waiters.begin(), waiters.end(), [&](const Object& w) { return w.heap() == fut.heap(); });
    if (it != waiters.end()) waiters.erase(it);
  }

  void put_nowait(const Object& item) {
    if (full()) raise(new_exception(&queue_full_type));
    put_item(item);
    ++unfinished_tasks;
    finished_waiters_clear = false;
    wakeup_next(getters);
  }
  Object get_nowait() {
    if (empty()) raise(new_exception(&queue_empty_type));
    Object item = get_item();
    wakeup_next(putters);
    return item;
  }
  void task_done() {
    if (unfinished_tasks <= 0) raise_error(&value_error_type, "task_done() called too many times");
    --unfinished_tasks;
    if (unfinished_tasks == 0) {
      // self._finished.set()
      finished_waiters_clear = true;
      std::vector<Object> snapshot(joiners.begin(), joiners.end());
      for (const Object& fut : snapshot) {
        if (!as_future(fut)->done()) as_future(fut)->set_result(True);
      }
    }
  }

  Object maxsize;
  std::deque<Object> items;
  std::deque<Object> getters, putters;
  std::deque<Object> joiners;  // the waiters of the _finished Event
  bool finished_waiters_clear = true;  // _finished.is_set()
  int64_t unfinished_tasks = 0;

 private:
  Object loop_;
};

Queue* as_queue(const Object& o) { return cast<Queue>(o); }

// put(): waits while the queue is full; a waiter woken but cancelled
// passes the wakeup on.
Object queue_put_coro(const Object& self, const Object& item) {
  auto* q = as_queue(self);
  auto putter = std::make_shared<Object>();
  return native_coroutine("Queue.put", [self, q, item, putter](NativeCoroutine& c, const Object&, const Object& exc,
                                                               Object& result) {
    if (c.state == 1 && exc.is_bound()) {
      cancel_future(*putter);
      Queue::remove_from(q->putters, *putter);
      if (!q->full() && as_future(*putter)->state != Future::State::Cancelled) Queue::wakeup_next(q->putters);
      rethrow(exc);
    }
    if (q->full()) {
      *putter = make<Future>(&future_type, q->get_loop());
      q->putters.push_back(*putter);
      c.state = 1;
      c.await_on(*putter);
      return false;
    }
    q->put_nowait(item);
    result = None;
    return true;
  });
}

Object queue_get_coro(const Object& self) {
  auto* q = as_queue(self);
  auto getter = std::make_shared<Object>();
  return native_coroutine("Queue.get", [self, q, getter](NativeCoroutine& c, const Object&, const Object& exc,
                                                         Object& result) {
    if (c.state == 1 && exc.is_bound()) {
      cancel_future(*getter);
      Queue::remove_from(q->getters, *getter);
      if (!q->empty() && as_future(*getter)->state != Future::State::Cancelled) Queue::wakeup_next(q->getters);
      rethrow(exc);
    }
    if (q->empty()) {
      *getter = make<Future>(&future_type, q->get_loop());
      q->getters.push_back(*getter);
      c.state = 1;
      c.await_on(*getter);
      return false;
    }
    result = q->get_nowait();
    return true;
  });
}

// join(): `await self._finished.wait()` while tasks are unfinished.
Object queue_join_coro(const Object& self) {
  auto* q = as_queue(self);
  auto fut = std::make_shared<Object>();
  return native_coroutine("Queue.join", [self, q, fut](NativeCoroutine& c, const Object&, const Object& exc,
                                                       Object& result) {
    if (c.state == 0) {
      if (q->unfinished_tasks > 0 && !q->finished_waiters_clear) {
        *fut = make<Future>(&future_type, q->get_loop());
        q->joiners.push_back(*fut);
        c.state = 1;
        c.await_on(*fut);
        return false;
      }
      result = None;
      return true;
    }
    Queue::remove_from(q->joiners, *fut);
    if (exc.is_bound()) rethrow(exc);
    result = None;
    return true;
  });
}

Object queue_put(const Object& self, const Args& args) {
  Object a[1];
  bind_args(args, "put", {"item"}, 1, a);
  return queue_put_coro(self, a[0]);
}
Object queue_get_method(const Object& self, const Args& args) {
  expect_no_args(args, "get");
  return queue_get_coro(self);
}
Object queue_join(const Object& self, const Args& args) {
  expect_no_args(args, "join");
  return queue_join_coro(self);
}
Object queue_put_nowait_method(const Object& self, const Args& args) {
  Object a[1];
  bind_args(args, "put_nowait", {"item"}, 1, a);
  as_queue(self)->put_nowait(a[0]);
  return None;
}
Object queue_get_nowait(const Object& self, const Args& args) {
  expect_no_args(args, "get_nowait");
  return as_queue(self)->get_nowait();
}
Object queue_task_done(const Object& self, const Args& args) {
  expect_no_args(args, "task_done");
  as_queue(self)->task_done();
  return None;
}
Object queue_qsize(const Object& self, const Args& args) {
  expect_no_args(args, "qsize");
  return Object::from_int(static_cast<int64_t>(as_queue(self)->items.size()));
}
Object queue_empty(const Object& self, const Args& args) {
  expect_no_args(args, "empty");
  return Object::from_bool(as_queue(self)->empty());
}
Object queue_full(const Object& self, const Args& args) {
  expect_no_args(args, "full");
  return Object::from_bool(as_queue(self)->full());
}

const MethodDef queue_methods[] = {
    {"put", queue_put},       {"get", queue_get_method},      {"join", queue_join},
    {"put_nowait", queue_put_nowait_method}, {"get_nowait", queue_get_nowait}, {"task_done", queue_task_done},
    {"qsize", queue_qsize},   {"empty", queue_empty},         {"full", queue_full},
};
Type queue_type("Queue", &object_type, {queue_methods, std::size(queue_methods)});
Type lifo_queue_type("LifoQueue", &queue_type);
Type priority_queue_type("PriorityQueue", &queue_type);

Object construct_queue(Type* type, const Args& args) {
  Object a[1];
  bind_args(args, type->name(), {"maxsize"}, 0, a);
  return make<Queue>(type, a[0].is_bound() ? a[0] : Object::from_int(0));
}

}  // namespace

Object new_queue(const Object& maxsize) { return make<Queue>(&queue_type, maxsize); }
void queue_put_nowait(const Object& queue, const Object& item) { as_queue(queue)->put_nowait(item); }
Object queue_get(const Object& queue) { return queue_get_coro(queue); }

void register_asyncio_queues(Module& module) {
  for (Type* type : {&queue_type, &lifo_queue_type, &priority_queue_type}) {
    type->set_module("asyncio.queues");
    type->set_constructor(construct_queue);
    module.attrs.set(type->name(), type_object(*type));
  }
  for (Type* type : {&queue_empty_type, &queue_full_type}) {
    type->set_module("asyncio.queues");
    module.attrs.set(type->name(), type_object(*type));
  }
}

}  // namespace asyncio_detail
}  // namespace py
