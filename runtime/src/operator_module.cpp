// The operator module: the operators as functions (add, lt, getitem,
// iadd, ...), each calling the runtime's own operation (ops.hpp) so that
// user classes' special methods and CPython's errors come with them, and
// the callable types itemgetter, attrgetter and methodcaller with their
// reprs. Argument errors are worded as CPython 3.11's _operator module
// words them; `operator.__add__` is `operator.add`, as there.
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/attributes.hpp"
#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "collections_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"

namespace py {

namespace {

// ---------------------------------------------------------------- argument checks

// A one-argument function (METH_O): `_operator.neg() takes exactly one argument (2 given)`.
const Object& one_arg(const Args& args, const char* name) {
  expect_one_arg(args, (std::string("_operator.") + name).c_str());
  return args[0];
}

// A fixed-arity function: `_operator.add() takes no keyword arguments`, `add expected 2 arguments, got 1`.
void n_args(const Args& args, const char* name, size_t n) {
  if (args.nkw) raise_error(&type_error_type, "_operator.{}() takes no keyword arguments", name);
  check_positional(args, name, n, n);
}

// ---------------------------------------------------------------- the functions

// PySequence_Check: what concat and iconcat accept as their first operand.
bool is_sequence(const Object& o) {
  if (is_str(o) || is_list(o) || is_tuple(o) || is_bytes_like(o)) return true;
  if (!o.is_heap()) return false;
  Type* type = o.type();
  if (type == &range_type || type == &deque_type) return true;
  return type->is_user_class() && !isinstance(o, &dict_type) && class_lookup(type, "__getitem__") != nullptr;
}

void require_sequence(const Object& o) {
  if (!is_sequence(o)) raise_error(&type_error_type, "'{}' object can't be concatenated", o.type()->name());
}

// PyNumber_Index
Object index_of(const Object& o) {
  if (is_int(o)) return o;
  if (o.is_bool()) return Object::from_int(o.as_small_int());
  if (o.type()->is_user_class()) {
    bool found = false;
    Object r = call_special(o, "__index__", Args{}, &found);
    if (found) {
      if (r.is_bool()) return Object::from_int(r.as_small_int());
      if (!is_int(r)) raise_error(&type_error_type, "__index__ returned non-int (type {})", r.type()->name());
      return r;
    }
  }
  raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
}

#define YIELDC_UNARY(name, expression)                \
  Object op_##name(const Args& args) {                \
    const Object& a = one_arg(args, #name);           \
    return expression;                                \
  }                                                   \
  const BuiltinFunctionDef name##_def{#name, op_##name};

#define YIELDC_BINARY(name, expression)               \
  Object op_##name(const Args& args) {                \
    n_args(args, #name, 2);                           \
    const Object& a = args[0];                        \
    const Object& b = args[1];                        \
    return expression;                                \
  }                                                   \
  const BuiltinFunctionDef name##_def{#name, op_##name};

YIELDC_UNARY(neg, neg(a))
YIELDC_UNARY(pos, pos(a))
YIELDC_UNARY(abs, bi::abs.fn({a}))
YIELDC_UNARY(inv, invert(a))
YIELDC_UNARY(invert, invert(a))
YIELDC_UNARY(not_, box(!truthy(a)))
YIELDC_UNARY(truth, box(truthy(a)))
YIELDC_UNARY(index, index_of(a))

YIELDC_BINARY(add, add(a, b))
YIELDC_BINARY(sub, sub(a, b))
YIELDC_BINARY(mul, mul(a, b))
YIELDC_BINARY(truediv, truediv(a, b))
YIELDC_BINARY(floordiv, floordiv(a, b))
YIELDC_BINARY(mod, mod(a, b))
YIELDC_BINARY(pow, power(a, b))
YIELDC_BINARY(lshift, lshift(a, b))
YIELDC_BINARY(rshift, rshift(a, b))
YIELDC_BINARY(and_, bit_and(a, b))
YIELDC_BINARY(or_, bit_or(a, b))
YIELDC_BINARY(xor, bit_xor(a, b))
YIELDC_BINARY(concat, (require_sequence(a), add(a, b)))

// The in-place forms are what the augmented assignments run (`a += b`).
YIELDC_BINARY(iadd, inplace_add(a, b))
YIELDC_BINARY(isub, sub(a, b))
YIELDC_BINARY(imul, inplace_mul(a, b))
YIELDC_BINARY(itruediv, truediv(a, b))
YIELDC_BINARY(ifloordiv, floordiv(a, b))
YIELDC_BINARY(imod, mod(a, b))
YIELDC_BINARY(ipow, power(a, b))
YIELDC_BINARY(ilshift, lshift(a, b))
YIELDC_BINARY(irshift, rshift(a, b))
YIELDC_BINARY(iand, bit_and(a, b))
YIELDC_BINARY(ior, inplace_or(a, b))
YIELDC_BINARY(ixor, bit_xor(a, b))
YIELDC_BINARY(iconcat, (require_sequence(a), inplace_add(a, b)))

YIELDC_BINARY(lt, box(lt(a, b)))
YIELDC_BINARY(le, box(le(a, b)))
YIELDC_BINARY(eq, box(eq(a, b)))
YIELDC_BINARY(ne, box(ne(a, b)))
YIELDC_BINARY(gt, box(gt(a, b)))
YIELDC_BINARY(ge, box(ge(a, b)))
YIELDC_BINARY(is_, box(a.is(b)))
YIELDC_BINARY(is_not, box(!a.is(b)))

YIELDC_BINARY(contains, box(contains(a, b)))
YIELDC_BINARY(getitem, getitem(a, b))

#undef YIELDC_UNARY
#undef YIELDC_BINARY

Object op_delitem(const Args& args) {
  n_args(args, "delitem", 2);
  delitem(args[0], args[1]);
  return None;
}
const BuiltinFunctionDef delitem_def{"delitem", op_delitem};

Object op_setitem(const Args& args) {
  n_args(args, "setitem", 3);
  setitem(args[0], args[1], args[2]);
  return None;
}
const BuiltinFunctionDef setitem_def{"setitem", op_setitem};

// countOf(a, b): the items that are b or equal it.
Object op_countOf(const Args& args) {
  n_args(args, "countOf", 2);
  Object it = iter(args[0]), item;
  int64_t count = 0;
  while (next(it, item)) count += item.is(args[1]) || eq(item, args[1]);
  return Object::from_int(count);
}
const BuiltinFunctionDef countOf_def{"countOf", op_countOf};

// indexOf(a, b): the first position of b.
Object op_indexOf(const Args& args) {
  n_args(args, "indexOf", 2);
  Object it = iter(args[0]), item;
  for (int64_t i = 0; next(it, item); ++i) {
    if (item.is(args[1]) || eq(item, args[1])) return Object::from_int(i);
  }
  raise_error(&value_error_type, "sequence.index(x): x not in sequence");
}
const BuiltinFunctionDef indexOf_def{"indexOf", op_indexOf};

// call(obj, /, *args, **kwargs)
Object op_call(const Args& args) {
  if (args.npos < 1) raise_error(&type_error_type, "call expected at least 1 argument, got 0");
  return call(args[0], Args(args.pos + 1, args.npos - 1, args.kw, args.nkw));
}
const BuiltinFunctionDef call_def{"call", op_call};

// ---------------------------------------------------------------- itemgetter

class ItemGetter final : public HeapObject {
 public:
  ItemGetter(std::vector<Object> items);
  std::string repr() const override;
  std::vector<Object> items;
};

extern Type itemgetter_type;

ItemGetter::ItemGetter(std::vector<Object> i) : HeapObject(&itemgetter_type), items(std::move(i)) {}

// operator.itemgetter(1) and operator.itemgetter(1, 2) (a tuple's repr).
std::string ItemGetter::repr() const {
  return guarded_repr(this, "operator.itemgetter(...)", [&] {
    if (items.size() == 1) return "operator.itemgetter(" + py::repr(items[0]) + ")";
    return "operator.itemgetter" + py::repr(new_tuple(items));
  });
}

Object itemgetter_new(const Args& args) {
  if (args.nkw) raise_error(&type_error_type, "itemgetter() takes no keyword arguments");
  if (args.npos == 0) raise_error(&type_error_type, "itemgetter expected 1 argument, got 0");
  return make<ItemGetter>(std::vector<Object>(args.pos, args.pos + args.npos));
}

Object itemgetter_call(const Object& self, const Args& args) {
  check_positional(args, "itemgetter", 1, 1);
  const std::vector<Object>& items = cast<ItemGetter>(self)->items;
  if (items.size() == 1) return getitem(args[0], items[0]);
  std::vector<Object> out;
  for (const Object& item : items) out.push_back(getitem(args[0], item));
  return new_tuple(std::move(out));
}

const MethodDef itemgetter_methods[] = {{"__call__", itemgetter_call}};
Type itemgetter_type("itemgetter", &object_type, {itemgetter_methods, std::size(itemgetter_methods)});

// ---------------------------------------------------------------- attrgetter

class AttrGetter final : public HeapObject {
 public:
  AttrGetter(std::vector<std::vector<std::string>> paths);
  std::string repr() const override;
  // Each name split at its dots: 'a.b' is getattr(getattr(obj, 'a'), 'b').
  std::vector<std::vector<std::string>> paths;
};

extern Type attrgetter_type;

AttrGetter::AttrGetter(std::vector<std::vector<std::string>> p) : HeapObject(&attrgetter_type), paths(std::move(p)) {}

std::string AttrGetter::repr() const {
  std::vector<Object> names;
  for (const auto& path : paths) {
    std::string name;
    for (size_t i = 0; i < path.size(); ++i) name += (i ? "." : "") + path[i];
    names.push_back(new_str(std::move(name)));
  }
  if (names.size() == 1) return "operator.attrgetter(" + py::repr(names[0]) + ")";
  return "operator.attrgetter" + py::repr(new_tuple(std::move(names)));
}

Object attrgetter_new(const Args& args) {
  if (args.nkw) raise_error(&type_error_type, "attrgetter() takes no keyword arguments");
  if (args.npos == 0) raise_error(&type_error_type, "attrgetter expected 1 argument, got 0");
  std::vector<std::vector<std::string>> paths;
  for (size_t i = 0; i < args.npos; ++i) {
    if (!is_str(args[i])) raise_error(&type_error_type, "attribute name must be a string");
    const std::string& name = cast<Str>(args[i])->data;
    std::vector<std::string> path(1);
    for (char c : name) {
      if (c == '.') path.emplace_back();
      else path.back() += c;
    }
    paths.push_back(std::move(path));
  }
  return make<AttrGetter>(std::move(paths));
}

Object attrgetter_call(const Object& self, const Args& args) {
  check_positional(args, "attrgetter", 1, 1);
  const auto& paths = cast<AttrGetter>(self)->paths;
  std::vector<Object> out;
  for (const auto& path : paths) {
    Object value = args[0];
    for (const std::string& name : path) value = getattr(value, name.c_str());
    out.push_back(std::move(value));
  }
  return paths.size() == 1 ? out[0] : new_tuple(std::move(out));
}

const MethodDef attrgetter_methods[] = {{"__call__", attrgetter_call}};
Type attrgetter_type("attrgetter", &object_type, {attrgetter_methods, std::size(attrgetter_methods)});

// ---------------------------------------------------------------- methodcaller

class MethodCaller final : public HeapObject {
 public:
  MethodCaller(Object name, std::vector<Object> args, Object kwargs);
  std::string repr() const override;
  Object name;  // a str
  std::vector<Object> args;
  Object kwargs;  // a dict
};

extern Type methodcaller_type;

MethodCaller::MethodCaller(Object n, std::vector<Object> a, Object k)
    : HeapObject(&methodcaller_type), name(std::move(n)), args(std::move(a)), kwargs(std::move(k)) {}

// operator.methodcaller('name', 1, k=2)
std::string MethodCaller::repr() const {
  return guarded_repr(this, "operator.methodcaller(...)", [&] {
    std::string out = "operator.methodcaller(" + py::repr(name);
    for (const Object& a : args) out += ", " + py::repr(a);
    size_t pos = 0;
    Object key, value;
    while (dict_next(kwargs, pos, key, value)) out += ", " + py::str(key) + "=" + py::repr(value);
    return out + ")";
  });
}

// methodcaller(name, /, *args, **kwargs)
Object methodcaller_new(const Args& args) {
  if (args.npos < 1) raise_error(&type_error_type, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) raise_error(&type_error_type, "method name must be a string");
  Object kwargs = new_dict();
  for (size_t i = 0; i < args.nkw; ++i) dict_set(kwargs, new_str(args.kw[i].name), args.kw[i].value);
  return make<MethodCaller>(args[0], std::vector<Object>(args.pos + 1, args.pos + args.npos), kwargs);
}

Object methodcaller_call(const Object& self, const Args& args) {
  check_positional(args, "methodcaller", 1, 1);
  auto* m = cast<MethodCaller>(self);
  Object kwargs = m->kwargs;
  std::vector<KwArg> keywords;
  size_t pos = 0;
  Object key, value;
  while (dict_next(kwargs, pos, key, value)) keywords.push_back(KwArg{cast<Str>(key)->data.c_str(), value});
  Object name = m->name;
  std::vector<Object> positional = m->args;
  return call_method(args[0], cast<Str>(name)->data.c_str(),
                     Args(positional.data(), positional.size(), keywords.data(), keywords.size()));
}

const MethodDef methodcaller_methods[] = {{"__call__", methodcaller_call}};
Type methodcaller_type("methodcaller", &object_type, {methodcaller_methods, std::size(methodcaller_methods)});

// The functions, each also under its dunder name (`__add__`) where
// CPython's operator module gives one.
struct Entry {
  const BuiltinFunctionDef* def;
  bool dunder;
};

const Entry kFunctions[] = {
    {&abs_def, true},      {&add_def, true},     {&and__def, true},      {&call_def, true},
    {&concat_def, true},   {&contains_def, true}, {&countOf_def, false}, {&delitem_def, true},
    {&eq_def, true},       {&floordiv_def, true}, {&ge_def, true},        {&getitem_def, true},
    {&gt_def, true},       {&iadd_def, true},     {&iand_def, true},      {&iconcat_def, true},
    {&ifloordiv_def, true}, {&ilshift_def, true}, {&imod_def, true},      {&imul_def, true},
    {&index_def, true},    {&indexOf_def, false}, {&inv_def, true},       {&invert_def, true},
    {&ior_def, true},      {&ipow_def, true},     {&irshift_def, true},   {&is__def, false},
    {&is_not_def, false},  {&isub_def, true},     {&itruediv_def, true},  {&ixor_def, true},
    {&le_def, true},       {&lshift_def, true},   {&lt_def, true},        {&mod_def, true},
    {&mul_def, true},      {&ne_def, true},       {&neg_def, true},       {&not__def, true},
    {&or__def, true},      {&pos_def, true},      {&pow_def, true},       {&rshift_def, true},
    {&setitem_def, true},  {&sub_def, true},      {&truediv_def, true},   {&truth_def, false},
    {&xor_def, true},
};

}  // namespace

Object operator_construct(Type* type, const Args& args) {
  if (type == &itemgetter_type) return itemgetter_new(args);
  if (type == &attrgetter_type) return attrgetter_new(args);
  if (type == &methodcaller_type) return methodcaller_new(args);
  return Object();
}

void init_operator_module(Module& module) {
  for (Type* type : {&itemgetter_type, &attrgetter_type, &methodcaller_type}) {
    type->set_module("operator");
    module.attrs.set(type->name(), type_object(*type));
  }
  for (const Entry& e : kFunctions) {
    Object function = builtin_object(*e.def);
    module.attrs.set(e.def->name, function);
    if (!e.dunder) continue;
    // and_ is __and__, not_ is __not__.
    std::string name = e.def->name;
    if (name.back() == '_') name.pop_back();
    module.attrs.set("__" + name + "__", function);
  }
}

}  // namespace py
