// The sys module: argv, exit, maxsize, the recursion limit, the async
// generator hooks.
#include <climits>
#include <fmt/format.h>
#include <utility>
#include <string>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "collections_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

std::vector<std::string> program_arguments;

// The process's own sys.stdout object (not owned: the module keeps it).
const HeapObject* original_stdout = nullptr;

Object& stdout_redirect() {
  static Object redirect;
  return redirect;
}

Object sys_exit(const Args& args) {
  expect_positional(args, "exit", 0, 1);
  // SystemExit carries the status; run_main turns it into the exit code.
  // As PyErr_SetObject builds it: None is no arguments, a tuple is the
  // arguments themselves (`sys.exit((1, 2))` has args (1, 2)).
  if (args.npos == 0 || args[0].is_none()) raise(new_exception(&system_exit_type));
  if (is_tuple_like(args[0])) raise(make<ExceptionObject>(&system_exit_type, new_tuple(cast<Tuple>(args[0])->items)));
  raise(make<ExceptionObject>(&system_exit_type, new_tuple({args[0]})));
}

Object sys_getrecursionlimit(const Args& args) {
  expect_positional(args, "getrecursionlimit", 0, 0);
  return Object::from_int(frames::recursion_limit);
}

Object sys_setrecursionlimit(const Args& args) {
  expect_positional(args, "setrecursionlimit", 1, 1);
  if (!args[0].is_small_int()) raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", args[0].type()->name());
  if (args[0].as_small_int() < 1) raise_error(&value_error_type, "recursion limit must be greater or equal than 1");
  int64_t limit = args[0].as_small_int();
  int depth = frames::top == nullptr ? 0 : frames::top->depth;
  if (limit <= depth) {
    raise_error(&recursion_error_type,
                "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", limit, depth);
  }
  frames::recursion_limit = limit;
  return None;
}

// (type, value, traceback) of the exception being handled; yieldc has no
// traceback objects, so the third is None.
Object sys_exc_info(const Args& args) {
  expect_positional(args, "exc_info", 0, 0);
  Object e = current_exception();
  if (!e.is_bound() || e.is_none()) return new_tuple({None, None, None});
  return new_tuple({type_object(*e.type()), e, None});
}

Object sys_exception(const Args& args) {
  expect_positional(args, "exception", 0, 0);
  Object e = current_exception();
  return e.is_bound() ? e : None;
}

// sys.get_asyncgen_hooks(): a named tuple (firstiter, finalizer), None
// for a hook not set.
Object sys_get_asyncgen_hooks(const Args& args) {
  expect_positional(args, "get_asyncgen_hooks", 0, 0);
  static const Object hooks_type =
      call(namedtuple_function(),
           Args{new_str("asyncgen_hooks"), new_list({new_str("firstiter"), new_str("finalizer")})});
  const AsyncGenHooks& hooks = asyncgen_hooks();
  return call(hooks_type, Args{hooks.firstiter.is_bound() ? hooks.firstiter : None,
                               hooks.finalizer.is_bound() ? hooks.finalizer : None});
}

// sys.set_asyncgen_hooks([firstiter] [, finalizer]): each hook given is
// replaced (None removes it); both are checked first.
Object sys_set_asyncgen_hooks(const Args& args) {
  Object a[2];
  bind_args(args, "set_asyncgen_hooks", {"firstiter", "finalizer"}, 0, a);
  if (a[1].is_bound() && !a[1].is_none() && !is_callable(a[1])) {
    raise_error(&type_error_type, "callable finalizer expected, got {}", a[1].type()->name());
  }
  if (a[0].is_bound() && !a[0].is_none() && !is_callable(a[0])) {
    raise_error(&type_error_type, "callable firstiter expected, got {}", a[0].type()->name());
  }
  AsyncGenHooks& hooks = asyncgen_hooks();
  if (a[1].is_bound()) hooks.finalizer = a[1].is_none() ? Object() : a[1];
  if (a[0].is_bound()) hooks.firstiter = a[0].is_none() ? Object() : a[0];
  return None;
}

const BuiltinFunctionDef get_asyncgen_hooks_def{"get_asyncgen_hooks", sys_get_asyncgen_hooks};
const BuiltinFunctionDef set_asyncgen_hooks_def{"set_asyncgen_hooks", sys_set_asyncgen_hooks};
const BuiltinFunctionDef exc_info_def{"exc_info", sys_exc_info};
const BuiltinFunctionDef exception_def{"exception", sys_exception};
const BuiltinFunctionDef exit_def{"exit", sys_exit};
const BuiltinFunctionDef getrecursionlimit_def{"getrecursionlimit", sys_getrecursionlimit};
const BuiltinFunctionDef setrecursionlimit_def{"setrecursionlimit", sys_setrecursionlimit};

}  // namespace

const Object& redirected_stdout() { return stdout_redirect(); }

void sys_stdout_assigned(const Object& value) {
  bool original = value.is_heap() && value.heap() == original_stdout;
  stdout_redirect() = original ? Object() : value;
}

void set_program_arguments(int argc, char** argv) {
  program_arguments.assign(argv, argv + argc);
}

void init_sys_module(Module& module) {
  std::vector<Object> argv;
  for (const std::string& a : program_arguments) argv.push_back(new_str(a));
  if (argv.empty()) argv.push_back(new_str(""));
  module.attrs.set("argv", new_list(std::move(argv)));
  module.attrs.set("maxsize", Object::from_int(INT64_MAX));
  // sys.__stdin__ and friends keep the original streams when a script
  // rebinds sys.stdout (contextlib.redirect_stdout restores from them).
  Object in = standard_stream(stdin, "<stdin>", false);
  Object out = standard_stream(stdout, "<stdout>", true);
  Object err = standard_stream(stderr, "<stderr>", true);
  original_stdout = out.heap();
  for (auto [name, stream] : {std::pair{"stdin", &in}, {"stdout", &out}, {"stderr", &err}}) {
    module.attrs.set(name, *stream);
    module.attrs.set(fmt::format("__{}__", name), *stream);
  }
  module.attrs.set("exit", builtin_object(exit_def));
  module.attrs.set("exc_info", builtin_object(exc_info_def));
  module.attrs.set("exception", builtin_object(exception_def));
  module.attrs.set("getrecursionlimit", builtin_object(getrecursionlimit_def));
  module.attrs.set("setrecursionlimit", builtin_object(setrecursionlimit_def));
  module.attrs.set("get_asyncgen_hooks", builtin_object(get_asyncgen_hooks_def));
  module.attrs.set("set_asyncgen_hooks", builtin_object(set_asyncgen_hooks_def));
}

}  // namespace py
