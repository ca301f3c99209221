// Built-in functions and the program entry point.
#include <cstdio>
#include <cstring>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/builtins.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/module.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/ops.hpp"
#include "raise.hpp"

namespace py {

namespace {

void write_stdout(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

const std::string& text_argument(const Object& o, const char* name, const std::string& fallback) {
  if (!o.is_bound() || o.is_none()) return fallback;
  if (!is_str(o)) {
    raise_error(&type_error_type, "{} must be None or a string, not {}", name, o.type()->name());
  }
  return cast<Str>(o)->data;
}

int64_t index_argument(const Object& o) {
  if (o.is_small_int() || o.is_bool()) return o.as_small_int();
  if (is_int(o)) raise_error(&overflow_error_type, "Python int too large to convert to C ssize_t");
  raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
}

}  // namespace

Object print(std::initializer_list<Object> args, const Object& sep, const Object& end) {
  if (redirected_stdout().is_bound()) {
    // sys.stdout is another object: the full print() writes through it.
    KwArg keywords[2];
    size_t nkw = 0;
    if (sep.is_bound()) keywords[nkw++] = KwArg{"sep", sep};
    if (end.is_bound()) keywords[nkw++] = KwArg{"end", end};
    return bi::print.fn(Args(args.begin(), args.size(), keywords, nkw));
  }
  static const std::string space = " ", newline = "\n";
  const std::string& separator = text_argument(sep, "sep", space);
  const std::string& terminator = text_argument(end, "end", newline);
  bool first = true;
  for (const Object& arg : args) {
    if (!first) write_stdout(separator);
    first = false;
    write_stdout(str(arg));
  }
  write_stdout(terminator);
  return None;
}

Object len(const Object& o) {
  if (!o.is_heap()) {
    raise_error(&type_error_type, "object of type '{}' has no len()", o.type()->name());
  }
  return Object::from_int(static_cast<int64_t>(o.heap()->len()));
}

Object range(const Object& stop) { return range(Object::from_int(0), stop, Object::from_int(1)); }
Object range(const Object& start, const Object& stop) { return range(start, stop, Object::from_int(1)); }
Object range(const Object& start, const Object& stop, const Object& step) {
  int64_t step_value = index_argument(step);
  if (step_value == 0) raise_error(&value_error_type, "range() arg 3 must not be zero");
  return make<Range>(index_argument(start), index_argument(stop), step_value);
}

Object list(const Object& iterable) { return list_from_iterable(iterable); }
Object list() { return new_list({}); }

Object repr_builtin(const Object& o) { return new_str(repr(o)); }
Object str_builtin(const Object& o) { return is_str(o) ? o : new_str(str(o)); }

Object iter_builtin(const Object& o) { return iter(o); }

Object next_builtin(const Object& iterator) {
  if (iterator.is_heap() && iterator.heap()->type() == &generator_type) {
    // next(g) on a generator: the return value rides on StopIteration.
    return cast<Generator>(iterator)->send(None);
  }
  Object out;
  if (!iterator.is_heap()) {
    raise_error(&type_error_type, "'{}' object is not an iterator", iterator.type()->name());
  }
  if (!iterator.heap()->next(out)) raise(new_exception(&stop_iteration_type));
  return out;
}

Object next_builtin(const Object& iterator, const Object& default_value) {
  if (!iterator.is_heap()) {
    raise_error(&type_error_type, "'{}' object is not an iterator", iterator.type()->name());
  }
  Object out;
  if (!iterator.heap()->next(out)) return default_value;
  return out;
}

namespace {

struct MainContext {
  void (*module_body)();
  void (*clear_globals)();
  int status = 0;
};

// The module body, and what an exception escaping it does to the process:
// SystemExit sets the exit status, anything else prints its traceback.
void run_module(void* raw) {
  auto* context = static_cast<MainContext*>(raw);
  try {
    context->module_body();
  } catch (Raised& raised) {
    std::fflush(stdout);
    if (raised.exception.type()->is_subtype_of(&system_exit_type)) {
      // SystemExit: no argument or None is status 0, an int is the status,
      // anything else is printed to stderr and the status is 1.
      Object code = cast<ExceptionObject>(raised.exception)->code();
      if (code.is_none()) {
        context->status = 0;
      } else if (code.is_small_int() || code.is_bool()) {
        context->status = static_cast<int>(code.as_small_int() & 0xFF);
      } else {
        std::string text = str(code);
        std::fprintf(stderr, "%s\n", text.c_str());
        context->status = 1;
      }
    } else {
      std::string report = format_exception(raised.exception);
      std::fputs(report.c_str(), stderr);
      context->status = 1;
    }
  }
  // Finalisers report their own exceptions ("Exception ignored in: ..."), so
  // none escapes the teardown; a stray one must not change the exit status.
  try {
    context->clear_globals();
  } catch (Raised&) {
  }
}

}  // namespace

int run_main(int argc, char** argv, const char* script_path, void (*module_body)(), void (*clear_globals)()) {
  (void)script_path;
  set_program_arguments(argc, argv);
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  MainContext context{module_body, clear_globals};
  run_with_large_stack(run_module, &context);
  std::fflush(stdout);
  return context.status;
}

}  // namespace py
