// Function objects and calls through them.
#include <cstring>
#include <fmt/format.h>

#include "yieldc/function.hpp"
#include "yieldc/exceptions.hpp"
#include "raise.hpp"

namespace py {

std::string Function::repr() const {
  return fmt::format("<function {} at {}>", qualname, static_cast<const void*>(this));
}

Object new_function(const char* qualname, NativeFunction entry) {
  return make<Function>(qualname, entry);
}

Object call(const Object& callee, std::initializer_list<Object> args) {
  if (callee.is_heap() && callee.heap()->type() == &function_type) {
    return cast<Function>(callee)->entry(args.begin(), args.size());
  }
  raise_error(&type_error_type, "'{}' object is not callable", callee.type()->name());
}

void raise_arity_error(const char* name, const char* const* params, size_t expected, size_t given) {
  if (given > expected) {
    raise_error(&type_error_type, "{}() takes {} positional argument{} but {} {} given", name, expected,
                expected == 1 ? "" : "s", given, given == 1 ? "was" : "were");
  }
  // CPython lists the missing names: 'a', 'a' and 'b', 'a', 'b', and 'c'.
  size_t missing = expected - given;
  std::string names;
  for (size_t i = given; i < expected; ++i) {
    if (i > given) names += (missing == 2) ? " and " : (i + 1 == expected ? ", and " : ", ");
    names += fmt::format("'{}'", params[i]);
  }
  raise_error(&type_error_type, "{}() missing {} required positional argument{}: {}", name, missing,
              missing == 1 ? "" : "s", names);
}

}  // namespace py

namespace py {

Object call_method(const Object& self, const char* name, const Args& args) {
  if (const MethodDef* method = self.type()->find_method(name)) return method->fn(self, args);
  raise_error(&attribute_error_type, "'{}' object has no attribute '{}'", self.type()->name(), name);
}

}  // namespace py
