// Exception objects, raising, and the one-line form of an exception that
// ends a traceback.

#include "yieldc/exceptions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/ops.hpp"
#include "raise.hpp"

namespace py {

ExceptionObject::ExceptionObject(Type* type, Object args) : HeapObject(type), args_(std::move(args)) {}

std::string ExceptionObject::repr() const {
  // BaseException.__repr__: Name(arg) for one argument, Name(a, b) for
  // several, Name() for none.
  const auto& items = cast<Tuple>(args_)->items;
  if (items.size() == 1) return fmt::format("{}({})", type()->name(), py::repr(items[0]));
  return fmt::format("{}{}", type()->name(), items.empty() ? "()" : py::repr(args_));
}

std::string ExceptionObject::str() const {
  const auto& items = cast<Tuple>(args_)->items;
  if (items.empty()) return "";
  // KeyError shows its key as a repr, unlike other exceptions.
  if (items.size() == 1) {
    return type()->is_subtype_of(&key_error_type) ? py::repr(items[0]) : py::str(items[0]);
  }
  return py::repr(args_);
}

Object new_exception(Type* type, std::string message) {
  return make<ExceptionObject>(type, new_tuple({new_str(std::move(message))}));
}

Object new_exception(Type* type) { return make<ExceptionObject>(type, new_tuple({})); }

void raise(Object exception) { throw Raised{std::move(exception)}; }

void raise_error(Type* type, std::string message) { raise(new_exception(type, std::move(message))); }

void raise_name_error(const char* name) {
  raise_error(&name_error_type, "name '{}' is not defined", name);
}

void raise_unbound_local(const char* name) {
  raise_error(&unbound_local_error_type,
              "cannot access local variable '{}' where it is not associated with a value", name);
}

std::string format_exception_only(const Object& exception) {
  std::string message = py::str(exception);
  const char* name = exception.type()->name();
  if (message.empty()) return name;
  return fmt::format("{}: {}", name, message);
}

}  // namespace py
