// Attribute lookup and assignment, and built-in bound methods.
#include <cstring>
#include <fmt/format.h>

#include "yieldc/attributes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "raise.hpp"

namespace py {

Object getattr(const Object& o, const char* name) {
  Object out;
  if (o.is_heap() && o.heap()->get_attribute(name, out)) return out;
  if (const MethodDef* method = o.type()->find_method(name)) return make<BuiltinMethod>(o, method);
  raise_error(&attribute_error_type, "'{}' object has no attribute '{}'", o.type()->name(), name);
}

void setattr(const Object& o, const char* name, const Object& value) {
  if (o.is_heap() && o.heap()->set_attribute(name, value)) return;
  if (o.type()->find_method(name)) {
    raise_error(&attribute_error_type, "'{}' object attribute '{}' is read-only", o.type()->name(), name);
  }
  raise_error(&attribute_error_type, "'{}' object has no attribute '{}'", o.type()->name(), name);
}

bool hasattr(const Object& o, const char* name) {
  Object out;
  if (o.is_heap() && o.heap()->get_attribute(name, out)) return true;
  return o.type()->find_method(name) != nullptr;
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

}  // namespace py
