// The functools module: partial, reduce, cmp_to_key, update_wrapper, wraps
// and total_ordering (lru_cache and cache are in functools_lru_cache.cpp).
// partial, reduce and cmp_to_key follow CPython 3.11's C implementation
// (Modules/_functoolsmodule.c): how partial merges and flattens arguments,
// its repr, the K objects' comparisons and the messages. The rest are
// Python functions in Lib/functools.py and are Python functions here too
// (function objects with native bodies), following that code line for line.
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "functools_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"

namespace py {

Object functools_function(const Signature& signature, FunctionBody body, std::vector<Object> defaults,
                          std::vector<Object> closure) {
  Object f = new_function(&signature, body, FunctionParts{std::move(defaults), {}, std::move(closure)});
  cast<Function>(f)->module = new_str("functools");
  return f;
}

Object functools_global(const char* name) { return getattr(import_module("functools"), name); }

namespace {

// An AttributeError from a lookup that Python code would catch and ignore.
bool caught_attribute_error(Raised& raised) {
  if (!isinstance(raised.exception, &attribute_error_type)) return false;
  exception_caught_natively(raised.exception);
  return true;
}

// ---------------------------------------------------------------- partial

class Partial final : public HeapObject {
 public:
  Partial(Object func, Object args, Object keywords);

  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override;
  bool del_attribute(const char* name) override { return set_attribute(name, Object()); }

  Object func;
  Object args;      // a tuple
  Object keywords;  // a dict, the same one each call copies
  Object dict;      // __dict__, made on first use
};

extern Type partial_type;

Partial::Partial(Object f, Object a, Object k)
    : HeapObject(&partial_type), func(std::move(f)), args(std::move(a)), keywords(std::move(k)) {}

// functools.partial(<function f at 0x...>, 1, b=2); `...` when it is inside itself.
std::string Partial::repr() const {
  return guarded_repr(this, "...", [&] {
    std::string out = "functools.partial(" + py::repr(func);
    for (const Object& a : cast<Tuple>(args)->items) out += ", " + py::repr(a);
    size_t pos = 0;
    Object key, value;
    while (dict_next(keywords, pos, key, value)) out += ", " + py::str(key) + "=" + py::repr(value);
    return out + ")";
  });
}

bool is_partial_member(const char* name) {
  return std::strcmp(name, "func") == 0 || std::strcmp(name, "args") == 0 || std::strcmp(name, "keywords") == 0;
}

bool Partial::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "func") == 0) out = func;
  else if (std::strcmp(name, "args") == 0) out = args;
  else if (std::strcmp(name, "keywords") == 0) out = keywords;
  else if (attribute_dict_get(dict, name, out)) return true;
  // Class attributes, found after the instance's own.
  else if (std::strcmp(name, "__doc__") == 0) {
    out = new_str("partial(func, *args, **keywords) - new function with partial application\n"
                  "    of the given arguments and keywords.\n");
  } else if (std::strcmp(name, "__module__") == 0) {
    out = new_str("functools");
  } else {
    return false;
  }
  return true;
}

bool Partial::set_attribute(const char* name, const Object& value) {
  if (is_partial_member(name)) raise_error(&attribute_error_type, "readonly attribute");
  return attribute_dict_set(dict, name, value);
}

// partial(func, /, *args, **keywords): a partial of a partial (without
// attributes of its own) is flattened into one of the inner function.
Object partial_new(const Args& args) {
  if (args.npos < 1) raise_error(&type_error_type, "type 'partial' takes at least one argument");
  Object func = args[0];
  std::vector<Object> positional;
  Object inner_keywords;
  if (func.is_heap() && func.type() == &partial_type && !cast<Partial>(func)->dict.is_bound()) {
    auto* inner = cast<Partial>(func);
    positional = cast<Tuple>(inner->args)->items;
    inner_keywords = inner->keywords;
    func = inner->func;
  }
  if (!is_callable(func)) raise_error(&type_error_type, "the first argument must be callable");
  positional.insert(positional.end(), args.pos + 1, args.pos + args.npos);
  Object keywords = inner_keywords.is_bound() && cast<Dict>(inner_keywords)->size() != 0 ? dict_copy(inner_keywords)
                                                                                         : new_dict();
  for (size_t i = 0; i < args.nkw; ++i) dict_set(keywords, new_str(args.kw[i].name), args.kw[i].value);
  return make<Partial>(func, new_tuple(std::move(positional)), keywords);
}

// func(*self.args, *args, **{**self.keywords, **kwargs})
Object partial_call(const Object& self, const Args& args) {
  auto* p = cast<Partial>(self);
  Object func = p->func;
  std::vector<Object> positional = cast<Tuple>(p->args)->items;
  positional.insert(positional.end(), args.pos, args.pos + args.npos);
  Object keywords = p->keywords;
  if (args.nkw) {
    keywords = dict_copy(keywords);
    for (size_t i = 0; i < args.nkw; ++i) dict_set(keywords, new_str(args.kw[i].name), args.kw[i].value);
  }
  // The names stay alive in `names` whatever the callee does to the dict.
  std::vector<Object> names;
  std::vector<KwArg> kwargs;
  size_t pos = 0;
  Object key, value;
  while (dict_next(keywords, pos, key, value)) {
    if (!is_str(key)) raise_error(&type_error_type, "keywords must be strings");
    names.push_back(key);
    kwargs.push_back(KwArg{nullptr, value});
  }
  for (size_t i = 0; i < names.size(); ++i) kwargs[i].name = cast<Str>(names[i])->data.c_str();
  return call(func, Args(positional.data(), positional.size(), kwargs.data(), kwargs.size()));
}

const MethodDef partial_methods[] = {{"__call__", partial_call}};
Type partial_type("partial", &object_type, {partial_methods, std::size(partial_methods)});

// ---------------------------------------------------------------- reduce

// reduce(function, iterable[, initial])
Object functools_reduce(const Args& args) {
  expect_positional(args, "reduce", 2, 3);
  Object it;
  try {
    it = iter(args[1]);
  } catch (Raised& raised) {
    if (!isinstance(raised.exception, &type_error_type)) throw;
    exception_caught_natively(raised.exception);
    raise_error(&type_error_type, "reduce() arg 2 must support iteration");
  }
  Object result = args.npos == 3 ? args[2] : Object();
  Object item;
  while (next(it, item)) result = result.is_bound() ? call(args[0], {result, item}) : item;
  if (!result.is_bound()) raise_error(&type_error_type, "reduce() of empty iterable with no initial value");
  return result;
}

// ---------------------------------------------------------------- cmp_to_key

// What cmp_to_key returns (without `object`) and what calling that makes
// (with it): K(obj) compares by mycmp(self.obj, other.obj) against 0.
class KeyWrapper final : public HeapObject {
 public:
  KeyWrapper(Object cmp, Object object);

  int64_t hash() const override;
  int eq(const Object& other) const override;
  bool get_attribute(const char* name, Object& out) override;
  bool set_attribute(const char* name, const Object& value) override;
  bool del_attribute(const char* name) override { return set_attribute(name, Object()); }

  Object cmp;
  Object object;  // unbound in the cmp_to_key result itself
};

extern Type key_wrapper_type;

KeyWrapper::KeyWrapper(Object c, Object o) : HeapObject(&key_wrapper_type), cmp(std::move(c)), object(std::move(o)) {}

int64_t KeyWrapper::hash() const { raise_error(&type_error_type, "unhashable type: 'functools.KeyWrapper'"); }

bool KeyWrapper::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "obj") != 0) return false;
  out = object.is_bound() ? object : None;
  return true;
}

bool KeyWrapper::set_attribute(const char* name, const Object& value) {
  if (std::strcmp(name, "obj") != 0) return false;
  object = value;
  return true;
}

enum class KeyOp { Lt, Le, Eq, Ne, Gt, Ge };

// keyobject_richcompare: mycmp(x, y) OP 0.
bool key_compare(const Object& self, const Object& other, KeyOp op) {
  if (!other.is_heap() || other.type() != &key_wrapper_type) {
    raise_error(&type_error_type, "other argument must be K instance");
  }
  auto* a = cast<KeyWrapper>(self);
  auto* b = cast<KeyWrapper>(other);
  if (!a->object.is_bound() || !b->object.is_bound()) raise_error(&attribute_error_type, "object");
  Object result = call(a->cmp, {a->object, b->object});
  Object zero = Object::from_int(0);
  switch (op) {
    case KeyOp::Lt: return lt(result, zero);
    case KeyOp::Le: return le(result, zero);
    case KeyOp::Eq: return eq(result, zero);
    case KeyOp::Ne: return ne(result, zero);
    case KeyOp::Gt: return gt(result, zero);
    case KeyOp::Ge: return ge(result, zero);
  }
  return false;
}

int KeyWrapper::eq(const Object& other) const {
  return key_compare(Object::borrow(const_cast<KeyWrapper*>(this)), other, KeyOp::Eq) ? 1 : 0;
}

// k.__lt__(other), ...: the slot wrapper's argument checks.
template <KeyOp op>
Object key_method(const Object& self, const Args& args) {
  static const char* const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  if (args.nkw) raise_error(&type_error_type, "wrapper {}() takes no keyword arguments", names[static_cast<int>(op)]);
  if (args.npos != 1) raise_error(&type_error_type, "expected 1 argument, got {}", args.npos);
  return Object::from_bool(key_compare(self, args[0], op));
}

// K(obj)
Object key_call(const Object& self, const Args& args) {
  Object obj;
  bind_clinic(args, "K", {"obj"}, 1, &obj);
  return make<KeyWrapper>(cast<KeyWrapper>(self)->cmp, obj);
}

const MethodDef key_wrapper_methods[] = {
    {"__call__", key_call},          {"__lt__", key_method<KeyOp::Lt>}, {"__le__", key_method<KeyOp::Le>},
    {"__eq__", key_method<KeyOp::Eq>}, {"__ne__", key_method<KeyOp::Ne>}, {"__gt__", key_method<KeyOp::Gt>},
    {"__ge__", key_method<KeyOp::Ge>},
};
Type key_wrapper_type("KeyWrapper", &object_type, {key_wrapper_methods, std::size(key_wrapper_methods)});

// cmp_to_key(mycmp)
Object functools_cmp_to_key(const Args& args) {
  Object cmp;
  bind_clinic(args, "cmp_to_key", {"mycmp"}, 1, &cmp);
  return make<KeyWrapper>(cmp, Object());
}

// ---------------------------------------------------------------- update_wrapper, wraps

// update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)
Object update_wrapper_body(Function&, Object* slots) {
  const Object& wrapper = slots[0];
  const Object& wrapped = slots[1];
  Object it = iter(slots[2]), attr;
  while (next(it, attr)) {
    Object value;
    try {
      value = bi::getattr.fn({wrapped, attr});
    } catch (Raised& raised) {
      if (!caught_attribute_error(raised)) throw;
      continue;
    }
    bi::setattr.fn({wrapper, attr, value});
  }
  it = iter(slots[3]);
  while (next(it, attr)) {
    call_method(bi::getattr.fn({wrapper, attr}), "update", {bi::getattr.fn({wrapped, attr, new_dict()})});
  }
  // Set last, so that a __wrapped__ copied from `wrapped` is replaced.
  setattr(wrapper, "__wrapped__", wrapped);
  return wrapper;
}

// wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
// partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)
Object wraps_body(Function&, Object* slots) {
  Object update_wrapper = functools_global("update_wrapper");
  const KwArg keywords[] = {{"wrapped", slots[0]}, {"assigned", slots[1]}, {"updated", slots[2]}};
  return partial_new(Args(&update_wrapper, 1, keywords, std::size(keywords)));
}

const char* const update_wrapper_names[] = {"wrapper", "wrapped", "assigned", "updated"};
const Signature update_wrapper_signature{
    "update_wrapper", update_wrapper_names, 0, 4, 0, nullptr, nullptr,
    "Update a wrapper function to look like the wrapped function\n\n"
    "       wrapper is the function to be updated\n"
    "       wrapped is the original function\n"
    "       assigned is a tuple naming the attributes assigned directly\n"
    "       from the wrapped function to the wrapper function (defaults to\n"
    "       functools.WRAPPER_ASSIGNMENTS)\n"
    "       updated is a tuple naming the attributes of the wrapper that\n"
    "       are updated with the corresponding attribute from the wrapped\n"
    "       function (defaults to functools.WRAPPER_UPDATES)\n    "};

const char* const wraps_names[] = {"wrapped", "assigned", "updated"};
const Signature wraps_signature{
    "wraps", wraps_names, 0, 3, 0, nullptr, nullptr,
    "Decorator factory to apply update_wrapper() to a wrapper function\n\n"
    "       Returns a decorator that invokes update_wrapper() with the decorated\n"
    "       function as the wrapper argument and the arguments to wraps() as the\n"
    "       remaining arguments. Default arguments are as for update_wrapper().\n"
    "       This is a convenience function to simplify applying partial() to\n"
    "       update_wrapper().\n    "};

// ---------------------------------------------------------------- total_ordering

// The twelve functions total_ordering adds, as functools.py's _convert
// lists them: each calls the root comparison `type(self).<root>(self,
// other)` and derives its answer (negated, then `and self != other` or
// `or self == other`).
enum class Combine { None, AndNotEqual, OrEqual };

struct DerivedComparison {
  const char* function;  // the module-level name (_gt_from_lt)
  const char* root;
  const char* name;      // what it is installed as
  bool negate;
  Combine combine;
  const char* doc;
};

const DerivedComparison derived_comparisons[] = {
    {"_gt_from_lt", "__lt__", "__gt__", true, Combine::AndNotEqual,
     "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b)."},
    {"_le_from_lt", "__lt__", "__le__", false, Combine::OrEqual,
     "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b)."},
    {"_ge_from_lt", "__lt__", "__ge__", true, Combine::None,
     "Return a >= b.  Computed by @total_ordering from (not a < b)."},
    {"_ge_from_le", "__le__", "__ge__", true, Combine::OrEqual,
     "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b)."},
    {"_lt_from_le", "__le__", "__lt__", false, Combine::AndNotEqual,
     "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b)."},
    {"_gt_from_le", "__le__", "__gt__", true, Combine::None,
     "Return a > b.  Computed by @total_ordering from (not a <= b)."},
    {"_lt_from_gt", "__gt__", "__lt__", true, Combine::AndNotEqual,
     "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b)."},
    {"_ge_from_gt", "__gt__", "__ge__", false, Combine::OrEqual,
     "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b)."},
    {"_le_from_gt", "__gt__", "__le__", true, Combine::None,
     "Return a <= b.  Computed by @total_ordering from (not a > b)."},
    {"_le_from_ge", "__ge__", "__le__", true, Combine::OrEqual,
     "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b)."},
    {"_gt_from_ge", "__ge__", "__gt__", false, Combine::AndNotEqual,
     "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b)."},
    {"_lt_from_ge", "__ge__", "__lt__", true, Combine::None,
     "Return a < b.  Computed by @total_ordering from (not a >= b)."},
};
constexpr size_t kDerivedCount = std::size(derived_comparisons);

const char* const self_other_names[] = {"self", "other"};

// One Signature per derived function; the body finds its entry by it.
struct DerivedSignatures {
  Signature items[kDerivedCount];
  DerivedSignatures() : items{} {
    for (size_t i = 0; i < kDerivedCount; ++i) {
      const DerivedComparison& d = derived_comparisons[i];
      items[i] = Signature{d.function, self_other_names, 0, 2, 0, nullptr, nullptr, d.doc};
    }
  }
};
const DerivedSignatures derived_signatures;

Object derived_comparison_body(Function& self, Object* slots) {
  const DerivedComparison& d = derived_comparisons[self.signature - derived_signatures.items];
  const Object& a = slots[0];
  const Object& b = slots[1];
  Object result = call(getattr(type_object(*a.type()), d.root), {a, b});
  if (result.is_heap() && result.type() == &not_implemented_type) return result;
  if (d.negate) result = Object::from_bool(!truthy(result));
  switch (d.combine) {
    case Combine::None: return result;
    case Combine::AndNotEqual: return truthy(result) ? Object::from_bool(ne(a, b)) : result;
    case Combine::OrEqual: return truthy(result) ? result : Object::from_bool(eq(a, b));
  }
  return result;
}

// total_ordering(cls): the root is the class's own (or inherited, not
// object's) comparison, preferring __lt__, then __le__, __gt__, __ge__.
Object total_ordering_body(Function&, Object* slots) {
  const Object& cls = slots[0];
  static const char* const preference[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  bool defined[4] = {};
  bool any = false;
  if (cls.is_heap() && cls.type() == &type_type && cast<Type>(cls)->is_user_class()) {
    for (size_t i = 0; i < 4; ++i) {
      defined[i] = class_lookup(cast<Type>(cls), preference[i]) != nullptr;
      any = any || defined[i];
    }
  }
  if (!any) raise_error(&value_error_type, "must define at least one ordering operation: < > <= >=");
  size_t root = 0;
  while (!defined[root]) ++root;
  for (const DerivedComparison& d : derived_comparisons) {
    if (std::strcmp(d.root, preference[root]) != 0) continue;
    bool is_root = false;
    for (size_t i = 0; i < 4; ++i) is_root |= defined[i] && std::strcmp(d.name, preference[i]) == 0;
    if (is_root) continue;
    Object function = functools_global(d.function);
    setattr(function, "__name__", new_str(d.name));
    setattr(cls, d.name, function);
  }
  return cls;
}

const char* const total_ordering_names[] = {"cls"};
const Signature total_ordering_signature{"total_ordering", total_ordering_names, 0, 1, 0, nullptr, nullptr,
                                         "Class decorator that fills in missing ordering methods"};

const BuiltinFunctionDef reduce_def{"reduce", functools_reduce};
const BuiltinFunctionDef cmp_to_key_def{"cmp_to_key", functools_cmp_to_key};

}  // namespace

Object partial_function(const Object& o) {
  return o.is_heap() && o.type() == &partial_type ? cast<Partial>(o)->func : Object();
}

Object functools_construct(Type* type, const Args& args) {
  if (type == &partial_type) return partial_new(args);
  return Object();
}

void init_functools_module(Module& module) {
  partial_type.set_module("functools");
  key_wrapper_type.set_module("functools");
  module.attrs.set("partial", type_object(partial_type));
  module.attrs.set("reduce", builtin_object(reduce_def));
  module.attrs.set("cmp_to_key", builtin_object(cmp_to_key_def));
  Object assignments = new_tuple({new_str("__module__"), new_str("__name__"), new_str("__qualname__"),
                                  new_str("__doc__"), new_str("__annotations__")});
  Object updates = new_tuple({new_str("__dict__")});
  module.attrs.set("WRAPPER_ASSIGNMENTS", assignments);
  module.attrs.set("WRAPPER_UPDATES", updates);
  module.attrs.set("update_wrapper",
                   functools_function(update_wrapper_signature, update_wrapper_body, {assignments, updates}));
  module.attrs.set("wraps", functools_function(wraps_signature, wraps_body, {assignments, updates}));
  module.attrs.set("total_ordering", functools_function(total_ordering_signature, total_ordering_body));
  for (size_t i = 0; i < kDerivedCount; ++i) {
    module.attrs.set(derived_comparisons[i].function,
                     functools_function(derived_signatures.items[i], derived_comparison_body));
  }
  functools_register_lru_cache(module);
}

}  // namespace py
