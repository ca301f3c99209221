// list, tuple and range: construction, repr, equality, iteration.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <iterator>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/slice.hpp"
#include "builtin_functions_internal.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"

namespace py {

namespace {

// Iterates a list or tuple by index, so a list growing during iteration is
// seen as CPython's list_iterator sees it.
template <class Seq>
class IndexIterator : public HeapObject {
 public:
  IndexIterator(Type* type, Object seq) : HeapObject(type), seq_(std::move(seq)) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    if (!seq_.is_bound()) return false;
    const auto& items = cast<Seq>(seq_)->items;
    if (index_ >= items.size()) {
      seq_ = Object();  // exhausted iterators stay exhausted
      return false;
    }
    out = items[index_++];
    return true;
  }

 private:
  Object seq_;
  size_t index_ = 0;
};

class RangeIterator : public HeapObject {
 public:
  RangeIterator(int64_t next, int64_t step, size_t remaining)
      : HeapObject(&range_iterator_type), next_(next), step_(step), remaining_(remaining) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    if (remaining_ == 0) return false;
    out = Object::from_int(next_);
    --remaining_;
    // The last step may leave int64's range: it is never read then.
    if (remaining_ != 0) next_ += step_;
    return true;
  }

 private:
  int64_t next_;
  int64_t step_;
  size_t remaining_;
};

std::string join_reprs(const std::vector<Object>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += py::repr(items[i]);
  }
  return out;
}

bool items_equal(const std::vector<Object>& a, const std::vector<Object>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a[i].is(b[i]) && !eq(a[i], b[i])) return false;
  }
  return true;
}

}  // namespace

// ---------------------------------------------------------------- list

Object new_list(std::initializer_list<Object> items) { return make<List>(std::vector<Object>(items)); }
Object new_list(std::vector<Object> items) { return make<List>(std::move(items)); }

std::vector<Object> collect_items(const Object& iterable) {
  if (is_list(iterable)) return cast<List>(iterable)->items;
  if (is_tuple(iterable)) return cast<Tuple>(iterable)->items;
  std::vector<Object> items;
  if (iterable.is_heap()) {
    if (int64_t hint = iterable.heap()->length_hint(); hint > 0) items.reserve(static_cast<size_t>(hint));
  }
  Object it = iter(iterable), x;
  while (next(it, x)) items.push_back(std::move(x));
  return items;
}

Object list_from_iterable(const Object& iterable) {
  auto* list = new List();
  Object result = Object::steal(list);
  list->items = collect_items(iterable);
  return result;
}

void require_star_iterable(const Object& iterable) {
  // The inline values (None, bool, int, float) are the ones never iterable.
  if (!iterable.is_heap()) {
    raise_error(&type_error_type, "Value after * must be an iterable, not {}", iterable.type()->name());
  }
}

void list_extend_starred(const Object& list, const Object& iterable) {
  require_star_iterable(iterable);
  list_extend(list, iterable);
}

void list_append(const Object& list, Object item) { cast<List>(list)->items.push_back(std::move(item)); }

std::string List::repr() const {
  return guarded_repr(this, "[...]", [&] { return "[" + join_reprs(items) + "]"; });
}

int64_t List::hash() const { raise_error(&type_error_type, "unhashable type: 'list'"); }

int List::eq(const Object& other) const {
  if (!is_list(other)) return -1;
  return items_equal(items, cast<List>(other)->items);
}

Object List::iter() { return make<IndexIterator<List>>(&list_iterator_type, Object::borrow(this)); }

// ---------------------------------------------------------------- tuple

Object new_tuple(std::initializer_list<Object> items) { return make<Tuple>(std::vector<Object>(items)); }
Object new_tuple(std::vector<Object> items) { return make<Tuple>(std::move(items)); }

std::string Tuple::repr() const {
  if (items.size() == 1) {
    return guarded_repr(this, "(...)", [&] { return "(" + py::repr(items[0]) + ",)"; });
  }
  return guarded_repr(this, "(...)", [&] { return "(" + join_reprs(items) + ")"; });
}

int64_t Tuple::hash() const {
  // CPython's tuplehash (xxHash-based), so that equal tuples hash alike.
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (const Object& item : items) {
    auto lane = static_cast<uint64_t>(py::hash(item));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += items.size() ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

int Tuple::eq(const Object& other) const {
  if (!is_tuple_like(other)) return -1;
  return items_equal(items, cast<Tuple>(other)->items);
}

Object Tuple::iter() { return make<IndexIterator<Tuple>>(&tuple_iterator_type, Object::borrow(this)); }

// ---------------------------------------------------------------- range

std::string Range::repr() const {
  if (step == 1) return fmt::format("range({}, {})", start, stop);
  return fmt::format("range({}, {}, {})", start, stop, step);
}

// 128-bit arithmetic for range lengths, whose spans may not fit int64.
__extension__ using Int128 = __int128;
__extension__ using UInt128 = unsigned __int128;

size_t Range::len() const {
  if (step > 0 && start < stop) {
    auto span = static_cast<UInt128>(static_cast<Int128>(stop) - start - 1);
    return static_cast<size_t>(span / static_cast<UInt128>(step) + 1);
  }
  if (step < 0 && start > stop) {
    auto span = static_cast<UInt128>(static_cast<Int128>(start) - stop - 1);
    return static_cast<size_t>(span / static_cast<UInt128>(-static_cast<Int128>(step)) + 1);
  }
  return 0;
}

int Range::eq(const Object& other) const {
  if (!other.is_heap() || other.heap()->type() != &range_type) return -1;
  const Range* r = cast<Range>(other);
  size_t n = len();
  if (n != r->len()) return 0;
  if (n == 0) return 1;
  if (start != r->start) return 0;
  return n == 1 || step == r->step;
}

Object Range::iter() { return make<RangeIterator>(start, step, len()); }

}  // namespace py

namespace py {

namespace {

// Resolves a Python index against `size`, raising CPython's TypeError
// (`list indices must be integers or slices, not str`) and IndexError (with
// the container's own wording) otherwise.
size_t checked_index(const Object& index, size_t size, const char* type_name, const char* out_of_range) {
  if (!index.is_small_int() && !index.is_bool()) {
    if (is_int(index)) raise_error(&index_error_type, "cannot fit 'int' into an index-sized integer");
    raise_error(&type_error_type, "{} indices must be integers or slices, not {}", type_name,
                index.type()->name());
  }
  int64_t i = index.as_small_int();
  auto n = static_cast<int64_t>(size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_error(&index_error_type, "{}", out_of_range);
  return static_cast<size_t>(i);
}

// The items a slice selects, as a new vector.
std::vector<Object> slice_items(const std::vector<Object>& items, const Object& slice) {
  SliceIndices ix = slice_indices(slice, items.size());
  std::vector<Object> out;
  out.reserve(ix.length);
  for (size_t k = 0; k < ix.length; ++k) out.push_back(items[ix.at(k)]);
  return out;
}

// The value of a slice assignment as a vector: CPython's PySequence_Fast,
// which copies first so that `a[::-1] = a` reads the old items.
std::vector<Object> assigned_items(const Object& value, const char* not_iterable) {
  if (is_list(value)) return cast<List>(value)->items;
  if (is_tuple(value)) return cast<Tuple>(value)->items;
  if (!value.is_heap()) raise_error(&type_error_type, "{}", not_iterable);
  Object it;
  try {
    it = iter(value);
  } catch (const Raised& e) {
    if (!isinstance(e.exception, &type_error_type)) throw;
    raise_error(&type_error_type, "{}", not_iterable);
  }
  std::vector<Object> out;
  Object x;
  while (next(it, x)) out.push_back(std::move(x));
  return out;
}

}  // namespace

Object List::getitem(const Object& index) {
  if (is_slice(index)) return new_list(slice_items(items, index));
  return items[checked_index(index, items.size(), "list", "list index out of range")];
}

void List::setitem(const Object& index, Object value) {
  if (!is_slice(index)) {
    size_t i = checked_index(index, items.size(), "list", "list assignment index out of range");
    items[i] = std::move(value);
    return;
  }
  // A bad slice is reported before the value is iterated; the bounds are
  // resolved again after, since iterating may run code that resizes the list.
  SliceIndices ix = slice_indices(index, items.size());
  const char* not_iterable =
      ix.step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice";
  std::vector<Object> replacement = assigned_items(value, not_iterable);
  ix = slice_indices(index, items.size());
  if (ix.step == 1) {
    // A simple slice may change the list's length: s[a:b] = t replaces
    // s[a:b] (empty when b < a) with the items of t.
    auto first = items.begin() + ix.start;
    auto last = items.begin() + std::max(ix.start, ix.stop);
    // Keep the replaced items alive until the list is consistent again:
    // their destructors may run user code that looks at the list.
    std::vector<Object> garbage(std::make_move_iterator(first), std::make_move_iterator(last));
    first = items.erase(first, last);
    items.insert(first, std::make_move_iterator(replacement.begin()),
                 std::make_move_iterator(replacement.end()));
    return;
  }
  if (replacement.size() != ix.length) {
    raise_error(&value_error_type, "attempt to assign sequence of size {} to extended slice of size {}",
                replacement.size(), ix.length);
  }
  for (size_t k = 0; k < ix.length; ++k) {
    std::swap(items[ix.at(k)], replacement[k]);
  }
}

void List::delitem(const Object& index) {
  if (!is_slice(index)) {
    size_t i = checked_index(index, items.size(), "list", "list assignment index out of range");
    Object removed = std::move(items[i]);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
    return;
  }
  SliceIndices ix = slice_indices(index, items.size());
  if (ix.length == 0) return;
  // Walk the selected indices upwards whatever the step's sign, keeping
  // the others in order.
  int64_t step = ix.step > 0 ? ix.step : -ix.step;
  size_t low = ix.step > 0 ? ix.at(0) : ix.at(ix.length - 1);
  std::vector<Object> garbage;
  garbage.reserve(ix.length);
  size_t write = low;
  for (size_t read = low; read < items.size(); ++read) {
    auto offset = static_cast<int64_t>(read - low);
    if (offset % step == 0 && static_cast<size_t>(offset / step) < ix.length) {
      garbage.push_back(std::move(items[read]));
    } else {
      items[write++] = std::move(items[read]);
    }
  }
  items.resize(write);
}

bool List::contains(const Object& item) {
  // Index-based: the list may change while `==` runs user code.
  for (size_t i = 0; i < items.size(); ++i) {
    Object x = items[i];
    if (x.is(item) || py::eq(x, item)) return true;
  }
  return false;
}

Object Tuple::getitem(const Object& index) {
  if (is_slice(index)) {
    SliceIndices ix = slice_indices(index, items.size());
    // A full slice of a tuple is the tuple itself, as in CPython (of a
    // namedtuple, a plain tuple).
    if (ix.step == 1 && ix.length == items.size() && type() == &tuple_type) return Object::borrow(this);
    return new_tuple(slice_items(items, index));
  }
  return items[checked_index(index, items.size(), "tuple", "tuple index out of range")];
}

bool Tuple::contains(const Object& item) {
  for (const Object& x : items) {
    if (x.is(item) || py::eq(x, item)) return true;
  }
  return false;
}

Object Range::getitem(const Object& index) {
  if (is_slice(index)) {
    // CPython's compute_slice: the selected items of a range form a range,
    // range(start + i*step, start + j*step, step*k) for indices(i, j, k).
    // Ranges longer than int64 and steps beyond it need CPython's
    // unbounded ints, which this int64 Range cannot hold.
    const Object& slice_step = cast<Slice>(index)->step;
    if (len() > static_cast<size_t>(INT64_MAX) || (is_int(slice_step) && !slice_step.is_small_int())) {
      raise_error(&overflow_error_type, "range slice does not fit in 64 bits");
    }
    SliceIndices ix = slice_indices(index, len());
    // The unclamped step: slice_indices turns -2**63 into -(2**63 - 1).
    Int128 k = slice_step.is_small_int() ? slice_step.as_small_int() : ix.step;
    Int128 new_start = start + static_cast<Int128>(ix.start) * step;
    Int128 new_stop = start + static_cast<Int128>(ix.stop) * step;
    Int128 new_step = k * step;
    auto fits = [](Int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
    if (!fits(new_start) || !fits(new_stop) || !fits(new_step)) {
      raise_error(&overflow_error_type, "range slice bounds do not fit in 64 bits");
    }
    return make<Range>(static_cast<int64_t>(new_start), static_cast<int64_t>(new_stop),
                       static_cast<int64_t>(new_step));
  }
  size_t i = checked_index(index, len(), "range", "range object index out of range");
  return Object::from_int(start + static_cast<int64_t>(i) * step);
}

int64_t Range::position(int64_t value) const {
  if (step > 0 ? (value < start || value >= stop) : (value > start || value <= stop)) return -1;
  auto offset = static_cast<Int128>(value) - start;
  if (offset % step != 0) return -1;
  return static_cast<int64_t>(offset / step);
}

bool Range::contains(const Object& item) {
  if (!item.is_small_int() && !item.is_bool()) return HeapObject::contains(item);
  return position(item.as_small_int()) >= 0;
}

bool Range::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "start") == 0) {
    out = Object::from_int(start);
  } else if (std::strcmp(name, "stop") == 0) {
    out = Object::from_int(stop);
  } else if (std::strcmp(name, "step") == 0) {
    out = Object::from_int(step);
  } else {
    return false;
  }
  return true;
}

}  // namespace py

// ---------------------------------------------------------------- list methods

namespace py {

namespace {

Object list_append_method(const Object& self, const Args& args) {
  expect_one_arg(args, "list.append");
  list_append(self, args[0]);
  return None;
}

}  // namespace

const MethodDef list_methods[] = {
    {"append", list_append_method},   {"extend", list_extend_method}, {"insert", list_insert_method},
    {"pop", list_pop_method},         {"remove", list_remove_method}, {"index", list_index_method},
    {"count", list_count_method},     {"clear", list_clear_method},   {"copy", list_copy_method},
    {"reverse", list_reverse_method}, {"sort", list_sort_method},
};
const size_t list_method_count = std::size(list_methods);

const MethodDef tuple_methods[] = {
    {"index", tuple_index_method},
    {"count", tuple_count_method},
};
const size_t tuple_method_count = std::size(tuple_methods);

const MethodDef range_methods[] = {
    {"index", range_index_method},
    {"count", range_count_method},
};
const size_t range_method_count = std::size(range_methods);

}  // namespace py
