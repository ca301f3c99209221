// Default slots of HeapObject: what CPython does for a type that does not
// define the operation.
#include <fmt/format.h>

#include "yieldc/exceptions.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"
#include "raise.hpp"

namespace py {

std::string HeapObject::repr() const {
  if (const char* module = type_->module()) {
    return fmt::format("<{}.{} object at {}>", module, type_->name(), static_cast<const void*>(this));
  }
  return fmt::format("<{} object at {}>", type_->name(), static_cast<const void*>(this));
}

int64_t HeapObject::hash() const {
  // object.__hash__: derived from the address, as CPython does.
  auto bits = reinterpret_cast<uintptr_t>(this);
  return static_cast<int64_t>((bits >> 4) | (bits << (8 * sizeof(bits) - 4)));
}

int HeapObject::eq(const Object& other) const {
  return other.is_heap() && other.heap() == this ? 1 : -1;
}

Object HeapObject::iter() {
  raise_error(&type_error_type, "'{}' object is not iterable", type_->name());
}

bool HeapObject::next(Object&) {
  raise_error(&type_error_type, "'{}' object is not an iterator", type_->name());
}

size_t HeapObject::len() const {
  raise_error(&type_error_type, "object of type '{}' has no len()", type_->name());
}

Object HeapObject::getitem(const Object&) {
  raise_error(&type_error_type, "'{}' object is not subscriptable", type_->name());
}

void HeapObject::setitem(const Object&, Object) {
  raise_error(&type_error_type, "'{}' object does not support item assignment", type_->name());
}

void HeapObject::delitem(const Object&) {
  raise_error(&type_error_type, "'{}' object doesn't support item deletion", type_->name());
}

bool HeapObject::contains(const Object& item) {
  Object it = iter(), x;
  while (it.heap()->next(x)) {
    if (x.is(item) || py::eq(x, item)) return true;
  }
  return false;
}

bool HeapObject::get_attribute(const char*, Object&) { return false; }
bool HeapObject::set_attribute(const char*, const Object&) { return false; }
bool HeapObject::del_attribute(const char*) { return false; }

}  // namespace py
