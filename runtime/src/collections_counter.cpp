// collections.Counter: a dict subtype whose missing keys count zero, with
// the methods of CPython 3.11's Lib/collections/__init__.py (update,
// subtract, most_common, elements, total, copy), its multiset operators
// (`+ - | &` keep positive counts only; unary `+ -`; the in-place forms
// update the Counter) and its 3.10 rich comparisons, in which a missing
// count equals zero. The operators are methods in the type's table, which
// ops.cpp asks (table_binary, table_special).
#include <algorithm>
#include <string>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "collections_internal.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"

namespace py {

namespace {

bool is_counter(const Object& o) { return o.is_heap() && o.type() == &counter_type; }

// self[key] for a Counter: the stored count, or 0 (__missing__).
Object count_of(const Object& counter, const Object& key) {
  const Object* found = dict_get(counter, key);
  return found ? *found : Object::from_int(0);
}

bool positive(const Object& count) { return gt(count, Object::from_int(0)); }
bool negative(const Object& count) { return lt(count, Object::from_int(0)); }

// all(op(self[e], other[e]) for c in (self, other) for e in c)
template <class Op>
bool all_counts(const Object& self, const Object& other, Op op) {
  for (const Object* c : {&self, &other}) {
    for (const auto& [key, value] : dict_pairs(*c)) {
      if (!op(count_of(self, key), count_of(other, key))) return false;
    }
  }
  return true;
}

bool counts_equal(const Object& a, const Object& b) {
  return all_counts(a, b, [](const Object& x, const Object& y) { return eq(x, y); });
}

class Counter : public Dict {
 public:
  Counter() : Dict(&counter_type) {}
  // Counter.__missing__: a missing key counts zero (and is not stored).
  Object getitem(const Object& key) override { return count_of(Object::borrow(this), key); }
  // Counter.__delitem__: deleting a missing key is not an error.
  void delitem(const Object& key) override { dict_discard(Object::borrow(this), key); }
  // Counter.__eq__ between Counters, where a missing count is zero;
  // against any other mapping, dict's equality.
  int eq(const Object& other) const override {
    if (!is_counter(other)) return Dict::eq(other);
    return counts_equal(Object::borrow(const_cast<Counter*>(this)), other) ? 1 : 0;
  }
  std::string repr() const override;
};

// Counter.most_common: by count, largest first; ties keep insertion order
// (sorted() is stable, and so is heapq.nlargest's order on ties).
std::vector<std::pair<Object, Object>> by_count(const Object& counter) {
  std::vector<std::pair<Object, Object>> pairs = dict_pairs(counter);
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return gt(a.second, b.second); });
  return pairs;
}

std::string Counter::repr() const {
  if (size() == 0) return "Counter()";
  return guarded_repr(this, "...", [&] {
    Object self = Object::borrow(const_cast<Counter*>(this));
    // dict(self.most_common()), or dict(self) when the counts do not order.
    std::vector<std::pair<Object, Object>> pairs;
    try {
      pairs = by_count(self);
    } catch (Raised& raised) {
      if (!isinstance(raised.exception, &type_error_type)) throw;
      pairs = dict_pairs(self);
    }
    std::string out = "Counter({";
    bool first = true;
    for (const auto& [key, value] : pairs) {
      if (!first) out += ", ";
      first = false;
      out += py::repr(key) + ": " + py::repr(value);
    }
    return out + "})";
  });
}

// Counter.update / subtract(iterable=None, /, **kwds): a mapping adds (or
// takes away) its counts, any other iterable counts its items, and the
// keywords are a mapping. `qualname` names the method in the arity error.
void count_into(const Object& self, const Args& args, const char* qualname, bool subtract) {
  if (args.npos > 1) {
    raise_error(&type_error_type, "{}() takes from 1 to 2 positional arguments but {} were given", qualname,
                args.npos + 1);
  }
  // update() adds `count + self.get(elem, 0)`, subtract() stores
  // `self.get(elem, 0) - count`: the operand order decides the message
  // for a count that is not a number.
  auto adjust = [&](const Object& key, const Object& amount) {
    Object base = count_of(self, key);
    dict_set(self, key, subtract ? sub(base, amount) : add(amount, base));
  };
  if (args.npos == 1 && !args[0].is_none()) {
    if (is_dict(args[0]) && !subtract && cast<Dict>(self)->size() == 0) {
      // update() into an empty Counter is dict.update: the counts are
      // stored as they are (`Counter(a="x")`).
      dict_update(self, args[0]);
    } else if (is_dict(args[0])) {
      for (const auto& [key, value] : dict_pairs(args[0])) adjust(key, value);
    } else {
      Object it = iter(args[0]);
      Object item;
      while (py::next(it, item)) {
        Object base = count_of(self, item);
        dict_set(self, item, subtract ? sub(base, Object::from_int(1)) : add(base, Object::from_int(1)));
      }
    }
  }
  if (args.nkw == 0) return;
  // `self.update(kwds)` / `self.subtract(kwds)`: the keywords as a mapping.
  Object kwds = new_dict();
  for (size_t k = 0; k < args.nkw; ++k) dict_set(kwds, new_str(args.kw[k].name), args.kw[k].value);
  count_into(self, Args{{kwds}}, qualname, subtract);
}

Object counter_update(const Object& self, const Args& args) {
  count_into(self, args, "Counter.update", false);
  return None;
}

Object counter_subtract(const Object& self, const Args& args) {
  count_into(self, args, "Counter.subtract", true);
  return None;
}

// heapq.nlargest(n, ...)'s treatment of `n`: n >= len gives everything
// (sliced [:n]), n < len takes range(0, -n, -1) of them, so a negative n
// gives none; a non-int n fails where nlargest first uses it.
Object counter_most_common(const Object& self, const Args& args) {
  Object slots[1];
  bind_args(args, "most_common", {"n"}, 0, slots);
  std::vector<std::pair<Object, Object>> pairs = by_count(self);
  size_t n = pairs.size();
  const Object& limit = slots[0];
  if (limit.is_bound() && !limit.is_none()) {
    Object size = Object::from_int(static_cast<int64_t>(pairs.size()));
    bool all = ge(limit, size);
    if (!is_int_like(limit)) {
      if (all) raise_error(&type_error_type, "slice indices must be integers or None or have an __index__ method");
      raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", limit.type()->name());
    }
    if (!all) n = negative(limit) ? 0 : static_cast<size_t>(limit.as_small_int());
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
      if (!positive(value)) continue;
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

Object new_counter() { return make<Counter>(); }

Object counter_copy(const Object& self, const Args& args) {
  expect_no_args(args, "Counter.copy");
  Object copy = new_counter();
  dict_update(copy, self);
  return copy;
}

Object counter_fromkeys(const Object&, const Args&) {
  raise_error(&not_implemented_error_type, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

// ---------------------------------------------------------------- operators

// The one operand of a binary special method.
const Object& operand(const Args& args, const char* qualname) {
  expect_one_arg(args, qualname);
  return args[0];
}

// self + other: counts added, only the positive ones kept.
Object counter_add(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__add__");
  if (!is_counter(other)) return not_implemented();
  Object result = new_counter();
  for (const auto& [key, count] : dict_pairs(self)) {
    Object sum = add(count, count_of(other, key));
    if (positive(sum)) dict_set(result, key, sum);
  }
  for (const auto& [key, count] : dict_pairs(other)) {
    if (!dict_get(self, key) && positive(count)) dict_set(result, key, count);
  }
  return result;
}

// self - other: counts subtracted, only the positive ones kept.
Object counter_sub(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__sub__");
  if (!is_counter(other)) return not_implemented();
  Object result = new_counter();
  for (const auto& [key, count] : dict_pairs(self)) {
    Object difference = sub(count, count_of(other, key));
    if (positive(difference)) dict_set(result, key, difference);
  }
  for (const auto& [key, count] : dict_pairs(other)) {
    if (!dict_get(self, key) && negative(count)) dict_set(result, key, sub(Object::from_int(0), count));
  }
  return result;
}

// self | other: the larger count of each, if positive.
Object counter_or(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__or__");
  if (!is_counter(other)) return not_implemented();
  Object result = new_counter();
  for (const auto& [key, count] : dict_pairs(self)) {
    Object other_count = count_of(other, key);
    Object larger = lt(count, other_count) ? other_count : count;
    if (positive(larger)) dict_set(result, key, larger);
  }
  for (const auto& [key, count] : dict_pairs(other)) {
    if (!dict_get(self, key) && positive(count)) dict_set(result, key, count);
  }
  return result;
}

// self & other: the smaller count of each, if positive.
Object counter_and(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__and__");
  if (!is_counter(other)) return not_implemented();
  Object result = new_counter();
  for (const auto& [key, count] : dict_pairs(self)) {
    Object other_count = count_of(other, key);
    Object smaller = lt(count, other_count) ? count : other_count;
    if (positive(smaller)) dict_set(result, key, smaller);
  }
  return result;
}

// +self: the positive counts; -self: the negative ones, negated.
Object counter_pos(const Object& self, const Args& args) {
  expect_no_args(args, "Counter.__pos__");
  Object result = new_counter();
  for (const auto& [key, count] : dict_pairs(self)) {
    if (positive(count)) dict_set(result, key, count);
  }
  return result;
}

Object counter_neg(const Object& self, const Args& args) {
  expect_no_args(args, "Counter.__neg__");
  Object result = new_counter();
  for (const auto& [key, count] : dict_pairs(self)) {
    if (negative(count)) dict_set(result, key, sub(Object::from_int(0), count));
  }
  return result;
}

// Counter._keep_positive: drops the counts that are not > 0; returns self.
Object keep_positive(const Object& self) {
  std::vector<Object> dropped;
  for (const auto& [key, count] : dict_pairs(self)) {
    if (!positive(count)) dropped.push_back(key);
  }
  for (const Object& key : dropped) dict_discard(self, key);
  return self;
}

// other.items() as pairs: the in-place operators take any mapping (and
// fail on `.items` for anything else, as CPython's do).
std::vector<std::pair<Object, Object>> mapping_items(const Object& other) {
  std::vector<std::pair<Object, Object>> out;
  Object it = iter(call_method(other, "items", Args()));
  Object pair;
  while (py::next(it, pair)) {
    Object kv[2];
    unpack(pair, kv, 2);
    out.emplace_back(kv[0], kv[1]);
  }
  return out;
}

Object counter_iadd(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__iadd__");
  for (const auto& [key, count] : mapping_items(other)) dict_set(self, key, add(count_of(self, key), count));
  return keep_positive(self);
}

Object counter_isub(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__isub__");
  for (const auto& [key, count] : mapping_items(other)) dict_set(self, key, sub(count_of(self, key), count));
  return keep_positive(self);
}

Object counter_ior(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__ior__");
  for (const auto& [key, other_count] : mapping_items(other)) {
    if (gt(other_count, count_of(self, key))) dict_set(self, key, other_count);
  }
  return keep_positive(self);
}

// self &= other reads other[elem] for each of self's keys: a plain dict
// without one raises KeyError.
Object counter_iand(const Object& self, const Args& args) {
  const Object& other = operand(args, "Counter.__iand__");
  for (const auto& [key, count] : dict_pairs(self)) {
    Object other_count = getitem(other, key);
    if (lt(other_count, count)) dict_set(self, key, other_count);
  }
  return keep_positive(self);
}

// The rich comparisons (3.10+): inclusion of multisets, a missing count
// being zero; NotImplemented against anything but a Counter.
template <CmpOp op>
Object counter_compare(const Object& self, const Args& args) {
  static const char* const names[] = {"Counter.__lt__", "Counter.__le__", "Counter.__gt__", "Counter.__ge__"};
  const Object& other = operand(args, names[static_cast<int>(op)]);
  if (!is_counter(other)) return not_implemented();
  bool subset = op == CmpOp::Lt || op == CmpOp::Le;
  bool included = subset ? all_counts(self, other, [](const Object& x, const Object& y) { return le(x, y); })
                         : all_counts(self, other, [](const Object& x, const Object& y) { return ge(x, y); });
  if (op == CmpOp::Le || op == CmpOp::Ge) return box(included);
  // `self <= other and self != other`
  return box(included && !counts_equal(self, other));
}

const MethodDef counter_methods[] = {
    {"update", counter_update},
    {"subtract", counter_subtract},
    {"most_common", counter_most_common},
    {"elements", counter_elements},
    {"total", counter_total},
    {"copy", counter_copy},
    {"__copy__", counter_copy},
    {"fromkeys", counter_fromkeys, true},
    {"__add__", counter_add},
    {"__sub__", counter_sub},
    {"__or__", counter_or},
    {"__and__", counter_and},
    {"__pos__", counter_pos},
    {"__neg__", counter_neg},
    {"__iadd__", counter_iadd},
    {"__isub__", counter_isub},
    {"__ior__", counter_ior},
    {"__iand__", counter_iand},
    {"__lt__", counter_compare<CmpOp::Lt>},
    {"__le__", counter_compare<CmpOp::Le>},
    {"__gt__", counter_compare<CmpOp::Gt>},
    {"__ge__", counter_compare<CmpOp::Ge>},
};

}  // namespace

Type counter_type("Counter", &dict_type, {counter_methods, std::size(counter_methods)});

// Counter(iterable=None, /, **kwds)
Object counter_new(const Args& args) {
  if (args.npos > 1) {
    raise_error(&type_error_type, "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
                args.npos + 1);
  }
  Object c = new_counter();
  count_into(c, args, "Counter.update", false);
  return c;
}

}  // namespace py
