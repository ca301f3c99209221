// The one table of runtime names codegen prints: which builtins can be
// called directly and what C++ function implements each. Keeping them here
// means a runtime rename is one edit, and the emitter never guesses.
#pragma once

#include <string_view>

namespace yieldc::codegen {

struct BuiltinFunction {
  std::string_view python_name;
  std::string_view cpp_name;
  int min_args;
  int max_args;
};

// Builtins that emitted code calls directly with positional arguments,
// through a C++ function of their own (the common, fast cases).
inline constexpr BuiltinFunction kBuiltinFunctions[] = {
    {"iter", "py::iter_builtin", 1, 1},
    {"len", "py::len", 1, 1},
    {"next", "py::next_builtin", 1, 2},
    {"repr", "py::repr_builtin", 1, 1},
};

// Every other builtin function: `py::bi::NAME` (runtime
// builtin_functions.hpp), called as `py::bi::NAME.fn(args)` and used as a
// value through `py::builtin_object(py::bi::NAME)`.
inline constexpr std::string_view kBuiltinFunctionObjects[] = {
    "abs", "aiter", "all", "anext", "any", "ascii", "bin", "callable", "chr", "delattr", "divmod", "enumerate", "filter", "format", "getattr",
    "hasattr", "setattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "len", "map", "max",
    "min", "next", "oct", "open", "ord", "pow", "print", "range", "repr", "reversed", "round", "sorted", "sum", "zip",
};

inline bool is_builtin_function_object(std::string_view name) {
  for (std::string_view n : kBuiltinFunctionObjects) {
    if (n == name) return true;
  }
  return false;
}

// The runtime's modules (runtime/src/modules.cpp): what `import` accepts.
// One name per module, in registry order; "os.path" is imported as itself.
inline constexpr std::string_view kModules[] = {
    "sys",     "collections", "itertools", "inspect",   "os",       "os.path", "contextlib", "time",   "tempfile",
    "hashlib", "random",      "string",    "functools", "operator", "math",    "heapq",      "bisect", "re",
    "json",    "types",       "asyncio",
};

inline bool is_runtime_module(std::string_view name) {
  for (std::string_view m : kModules) {
    if (m == name) return true;
  }
  return false;
}

// Built-in types and exception classes usable as values (`isinstance(x,
// int)`, `except ValueError`, `raise KeyError(k)`).
struct BuiltinType {
  std::string_view python_name;
  std::string_view cpp_name;
};

inline constexpr BuiltinType kBuiltinTypes[] = {
    {"ArithmeticError", "py::arithmetic_error_type"},
    {"AssertionError", "py::assertion_error_type"},
    {"AttributeError", "py::attribute_error_type"},
    {"BaseException", "py::base_exception_type"},
    {"Exception", "py::exception_type"},
    {"GeneratorExit", "py::generator_exit_type"},
    {"IndexError", "py::index_error_type"},
    {"KeyError", "py::key_error_type"},
    {"KeyboardInterrupt", "py::keyboard_interrupt_type"},
    {"LookupError", "py::lookup_error_type"},
    {"NameError", "py::name_error_type"},
    {"NotImplementedError", "py::not_implemented_error_type"},
    {"OverflowError", "py::overflow_error_type"},
    {"RecursionError", "py::recursion_error_type"},
    {"RuntimeError", "py::runtime_error_type"},
    {"StopIteration", "py::stop_iteration_type"},
    {"SystemExit", "py::system_exit_type"},
    {"TypeError", "py::type_error_type"},
    {"UnboundLocalError", "py::unbound_local_error_type"},
    {"ValueError", "py::value_error_type"},
    {"ZeroDivisionError", "py::zero_division_error_type"},
    {"EOFError", "py::eof_error_type"},
    {"FileExistsError", "py::file_exists_error_type"},
    {"FileNotFoundError", "py::file_not_found_error_type"},
    {"ImportError", "py::import_error_type"},
    {"IsADirectoryError", "py::is_a_directory_error_type"},
    {"MemoryError", "py::memory_error_type"},
    {"ModuleNotFoundError", "py::module_not_found_error_type"},
    {"NotADirectoryError", "py::not_a_directory_error_type"},
    {"OSError", "py::os_error_type"},
    {"PermissionError", "py::permission_error_type"},
    {"StopAsyncIteration", "py::stop_async_iteration_type"},
    {"TimeoutError", "py::timeout_error_type"},
    {"UnicodeDecodeError", "py::unicode_decode_error_type"},
    {"UnicodeEncodeError", "py::unicode_encode_error_type"},
    {"UnicodeError", "py::unicode_error_type"},
    {"BlockingIOError", "py::blocking_io_error_type"},
    {"ChildProcessError", "py::child_process_error_type"},
    {"ConnectionError", "py::connection_error_type"},
    {"BrokenPipeError", "py::broken_pipe_error_type"},
    {"ConnectionAbortedError", "py::connection_aborted_error_type"},
    {"ConnectionRefusedError", "py::connection_refused_error_type"},
    {"ConnectionResetError", "py::connection_reset_error_type"},
    {"InterruptedError", "py::interrupted_error_type"},
    {"ProcessLookupError", "py::process_lookup_error_type"},
    {"BufferError", "py::buffer_error_type"},
    {"FloatingPointError", "py::floating_point_error_type"},
    {"ReferenceError", "py::reference_error_type"},
    {"SystemError", "py::system_error_type"},
    {"SyntaxError", "py::syntax_error_type"},
    {"IndentationError", "py::indentation_error_type"},
    {"TabError", "py::tab_error_type"},
    {"UnicodeTranslateError", "py::unicode_translate_error_type"},
    {"Warning", "py::warning_type"},
    {"UserWarning", "py::user_warning_type"},
    {"DeprecationWarning", "py::deprecation_warning_type"},
    {"PendingDeprecationWarning", "py::pending_deprecation_warning_type"},
    {"SyntaxWarning", "py::syntax_warning_type"},
    {"RuntimeWarning", "py::runtime_warning_type"},
    {"FutureWarning", "py::future_warning_type"},
    {"ImportWarning", "py::import_warning_type"},
    {"UnicodeWarning", "py::unicode_warning_type"},
    {"BytesWarning", "py::bytes_warning_type"},
    {"ResourceWarning", "py::resource_warning_type"},
    {"EncodingWarning", "py::encoding_warning_type"},
    {"IOError", "py::os_error_type"},
    {"EnvironmentError", "py::os_error_type"},
    {"bool", "py::bool_type"},
    {"bytearray", "py::bytearray_type"},
    {"bytes", "py::bytes_type"},
    {"dict", "py::dict_type"},
    {"frozenset", "py::frozenset_type"},
    {"set", "py::set_type"},
    {"slice", "py::slice_type"},
    {"classmethod", "py::classmethod_type"},
    {"property", "py::property_type"},
    {"staticmethod", "py::staticmethod_type"},
    {"float", "py::float_type"},
    {"int", "py::int_type"},
    {"list", "py::list_type"},
    {"object", "py::object_type"},
    {"range", "py::range_type"},
    {"str", "py::str_type"},
    {"tuple", "py::tuple_type"},
    {"type", "py::type_type"},
};

inline const BuiltinType* find_builtin_type(std::string_view name) {
  for (const BuiltinType& t : kBuiltinTypes) {
    if (t.python_name == name) return &t;
  }
  return nullptr;
}

inline const BuiltinFunction* find_builtin(std::string_view name) {
  for (const BuiltinFunction& b : kBuiltinFunctions) {
    if (b.python_name == name) return &b;
  }
  return nullptr;
}

}  // namespace yieldc::codegen
