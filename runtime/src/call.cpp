// Argument checking for built-in functions and methods.
#include <cstring>

#include "yieldc/call.hpp"
#include "yieldc/exceptions.hpp"
#include "raise.hpp"

namespace py {

namespace {

const char* plural(size_t n) { return n == 1 ? "" : "s"; }

}  // namespace

void expect_no_args(const Args& args, const char* qualname) {
  if (args.nkw) raise_error(&type_error_type, "{}() takes no keyword arguments", qualname);
  if (args.npos) raise_error(&type_error_type, "{}() takes no arguments ({} given)", qualname, args.npos);
}

void expect_one_arg(const Args& args, const char* qualname) {
  if (args.nkw) raise_error(&type_error_type, "{}() takes no keyword arguments", qualname);
  if (args.npos != 1) {
    raise_error(&type_error_type, "{}() takes exactly one argument ({} given)", qualname, args.npos);
  }
}

void expect_positional(const Args& args, const char* name, size_t min, size_t max) {
  if (args.nkw) raise_error(&type_error_type, "{}() takes no keyword arguments", name);
  if (args.npos < min) {
    raise_error(&type_error_type, "{} expected at least {} argument{}, got {}", name, min, plural(min), args.npos);
  }
  if (args.npos > max) {
    raise_error(&type_error_type, "{} expected at most {} argument{}, got {}", name, max, plural(max), args.npos);
  }
}

void bind_args(const Args& args, const char* name, std::initializer_list<const char*> names, size_t required,
               Object* out) {
  size_t n = names.size();
  if (args.nkw == 0 && args.npos >= required && args.npos <= n) {
    // Positional arguments only, enough of them: nothing to match by name.
    for (size_t i = 0; i < args.npos; ++i) out[i] = args.pos[i];
    return;
  }
  if (args.npos + args.nkw > n) {
    raise_error(&type_error_type, "{}() takes at most {} argument{} ({} given)", name, n, plural(n),
                args.npos + args.nkw);
  }
  for (size_t i = 0; i < args.npos; ++i) out[i] = args.pos[i];
  for (size_t k = 0; k < args.nkw; ++k) {
    size_t index = n;
    for (size_t i = 0; i < n; ++i) {
      if (std::strcmp(names.begin()[i], args.kw[k].name) == 0) index = i;
    }
    if (index == n) {
      raise_error(&type_error_type, "'{}' is an invalid keyword argument for {}()", args.kw[k].name, name);
    }
    if (out[index].is_bound()) {
      raise_error(&type_error_type, "argument for {}() given by name ('{}') and position ({})", name,
                  args.kw[k].name, index + 1);
    }
    out[index] = args.kw[k].value;
  }
  for (size_t i = 0; i < required; ++i) {
    if (!out[i].is_bound()) {
      if (args.nkw == 0) {
        raise_error(&type_error_type, "{}() takes at least {} argument{} ({} given)", name, required,
                    plural(required), args.npos);
      }
      raise_error(&type_error_type, "{}() missing required argument '{}' (pos {})", name, names.begin()[i], i + 1);
    }
  }
}

}  // namespace py
