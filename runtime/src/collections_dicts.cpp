// The dict subtypes of collections: defaultdict (a missing key calls
// default_factory), Counter (a missing key counts 0; most_common, update,
// subtract, elements, total) and OrderedDict (dict order plus move_to_end).
// All three are Dicts with their own type, so every dict method applies.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/builtin_functions.hpp"
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

class Counter : public Dict {
 public:
  Counter() : Dict(&counter_type) {}
  // Counter.__missing__: a missing key counts zero (and is not stored).
  Object getitem(const Object& key) override {
    if (const Object* found = dict_get(Object::borrow(this), key)) return *found;
    return Object::from_int(0);
  }
  std::string repr() const override;
};

class OrderedDict : public Dict {
 public:
  OrderedDict() : Dict(&ordered_dict_type) {}
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

// The items of a dict as (key, value) pairs, in order.
std::vector<std::pair<Object, Object>> dict_pairs(const Object& d) {
  std::vector<std::pair<Object, Object>> out;
  size_t pos = 0;
  Object key, value;
  while (dict_next(d, pos, key, value)) out.emplace_back(key, value);
  return out;
}

// Counter.most_common: by count, largest first; ties keep insertion order
// (sorted() is stable, as CPython's heapq-free path uses it).
std::vector<std::pair<Object, Object>> by_count(const Object& counter) {
  std::vector<std::pair<Object, Object>> pairs = dict_pairs(counter);
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return gt(a.second, b.second); });
  return pairs;
}

std::string Counter::repr() const {
  if (size() == 0) return "Counter()";
  return guarded_repr(this, "...", [&] {
    std::string out = "Counter({";
    bool first = true;
    for (const auto& [key, value] : by_count(Object::borrow(const_cast<Counter*>(this)))) {
      if (!first) out += ", ";
      first = false;
      out += py::repr(key) + ": " + py::repr(value);
    }
    return out + "})";
  });
}

// Counter.update / subtract: a mapping adds (or takes away) its counts, any
// other iterable counts its items, and keywords are a mapping.
void count_into(const Object& self, const Args& args, const char* name, bool subtract) {
  if (args.npos > 1) raise_error(&type_error_type, "expected at most 1 arguments, got {}", args.npos);
  auto adjust = [&](const Object& key, const Object& amount) {
    const Object* found = dict_get(self, key);
    Object base = found ? *found : Object::from_int(0);
    dict_set(self, key, subtract ? sub(base, amount) : add(base, amount));
  };
  if (args.npos == 1 && !args[0].is_none()) {
    if (is_dict(args[0])) {
      for (const auto& [key, value] : dict_pairs(args[0])) adjust(key, value);
    } else {
      Object it = iter(args[0]);
      Object item;
      while (py::next(it, item)) adjust(item, Object::from_int(1));
    }
  }
  for (size_t k = 0; k < args.nkw; ++k) adjust(new_str(args.kw[k].name), args.kw[k].value);
  (void)name;
}

Object counter_update(const Object& self, const Args& args) {
  count_into(self, args, "update", false);
  return None;
}

Object counter_subtract(const Object& self, const Args& args) {
  count_into(self, args, "subtract", true);
  return None;
}

Object counter_most_common(const Object& self, const Args& args) {
  Object slots[1];
  bind_args(args, "most_common", {"n"}, 0, slots);
  std::vector<std::pair<Object, Object>> pairs = by_count(self);
  size_t n = pairs.size();
  if (slots[0].is_bound() && !slots[0].is_none()) {
    int64_t limit = sequence_index(slots[0]);
    n = limit < 0 ? 0 : std::min(n, static_cast<size_t>(limit));
  }
  std::vector<Object> out;
  for (size_t i = 0; i < n; ++i) out.push_back(new_tuple({pairs[i].first, pairs[i].second}));
  return new_list(std::move(out));
}

Object counter_elements(const Object& self, const Args& args) {
  expect_no_args(args, "Counter.elements");
  std::vector<Object> out;
  for (const auto& [key, value] : dict_pairs(self)) {
    if (!value.is_small_int() && !value.is_bool()) {
      if (!gt(value, Object::from_int(0))) continue;
      raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", value.type()->name());
    }
    for (int64_t i = 0; i < value.as_small_int(); ++i) out.push_back(key);
  }
  return iter(new_list(std::move(out)));
}

Object counter_total(const Object& self, const Args& args) {
  expect_no_args(args, "Counter.total");
  Object sum = Object::from_int(0);
  for (const auto& [key, value] : dict_pairs(self)) sum = add(sum, value);
  return sum;
}

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

const MethodDef counter_methods[] = {
    {"update", counter_update},       {"subtract", counter_subtract}, {"most_common", counter_most_common},
    {"elements", counter_elements},   {"total", counter_total},
};
const MethodDef ordered_dict_methods[] = {{"move_to_end", ordered_dict_move_to_end}};

// dict(*args, **kwargs) into a fresh subtype instance.
void fill_dict(const Object& d, const Args& args, size_t skip, const char* name) {
  if (args.npos > skip + 1) {
    raise_error(&type_error_type, "{} expected at most 1 argument, got {}", name, args.npos - skip);
  }
  if (args.npos == skip + 1) dict_update(d, args[skip]);
  for (size_t k = 0; k < args.nkw; ++k) dict_set(d, new_str(args.kw[k].name), args.kw[k].value);
}

}  // namespace

Type defaultdict_type("collections.defaultdict", &dict_type);
Type counter_type("Counter", &dict_type, {counter_methods, std::size(counter_methods)});
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

Object counter_new(const Args& args) {
  Object c = make<Counter>();
  count_into(c, args, "Counter", false);
  return c;
}

Object ordered_dict_new(const Args& args) {
  Object d = make<OrderedDict>();
  fill_dict(d, args, 0, "OrderedDict");
  return d;
}

}  // namespace py
