// The generator protocol of SEMANTICS.md, once, on top of the generated
// `resume` state machines: send/next, throw, close, PEP 479, finalisation
// when the last reference goes.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <fmt/format.h>

#include "yieldc/generator.hpp"
#include "yieldc/attributes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/function.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/exceptions.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "traceback.hpp"

namespace py {

namespace {

Object stop_iteration_with(const Object& value) {
  if (value.is_none()) return new_exception(&stop_iteration_type);
  return make<ExceptionObject>(&stop_iteration_type, new_tuple({value}));
}

}  // namespace

// throw(Cls) raises Cls(); throw(inst) raises inst itself.
Object Generator::normalize_thrown(Object exception) {
  if (exception.is_heap() && exception.heap()->type() == &type_type) {
    auto* type = cast<Type>(exception);
    if (type->is_subtype_of(&base_exception_type)) return new_exception(type);
  }
  if (!isinstance(exception, &base_exception_type)) {
    raise_error(&type_error_type,
                "exceptions must be classes or instances deriving from BaseException, not {}",
                exception.type()->name());
  }
  return exception;
}

void Generator::restore_handled() {
  for (Object& e : saved_handled_) push_handled(std::move(e));
  saved_handled_.clear();
}

void Generator::finish_returned() {
  state_ = kFinished;
  yield_from_ = Object();
  saved_handled_.clear();
  handler_count_ = 0;
  clear_frame();
}

void Generator::body_raised(const Raised& raised, size_t depth) {
  running_ = false;
  state_ = kFinished;
  yield_from_ = Object();
  saved_handled_.clear();
  take_handled_above(depth, saved_handled_);
  saved_handled_.clear();
  handler_count_ = 0;
  clear_frame();
  // PEP 479: a StopIteration escaping the body would end the caller's
  // loop silently; it becomes a RuntimeError chained to the original.
  // PEP 525 does the same with an async generator's StopAsyncIteration.
  if (isinstance(raised.exception, &stop_iteration_type) ||
      (is_async_generator() && isinstance(raised.exception, &stop_async_iteration_type))) {
    exception_caught_natively(raised.exception);
    raise_leaked_stop_iteration(raised.exception);
  }
  throw;  // called inside step's handler: the exception goes on
}

Object Generator::run_to_end() {
  Step result = step(ResumeKind::Send, None);
  if (result.kind != Step::Kind::Returned || refcount_ != 1) {
    // Codegen only runs coroutines this way when they cannot suspend and
    // cannot be reached, so this is a compiler bug, not a Python error.
    std::fprintf(stderr, "yieldc: internal error: coroutine '%s' run to its end suspended or escaped\n", qualname());
    std::abort();
  }
  return std::move(result.value);
}

const char* Generator::kind_name() const {
  switch (kind_) {
    case GeneratorKind::Coroutine: return "coroutine";
    case GeneratorKind::AsyncGenerator: return "async generator";
    case GeneratorKind::Generator: break;
  }
  return "generator";
}

void Generator::raise_leaked_stop_iteration(const Object& stop) const { raise_leaked_stop(kind_name(), stop); }

void coroutine_body_raised(const Raised& raised) {
  if (!isinstance(raised.exception, &stop_iteration_type)) return;
  exception_caught_natively(raised.exception);
  raise_leaked_stop("coroutine", raised.exception);
}

void raise_leaked_stop(const char* kind, const Object& stop) {
  Object error = new_exception(&runtime_error_type, fmt::format("{} raised {}", kind,
                                                                 isinstance(stop, &stop_iteration_type) ? "StopIteration"
                                                                                                        : "StopAsyncIteration"));
  auto* e = cast<ExceptionObject>(error);
  e->cause = stop;
  e->context = stop;
  e->suppress_context = true;
  capture_traceback(*e);
  rethrow(std::move(error));  // the context is set: keep it
}

void Generator::raise_reused() const {
  raise_error(&runtime_error_type, "cannot reuse already awaited coroutine");
}

void Generator::raise_already_executing() const {
  raise_error(&value_error_type, "{} already executing", kind_name());
}

Object Generator::send(Object value) {
  if (running_) raise_already_executing();
  if (state_ == kFinished) {
    if (is_coroutine()) raise_reused();
    raise(new_exception(&stop_iteration_type));
  }
  if (state_ == kCreated && !value.is_none()) {
    raise_error(&type_error_type, "can't send non-None value to a just-started {}", kind_name());
  }
  Step result = step(ResumeKind::Send, std::move(value));
  if (result.kind == Step::Kind::Yielded) return std::move(result.value);
  raise(stop_iteration_with(result.value));
}

Object Generator::throw_exception(Object exception) {
  if (running_) raise_already_executing();
  exception = normalize_thrown(std::move(exception));
  if (state_ == kCreated) throw_before_start(std::move(exception));
  if (state_ == kFinished) {
    if (is_coroutine()) raise_reused();
    raise(std::move(exception));
  }
  Step result = step(ResumeKind::Throw, std::move(exception));
  if (result.kind == Step::Kind::Yielded) return std::move(result.value);
  raise(stop_iteration_with(result.value));
}

void Generator::throw_before_start(Object exception) {
  // Raised "before the first line": no handler runs, but 3.11 still
  // applies PEP 479 to a thrown StopIteration (SEMANTICS.md §2).
  state_ = kFinished;
  clear_frame();
  if (isinstance(exception, &stop_iteration_type) ||
      (is_async_generator() && isinstance(exception, &stop_async_iteration_type))) {
    raise_leaked_stop_iteration(exception);
  }
  raise(std::move(exception));
}

void Generator::close() {
  if (running_) raise_already_executing();
  if (state_ == kCreated || state_ == kFinished) {
    state_ = kFinished;
    clear_frame();
    return;
  }
  try {
    Step result = step(ResumeKind::Throw, new_exception(&generator_exit_type));
    if (result.suspended()) {
      raise_error(&runtime_error_type, "{} ignored GeneratorExit", kind_name());
    }
  } catch (Raised& raised) {
    if (raised.exception.type()->is_subtype_of(&generator_exit_type)) return;
    throw;
  }
}

// A coroutine or an async generator is neither iterable nor an iterator
// (SEMANTICS.md §11); the base's errors say so.
Object Generator::iter() {
  if (kind_ != GeneratorKind::Generator) return HeapObject::iter();
  return Object::borrow(this);
}

bool Generator::next(Object& out) {
  if (kind_ != GeneratorKind::Generator) return HeapObject::next(out);
  if (state_ == kFinished && !running_) return false;
  Step result = step(ResumeKind::Send, None);
  if (result.kind == Step::Kind::Returned) return false;
  out = std::move(result.value);
  return true;
}

Step Generator::delegate_step(ResumeKind kind, Object value) {
  if (running_) raise_already_executing();
  if (kind == ResumeKind::Throw) {
    if (state_ == kCreated || state_ == kFinished) {
      // throw_exception raises for these; it never returns a step.
      throw_exception(std::move(value));
    }
    return step(ResumeKind::Throw, std::move(value));
  }
  // An exhausted (or closed) delegate yields nothing; the result is None.
  // An awaited coroutine cannot be awaited again.
  if (state_ == kFinished) {
    if (is_coroutine()) raise_reused();
    return Step::returned(None);
  }
  if (state_ == kCreated && !value.is_none()) {
    raise_error(&type_error_type, "can't send non-None value to a just-started {}", kind_name());
  }
  return step(ResumeKind::Send, std::move(value));
}

namespace {

Type frame_type("frame", &object_type);

// g.gi_frame of a generator that has not finished: a view of its frame that
// reads the live line number (f_lineno) and keeps the generator alive.
class GeneratorFrame final : public HeapObject {
 public:
  GeneratorFrame(Object generator, const Frame& frame)
      : HeapObject(&frame_type), generator_(std::move(generator)), frame_(frame) {}

  std::string repr() const override {
    return fmt::format("<frame at {}, file '{}', line {}, code {}>", static_cast<const void*>(this),
                       frame_.code->filename, frame_.line, frame_.code->name);
  }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "f_lineno") != 0) return false;
    out = Object::from_int(frame_.line);
    return true;
  }

 private:
  Object generator_;
  const Frame& frame_;
};

}  // namespace

std::string Generator::repr() const {
  return fmt::format("<{} object {} at {}>", type()->name(), qualname(), static_cast<const void*>(this));
}

bool Generator::get_attribute(const char* name, Object& out) {
  // gi_running, gi_frame, ... of a generator; cr_running, cr_frame, ... of
  // a coroutine, whose `gi_yieldfrom` is `cr_await`.
  // An async generator's are ag_running (its ag_running_async: an
  // awaitable of its methods is being awaited), ag_frame, ag_await.
  const char* prefix = is_coroutine() ? "cr_" : is_async_generator() ? "ag_" : "gi_";
  bool prefixed = std::strncmp(name, prefix, 3) == 0;
  const char* field = name + 3;
  if (prefixed && std::strcmp(field, "running") == 0) {
    out = Object::from_bool(is_async_generator() ? static_cast<AsyncGenerator*>(this)->running_async : running_);
  } else if (prefixed && std::strcmp(field, "suspended") == 0) {
    out = Object::from_bool(state_ > 0 && !running_);
  } else if (prefixed && std::strcmp(field, "frame") == 0) {
    out = state_ == kFinished ? None : make<GeneratorFrame>(Object::borrow(this), frame_);
  } else if (prefixed && std::strcmp(field, kind_ == GeneratorKind::Generator ? "yieldfrom" : "await") == 0) {
    if (!yield_from_.is_bound()) {
      out = None;
    } else if (yield_from_.heap()->type() == &async_generator_type) {
      out = async_generator_anext_in_progress(yield_from_);  // an `async for` step (async_next)
    } else {
      out = yield_from_;
    }
  } else if (std::strcmp(name, "__name__") == 0 || std::strcmp(name, "__qualname__") == 0) {
    // The name is the last component of the qualname.
    const char* dot = std::strrchr(qualname(), '.');
    out = new_str(name[2] == 'n' && dot ? dot + 1 : qualname());
  } else {
    return false;
  }
  return true;
}

void Generator::release() {
  // A coroutine dropped before it ever ran: CPython's RuntimeWarning, at
  // the line of the code that dropped it (SEMANTICS.md §11).
  if (is_coroutine() && state_ == kCreated) {
    warn_caller("RuntimeWarning", fmt::format("coroutine '{}' was never awaited", qualname()),
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
  }
  // A suspended generator is closed when its last reference goes (PEP 342),
  // so its `finally` blocks run now, as CPython's reference counting does.
  if (state_ > 0 && !running_) {
    refcount_ = 1;  // alive again while close() runs
    try {
      close();
    } catch (Raised& raised) {
      report_unraisable(repr(), raised.exception);
    }
    if (--refcount_ != 0) return;  // the finally code kept a reference
  }
  delete this;
}

}  // namespace py

// ---------------------------------------------------------------- yield from

namespace py {

Generator* as_generator(const Object& o) {
  if (!o.is_heap()) return nullptr;
  const Type* t = o.heap()->type();
  return t == &generator_type || t == &coroutine_type || t == &async_generator_type ? static_cast<Generator*>(o.heap())
                                                                                     : nullptr;
}

Object yield_from_iter(const Object& x) {
  if (x.is_heap() && x.heap()->type() == &generator_type) return x;
  return iter(x);
}

Object Generator::yield_from_source(const Object& x) const {
  const Generator* g = as_generator(x);
  if (g && g->is_coroutine()) {
    // CPython's GET_YIELD_FROM_ITER: only a @types.coroutine generator (or
    // a coroutine) may delegate to a coroutine.
    if (!iterable_coroutine_ && !is_coroutine()) {
      raise_error(&type_error_type, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return x;
  }
  return yield_from_iter(x);
}

namespace {

// Whether `o` can be a delegate: what iter() accepts as an iterator.
bool is_iterator(const Object& o) {
  if (!o.is_heap()) return false;
  if (Generator* g = as_generator(o)) return g->kind() == GeneratorKind::Generator;
  if (o.type()->is_user_class()) return hasattr(o, "__next__");
  return o.type()->find_method("__next__") != nullptr || is_builtin_iterator_type(o.heap()->type());
}

}  // namespace

bool has_slot(const Object& o, const char* name) {
  if (o.type()->is_user_class()) return hasattr(o, name);
  return o.is_heap() && o.type()->find_method(name) != nullptr;
}

bool call_slot(const Object& o, const char* name, Object& out) {
  if (o.type()->is_user_class()) {
    bool found = false;
    out = call_special(o, name, Args{}, &found);
    return found;
  }
  if (!o.is_heap() || o.type()->find_method(name) == nullptr) return false;
  out = call_method(o, name, Args{});
  return true;
}

Object await_iter(const Object& x) {
  // CPython's GET_AWAITABLE (_PyCoro_GetAwaitableIter, then the check for
  // a second awaiter).
  if (Generator* g = as_generator(x); g && (g->is_coroutine() || g->iterable_coroutine())) {
    if (g->is_coroutine() && g->awaiting().is_bound()) {
      raise_error(&runtime_error_type, "coroutine is being awaited already");
    }
    return x;
  }
  // The runtime's own awaitables (asyncio.sleep's coroutine, the native
  // coroutines) are their own __await__ iterators.
  if (as_native_awaitable(x) != nullptr) return x;
  // A user class's __await__, or a runtime type's (asyncio's Future, Task).
  Object result;
  if (!call_slot(x, "__await__", result)) raise_error(&type_error_type, "object {} can't be used in 'await' expression", x.type()->name());
  if (Generator* g = as_generator(result); g && g->is_coroutine()) {
    raise_error(&type_error_type, "__await__() returned a coroutine");
  }
  if (!is_iterator(result)) {
    raise_error(&type_error_type, "__await__() returned non-iterator of type '{}'", result.type()->name());
  }
  return result;
}

namespace {

// StopIteration's value (its first argument, or None).
Object stop_value(const Object& stop) {
  Object value;
  if (stop.heap()->get_attribute("value", value)) return value;
  return None;
}

}  // namespace

Object async_iter(const Object& x) {
  if (x.is_heap() && x.heap()->type() == &async_generator_type) return x;
  Object it;
  if (!call_slot(x, "__aiter__", it)) {
    raise_error(&type_error_type, "'async for' requires an object with __aiter__ method, got {}", x.type()->name());
  }
  if (!has_slot(it, "__anext__")) {
    raise_error(&type_error_type, "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type()->name());
  }
  return it;
}

Object async_next_slow(const Object& iterator) {
  if (iterator.heap()->type() == &async_generator_type) {
    auto* g = static_cast<AsyncGenerator*>(iterator.heap());
    // Already running: the awaitable's first step raises CPython's error.
    if (g->running_async) return async_generator_anext(iterator);
    g->init_hooks();
    return iterator;  // async_generator_direct_anext steps it
  }
  Object awaitable = call_method(iterator, "__anext__", Args{});
  try {
    return await_iter(awaitable);
  } catch (Raised& raised) {
    if (!isinstance(raised.exception, &type_error_type)) throw;
    exception_caught_natively(raised.exception);
    raise_error(&type_error_type, "'async for' received an invalid object from __anext__: {}",
                awaitable.type()->name());
  }
}

bool delegate_anext_slow(const Object& d, ResumeKind kind, Object value, Step& out) {
  // An async generator's end stops the loop without a StopAsyncIteration.
  const Type* type = d.heap()->type();
  if (type == &async_generator_type) return async_generator_direct_anext(d, kind, std::move(value), out);
  if (type == &async_generator_asend_type) return async_generator_anext_step(d, kind, std::move(value), out);
  try {
    out = delegate(d, kind, std::move(value));
    return true;
  } catch (Raised& raised) {
    if (!isinstance(raised.exception, &stop_async_iteration_type)) throw;
    exception_caught_natively(raised.exception);
    return false;
  }
}

Step delegate(const Object& d, ResumeKind kind, Object value) {
  bool is_generator = as_generator(d) != nullptr;
  if (kind == ResumeKind::Throw) {
    if (isinstance(value, &generator_exit_type)) {
      // PEP 380: close the delegate first (an exception from its close()
      // replaces the GeneratorExit), then raise GeneratorExit here.
      if (is_generator) {
        as_generator(d)->close();
      } else if (hasattr(d, "close")) {
        call_method(d, "close", Args{});
      }
      rethrow(std::move(value));
    }
    if (is_generator) return as_generator(d)->delegate_step(kind, std::move(value));
    if (is_async_generator_awaitable(d)) return async_generator_awaitable_step(d, kind, std::move(value));
    if (auto* native = as_native_awaitable(d)) return native->await_step(kind, std::move(value));
    if (!hasattr(d, "throw")) rethrow(std::move(value));
    try {
      return Step::yielded(call_method(d, "throw", Args{{value}}));
    } catch (Raised& raised) {
      if (!isinstance(raised.exception, &stop_iteration_type)) throw;
      return Step::returned(stop_value(raised.exception));
    }
  }
  if (is_generator) return as_generator(d)->delegate_step(kind, std::move(value));
  // `await agen.asend(v)`, and each step of an `async for` over an async
  // generator, without a StopIteration per value.
  if (is_async_generator_awaitable(d)) return async_generator_awaitable_step(d, kind, std::move(value));
  if (auto* native = as_native_awaitable(d)) return native->await_step(kind, std::move(value));
  try {
    if (value.is_none()) {
      // A user iterator's StopIteration carries the result of the
      // `yield from`; builtin iterators end with None.
      if (dynamic_cast<Instance*>(d.heap()) != nullptr) return Step::yielded(call_method(d, "__next__", Args{}));
      Object out;
      if (!d.heap()->next(out)) return Step::returned(None);
      return Step::yielded(std::move(out));
    }
    return Step::yielded(call_method(d, "send", Args{{value}}));
  } catch (Raised& raised) {
    if (!isinstance(raised.exception, &stop_iteration_type)) throw;
    return Step::returned(stop_value(raised.exception));
  }
}

}  // namespace py

// ---------------------------------------------------------------- methods

namespace py {

// The legacy `throw(type, value[, traceback])` form, made into one exception
// object as CPython's _gen_throw does.
Object exception_from_throw_args(const Args& args) {
  const Object& type = args[0];
  const Object& value = args[1];
  if (args.npos == 3 && !args[2].is_none()) {
    raise_error(&type_error_type, "throw() third argument must be a traceback object");
  }
  if (type.is_heap() && type.heap()->type() == &type_type &&
      cast<Type>(type)->is_subtype_of(&base_exception_type)) {
    if (value.is_none()) return call(type, Args{});
    if (isinstance(value, cast<Type>(type))) return value;
    if (is_tuple(value)) {
      const auto& items = cast<Tuple>(value)->items;
      return call(type, Args(items.data(), items.size()));
    }
    return call(type, Args{{value}});
  }
  if (isinstance(type, &base_exception_type)) {
    if (!value.is_none()) raise_error(&type_error_type, "instance exception may not have a separate value");
    return type;
  }
  raise_error(&type_error_type, "exceptions must be classes or instances deriving from BaseException, not {}",
              type.type()->name());
}

namespace {

Object generator_send(const Object& self, const Args& args) {
  expect_one_arg(args, "generator.send");
  return cast<Generator>(self)->send(args[0]);
}

Object generator_throw(const Object& self, const Args& args) {
  expect_positional(args, "throw", 1, 3);
  if (args.npos == 1) return cast<Generator>(self)->throw_exception(args[0]);
  return cast<Generator>(self)->throw_exception(exception_from_throw_args(args));
}

Object generator_next(const Object& self, const Args& args) {
  expect_no_args(args, "generator.__next__");
  return cast<Generator>(self)->send(None);
}

Object generator_iter(const Object& self, const Args& args) {
  expect_no_args(args, "generator.__iter__");
  return self;
}

Object generator_close(const Object& self, const Args& args) {
  expect_no_args(args, "generator.close");
  cast<Generator>(self)->close();
  return None;
}

}  // namespace

// coro.__await__(): an iterator over the coroutine (CPython's
// coroutine_wrapper), for code that drives a coroutine with next().
Type coroutine_wrapper_type("coroutine_wrapper", &object_type);

class CoroutineWrapper final : public HeapObject {
 public:
  explicit CoroutineWrapper(Object coroutine) : HeapObject(&coroutine_wrapper_type), coroutine_(std::move(coroutine)) {}
  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    Step result = as_generator(coroutine_)->delegate_step(ResumeKind::Send, None);
    if (result.kind == Step::Kind::Returned) return false;
    out = std::move(result.value);
    return true;
  }
  bool get_attribute(const char* name, Object& out) override {
    // send, throw and close are the coroutine's own.
    for (const char* f : {"send", "throw", "close"}) {
      if (std::strcmp(name, f) != 0) continue;
      out = getattr(coroutine_, f);
      return true;
    }
    return false;
  }

 private:
  Object coroutine_;
};

Object coroutine_await(const Object& self, const Args& args) {
  expect_no_args(args, "coroutine.__await__");
  return make<CoroutineWrapper>(self);
}

const MethodDef generator_methods[] = {
    {"send", generator_send},
    {"throw", generator_throw},
    {"close", generator_close},
    {"__next__", generator_next},
    {"__iter__", generator_iter},
};
const size_t generator_method_count = std::size(generator_methods);

const MethodDef coroutine_methods[] = {
    {"send", generator_send},
    {"throw", generator_throw},
    {"close", generator_close},
    {"__await__", coroutine_await},
};
const size_t coroutine_method_count = std::size(coroutine_methods);

}  // namespace py
