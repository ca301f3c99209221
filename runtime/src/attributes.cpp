// Attribute lookup and assignment, and built-in bound methods.
#include <cstring>
#include <fmt/format.h>

#include "yieldc/attributes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/module.hpp"
#include "raise.hpp"

namespace py {

namespace {

[[noreturn]] void raise_no_attribute(const Object& o, const char* name) {
  if (o.type() == &type_type) {
    raise_error(&attribute_error_type, "type object '{}' has no attribute '{}'", cast<Type>(o)->name(), name);
  }
  if (o.type() == &module_type) {
    raise_error(&attribute_error_type, "module '{}' has no attribute '{}'", cast<Module>(o)->name, name);
  }
  raise_error(&attribute_error_type, "'{}' object has no attribute '{}'", o.type()->name(), name);
}

// Built-in types are immutable: `int.x = 1`, `del int.x`.
void check_mutable_type(const Object& o, const char* name) {
  if (o.type() == &type_type && !cast<Type>(o)->is_user_class()) {
    raise_error(&type_error_type, "cannot set '{}' attribute of immutable type '{}'", name, cast<Type>(o)->name());
  }
}

}  // namespace

Object getattr(const Object& o, const char* name) {
  Object out;
  if (o.is_heap() && o.heap()->get_attribute(name, out)) return out;
  if (std::strcmp(name, "__class__") == 0) return type_object(*o.type());
  if (const MethodDef* method = o.type()->find_method(name)) {
    return make<BuiltinMethod>(method_receiver(o, method), method);
  }
  // A user class's __getattr__ answers what normal lookup did not find.
  if (o.type()->is_user_class()) {
    bool found = false;
    Object result = call_special(o, "__getattr__", Args{{new_str(name)}}, &found);
    if (found) return result;
  }
  raise_no_attribute(o, name);
}

void setattr(const Object& o, const char* name, const Object& value) {
  check_mutable_type(o, name);
  if (o.is_heap() && o.heap()->set_attribute(name, value)) return;
  if (o.type()->find_method(name)) {
    raise_error(&attribute_error_type, "'{}' object attribute '{}' is read-only", o.type()->name(), name);
  }
  raise_error(&attribute_error_type, "'{}' object has no attribute '{}'", o.type()->name(), name);
}

void delattr(const Object& o, const char* name) {
  check_mutable_type(o, name);
  if (o.is_heap() && o.heap()->del_attribute(name)) return;
  if (o.type()->find_method(name)) {
    raise_error(&attribute_error_type, "'{}' object attribute '{}' is read-only", o.type()->name(), name);
  }
  raise_no_attribute(o, name);
}

bool hasattr(const Object& o, const char* name) {
  Object out;
  if (o.is_heap() && o.heap()->get_attribute(name, out)) return true;
  return std::strcmp(name, "__class__") == 0 || o.type()->find_method(name) != nullptr;
}

std::string BuiltinMethod::repr() const {
  return fmt::format("<built-in method {} of {} object at {}>", method->name, self.type()->name(),
                     static_cast<const void*>(self.is_heap() ? self.heap() : nullptr));
}

bool BuiltinMethod::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__name__") == 0) {
    out = new_str(method->name);
    return true;
  }
  if (std::strcmp(name, "__self__") == 0) {
    out = self;
    return true;
  }
  return false;
}

std::string MethodDescriptor::repr() const {
  return fmt::format("<method '{}' of '{}' objects>", method->name, owner->name());
}

bool MethodDescriptor::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__name__") == 0 || std::strcmp(name, "__qualname__") == 0) {
    out = new_str(std::strcmp(name, "__name__") == 0 ? std::string(method->name)
                                                     : fmt::format("{}.{}", owner->name(), method->name));
    return true;
  }
  return false;
}

Object MethodDescriptor::call(const Args& args) const {
  if (args.npos == 0) {
    raise_error(&type_error_type, "unbound method {}.{}() needs an argument", owner->name(), method->name);
  }
  const Object& self = args[0];
  if (!isinstance(self, owner)) {
    raise_error(&type_error_type, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", method->name,
                owner->name(), self.type()->name());
  }
  return method->fn(self, Args(args.pos + 1, args.npos - 1, args.kw, args.nkw));
}

}  // namespace py
