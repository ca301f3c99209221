// Function objects: a Python function used as a value (passed, stored,
// called through a variable). Direct calls to a known function skip this
// and call the emitted C++ function itself.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// The uniform entry point of a function object: positional arguments.
using NativeFunction = Object (*)(const Object* args, size_t nargs);

class Function : public HeapObject {
 public:
  Function(const char* qualname, NativeFunction entry)
      : HeapObject(&function_type), qualname(qualname), entry(entry) {}

  std::string repr() const override;

  const char* qualname;
  NativeFunction entry;
};

Object new_function(const char* qualname, NativeFunction entry);
// callee(*args)
Object call(const Object& callee, std::initializer_list<Object> args);
// The TypeError of a call with the wrong number of positional arguments,
// worded as CPython words it.
[[noreturn]] void raise_arity_error(const char* name, const char* const* params, size_t expected,
                                    size_t given);

}  // namespace py

namespace py {

// self.name(args): finds the method in the receiver type's method table.
Object call_method(const Object& self, const char* name, const Args& args);

}  // namespace py
