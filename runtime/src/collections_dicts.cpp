// Two dict subtypes of collections: defaultdict (a missing key calls
// default_factory; copy keeps it) and OrderedDict (dict order plus move_to_end,
// popitem(last=False), order-sensitive equality between OrderedDicts, and
// copy, fromkeys and `|` that make OrderedDicts). Both are Dicts with their
// own type, so every dict method applies; Counter is collections_counter.cpp.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/ops.hpp"
#include "collections_internal.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"

namespace py {

namespace {

class DefaultDict : public Dict {
 public:
  explicit DefaultDict(Object factory) : Dict(&defaultdict_type), factory(std::move(factory)) {}

  Object getitem(const Object& key) override {
    if (factory.is_none()) return Dict::getitem(key);
    if (const Object* found = dict_get(Object::borrow(this), key)) return *found;
    // __missing__: d[key] = factory(), as CPython's defdict_missing.
    Object value = call(factory, Args());
    dict_set(Object::borrow(this), key, value);
    return value;
  }
  std::string repr() const override {
    std::string inner = guarded_repr(this, "...", [&] { return factory.is_none() ? "None" : py::repr(factory); });
    return "defaultdict(" + inner + ", " + Dict::repr() + ")";
  }
  bool get_attribute(const char* name, Object& out) override {
    if (std::strcmp(name, "default_factory") != 0) return false;
    out = factory;
    return true;
  }
  bool set_attribute(const char* name, const Object& value) override {
    if (std::strcmp(name, "default_factory") != 0) return false;
    factory = value;
    return true;
  }

  Object factory;
};

// defaultdict.copy: the same factory over the same items.
Object defaultdict_copy(const Object& self, const Args& args) {
  expect_no_args(args, "defaultdict.copy");
  Object copy = make<DefaultDict>(cast<DefaultDict>(self)->factory);
  dict_update(copy, self);
  return copy;
}

const MethodDef defaultdict_methods[] = {{"copy", defaultdict_copy}, {"__copy__", defaultdict_copy}};

bool is_ordered_dict(const Object& o) { return o.is_heap() && o.type() == &ordered_dict_type; }

// Whether two dicts hold equal keys in the same order (_odict_keys_equal).
bool same_key_order(const Object& a, const Object& b) {
  std::vector<std::pair<Object, Object>> x = dict_pairs(a), y = dict_pairs(b);
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (!eq(x[i].first, y[i].first)) return false;
  }
  return true;
}

class OrderedDict : public Dict {
 public:
  OrderedDict() : Dict(&ordered_dict_type) {}
  // odict_richcompare: two OrderedDicts are equal when they are equal as
  // dicts and their keys come in the same order; against a plain dict,
  // order does not matter.
  int eq(const Object& other) const override {
    int equal = Dict::eq(other);
    if (equal != 1 || !is_ordered_dict(other)) return equal;
    return same_key_order(Object::borrow(const_cast<OrderedDict*>(this)), other) ? 1 : 0;
  }
  std::string repr() const override {
    if (size() == 0) return "OrderedDict()";
    return guarded_repr(this, "...", [&] {
      std::vector<Object> pairs;
      Object self = Object::borrow(const_cast<OrderedDict*>(this));
      size_t pos = 0;
      Object key, value;
      while (dict_next(self, pos, key, value)) pairs.push_back(new_tuple({key, value}));
      return "OrderedDict(" + py::repr(new_list(std::move(pairs))) + ")";
    });
  }
};

Object ordered_dict_move_to_end(const Object& self, const Args& args) {
  Object slots[2];
  bind_args(args, "move_to_end", {"key", "last"}, 1, slots);
  bool last = !slots[1].is_bound() || truthy(slots[1]);
  Object value;
  auto* d = cast<Dict>(self);
  int64_t h = hash(slots[0]);
  if (!d->erase(slots[0], h, &value)) raise(make<ExceptionObject>(&key_error_type, new_tuple({slots[0]})));
  if (last) {
    d->insert(slots[0], h, std::move(value));
    return None;
  }
  std::vector<std::pair<Object, Object>> rest = dict_pairs(self);
  d->clear();
  d->insert(slots[0], h, std::move(value));
  for (auto& [k, v] : rest) dict_set(self, std::move(k), std::move(v));
  return None;
}

Object new_ordered_dict(const Object& items) {
  Object d = make<OrderedDict>();
  if (items.is_bound()) dict_update(d, items);
  return d;
}

// od.popitem(last=True): the newest item, or the oldest.
Object ordered_dict_popitem(const Object& self, const Args& args) {
  Object last;
  bind_args(args, "popitem", {"last"}, 0, &last);
  auto* d = cast<Dict>(self);
  if (d->size() == 0) raise_error(&key_error_type, "dictionary is empty");
  Object key, value;
  if (!last.is_bound() || truthy(last)) {
    d->pop_last(key, value);
    return new_tuple({std::move(key), std::move(value)});
  }
  size_t pos = 0;
  dict_next(self, pos, key, value);
  d->erase(key, hash(key));
  return new_tuple({std::move(key), std::move(value)});
}

Object ordered_dict_copy(const Object& self, const Args& args) {
  expect_no_args(args, "OrderedDict.copy");
  return new_ordered_dict(self);
}

// OrderedDict.fromkeys(iterable, value=None), a class method.
Object ordered_dict_fromkeys(const Object&, const Args& args) {
  Object slots[2];
  bind_args(args, "fromkeys", {"iterable", "value"}, 1, slots);
  Object value = slots[1].is_bound() ? slots[1] : None;
  Object d = new_ordered_dict(Object());
  Object it = iter(slots[0]), key;
  while (next(it, key)) dict_set(d, key, value);
  return d;
}

// odict_or: an OrderedDict of the left operand updated with the right
// one, whichever side the OrderedDict is on; NotImplemented unless the
// other side is a dict.
Object ordered_dict_or(const Object& self, const Args& args) {
  expect_one_arg(args, "OrderedDict.__or__");
  if (!is_dict(args[0])) return not_implemented();
  Object d = new_ordered_dict(self);
  dict_update(d, args[0]);
  return d;
}

Object ordered_dict_ror(const Object& self, const Args& args) {
  expect_one_arg(args, "OrderedDict.__ror__");
  if (!is_dict(args[0])) return not_implemented();
  Object d = new_ordered_dict(args[0]);
  dict_update(d, self);
  return d;
}

const MethodDef ordered_dict_methods[] = {
    {"move_to_end", ordered_dict_move_to_end}, {"popitem", ordered_dict_popitem},
    {"copy", ordered_dict_copy},               {"__copy__", ordered_dict_copy},
    {"fromkeys", ordered_dict_fromkeys, true}, {"__or__", ordered_dict_or},
    {"__ror__", ordered_dict_ror},
};

// mutablemapping_add_pairs: OrderedDict(iterable) takes each item apart
// with its own messages (not dict()'s).
void add_pairs(const Object& d, const Object& iterable) {
  Object it = iter(iterable), pair;
  while (next(it, pair)) {
    Object pair_it = iter(pair), key, value, extra;
    if (!next(pair_it, key)) raise_error(&value_error_type, "need more than 0 values to unpack");
    if (!next(pair_it, value)) raise_error(&value_error_type, "need more than 1 value to unpack");
    if (next(pair_it, extra)) raise_error(&value_error_type, "too many values to unpack (expected 2)");
    dict_set(d, std::move(key), std::move(value));
  }
}

// dict(*args, **kwargs) into a fresh subtype instance.
void fill_dict(const Object& d, const Args& args, size_t skip, const char* name) {
  if (args.npos > skip + 1) {
    raise_error(&type_error_type, "{} expected at most 1 argument, got {}", name, args.npos - skip);
  }
  if (args.npos == skip + 1) dict_update(d, args[skip]);
  for (size_t k = 0; k < args.nkw; ++k) dict_set(d, new_str(args.kw[k].name), args.kw[k].value);
}

}  // namespace

std::vector<std::pair<Object, Object>> dict_pairs(const Object& d) {
  std::vector<std::pair<Object, Object>> out;
  size_t pos = 0;
  Object key, value;
  while (dict_next(d, pos, key, value)) out.emplace_back(key, value);
  return out;
}

Type defaultdict_type("collections.defaultdict", &dict_type, {defaultdict_methods, std::size(defaultdict_methods)});
Type ordered_dict_type("collections.OrderedDict", &dict_type,
                       {ordered_dict_methods, std::size(ordered_dict_methods)});

Object defaultdict_new(const Args& args) {
  Object factory = args.npos > 0 ? args[0] : None;
  if (!factory.is_none() && !is_callable(factory)) {
    raise_error(&type_error_type, "first argument must be callable or None");
  }
  Object d = make<DefaultDict>(factory);
  fill_dict(d, args, args.npos > 0 ? 1 : 0, "defaultdict");
  return d;
}

// OrderedDict(other=(), /, **kwds), through MutableMapping.update.
Object ordered_dict_new(const Args& args) {
  if (args.npos > 1) raise_error(&type_error_type, "expected at most 1 arguments, got {}", args.npos);
  Object d = new_ordered_dict(Object());
  if (args.npos == 1) {
    if (is_dict(args[0])) {
      dict_update(d, args[0]);
    } else {
      add_pairs(d, args[0]);
    }
  }
  for (size_t k = 0; k < args.nkw; ++k) dict_set(d, new_str(args.kw[k].name), args.kw[k].value);
  return d;
}

}  // namespace py
