// Exception objects, raising, and the one-line form of an exception that
// ends a traceback.

#include <cstring>

#include "yieldc/exceptions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/ops.hpp"
#include "raise.hpp"
#include "traceback.hpp"

namespace py {

ExceptionObject::ExceptionObject(Type* type, Object args) : HeapObject(type), args_(std::move(args)) {}

std::string ExceptionObject::repr() const {
  if (type()->is_user_class() && class_lookup(type(), "__repr__")) {
    Object r = call_special(Object::borrow(const_cast<ExceptionObject*>(this)), "__repr__", Args{});
    return py::str(r);
  }
  // BaseException.__repr__: Name(arg) for one argument, Name(a, b) for
  // several, Name() for none.
  const auto& items = cast<Tuple>(args_)->items;
  if (items.size() == 1) return fmt::format("{}({})", type()->name(), py::repr(items[0]));
  return fmt::format("{}{}", type()->name(), items.empty() ? "()" : py::repr(args_));
}

std::string ExceptionObject::str() const {
  if (type()->is_user_class() && class_lookup(type(), "__str__")) {
    Object r = call_special(Object::borrow(const_cast<ExceptionObject*>(this)), "__str__", Args{});
    if (!is_str(r)) raise_error(&type_error_type, "__str__ returned non-string (type {})", r.type()->name());
    return cast<Str>(r)->data;
  }
  const auto& items = cast<Tuple>(args_)->items;
  if (items.empty()) return "";
  // OSError(errno, strerror) and its filename attribute.
  if (items.size() == 2 && type()->is_subtype_of(&os_error_type)) {
    std::string text = fmt::format("[Errno {}] {}", py::str(items[0]), py::str(items[1]));
    const Object* filename = attrs.find("filename");
    const Object* filename2 = attrs.find("filename2");
    if (filename && filename2) return fmt::format("{}: {} -> {}", text, py::repr(*filename), py::repr(*filename2));
    return filename ? text + ": " + py::repr(*filename) : text;
  }
  // KeyError shows its key as a repr, unlike other exceptions.
  if (items.size() == 1) {
    return type()->is_subtype_of(&key_error_type) ? py::repr(items[0]) : py::str(items[0]);
  }
  return py::repr(args_);
}

bool ExceptionObject::get_attribute(const char* name, Object& out) {
  auto none_if_unbound = [](const Object& o) { return o.is_bound() ? o : None; };
  if (std::strcmp(name, "args") == 0) {
    out = args_;
  } else if (std::strcmp(name, "__cause__") == 0) {
    out = none_if_unbound(cause);
  } else if (std::strcmp(name, "__context__") == 0) {
    out = none_if_unbound(context);
  } else if (std::strcmp(name, "__suppress_context__") == 0) {
    out = Object::from_bool(suppress_context);
  } else if (Object* own = attrs.find(name)) {
    out = *own;
  } else if (Object* attribute = class_lookup(type(), name)) {
    // Methods of a user exception class.
    out = attribute->is_heap() && attribute->heap()->type() == &function_type
              ? make<Method>(*attribute, Object::borrow(this))
              : *attribute;
  } else if (type()->is_subtype_of(&os_error_type) &&
             (std::strcmp(name, "errno") == 0 || std::strcmp(name, "strerror") == 0 ||
              std::strcmp(name, "filename") == 0 || std::strcmp(name, "filename2") == 0)) {
    // OSError(errno, strerror): the two arguments; None otherwise.
    const auto& items = cast<Tuple>(args_)->items;
    bool paired = items.size() == 2;
    out = std::strncmp(name, "filename", 8) == 0 ? None : !paired ? None : items[name[0] == 'e' ? 0 : 1];
  } else if (std::strcmp(name, "value") == 0 && type()->is_subtype_of(&stop_iteration_type)) {
    // StopIteration.value is the first argument, or None.
    const auto& items = cast<Tuple>(args_)->items;
    out = items.empty() ? None : items[0];
  } else if (std::strcmp(name, "code") == 0 && type()->is_subtype_of(&system_exit_type)) {
    out = code();
  } else {
    return false;
  }
  return true;
}

Object ExceptionObject::code() const {
  const auto& items = cast<Tuple>(args_)->items;
  if (items.empty()) return None;
  return items.size() == 1 ? items[0] : args_;
}

bool ExceptionObject::set_attribute(const char* name, const Object& value) {
  if (std::strcmp(name, "__cause__") == 0) {
    cause = value.is_none() ? Object() : value;
    suppress_context = true;
  } else if (std::strcmp(name, "__context__") == 0) {
    context = value.is_none() ? Object() : value;
  } else if (std::strcmp(name, "__suppress_context__") == 0) {
    suppress_context = py::truthy(value);
  } else if (std::strcmp(name, "args") == 0) {
    args_ = new_tuple(cast<List>(list_from_iterable(value))->items);
  } else {
    attrs.set(name, value);
  }
  return true;
}

bool ExceptionObject::del_attribute(const char* name) { return attrs.erase(name); }

Object new_exception(Type* type, std::string message) {
  return make<ExceptionObject>(type, new_tuple({new_str(std::move(message))}));
}

Object new_exception(Type* type) { return make<ExceptionObject>(type, new_tuple({})); }

std::vector<Object> handled_exceptions;

namespace {

// The exceptions being handled, innermost last.
std::vector<Object>& handled = handled_exceptions;

bool is_exception_class(const Object& o) {
  return o.is_heap() && o.heap()->type() == &type_type && cast<Type>(o)->is_subtype_of(&base_exception_type);
}

bool is_exception_instance(const Object& o) { return isinstance(o, &base_exception_type); }

// `raise X` and `from X` accept a class (called with no arguments) or an
// instance; `what` names the role in the error message.
Object exception_instance(const Object& o, const char* error) {
  if (is_exception_instance(o)) return o;
  if (is_exception_class(o)) return new_exception(cast<Type>(o));
  raise_error(&type_error_type, error);
}

}  // namespace

void raise(Object exception) {
  if (!handled.empty() && exception.is_heap()) {
    // CPython sets __context__ to the exception being handled, taking care
    // not to create a cycle through the new exception's own context chain.
    const Object& current = handled.back();
    auto* e = cast<ExceptionObject>(exception);
    if (!current.is(exception)) {
      for (Object o = current; o.is_bound() && !o.is_none();) {
        auto* link = cast<ExceptionObject>(o);
        if (link->context.is(exception)) {
          link->context = Object();
          break;
        }
        o = link->context;
      }
      e->context = current;
      if (current.is_heap()) trim_to_handling_frame(*cast<ExceptionObject>(current));
    }
  }
  if (exception.is_heap()) capture_traceback(*cast<ExceptionObject>(exception));
  throw Raised{std::move(exception)};
}

void raise_statement(const Object& exception) {
  raise(exception_instance(exception, "exceptions must derive from BaseException"));
}

void raise_statement(const Object& exception, const Object& cause) {
  Object instance = exception_instance(exception, "exceptions must derive from BaseException");
  auto* e = cast<ExceptionObject>(instance);
  if (cause.is_none()) {
    e->cause = Object();
  } else {
    e->cause = exception_instance(cause, "exception causes must derive from BaseException");
  }
  e->suppress_context = true;
  raise(std::move(instance));
}

void reraise_current() {
  if (handled.empty()) raise_error(&runtime_error_type, "No active exception to reraise");
  Object exception = handled.back();
  if (exception.is_heap()) capture_traceback(*cast<ExceptionObject>(exception), /*include_running=*/false);
  throw Raised{std::move(exception)};
}

HandlingScope::HandlingScope(const Object& exception) : pushed_(exception.is_bound()) {
  if (pushed_) handled.push_back(exception);
}

HandlingScope::~HandlingScope() {
  if (pushed_) handled.pop_back();
}

Object current_exception() { return handled.empty() ? Object() : handled.back(); }

void move_handled_above(size_t depth, std::vector<Object>& out) {
  for (size_t i = depth; i < handled.size(); ++i) out.push_back(std::move(handled[i]));
  handled.resize(std::min(depth, handled.size()));
}

namespace {

bool matches_type(const Object& exception, const Object& type_or_tuple) {
  if (is_tuple_like(type_or_tuple)) {
    for (const Object& t : cast<Tuple>(type_or_tuple)->items) {
      if (matches_type(exception, t)) return true;
    }
    return false;
  }
  if (!is_exception_class(type_or_tuple)) {
    raise_error(&type_error_type, "catching classes that do not inherit from BaseException is not allowed");
  }
  return exception.type()->is_subtype_of(cast<Type>(type_or_tuple));
}

}  // namespace

bool exception_matches(const Object& exception, const Object& type_or_tuple) {
  if (!matches_type(exception, type_or_tuple)) return false;
  exception_caught(exception);
  return true;
}

void raise_error(Type* type, std::string message) { raise(new_exception(type, std::move(message))); }

void raise_name_error(const char* name) {
  raise_error(&name_error_type, "name '{}' is not defined", name);
}

void raise_unbound_local(const char* name) {
  raise_error(&unbound_local_error_type,
              "cannot access local variable '{}' where it is not associated with a value", name);
}

// BaseException.add_note (3.11): appends to the __notes__ list, which the
// traceback prints after the message, a line each.
Object exception_add_note(const Object& self, const Args& args) {
  expect_positional(args, "add_note", 1, 1);
  if (!is_str(args[0])) raise_error(&type_error_type, "note must be a str, not '{}'", args[0].type()->name());
  auto* e = cast<ExceptionObject>(self);
  Object* notes = e->attrs.find("__notes__");
  if (notes == nullptr) {
    e->attrs.set("__notes__", new_list({}));
    notes = e->attrs.find("__notes__");
  } else if (!is_list(*notes)) {
    raise_error(&type_error_type, "Cannot add note: __notes__ is not a list");
  }
  cast<List>(*notes)->items.push_back(args[0]);
  return None;
}

namespace {

// What the traceback prints for an object whose str() (or repr()) raises
// or returns a non-str: traceback.c's placeholder instead.
template <class Text>
std::string text_or(Text&& text, const char* placeholder) {
  try {
    return text();
  } catch (Raised& failed) {
    exception_caught_natively(failed.exception);
    return placeholder;
  }
}

}  // namespace

std::string format_exception_only(const Object& exception) {
  std::string message = text_or([&] { return py::str(exception); }, "<exception str() failed>");
  // A module's exception class is named with its module
  // (`json.decoder.JSONDecodeError`), as CPython names any class not in
  // builtins or __main__.
  std::string out = exception.type()->name();
  if (const char* module = exception.type()->module()) out = std::string(module) + "." + out;
  if (!message.empty()) out += ": " + message;
  // __notes__ (add_note): each note on a line of its own; anything but a
  // list or tuple is shown by its repr.
  const Object* notes = cast<ExceptionObject>(exception)->attrs.find("__notes__");
  if (notes == nullptr) return out;
  if (!is_list(*notes) && !is_tuple(*notes)) {
    return out + "\n" + text_or([&] { return py::repr(*notes); }, "<__notes__ repr() failed>");
  }
  const auto& items = is_list(*notes) ? cast<List>(*notes)->items : cast<Tuple>(*notes)->items;
  for (const Object& note : items) out += "\n" + text_or([&] { return py::str(note); }, "<note str() failed>");
  return out;
}

}  // namespace py
