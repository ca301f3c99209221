// The contextlib module: contextmanager (SEMANTICS.md §10), suppress,
// closing, nullcontext, ExitStack and redirect_stdout. Each follows the
// code of CPython 3.11's Lib/contextlib.py line for line, so the
// suppression rules, the messages and the exception chaining are the same;
// what CPython does with Python-level `try`/`except` is done here with
// C++ try/catch on py::Raised plus the explicit context CPython's `raise`
// would set.
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/with.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// ---------------------------------------------------------------- helpers

// The arguments of a call, kept to make the call again later
// (_GeneratorContextManager._recreate_cm, ExitStack.callback).
struct SavedCall {
  std::vector<Object> positional;
  std::vector<std::string> names;
  std::vector<Object> values;

  SavedCall() = default;
  explicit SavedCall(const Args& args, size_t skip = 0) {
    for (size_t i = skip; i < args.npos; ++i) positional.push_back(args[i]);
    for (size_t i = 0; i < args.nkw; ++i) {
      names.emplace_back(args.kw[i].name);
      values.push_back(args.kw[i].value);
    }
  }

  Object call(const Object& callee) const {
    std::vector<KwArg> keywords;
    for (size_t i = 0; i < names.size(); ++i) keywords.push_back(KwArg{names[i].c_str(), values[i]});
    return py::call(callee, Args(positional.data(), positional.size(), keywords.data(), keywords.size()));
  }
  Object args_tuple() const { return new_tuple(positional); }
  Object kwds_dict() const {
    Object d = new_dict();
    for (size_t i = 0; i < names.size(); ++i) dict_set(d, new_str(names[i]), values[i]);
    return d;
  }
};

bool is_generator(const Object& o) { return o.is_heap() && o.heap()->type() == &generator_type; }

ExceptionObject& exception_of(const Object& e) { return *cast<ExceptionObject>(e); }

// `raise error from None` inside `except` handling `handled`: the
// RuntimeError's context is the handled exception, shown by nobody.
[[noreturn]] void raise_from_none_while_handling(Object error, Object handled) {
  HandlingScope scope(handled);
  exception_of(error).suppress_context = true;
  raise(std::move(error));
}

// The module CPython names for a type in `'mod.Qualname' object ...`.
std::string type_path(const Type* type) {
  if (type->is_user_class()) return std::string("__main__.") + static_cast<const UserClass*>(type)->qualname;
  if (type->module() != nullptr) return std::string(type->module()) + "." + type->name();
  return std::string("builtins.") + type->name();
}

bool has_special(const Object& o, const char* name) {
  const Type* t = o.type();
  if (t->is_user_class()) return class_lookup(const_cast<Type*>(t), name) != nullptr;
  return t->find_method(name) != nullptr;
}

// ---------------------------------------------------------------- contextmanager

// A generator-based context manager: `gen` is func(*args, **kwds).
class GeneratorContextManager final : public HeapObject {
 public:
  GeneratorContextManager(Object func, SavedCall args);

  bool get_attribute(const char* name, Object& out) override;

  Object gen;
  Object func;  // unbound once entered, as 3.11 deletes it
  SavedCall saved;
  bool entered = false;
};

extern Type generator_context_manager_type;

GeneratorContextManager::GeneratorContextManager(Object f, SavedCall args)
    : HeapObject(&generator_context_manager_type), func(std::move(f)), saved(std::move(args)) {
  gen = saved.call(func);
}

bool GeneratorContextManager::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "gen") == 0) {
    out = gen;
    return true;
  }
  if (entered) return false;
  if (std::strcmp(name, "func") == 0) out = func;
  else if (std::strcmp(name, "args") == 0) out = saved.args_tuple();
  else if (std::strcmp(name, "kwds") == 0) out = saved.kwds_dict();
  else return false;
  return true;
}

GeneratorContextManager& gcm(const Object& self) { return *cast<GeneratorContextManager>(self); }

// next(self.gen) as a Step: Returned carries the StopIteration's value.
Step advance(const Object& gen) {
  if (is_generator(gen)) return cast<Generator>(gen)->delegate_step(ResumeKind::Send, None);
  try {
    return Step::yielded(bi::next.fn({gen}));
  } catch (Raised& raised) {
    if (!isinstance(raised.exception, &stop_iteration_type)) throw;
    exception_caught_natively(raised.exception);
    return Step::returned(exception_of(raised.exception).code());
  }
}

Object stop_iteration_for(const Object& value) {
  if (value.is_none()) return new_exception(&stop_iteration_type);
  return make<ExceptionObject>(&stop_iteration_type, new_tuple({value}));
}

Object gcm_enter(const Object& self, const Args& args) {
  expect_no_args(args, "_GeneratorContextManager.__enter__");
  GeneratorContextManager& cm = gcm(self);
  if (cm.entered) raise_error(&attribute_error_type, "args");
  cm.entered = true;
  cm.func = Object();
  cm.saved = SavedCall();
  Step step = advance(cm.gen);
  if (step.kind == Step::Kind::Yielded) return std::move(step.value);
  Object stop = stop_iteration_for(step.value);
  exception_of(stop).context = current_exception();
  raise_from_none_while_handling(new_exception(&runtime_error_type, "generator didn't yield"), stop);
}

Object gcm_exit(const Object& self, const Args& args) {
  expect_positional(args, "__exit__", 3, 3);
  GeneratorContextManager& cm = gcm(self);
  const Object& type = args[0];
  if (type.is_none()) {
    if (advance(cm.gen).kind == Step::Kind::Returned) return False;
    raise_error(&runtime_error_type, "generator didn't stop");
  }
  Object value = args[1];
  // Instantiated, so that the same exception can be recognised coming back.
  if (value.is_none()) value = call(type, Args{});
  std::vector<TracebackEntry> traceback;
  if (isinstance(value, &base_exception_type)) traceback = exception_of(value).traceback;
  try {
    Step step = is_generator(cm.gen)
                    ? cast<Generator>(cm.gen)->delegate_step(ResumeKind::Throw, value)
                    : Step::yielded(call_method(cm.gen, "throw", {type, value, args[2]}));
    // Returning from the generator (StopIteration) suppresses the exception.
    if (step.kind == Step::Kind::Returned) return True;
  } catch (Raised& raised) {
    const Object& exc = raised.exception;
    if (isinstance(exc, &stop_iteration_type)) {
      // The body's own StopIteration, thrown in and not caught: propagates.
      exception_caught_natively(exc);
      return Object::from_bool(!exc.is(value));
    }
    if (isinstance(exc, &runtime_error_type)) {
      if (exc.is(value)) {
        exception_of(value).traceback = std::move(traceback);
        return False;
      }
      // PEP 479 wrapped the StopIteration thrown in: the original propagates.
      if (isinstance(value, &stop_iteration_type) && exception_of(exc).cause.is(value)) {
        exception_of(value).traceback = std::move(traceback);
        return False;
      }
      throw;
    }
    // __exit__ must not raise the exception it was given, only report it.
    if (!exc.is(value)) throw;
    exception_of(value).traceback = std::move(traceback);
    return False;
  }
  raise_error(&runtime_error_type, "generator didn't stop after throw()");
}

// ContextDecorator: `@cm()` on a function runs each call inside a fresh cm.
Object gcm_call(const Object& self, const Args& args);

const MethodDef gcm_methods[] = {
    {"__enter__", gcm_enter},
    {"__exit__", gcm_exit},
    {"__call__", gcm_call},
};

Type generator_context_manager_type("_GeneratorContextManager", &object_type,
                                    {gcm_methods, std::size(gcm_methods)});

// What `@contextmanager` returns: a function that makes the manager. Its
// name, qualname and repr are the decorated function's (functools.wraps).
class ContextManagerFactory final : public HeapObject {
 public:
  ContextManagerFactory(Type* type, Object wrapped, Object manager = Object())
      : HeapObject(type), wrapped(std::move(wrapped)), manager(std::move(manager)) {}

  std::string repr() const override {
    return fmt::format("<function {} at {}>", py::str(getattr(wrapped, "__qualname__")), static_cast<const void*>(this));
  }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "__wrapped__") == 0) {
      out = wrapped;
      return true;
    }
    if (std::strcmp(name, "__name__") == 0 || std::strcmp(name, "__qualname__") == 0 ||
        std::strcmp(name, "__doc__") == 0 || std::strcmp(name, "__module__") == 0) {
      return wrapped.heap()->get_attribute(name, out);
    }
    return false;
  }

  Object wrapped;
  Object manager;  // for a ContextDecorator's wrapper: the manager to recreate
};

Object factory_call(const Object& self, const Args& args) {
  auto* f = cast<ContextManagerFactory>(self);
  return make<GeneratorContextManager>(f->wrapped, SavedCall(args));
}

// A function is a descriptor: read through an instance, the factory binds
// it (`@contextmanager def acquire(self)` in a class).
Object factory_get(const Object& self, const Args& args) {
  expect_positional(args, "__get__", 1, 2);
  if (args[0].is_none()) return self;
  return make<Method>(self, args[0]);
}

const MethodDef factory_methods[] = {{"__call__", factory_call}, {"__get__", factory_get}};
// type(f) is a function, as for the helper CPython's contextmanager returns.
Type contextmanager_function_type("function", &object_type, {factory_methods, std::size(factory_methods)});

// The wrapper a ContextDecorator returns: `with self._recreate_cm(): return func(*a, **k)`.
Object decorated_call(const Object& self, const Args& args) {
  auto* f = cast<ContextManagerFactory>(self);
  GeneratorContextManager& cm = gcm(f->manager);
  if (cm.entered) raise_error(&attribute_error_type, "func");
  Object manager = make<GeneratorContextManager>(cm.func, cm.saved);
  Object exit = with_exit_method(manager);
  with_enter(manager);
  Object result;
  try {
    result = call(f->wrapped, args);
  } catch (Raised& raised) {
    Object exception = raised.exception;
    HandlingScope handling(exception);
    if (!with_exit(exit, exception)) rethrow(std::move(exception));
    return None;
  }
  with_exit(exit, Object());
  return result;
}

const MethodDef decorated_methods[] = {{"__call__", decorated_call}, {"__get__", factory_get}};
Type context_decorated_function_type("function", &object_type, {decorated_methods, std::size(decorated_methods)});

Object gcm_call(const Object& self, const Args& args) {
  expect_positional(args, "__call__", 1, 1);
  return make<ContextManagerFactory>(&context_decorated_function_type, args[0], self);
}

Object contextlib_contextmanager(const Args& args) {
  expect_positional(args, "contextmanager", 1, 1);
  return make<ContextManagerFactory>(&contextmanager_function_type, args[0]);
}

// ---------------------------------------------------------------- suppress, closing, nullcontext

// The instances of suppress, closing and nullcontext: one object each.
class SimpleManager final : public HeapObject {
 public:
  SimpleManager(Type* type, Object value) : HeapObject(type), value(std::move(value)) {}
  bool get_attribute(const char* name, Object& out) override;

  Object value;  // the exceptions tuple, the thing, the enter result
};

extern Type suppress_type;
extern Type closing_type;
extern Type nullcontext_type;

bool SimpleManager::get_attribute(const char* name, Object& out) {
  const char* field = type() == &suppress_type ? "_exceptions" : type() == &closing_type ? "thing" : "enter_result";
  if (std::strcmp(name, field) != 0) return false;
  out = value;
  return true;
}

Object simple_value(const Object& self) { return cast<SimpleManager>(self)->value; }

Object suppress_enter(const Object&, const Args&) { return None; }
Object suppress_exit(const Object& self, const Args& args) {
  expect_positional(args, "__exit__", 3, 3);
  if (args[0].is_none()) return False;
  return bi::issubclass.fn({args[0], simple_value(self)});
}

Object closing_enter(const Object& self, const Args&) { return simple_value(self); }
Object closing_exit(const Object& self, const Args&) {
  call_method(simple_value(self), "close", Args{});
  return None;
}

Object nullcontext_enter(const Object& self, const Args&) { return simple_value(self); }
Object nullcontext_exit(const Object&, const Args&) { return None; }

const MethodDef suppress_methods[] = {{"__enter__", suppress_enter}, {"__exit__", suppress_exit}};
const MethodDef closing_methods[] = {{"__enter__", closing_enter}, {"__exit__", closing_exit}};
const MethodDef nullcontext_methods[] = {{"__enter__", nullcontext_enter}, {"__exit__", nullcontext_exit}};

Type suppress_type("suppress", &object_type, {suppress_methods, std::size(suppress_methods)});
Type closing_type("closing", &object_type, {closing_methods, std::size(closing_methods)});
Type nullcontext_type("nullcontext", &object_type, {nullcontext_methods, std::size(nullcontext_methods)});

// ---------------------------------------------------------------- redirect_stdout

class RedirectStdout final : public HeapObject {
 public:
  explicit RedirectStdout(Object target);
  Object target;
  std::vector<Object> old_targets;  // reentrant: one per active entry
};

extern Type redirect_stdout_type;

RedirectStdout::RedirectStdout(Object t) : HeapObject(&redirect_stdout_type), target(std::move(t)) {}

Object redirect_enter(const Object& self, const Args& args) {
  expect_no_args(args, "redirect_stdout.__enter__");
  auto* r = cast<RedirectStdout>(self);
  Object sys = import_module("sys");
  r->old_targets.push_back(getattr(sys, "stdout"));
  setattr(sys, "stdout", r->target);
  return r->target;
}

Object redirect_exit(const Object& self, const Args& args) {
  expect_positional(args, "__exit__", 3, 3);
  auto* r = cast<RedirectStdout>(self);
  if (r->old_targets.empty()) raise_error(&index_error_type, "pop from empty list");
  Object old = std::move(r->old_targets.back());
  r->old_targets.pop_back();
  setattr(import_module("sys"), "stdout", old);
  return None;
}

const MethodDef redirect_methods[] = {{"__enter__", redirect_enter}, {"__exit__", redirect_exit}};
Type redirect_stdout_type("redirect_stdout", &object_type, {redirect_methods, std::size(redirect_methods)});

// ---------------------------------------------------------------- ExitStack

class ExitStack final : public HeapObject {
 public:
  // One registered exit: an __exit__-like callable taking (type, value,
  // traceback), or a callback(*args, **kwds) whose result is ignored.
  struct Entry {
    Object callable;
    bool takes_exc_details;
    SavedCall saved;
  };

  ExitStack();
  std::vector<Entry> entries;
};

extern Type exit_stack_type;

ExitStack::ExitStack() : HeapObject(&exit_stack_type) {}

ExitStack& stack_of(const Object& self) { return *cast<ExitStack>(self); }

Object stack_enter(const Object& self, const Args& args) {
  expect_no_args(args, "ExitStack.__enter__");
  return self;
}

Object stack_enter_context(const Object& self, const Args& args) {
  expect_positional(args, "enter_context", 1, 1);
  const Object& cm = args[0];
  if (!has_special(cm, "__enter__") || !has_special(cm, "__exit__")) {
    raise_error(&type_error_type, "'{}' object does not support the context manager protocol",
                type_path(cm.type()));
  }
  Object result = call_method(cm, "__enter__", Args{});
  stack_of(self).entries.push_back({getattr(cm, "__exit__"), true, SavedCall()});
  return result;
}

Object stack_push(const Object& self, const Args& args) {
  expect_positional(args, "push", 1, 1);
  const Object& exit = args[0];
  Object callable = has_special(exit, "__exit__") ? getattr(exit, "__exit__") : exit;
  stack_of(self).entries.push_back({callable, true, SavedCall()});
  return exit;
}

Object stack_callback(const Object& self, const Args& args) {
  if (args.npos == 0) {
    raise_error(&type_error_type, "ExitStack.callback() missing 1 required positional argument: 'callback'");
  }
  stack_of(self).entries.push_back({args[0], false, SavedCall(args, 1)});
  return args[0];
}

Object stack_pop_all(const Object& self, const Args& args) {
  expect_no_args(args, "ExitStack.pop_all");
  Object moved = make<ExitStack>();
  stack_of(moved).entries = std::move(stack_of(self).entries);
  stack_of(self).entries.clear();
  return moved;
}

// A new exception raised by a callback names, at the end of its context
// chain, the exception that was pending before it (as nested `with`
// statements would), not the one the frame was handling.
void fix_exception_context(Object new_exc, const Object& old_exc, const Object& frame_exc) {
  while (true) {
    Object context = exception_of(new_exc).context;
    if (!context.is_bound() || context.is_none() || context.is(old_exc)) return;
    if (context.is(frame_exc)) break;
    new_exc = context;
  }
  exception_of(new_exc).context = old_exc;
}

Object stack_exit(const Object& self, const Args& args) {
  Object details[3] = {None, None, None};
  for (size_t i = 0; i < args.npos && i < 3; ++i) details[i] = args[i];
  bool received = !details[0].is_none();
  Object frame_exc = current_exception();
  if (!frame_exc.is_bound()) frame_exc = None;
  bool suppressed = false;
  bool pending_raise = false;
  ExitStack& stack = stack_of(self);
  while (!stack.entries.empty()) {
    ExitStack::Entry entry = std::move(stack.entries.back());
    stack.entries.pop_back();
    try {
      if (entry.takes_exc_details) {
        if (truthy(call(entry.callable, {details[0], details[1], details[2]}))) {
          suppressed = true;
          pending_raise = false;
          details[0] = details[1] = details[2] = None;
        }
      } else {
        entry.saved.call(entry.callable);
      }
    } catch (Raised& raised) {
      Object exc = raised.exception;
      exception_caught_natively(exc);
      fix_exception_context(exc, details[1], frame_exc);
      pending_raise = true;
      details[0] = Object::borrow(exc.type());
      details[1] = exc;
      details[2] = None;
    }
  }
  if (pending_raise) rethrow(details[1]);
  return Object::from_bool(received && suppressed);
}

Object stack_close(const Object& self, const Args& args) {
  expect_no_args(args, "ExitStack.close");
  stack_exit(self, {None, None, None});
  return None;
}

const MethodDef exit_stack_methods[] = {
    {"__enter__", stack_enter},       {"__exit__", stack_exit},   {"enter_context", stack_enter_context},
    {"push", stack_push},             {"callback", stack_callback}, {"pop_all", stack_pop_all},
    {"close", stack_close},
};
Type exit_stack_type("ExitStack", &object_type, {exit_stack_methods, std::size(exit_stack_methods)});

const BuiltinFunctionDef contextmanager_def{"contextmanager", contextlib_contextmanager};

}  // namespace

Object contextlib_construct(Type* type, const Args& args) {
  if (type == &suppress_type) {
    if (args.has_keywords()) raise_error(&type_error_type, "suppress.__init__() got an unexpected keyword argument '{}'", args.kw[0].name);
    return make<SimpleManager>(type, new_tuple(std::vector<Object>(args.pos, args.pos + args.npos)));
  }
  if (type == &closing_type) {
    Object thing;
    bind_args(args, "closing", {"thing"}, 1, &thing);
    return make<SimpleManager>(type, thing);
  }
  if (type == &nullcontext_type) {
    Object result;
    bind_args(args, "nullcontext", {"enter_result"}, 0, &result);
    return make<SimpleManager>(type, result.is_bound() ? result : None);
  }
  if (type == &redirect_stdout_type) {
    Object target;
    bind_args(args, "redirect_stdout", {"new_target"}, 1, &target);
    return make<RedirectStdout>(target);
  }
  if (type == &exit_stack_type) {
    expect_positional(args, "ExitStack", 0, 0);
    return make<ExitStack>();
  }
  return Object();
}

void init_contextlib_module(Module& module) {
  for (Type* type : {&generator_context_manager_type, &suppress_type, &closing_type, &nullcontext_type,
                     &redirect_stdout_type, &exit_stack_type}) {
    type->set_module("contextlib");
  }
  module.attrs.set("contextmanager", builtin_object(contextmanager_def));
  module.attrs.set("suppress", type_object(suppress_type));
  module.attrs.set("closing", type_object(closing_type));
  module.attrs.set("nullcontext", type_object(nullcontext_type));
  module.attrs.set("redirect_stdout", type_object(redirect_stdout_type));
  module.attrs.set("ExitStack", type_object(exit_stack_type));
}

}  // namespace py
