// The bisect module as CPython 3.11's C accelerator _bisect: bisect_left,
// bisect_right (also bisect) and insort_left, insort_right (also insort),
// with lo, hi and the keyword-only key. The search is _bisect's binary
// search over any sequence (len() and [i]), comparing with Python's `<` in
// the same order and direction (`x < a[mid]` for the right variants,
// `a[mid] < x` for the left ones), so user classes with __lt__ work and
// incomparable items raise CPython's TypeError. key applies to the items
// only, not to x, except that insort passes key(x). Lists are inserted into
// directly, anything else through its insert() method.
#include <algorithm>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

namespace {

// The arguments of the four functions: (a, x, lo=0, hi=None, *, key=None).
struct BisectArgs {
  Object a, x, key;
  int64_t lo = 0;
  int64_t hi = -1;  // -1 (also when given): len(a)
};

BisectArgs parse(const Args& args, const char* name) {
  Object slots[5];
  bind_clinic(args, name, {"a", "x", "lo", "hi", "key"}, 2, slots, 4);
  BisectArgs out;
  out.a = std::move(slots[0]);
  out.x = std::move(slots[1]);
  if (slots[2].is_bound()) out.lo = ssize_argument(slots[2]);
  // hi: None or an index (_Py_convert_optional_to_ssize_t).
  const Object& hi = slots[3];
  if (hi.is_bound() && !hi.is_none()) {
    if (!is_int_like(hi)) {
      raise_error(&type_error_type, "argument should be integer or None, not '{}'", hi.type()->name());
    }
    if (hi.is_heap()) raise_error(&overflow_error_type, "cannot fit 'int' into an index-sized integer");
    out.hi = hi.as_small_int();
  }
  out.key = slots[4].is_bound() ? std::move(slots[4]) : None;
  return out;
}

// PySequence_Size: a mapping is not a sequence.
int64_t sequence_size(const Object& a) {
  if (is_dict(a)) raise_error(&type_error_type, "{} is not a sequence", a.type()->name());
  return bi::len.fn({a}).as_small_int();
}

// The insertion point of `x` in a[lo:hi]: after the items equal to it
// (right) or before them (left).
int64_t search(const BisectArgs& b, const Object& x, bool right) {
  int64_t lo = b.lo, hi = b.hi;
  if (lo < 0) raise_error(&value_error_type, "lo must be non-negative");
  if (hi == -1) hi = sequence_size(b.a);
  while (lo < hi) {
    // Unsigned, so that lo + hi cannot overflow (as _bisect).
    const auto mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    Object item = getitem(b.a, Object::from_int(mid));
    if (!b.key.is_none()) item = call(b.key, {item});
    if (right ? lt(x, item) : !lt(item, x)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

Object bisect_call(const Args& args, const char* name, bool right) {
  const BisectArgs b = parse(args, name);
  return Object::from_int(search(b, b.x, right));
}

Object insort_call(const Args& args, const char* name, bool right) {
  const BisectArgs b = parse(args, name);
  const int64_t index = b.key.is_none() ? search(b, b.x, right) : search(b, call(b.key, {b.x}), right);
  if (is_list(b.a)) {
    std::vector<Object>& items = cast<List>(b.a)->items;
    const size_t at = std::min(static_cast<size_t>(index), items.size());
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), b.x);
  } else {
    call_method(b.a, "insert", {Object::from_int(index), b.x});
  }
  return None;
}

Object bisect_bisect_left(const Args& args) { return bisect_call(args, "bisect_left", false); }
Object bisect_bisect_right(const Args& args) { return bisect_call(args, "bisect_right", true); }
Object bisect_insort_left(const Args& args) { return insort_call(args, "insort_left", false); }
Object bisect_insort_right(const Args& args) { return insort_call(args, "insort_right", true); }

const BuiltinFunctionDef bisect_left_def{"bisect_left", bisect_bisect_left};
const BuiltinFunctionDef bisect_right_def{"bisect_right", bisect_bisect_right};
const BuiltinFunctionDef insort_left_def{"insort_left", bisect_insort_left};
const BuiltinFunctionDef insort_right_def{"insort_right", bisect_insort_right};

}  // namespace

void init_bisect_module(Module& module) {
  module.attrs.set("bisect_left", builtin_object(bisect_left_def));
  module.attrs.set("bisect_right", builtin_object(bisect_right_def));
  module.attrs.set("insort_left", builtin_object(insort_left_def));
  module.attrs.set("insort_right", builtin_object(insort_right_def));
  // bisect.py: `bisect = bisect_right`, `insort = insort_right`.
  module.attrs.set("bisect", builtin_object(bisect_right_def));
  module.attrs.set("insort", builtin_object(insort_right_def));
}

}  // namespace py
