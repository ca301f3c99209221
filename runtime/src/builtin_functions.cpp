// Built-in function objects and the builtins about objects, names and text:
// ascii, bin/oct/hex, callable, chr/ord, format, getattr/hasattr/setattr,
// hash, id, input, isinstance/issubclass, len, print, repr. The numeric
// builtins are in builtin_functions_numeric.cpp, the iterating ones in
// builtin_functions_iter.cpp.
#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/builtins.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/format.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "format_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py {

// ---------------------------------------------------------------- function objects

BuiltinFunction::BuiltinFunction(const BuiltinFunctionDef* def) : HeapObject(&builtin_function_type), def(def) {
  // One object per builtin for the life of the program, like the types.
  refcount_ = 1u << 30;
}

std::string BuiltinFunction::repr() const { return std::string("<built-in function ") + def->name + ">"; }

bool BuiltinFunction::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "__name__") == 0 || std::strcmp(name, "__qualname__") == 0) {
    out = new_str(def->name);
    return true;
  }
  if (std::strcmp(name, "__module__") == 0) {
    out = new_str("builtins");
    return true;
  }
  return false;
}

Object builtin_object(const BuiltinFunctionDef& def) {
  // In Python these builtins are classes, not functions.
  static const std::pair<const BuiltinFunctionDef*, Type*> kTypes[] = {
      {&bi::enumerate, &enumerate_type}, {&bi::zip, &zip_type},           {&bi::map, &map_type},
      {&bi::filter, &filter_type},       {&bi::reversed, &reversed_type}, {&bi::range, &range_type},
  };
  for (const auto& [d, type] : kTypes) {
    if (d == &def) return type_object(*type);
  }
  // Allocated once and never destroyed: the objects live as long as the
  // program, and stay reachable for the leak checker.
  static auto* cache = new std::unordered_map<const BuiltinFunctionDef*, Object>();
  Object& slot = (*cache)[&def];
  if (!slot.is_bound()) slot = Object::steal(new BuiltinFunction(&def));
  return slot;
}

bool is_callable(const Object& o) {
  if (!o.is_heap()) return false;
  Type* t = o.heap()->type();
  if (t == &function_type || t == &builtin_function_type || t == &builtin_method_type || t == &type_type ||
      t == &method_type || t == &staticmethod_type || t == &method_descriptor_type) {
    return true;
  }
  if (t->is_user_class()) return class_lookup(t, "__call__") != nullptr;
  return t->find_method("__call__") != nullptr;
}

// ---------------------------------------------------------------- argument checks

namespace {

const char* plural(size_t n) { return n == 1 ? "" : "s"; }

}  // namespace

void check_positional(const Args& args, const char* name, size_t min, size_t max) {
  if (args.nkw) raise_error(&type_error_type, "{}() takes no keyword arguments", name);
  if (args.npos >= min && args.npos <= max) return;
  const char* bound = min == max ? "" : (args.npos < min ? "at least " : "at most ");
  size_t n = args.npos < min ? min : max;
  raise_error(&type_error_type, "{} expected {}{} argument{}, got {}", name, bound, n, plural(n), args.npos);
}

void bind_clinic(const Args& args, const char* name, std::initializer_list<const char*> names, size_t required,
                 Object* out, size_t max_positional) {
  // _PyArg_UnpackKeywords, whose checks come in this order.
  size_t n = names.size(), total = args.npos + args.nkw;
  size_t max_pos = std::min(max_positional, n);
  if (total > n) {
    raise_error(&type_error_type, "{}() takes at most {} {}argument{} ({} given)", name, n,
                args.npos == 0 ? "keyword " : "", plural(n), total);
  }
  if (args.npos > max_pos) {
    if (max_pos == 0) raise_error(&type_error_type, "{}() takes no positional arguments", name);
    raise_error(&type_error_type, "{}() takes {} {} positional argument{} ({} given)", name,
                required < max_pos ? "at most" : "exactly", max_pos, plural(max_pos), args.npos);
  }
  size_t posonly = 0;
  while (posonly < n && names.begin()[posonly][0] == '\0') ++posonly;
  size_t min_posonly = std::min(posonly, required);
  if (args.npos < min_posonly) {
    raise_error(&type_error_type, "{}() takes {} {} positional argument{} ({} given)", name,
                min_posonly < max_pos ? "at least" : "exactly", min_posonly, plural(min_posonly), args.npos);
  }
  auto keyword = [&](const char* parameter) -> const KwArg* {
    for (size_t k = 0; k < args.nkw; ++k) {
      if (std::strcmp(args.kw[k].name, parameter) == 0) return &args.kw[k];
    }
    return nullptr;
  };
  for (size_t i = 0; i < args.npos; ++i) out[i] = args.pos[i];
  size_t unused = args.nkw;
  for (size_t i = args.npos; i < n; ++i) {
    if (const KwArg* given = keyword(names.begin()[i])) {
      out[i] = given->value;
      --unused;
    } else if (i < required) {
      raise_error(&type_error_type, "{}() missing required argument '{}' (pos {})", name, names.begin()[i], i + 1);
    }
  }
  if (unused == 0) return;
  for (size_t i = 0; i < args.npos; ++i) {
    if (keyword(names.begin()[i])) {
      raise_error(&type_error_type, "argument for {}() given by name ('{}') and position ({})", name,
                  names.begin()[i], i + 1);
    }
  }
  for (size_t k = 0; k < args.nkw; ++k) {
    bool known = false;
    for (const char* parameter : names) known |= std::strcmp(parameter, args.kw[k].name) == 0;
    if (!known) raise_error(&type_error_type, "'{}' is an invalid keyword argument for {}()", args.kw[k].name, name);
  }
}

int int_argument(const Object& o) {
  if (o.is_small_int() || o.is_bool()) {
    int64_t v = o.as_small_int();
    if (v >= INT_MIN && v <= INT_MAX) return static_cast<int>(v);
    raise_error(&overflow_error_type, "Python int too large to convert to C int");
  }
  if (is_int(o)) raise_error(&overflow_error_type, "Python int too large to convert to C int");
  raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
}

// ---------------------------------------------------------------- the builtins

namespace {

Object builtin_ascii(const Args& args) {
  expect_one_arg(args, "ascii");
  return new_str(ascii_repr(args[0]));
}

// bin(), oct() and hex(): `-0b101`, `0o10`, `0x1f`.
Object int_with_prefix(const Args& args, const char* name, int base, const char* prefix) {
  expect_one_arg(args, name);
  const Object& value = args[0];
  if (!is_int_like(value)) {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", value.type()->name());
  }
  bool negative = false;
  std::string digits = format_detail::int_magnitude_digits(value, base, negative);
  return new_str((negative ? "-" : "") + std::string(prefix) + digits);
}

Object builtin_bin(const Args& args) { return int_with_prefix(args, "bin", 2, "0b"); }
Object builtin_oct(const Args& args) { return int_with_prefix(args, "oct", 8, "0o"); }
Object builtin_hex(const Args& args) { return int_with_prefix(args, "hex", 16, "0x"); }

Object builtin_callable(const Args& args) {
  expect_one_arg(args, "callable");
  return Object::from_bool(is_callable(args[0]));
}

Object builtin_chr(const Args& args) {
  expect_one_arg(args, "chr");
  int cp = int_argument(args[0]);
  if (cp < 0 || cp >= 0x110000) raise_error(&value_error_type, "chr() arg not in range(0x110000)");
  return str_char(static_cast<char32_t>(cp));
}

Object builtin_ord(const Args& args) {
  expect_one_arg(args, "ord");
  const Object& c = args[0];
  if (is_str(c)) {
    const Str* s = cast<Str>(c);
    size_t n = s->len();
    if (n != 1) raise_error(&type_error_type, "ord() expected a character, but string of length {} found", n);
    size_t i = 0;
    return Object::from_int(unicode::decode_utf8(s->data, i));
  }
  if (is_bytes_like(c)) {
    const std::string& data = cast<Bytes>(c)->data;
    if (data.size() != 1) {
      raise_error(&type_error_type, "ord() expected a character, but string of length {} found", data.size());
    }
    return Object::from_int(static_cast<unsigned char>(data[0]));
  }
  raise_error(&type_error_type, "ord() expected string of length 1, but {} found", c.type()->name());
}

Object builtin_format(const Args& args) {
  check_positional(args, "format", 1, 2);
  return format_builtin(args[0], args.npos > 1 ? args[1] : Object());
}

const char* attribute_name(const Object& name) {
  if (!is_str(name)) raise_error(&type_error_type, "attribute name must be string, not '{}'", name.type()->name());
  return cast<Str>(name)->data.c_str();
}

Object builtin_getattr(const Args& args) {
  check_positional(args, "getattr", 2, 3);
  const char* name = attribute_name(args[1]);
  if (args.npos == 2) return py::getattr(args[0], name);
  try {
    return py::getattr(args[0], name);
  } catch (const Raised& raised) {
    // Only a missing attribute gives the default, as in CPython.
    if (!isinstance(raised.exception, &attribute_error_type)) throw;
  }
  return args[2];
}

Object builtin_delattr(const Args& args) {
  check_positional(args, "delattr", 2, 2);
  py::delattr(args[0], attribute_name(args[1]));
  return None;
}

Object builtin_hasattr(const Args& args) {
  check_positional(args, "hasattr", 2, 2);
  const char* name = attribute_name(args[1]);
  try {
    py::getattr(args[0], name);
  } catch (const Raised& raised) {
    if (!isinstance(raised.exception, &attribute_error_type)) throw;
    return False;
  }
  return True;
}

Object builtin_setattr(const Args& args) {
  check_positional(args, "setattr", 3, 3);
  py::setattr(args[0], attribute_name(args[1]), args[2]);
  return None;
}

Object builtin_hash(const Args& args) {
  expect_one_arg(args, "hash");
  return Object::from_int(py::hash(args[0]));
}

Object builtin_id(const Args& args) {
  expect_one_arg(args, "id");
  const Object& o = args[0];
  if (o.is_heap()) return Object::from_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(o.heap())));
  // Inline values have no address: their id is the value's bits and tag,
  // so id(a) == id(b) exactly when `a is b`. Heap objects are 16-byte
  // aligned, so their ids end in a zero nibble and never collide with these.
  uint64_t bits = 0;
  if (o.is_float()) {
    double f = o.as_float();
    std::memcpy(&bits, &f, sizeof bits);
  } else if (!o.is_none()) {
    bits = static_cast<uint64_t>(o.as_small_int());
  }
  auto tag = static_cast<unsigned>(o.tag());
  if (bits < (uint64_t{1} << 58)) return Object::from_int(static_cast<int64_t>(bits << 4 | tag));
  mpz_t v;
  mpz_init(v);
  mpz_import(v, 1, 1, sizeof bits, 0, 0, &bits);
  mpz_mul_2exp(v, v, 4);
  mpz_add_ui(v, v, tag);
  Object result = int_from_mpz(v);
  mpz_clear(v);
  return result;
}

Object builtin_input(const Args& args) {
  check_positional(args, "input", 0, 1);
  if (args.npos == 1) {
    std::string prompt = py::str(args[0]);
    std::fwrite(prompt.data(), 1, prompt.size(), stdout);
  }
  // The prompt must be visible before the program blocks on stdin.
  std::fflush(stdout);
  char* line = nullptr;
  size_t capacity = 0;
  ssize_t n = ::getline(&line, &capacity, stdin);
  if (n <= 0) {
    std::free(line);
    raise(new_exception(&eof_error_type, "EOF when reading a line"));
  }
  size_t size = static_cast<size_t>(n);
  if (line[size - 1] == '\n') --size;
  std::string text(line, size);
  std::free(line);
  return new_str(std::move(text));
}

// isinstance(o, cls) for one class or a (nested) tuple of them.
bool instance_of(const Object& o, const Object& cls) {
  if (cls.is_heap() && cls.heap()->type() == &type_type) return o.type()->is_subtype_of(cast<Type>(cls));
  if (is_tuple_like(cls)) {
    for (const Object& item : cast<Tuple>(cls)->items) {
      if (instance_of(o, item)) return true;
    }
    return false;
  }
  raise_error(&type_error_type, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

Object builtin_isinstance(const Args& args) {
  check_positional(args, "isinstance", 2, 2);
  return Object::from_bool(instance_of(args[0], args[1]));
}

bool is_type(const Object& o) { return o.is_heap() && o.heap()->type() == &type_type; }

bool subclass_of(const Object& derived, const Object& cls) {
  // A tuple is searched before arg 1 is checked, as CPython does.
  if (is_tuple_like(cls)) {
    for (const Object& item : cast<Tuple>(cls)->items) {
      if (subclass_of(derived, item)) return true;
    }
    return false;
  }
  if (!is_type(derived)) raise_error(&type_error_type, "issubclass() arg 1 must be a class");
  if (!is_type(cls)) {
    raise_error(&type_error_type, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return cast<Type>(derived)->is_subtype_of(cast<Type>(cls));
}

Object builtin_issubclass(const Args& args) {
  check_positional(args, "issubclass", 2, 2);
  return Object::from_bool(subclass_of(args[0], args[1]));
}

Object builtin_len(const Args& args) {
  expect_one_arg(args, "len");
  return py::len(args[0]);
}

Object builtin_repr(const Args& args) {
  expect_one_arg(args, "repr");
  return repr_builtin(args[0]);
}

// sep and end: None or a str (`sep must be None or a string, not int`).
const Object* text_keyword(const Object& value, const char* name) {
  if (!value.is_bound() || value.is_none()) return nullptr;
  if (!is_str(value)) raise_error(&type_error_type, "{} must be None or a string, not {}", name, value.type()->name());
  return &value;
}

// Where print() writes: stdout itself, or any object's write() method
// (the file= argument, else a redirected sys.stdout).
class PrintTarget {
 public:
  explicit PrintTarget(const Object& file)
      : file_(file.is_bound() && !file.is_none() ? file : redirected_stdout()) {}

  // print() with sys.stdout set to None writes nothing, as in CPython.
  bool silenced() const { return file_.is_none(); }

  void write(const std::string& text) {
    if (!file_.is_bound()) {
      std::fwrite(text.data(), 1, text.size(), stdout);
      return;
    }
    if (!write_.is_bound()) write_ = py::getattr(file_, "write");
    call(write_, {new_str(text)});
  }
  void flush() {
    if (!file_.is_bound()) {
      std::fflush(stdout);
      return;
    }
    call(py::getattr(file_, "flush"), Args());
  }

 private:
  Object file_;
  Object write_;
};

Object builtin_print(const Args& args) {
  Object options[4];
  bind_args(Args(nullptr, 0, args.kw, args.nkw), "print", {"sep", "end", "file", "flush"}, 0, options);
  const Object* sep = text_keyword(options[0], "sep");
  const Object* end = text_keyword(options[1], "end");
  PrintTarget target(options[2]);
  if (target.silenced()) return None;
  for (size_t i = 0; i < args.npos; ++i) {
    if (i > 0) target.write(sep ? cast<Str>(*sep)->data : " ");
    target.write(py::str(args[i]));
  }
  target.write(end ? cast<Str>(*end)->data : "\n");
  if (options[3].is_bound() && truthy(options[3])) target.flush();
  return None;
}

}  // namespace

namespace bi {
const BuiltinFunctionDef ascii{"ascii", builtin_ascii};
const BuiltinFunctionDef bin{"bin", builtin_bin};
const BuiltinFunctionDef callable{"callable", builtin_callable};
const BuiltinFunctionDef chr{"chr", builtin_chr};
const BuiltinFunctionDef delattr{"delattr", builtin_delattr};
const BuiltinFunctionDef format{"format", builtin_format};
const BuiltinFunctionDef getattr{"getattr", builtin_getattr};
const BuiltinFunctionDef hasattr{"hasattr", builtin_hasattr};
const BuiltinFunctionDef hash{"hash", builtin_hash};
const BuiltinFunctionDef hex{"hex", builtin_hex};
const BuiltinFunctionDef id{"id", builtin_id};
const BuiltinFunctionDef input{"input", builtin_input};
const BuiltinFunctionDef isinstance{"isinstance", builtin_isinstance};
const BuiltinFunctionDef issubclass{"issubclass", builtin_issubclass};
const BuiltinFunctionDef len{"len", builtin_len};
const BuiltinFunctionDef oct{"oct", builtin_oct};
const BuiltinFunctionDef open{"open", open_file};
const BuiltinFunctionDef ord{"ord", builtin_ord};
const BuiltinFunctionDef print{"print", builtin_print};
const BuiltinFunctionDef repr{"repr", builtin_repr};
const BuiltinFunctionDef setattr{"setattr", builtin_setattr};
}  // namespace bi

}  // namespace py
