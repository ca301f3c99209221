// The `with` protocol, for user classes and built-in context managers.
#include "yieldc/attributes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/with.hpp"
#include "raise.hpp"

namespace py {

namespace {

bool has_special(const Object& o, const char* name) {
  if (o.type()->is_user_class()) return class_lookup(o.type(), name) != nullptr;
  return o.type()->find_method(name) != nullptr;
}

}  // namespace

Object with_exit_method(const Object& manager) {
  bool enter = has_special(manager, "__enter__");
  bool exit = has_special(manager, "__exit__");
  if (!enter) {
    raise_error(&type_error_type, "'{}' object does not support the context manager protocol",
                manager.type()->name());
  }
  if (!exit) {
    raise_error(&type_error_type, "'{}' object does not support the context manager protocol (missed __exit__ method)",
                manager.type()->name());
  }
  return getattr(manager, "__exit__");
}

Object with_enter(const Object& manager) { return call_method(manager, "__enter__", Args{}); }

bool with_exit(const Object& exit_method, const Object& exception) {
  if (!exception.is_bound()) {
    call(exit_method, {None, None, None});
    return false;
  }
  Object type = Object::borrow(exception.type());
  return truthy(call(exit_method, {type, exception, None}));
}

}  // namespace py
