// Function objects: a Python function used as a value (passed, stored,
// called through a variable or with keyword arguments). Direct calls to a
// known function with plain positional arguments skip this and call the
// emitted C++ function itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// A Python parameter list, as emitted code describes it (static data).
// `names` lists the positional parameters (positional-only first), then
// the keyword-only ones; `*args` and `**kwargs` are named separately.
struct Signature {
  const char* qualname;
  const char* const* names;
  uint32_t posonly_count;
  uint32_t positional_count;  // includes the positional-only ones
  uint32_t kwonly_count;
  const char* varargs;  // nullptr if none
  const char* varkw;    // nullptr if none
  const char* doc = nullptr;  // the docstring; nullptr if none (__doc__ is None)
  // CPython's co_flags bits for the kind of body (kCoGenerator, ...), as
  // inspect.isgeneratorfunction and friends read them.
  uint32_t code_flags = 0;

  static constexpr uint32_t kCoGenerator = 0x20;
  static constexpr uint32_t kCoCoroutine = 0x80;
  static constexpr uint32_t kCoAsyncGenerator = 0x200;

  // Slots of a bound call: positional, [*args tuple], keyword-only, [**kwargs dict].
  size_t slot_count() const {
    return positional_count + (varargs ? 1 : 0) + kwonly_count + (varkw ? 1 : 0);
  }
};

class Function;
// The uniform entry of a function object: the arguments bound to the
// signature's slots, and the function (for its closure cells).
using FunctionBody = Object (*)(Function& self, Object* slots);

class Function : public HeapObject {
 public:
  Function(const Signature* signature, FunctionBody body);

  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override;
  bool del_attribute(const char* name) override;
  // __qualname__: the definition's, unless a script assigned another (as
  // functools.wraps does); the repr and argument errors use it.
  const char* qualname() const;

  const Signature* signature;
  FunctionBody body;
  // Defaults of the last positional parameters, evaluated at `def` time.
  std::vector<Object> defaults;
  // One per keyword-only parameter; unbound where it has no default.
  std::vector<Object> kwdefaults;
  // The cells of the enclosing scopes' variables this function uses.
  std::vector<Object> closure;
  // What a script assigned to __name__, __qualname__ (str objects),
  // __doc__ and __module__; unbound while they are the definition's.
  Object name, qualname_value, doc, module;
  // __dict__: any other attribute (`f.calls = 0`, __wrapped__); unbound
  // until the first one is set or __dict__ is read.
  Object dict;
  // Set by @types.coroutine on a generator function (CPython's
  // CO_ITERABLE_COROUTINE): the generators it makes are awaitable.
  bool iterable_coroutine = false;
};

Object new_function(const Signature* signature, FunctionBody body);

// The __dict__ of objects that have one besides instances (functions,
// functools.partial, lru_cache wrappers), made on first use. Reads
// `__dict__` itself or an attribute stored in it.
bool attribute_dict_get(Object& dict, const char* name, Object& out);
// Stores an attribute in it, or deletes one for an unbound `value` (false if
// absent); `__dict__` may be replaced by a dict only, and not deleted.
bool attribute_dict_set(Object& dict, const char* name, const Object& value);

// What a `def` evaluates besides the code: defaults (left to right), keyword
// defaults (unbound where none) and the closure cells. One braced list, so
// C++ evaluates them in Python's order.
struct FunctionParts {
  std::vector<Object> defaults;
  std::vector<Object> kwdefaults;
  std::vector<Object> closure;
};
Object new_function(const Signature* signature, FunctionBody body, FunctionParts parts);

// The i-th default of a function object (for direct calls that omit it).
const Object& function_default(const Object& function, size_t index);

// Collects the arguments of a call with `*iterable` or `**mapping` at run
// time, in source order.
class ArgsBuilder {
 public:
  void add(Object value) { positional_.push_back(std::move(value)); }
  void extend(const Object& iterable);
  void add_keyword(const Object& name, Object value);
  void add_mapping(const Object& mapping);
  Args args() const;

 private:
  std::vector<Object> positional_;
  std::vector<Object> keyword_names_;  // str objects, kept alive for the call
  std::vector<KwArg> keywords_;
};

// Binds a call's arguments to `f`'s slots with CPython's errors
// (`f() missing 1 required positional argument: 'a'`, ...).
void bind_arguments(const Function& f, const Args& args, Object* slots);

// callee(*args, **kwargs) for any callable.
Object call(const Object& callee, const Args& args);
inline Object call(const Object& callee, std::initializer_list<Object> positional) {
  return call(callee, Args(positional));
}

// self.name(args): finds the method in the receiver type's method table.
Object call_method(const Object& self, const char* name, const Args& args);

// The constructor of a built-in type or exception class called as `T(...)`.
Object call_type(Type* type, const Args& args);

// A cell: a variable shared between a function and the functions nested in
// it (closures, `nonlocal`).
class Cell : public HeapObject {
 public:
  explicit Cell(Object value) : HeapObject(&cell_type), value(std::move(value)) {}
  Object value;
};

inline Object new_cell(Object value = Object()) { return make<Cell>(std::move(value)); }
// Reads a cell, with the NameError CPython raises for a free variable read
// before its enclosing scope assigned it.
const Object& cell_get(const Object& cell, const char* name);
// Reads a cell of the running function's own variable: unbound is an
// UnboundLocalError, as for any local.
const Object& cell_get_local(const Object& cell, const char* name);
inline void cell_set(const Object& cell, Object value) { cast<Cell>(cell)->value = std::move(value); }

}  // namespace py
