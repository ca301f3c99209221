// Calling a type: `int(x)`, `str(x)`, `ValueError("msg")`, `list(it)`, ...
// Built-in types are constructed here by their identity; user classes will
// get their own path (instance creation and __init__).
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <string>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/builtins.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/float.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// int(s, base): CPython's rules — surrounding whitespace, a sign, single
// underscores between digits, a 0x/0o/0b prefix when base is 0 or matches.
Object parse_int(const std::string& text, int base) {
  auto invalid = [&]() -> Object {
    raise_error(&value_error_type, "invalid literal for int() with base {}: {}", base, str_repr(text));
  };
  size_t i = 0, n = text.size();
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (i < n && is_space(text[i])) ++i;
  while (n > i && is_space(text[n - 1])) --n;
  bool negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  int effective = base;
  if (i + 1 < n && text[i] == '0') {
    char p = static_cast<char>(text[i + 1] | 0x20);
    int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixed && (base == 0 || base == prefixed)) {
      effective = prefixed;
      i += 2;
      if (i < n && text[i] == '_') ++i;  // 0x_1f is allowed
    }
  }
  if (effective == 0) {
    effective = 10;
    // Base 0 forbids leading zeros on a non-zero decimal.
    if (i + 1 < n && text[i] == '0') {
      for (size_t k = i; k < n; ++k) {
        if (text[k] != '0' && text[k] != '_') return invalid();
      }
    }
  }
  std::string digits;
  bool last_underscore = true;  // no leading underscore
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '_') {
      if (last_underscore) return invalid();
      last_underscore = true;
      continue;
    }
    int d = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
    if (d >= effective) return invalid();
    digits += c;
    last_underscore = false;
  }
  if (digits.empty() || last_underscore) return invalid();
  mpz_t v;
  mpz_init(v);
  mpz_set_str(v, digits.c_str(), effective);
  if (negative) mpz_neg(v, v);
  Object result = int_from_mpz(v);
  mpz_clear(v);
  return result;
}

Object construct_int(const Args& args) {
  Object slots[2];
  bind_args(args, "int", {"x", "base"}, 0, slots);
  const Object& x = slots[0];
  if (slots[1].is_bound()) {
    if (!x.is_bound()) raise_error(&type_error_type, "int() missing string argument");
    if (!slots[1].is_small_int()) {
      raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", slots[1].type()->name());
    }
    int64_t base = slots[1].as_small_int();
    if (base != 0 && (base < 2 || base > 36)) raise_error(&value_error_type, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(x)) raise_error(&type_error_type, "int() can't convert non-string with explicit base");
    return parse_int(cast<Str>(x)->data, static_cast<int>(base));
  }
  if (!x.is_bound()) return Object::from_int(0);
  if (x.is_small_int()) return x;
  if (x.is_bool()) return Object::from_int(x.as_small_int());
  if (is_int(x)) return x;
  if (x.is_float()) return int_from_double(x.as_float());
  if (is_str(x)) return parse_int(cast<Str>(x)->data, 10);
  raise_error(&type_error_type, "int() argument must be a string, a bytes-like object or a real number, not '{}'",
              x.type()->name());
}

Object construct_float(const Args& args) {
  expect_positional(args, "float", 0, 1);
  if (args.npos == 0) return Object::from_float(0.0);
  const Object& x = args[0];
  if (x.is_float()) return x;
  if (x.is_small_int() || x.is_bool()) return Object::from_float(static_cast<double>(x.as_small_int()));
  if (is_int(x)) return Object::from_float(big_int_to_double(x));
  if (is_str(x)) {
    const std::string& text = cast<Str>(x)->data;
    std::string cleaned;
    size_t i = 0, n = text.size();
    while (i < n && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    while (n > i && std::isspace(static_cast<unsigned char>(text[n - 1]))) --n;
    // Underscores only between digits; strtod handles inf/nan/exponents.
    for (size_t k = i; k < n; ++k) {
      if (text[k] == '_') {
        bool ok = k > i && k + 1 < n && std::isdigit(static_cast<unsigned char>(text[k - 1])) &&
                  std::isdigit(static_cast<unsigned char>(text[k + 1]));
        if (!ok) cleaned.clear(), k = n;
        else continue;
        break;
      }
      cleaned += text[k];
    }
    bool hex = cleaned.find_first_of("xX") != std::string::npos;
    char* end = nullptr;
    double v = cleaned.empty() || hex ? 0 : std::strtod(cleaned.c_str(), &end);
    if (cleaned.empty() || hex || end != cleaned.c_str() + cleaned.size()) {
      raise_error(&value_error_type, "could not convert string to float: {}", str_repr(text));
    }
    return Object::from_float(v);
  }
  raise_error(&type_error_type, "float() argument must be a string or a real number, not '{}'", x.type()->name());
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]), as
// OSError.__new__ does it: OSError itself becomes the subclass its errno
// names (os_error_type_for), and the filenames leave args for attributes.
Object construct_os_error(Type* type, const Args& args) {
  std::vector<Object> items(args.pos, args.pos + args.npos);
  if (items.size() < 2 || items.size() > 5) return make<ExceptionObject>(type, new_tuple(std::move(items)));
  if (type == &os_error_type && items[0].is_small_int()) type = os_error_type_for(items[0].as_small_int());
  Object filename = items.size() >= 3 ? items[2] : Object();
  Object filename2 = items.size() == 5 ? items[4] : Object();
  items.resize(2);
  Object e = make<ExceptionObject>(type, new_tuple(std::move(items)));
  if (filename.is_bound() && !filename.is_none()) cast<ExceptionObject>(e)->attrs.set("filename", filename);
  if (filename2.is_bound() && !filename2.is_none()) cast<ExceptionObject>(e)->attrs.set("filename2", filename2);
  return e;
}

Object construct_exception(Type* type, const Args& args) {
  if (args.nkw) raise_error(&type_error_type, "{}() takes no keyword arguments", type->name());
  if (type->is_subtype_of(&os_error_type)) return construct_os_error(type, args);
  return make<ExceptionObject>(type, new_tuple(std::vector<Object>(args.pos, args.pos + args.npos)));
}

}  // namespace

Object call_type(Type* type, const Args& args) {
  if (type->is_user_class()) return construct_instance(type, args);
  if (type->is_subtype_of(&base_exception_type)) {
    // A module's exception class with an __init__ of its own (re.error,
    // json.JSONDecodeError).
    if (Type::Constructor constructor = type->constructor()) return constructor(type, args);
    return construct_exception(type, args);
  }
  if (type == &staticmethod_type) {
    expect_positional(args, "staticmethod", 1, 1);
    return make_staticmethod(args[0]);
  }
  if (type == &classmethod_type) {
    expect_positional(args, "classmethod", 1, 1);
    return make_classmethod(args[0]);
  }
  if (type == &property_type) return make_property(args);
  if (type == &object_type) {
    if (args.npos || args.nkw) raise_error(&type_error_type, "object() takes no arguments");
    return make<Instance>(&object_type);
  }
  if (type == &int_type) return construct_int(args);
  if (type == &float_type) return construct_float(args);
  if (type == &bool_type) {
    expect_positional(args, "bool", 0, 1);
    return Object::from_bool(args.npos == 1 && truthy(args[0]));
  }
  if (type == &str_type) {
    expect_positional(args, "str", 0, 1);
    return args.npos == 0 ? new_str("") : str_builtin(args[0]);
  }
  if (type == &list_type) {
    expect_positional(args, "list", 0, 1);
    return args.npos == 0 ? new_list({}) : list_from_iterable(args[0]);
  }
  if (type == &tuple_type) {
    expect_positional(args, "tuple", 0, 1);
    if (args.npos == 0) return new_tuple({});
    if (is_tuple(args[0])) return args[0];
    return new_tuple(collect_items(args[0]));
  }
  if (type == &range_type) {
    expect_positional(args, "range", 1, 3);
    if (args.npos == 1) return range(args[0]);
    if (args.npos == 2) return range(args[0], args[1]);
    return range(args[0], args[1], args[2]);
  }
  if (type == &type_type) {
    if (args.npos != 1 || args.nkw) raise_error(&type_error_type, "type() takes 1 or 3 arguments");
    return Object::borrow(args[0].type());
  }
  // dict, set, bytes, slice, enumerate, zip, ... (builtin_functions_types.cpp)
  if (Object made = construct_builtin_type(type, args); made.is_bound()) return made;
  if (Type::Constructor constructor = type->constructor()) return constructor(type, args);
  // collections and itertools (collections_module.cpp)
  if (Object made = construct_stdlib_type(type, args); made.is_bound()) return made;
  raise_error(&type_error_type, "cannot create '{}' instances", type->name());
}

}  // namespace py
