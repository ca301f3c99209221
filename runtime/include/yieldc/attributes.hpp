// Attribute access: `obj.name` and `obj.name = value`. Lookup asks the
// object's own data attributes first, then its type's methods (returning a
// bound method); anything else is CPython's AttributeError.
#pragma once

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

Object getattr(const Object& o, const char* name);
void setattr(const Object& o, const char* name, const Object& value);
bool hasattr(const Object& o, const char* name);

// A built-in method bound to its receiver (`[].append`), callable later.
class BuiltinMethod : public HeapObject {
 public:
  BuiltinMethod(Object self, const MethodDef* method)
      : HeapObject(&builtin_method_type), self(std::move(self)), method(method) {}

  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;

  Object self;
  const MethodDef* method;
};

}  // namespace py
