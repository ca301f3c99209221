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
void delattr(const Object& o, const char* name);

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

// A built-in type's method read through the type (`str.lower`): a function
// whose first argument is the receiver, which must be of that type.
class MethodDescriptor : public HeapObject {
 public:
  MethodDescriptor(Type* owner, const MethodDef* method)
      : HeapObject(&method_descriptor_type), owner(owner), method(method) {}

  // `<method 'lower' of 'str' objects>`
  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;
  // `str.lower(s)`: checks the receiver, then calls the method on it.
  Object call(const Args& args) const;

  Type* owner;  // a built-in type: immortal
  const MethodDef* method;
};

// The receiver a built-in method gets when it is found on `self`'s type:
// `self` itself, or the type for a class method.
inline Object method_receiver(const Object& self, const MethodDef* method) {
  return method->class_method ? type_object(*self.type()) : self;
}

}  // namespace py
