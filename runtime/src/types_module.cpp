// The types module: the generator and coroutine type objects, and
// types.coroutine, which makes a generator function's generators awaitable
// (SEMANTICS.md §11). The protocol itself is in generator.cpp.
#include "yieldc/builtin_functions.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// CPython sets CO_ITERABLE_COROUTINE on a generator function's code and
// returns the function itself; here the function object carries the flag.
Object types_coroutine(const Args& args) {
  expect_positional(args, "coroutine", 1, 1);
  const Object& func = args[0];
  if (func.is_heap() && func.heap()->type() == &function_type) {
    cast<Function>(func)->iterable_coroutine = true;
    return func;
  }
  raise_error(&type_error_type, "types.coroutine() expects a callable");
}

const BuiltinFunctionDef coroutine_def{"coroutine", types_coroutine};

}  // namespace

void init_types_module(Module& module) {
  module.attrs.set("coroutine", builtin_object(coroutine_def));
  module.attrs.set("GeneratorType", type_object(generator_type));
  module.attrs.set("CoroutineType", type_object(coroutine_type));
  module.attrs.set("AsyncGeneratorType", type_object(async_generator_type));
  module.attrs.set("FunctionType", type_object(function_type));
}

}  // namespace py
