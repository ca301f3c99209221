// The inspect module: the generator-state introspection that generator code
// uses (getgeneratorstate, isgenerator, isgeneratorfunction is not needed).
#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
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

Object inspect_isgenerator(const Args& args) {
  expect_positional(args, "isgenerator", 1, 1);
  return Object::from_bool(is_generator(args[0]));
}

const BuiltinFunctionDef getgeneratorstate_def{"getgeneratorstate", inspect_getgeneratorstate};
const BuiltinFunctionDef isgenerator_def{"isgenerator", inspect_isgenerator};

}  // namespace

void init_inspect_module(Module& module) {
  module.attrs.set("getgeneratorstate", builtin_object(getgeneratorstate_def));
  module.attrs.set("isgenerator", builtin_object(isgenerator_def));
  module.attrs.set("GEN_CREATED", new_str("GEN_CREATED"));
  module.attrs.set("GEN_RUNNING", new_str("GEN_RUNNING"));
  module.attrs.set("GEN_SUSPENDED", new_str("GEN_SUSPENDED"));
  module.attrs.set("GEN_CLOSED", new_str("GEN_CLOSED"));
}

}  // namespace py
