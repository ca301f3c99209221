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

// The bound exit method, after checking that both methods exist.
Object exit_method_of(const Object& manager, const char* enter_name, const char* exit_name, const char* protocol) {
  if (!has_special(manager, enter_name)) {
    raise_error(&type_error_type, "'{}' object does not support the {} protocol", manager.type()->name(), protocol);
  }
  if (!has_special(manager, exit_name)) {
    raise_error(&type_error_type, "'{}' object does not support the {} protocol (missed {} method)",
                manager.type()->name(), protocol, exit_name);
  }
  return getattr(manager, exit_name);
}

}  // namespace

Object with_exit_method(const Object& manager) {
  return exit_method_of(manager, "__enter__", "__exit__", "context manager");
}

Object with_enter(const Object& manager) { return call_method(manager, "__enter__", Args{}); }

Object with_exit_call(const Object& exit_method, const Object& exception) {
  if (!exception.is_bound()) return call(exit_method, {None, None, None});
  Object type = Object::borrow(exception.type());
  return call(exit_method, {type, exception, None});
}

bool with_exit(const Object& exit_method, const Object& exception) {
  Object result = with_exit_call(exit_method, exception);
  return exception.is_bound() && truthy(result);
}

Object async_with_exit_method(const Object& manager) {
  return exit_method_of(manager, "__aenter__", "__aexit__", "asynchronous context manager");
}

Object async_with_enter(const Object& manager) { return call_method(manager, "__aenter__", Args{}); }

}  // namespace py
