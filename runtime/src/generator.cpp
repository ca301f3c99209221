// The generator protocol of SEMANTICS.md, once, on top of the generated
// `resume` state machines: send/next, throw, close, PEP 479, finalisation
// when the last reference goes.
#include <cstdio>
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

// throw(Cls) raises Cls(); throw(inst) raises inst itself.
Object normalize_thrown(Object exception) {
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

}  // namespace

Object Generator::take_sent(ResumeKind kind, Object value) {
  if (kind == ResumeKind::Throw) raise(std::move(value));
  return value;
}

Step Generator::step(ResumeKind kind, Object value) {
  if (running_) raise_error(&value_error_type, "generator already executing");
  running_ = true;
  // The frame's own handled exceptions are live again while it runs, above
  // whatever the caller is handling (CPython's gi_exc_state).
  size_t depth = handled_depth();
  for (Object& e : saved_handled_) push_handled(std::move(e));
  saved_handled_.clear();
  try {
    FrameEntry entry(frame_);
    Step result = resume(kind, std::move(value));
    running_ = false;
    take_handled_above(depth, saved_handled_);
    if (result.kind == Step::Kind::Returned) {
      state_ = kFinished;
      yield_from_ = Object();
      saved_handled_.clear();
      handler_count_ = 0;
      clear_frame();
    }
    return result;
  } catch (Raised& raised) {
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
    if (isinstance(raised.exception, &stop_iteration_type)) {
      exception_caught_natively(raised.exception);
      Object error = new_exception(&runtime_error_type, "generator raised StopIteration");
      auto* e = cast<ExceptionObject>(error);
      e->cause = raised.exception;
      e->context = raised.exception;
      e->suppress_context = true;
      capture_traceback(*e);
      rethrow(std::move(error));  // the context is set: keep it
    }
    throw;
  }
}

Object Generator::send(Object value) {
  if (running_) raise_error(&value_error_type, "generator already executing");
  if (state_ == kFinished) raise(new_exception(&stop_iteration_type));
  if (state_ == kCreated && !value.is_none()) {
    raise_error(&type_error_type, "can't send non-None value to a just-started generator");
  }
  Step result = step(ResumeKind::Send, std::move(value));
  if (result.kind == Step::Kind::Yielded) return std::move(result.value);
  raise(stop_iteration_with(result.value));
}

Object Generator::throw_exception(Object exception) {
  if (running_) raise_error(&value_error_type, "generator already executing");
  exception = normalize_thrown(std::move(exception));
  if (state_ == kCreated) {
    // Raised "before the first line": no handler runs, but 3.11 still
    // applies PEP 479 to a thrown StopIteration (SEMANTICS.md §2).
    state_ = kFinished;
    clear_frame();
    if (isinstance(exception, &stop_iteration_type)) {
      Object error = new_exception(&runtime_error_type, "generator raised StopIteration");
      auto* e = cast<ExceptionObject>(error);
      e->cause = exception;
      e->context = exception;
      e->suppress_context = true;
      capture_traceback(*e);
      rethrow(std::move(error));  // the context is set: keep it
    }
    raise(std::move(exception));
  }
  if (state_ == kFinished) raise(std::move(exception));
  Step result = step(ResumeKind::Throw, std::move(exception));
  if (result.kind == Step::Kind::Yielded) return std::move(result.value);
  raise(stop_iteration_with(result.value));
}

void Generator::close() {
  if (running_) raise_error(&value_error_type, "generator already executing");
  if (state_ == kCreated || state_ == kFinished) {
    state_ = kFinished;
    clear_frame();
    return;
  }
  try {
    Step result = step(ResumeKind::Throw, new_exception(&generator_exit_type));
    if (result.kind == Step::Kind::Yielded) {
      raise_error(&runtime_error_type, "generator ignored GeneratorExit");
    }
  } catch (Raised& raised) {
    if (raised.exception.type()->is_subtype_of(&generator_exit_type)) return;
    throw;
  }
}

bool Generator::next(Object& out) {
  if (state_ == kFinished && !running_) return false;
  Step result = step(ResumeKind::Send, None);
  if (result.kind == Step::Kind::Returned) return false;
  out = std::move(result.value);
  return true;
}

Step Generator::delegate_step(ResumeKind kind, Object value) {
  if (running_) raise_error(&value_error_type, "generator already executing");
  if (kind == ResumeKind::Throw) {
    if (state_ == kCreated || state_ == kFinished) {
      // throw_exception raises for these; it never returns a step.
      throw_exception(std::move(value));
    }
    return step(ResumeKind::Throw, std::move(value));
  }
  // An exhausted (or closed) delegate yields nothing; the result is None.
  if (state_ == kFinished) return Step::returned(None);
  if (state_ == kCreated && !value.is_none()) {
    raise_error(&type_error_type, "can't send non-None value to a just-started generator");
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
  return fmt::format("<generator object {} at {}>", qualname(), static_cast<const void*>(this));
}

bool Generator::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "gi_running") == 0) {
    out = Object::from_bool(running_);
  } else if (std::strcmp(name, "gi_suspended") == 0) {
    out = Object::from_bool(state_ > 0 && !running_);
  } else if (std::strcmp(name, "gi_frame") == 0) {
    out = state_ == kFinished ? None : make<GeneratorFrame>(Object::borrow(this), frame_);
  } else if (std::strcmp(name, "gi_yieldfrom") == 0) {
    out = yield_from_.is_bound() ? yield_from_ : None;
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

Object yield_from_iter(const Object& x) {
  if (x.is_heap() && x.heap()->type() == &generator_type) return x;
  return iter(x);
}

namespace {

// StopIteration's value (its first argument, or None).
Object stop_value(const Object& stop) {
  Object value;
  if (stop.heap()->get_attribute("value", value)) return value;
  return None;
}

}  // namespace

Step delegate(const Object& d, ResumeKind kind, Object value) {
  bool is_generator = d.is_heap() && d.heap()->type() == &generator_type;
  if (kind == ResumeKind::Throw) {
    if (isinstance(value, &generator_exit_type)) {
      // PEP 380: close the delegate first (an exception from its close()
      // replaces the GeneratorExit), then raise GeneratorExit here.
      if (is_generator) {
        cast<Generator>(d)->close();
      } else if (hasattr(d, "close")) {
        call_method(d, "close", Args{});
      }
      rethrow(std::move(value));
    }
    if (is_generator) return cast<Generator>(d)->delegate_step(kind, std::move(value));
    if (!hasattr(d, "throw")) rethrow(std::move(value));
    try {
      return Step::yielded(call_method(d, "throw", Args{{value}}));
    } catch (Raised& raised) {
      if (!isinstance(raised.exception, &stop_iteration_type)) throw;
      return Step::returned(stop_value(raised.exception));
    }
  }
  if (is_generator) return cast<Generator>(d)->delegate_step(kind, std::move(value));
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

namespace {

// The legacy `throw(type, value[, traceback])` form, made into one exception
// object as CPython's _gen_throw does.
Object exception_from_triple(const Args& args) {
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

Object generator_send(const Object& self, const Args& args) {
  expect_one_arg(args, "generator.send");
  return cast<Generator>(self)->send(args[0]);
}

Object generator_throw(const Object& self, const Args& args) {
  expect_positional(args, "throw", 1, 3);
  if (args.npos == 1) return cast<Generator>(self)->throw_exception(args[0]);
  return cast<Generator>(self)->throw_exception(exception_from_triple(args));
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

const MethodDef generator_methods[] = {
    {"send", generator_send},
    {"throw", generator_throw},
    {"close", generator_close},
    {"__next__", generator_next},
    {"__iter__", generator_iter},
};
const size_t generator_method_count = std::size(generator_methods);

}  // namespace py
