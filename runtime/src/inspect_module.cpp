// The inspect module: the generator- and coroutine-state introspection that
// generator code uses (getgeneratorstate, getcoroutinestate, isgenerator,
// iscoroutine, iscoroutinefunction, isgeneratorfunction, isasyncgen,
// isasyncgenfunction, isawaitable).
#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "functools_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

bool is_generator(const Object& o) { return o.is_heap() && o.heap()->type() == &generator_type; }

Object inspect_getgeneratorstate(const Args& args) {
  expect_positional(args, "getgeneratorstate", 1, 1);
  if (!is_generator(args[0])) {
    // CPython reaches for gi_running and fails with this AttributeError.
    raise_error(&attribute_error_type, "'{}' object has no attribute 'gi_running'", args[0].type()->name());
  }
  const auto* g = cast<Generator>(args[0]);
  if (g->running()) return new_str("GEN_RUNNING");
  if (g->finished()) return new_str("GEN_CLOSED");
  return new_str(g->started() ? "GEN_SUSPENDED" : "GEN_CREATED");
}

bool is_coroutine(const Object& o) { return o.is_heap() && o.heap()->type() == &coroutine_type; }

Object inspect_getcoroutinestate(const Args& args) {
  expect_positional(args, "getcoroutinestate", 1, 1);
  if (!is_coroutine(args[0])) {
    raise_error(&attribute_error_type, "'{}' object has no attribute 'cr_running'", args[0].type()->name());
  }
  const auto* g = cast<Generator>(args[0]);
  if (g->running()) return new_str("CORO_RUNNING");
  if (g->finished()) return new_str("CORO_CLOSED");
  return new_str(g->started() ? "CORO_SUSPENDED" : "CORO_CREATED");
}

Object inspect_iscoroutine(const Args& args) {
  expect_positional(args, "iscoroutine", 1, 1);
  return Object::from_bool(is_coroutine(args[0]));
}

// inspect's _has_code_flag: a function (or a bound method's function, or a
// functools.partial's, unwrapped as inspect does) whose code has `flag`.
bool has_code_flag(Object f, uint32_t flag) {
  for (;;) {
    if (!f.is_heap()) return false;
    if (f.heap()->type() == &method_type) {
      f = cast<Method>(f)->function;
    } else if (f.heap()->type() == &function_type) {
      return (cast<Function>(f)->signature->code_flags & flag) != 0;
    } else if (Object inner = partial_function(f); inner.is_bound()) {
      f = inner;
    } else {
      return false;
    }
  }
}

Object inspect_iscoroutinefunction(const Args& args) {
  expect_positional(args, "iscoroutinefunction", 1, 1);
  return Object::from_bool(has_code_flag(args[0], Signature::kCoCoroutine));
}

Object inspect_isgeneratorfunction(const Args& args) {
  expect_positional(args, "isgeneratorfunction", 1, 1);
  return Object::from_bool(has_code_flag(args[0], Signature::kCoGenerator));
}

Object inspect_isasyncgenfunction(const Args& args) {
  expect_positional(args, "isasyncgenfunction", 1, 1);
  return Object::from_bool(has_code_flag(args[0], Signature::kCoAsyncGenerator));
}

Object inspect_isasyncgen(const Args& args) {
  expect_positional(args, "isasyncgen", 1, 1);
  const Object& o = args[0];
  return Object::from_bool(o.is_heap() && o.heap()->type() == &async_generator_type);
}

// inspect.isawaitable: a coroutine, a types.coroutine generator, or any
// object whose type has __await__.
Object inspect_isawaitable(const Args& args) {
  expect_positional(args, "isawaitable", 1, 1);
  const Object& o = args[0];
  if (is_coroutine(o)) return Object::from_bool(true);
  if (is_generator(o) && cast<Generator>(o)->iterable_coroutine()) return Object::from_bool(true);
  return Object::from_bool(has_slot(o, "__await__"));
}

Object inspect_isgenerator(const Args& args) {
  expect_positional(args, "isgenerator", 1, 1);
  return Object::from_bool(is_generator(args[0]));
}

const BuiltinFunctionDef getgeneratorstate_def{"getgeneratorstate", inspect_getgeneratorstate};
const BuiltinFunctionDef isgenerator_def{"isgenerator", inspect_isgenerator};
const BuiltinFunctionDef getcoroutinestate_def{"getcoroutinestate", inspect_getcoroutinestate};
const BuiltinFunctionDef iscoroutine_def{"iscoroutine", inspect_iscoroutine};
const BuiltinFunctionDef iscoroutinefunction_def{"iscoroutinefunction", inspect_iscoroutinefunction};
const BuiltinFunctionDef isgeneratorfunction_def{"isgeneratorfunction", inspect_isgeneratorfunction};
const BuiltinFunctionDef isasyncgenfunction_def{"isasyncgenfunction", inspect_isasyncgenfunction};
const BuiltinFunctionDef isasyncgen_def{"isasyncgen", inspect_isasyncgen};
const BuiltinFunctionDef isawaitable_def{"isawaitable", inspect_isawaitable};

}  // namespace

void init_inspect_module(Module& module) {
  module.attrs.set("getgeneratorstate", builtin_object(getgeneratorstate_def));
  module.attrs.set("isgenerator", builtin_object(isgenerator_def));
  module.attrs.set("GEN_CREATED", new_str("GEN_CREATED"));
  module.attrs.set("GEN_RUNNING", new_str("GEN_RUNNING"));
  module.attrs.set("GEN_SUSPENDED", new_str("GEN_SUSPENDED"));
  module.attrs.set("GEN_CLOSED", new_str("GEN_CLOSED"));
  module.attrs.set("getcoroutinestate", builtin_object(getcoroutinestate_def));
  module.attrs.set("iscoroutine", builtin_object(iscoroutine_def));
  module.attrs.set("iscoroutinefunction", builtin_object(iscoroutinefunction_def));
  module.attrs.set("isgeneratorfunction", builtin_object(isgeneratorfunction_def));
  module.attrs.set("isasyncgenfunction", builtin_object(isasyncgenfunction_def));
  module.attrs.set("isasyncgen", builtin_object(isasyncgen_def));
  module.attrs.set("isawaitable", builtin_object(isawaitable_def));
  for (const char* state : {"CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"}) {
    module.attrs.set(state, new_str(state));
  }
}

}  // namespace py
