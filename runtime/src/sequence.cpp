// list, tuple and range: construction, repr, equality, iteration.
#include <fmt/format.h>

#include <iterator>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/ops.hpp"
#include "method_tables.hpp"
#include "raise.hpp"

namespace py {

namespace {

// Iterates a list or tuple by index, so a list growing during iteration is
// seen as CPython's list_iterator sees it.
template <class Seq>
class IndexIterator : public HeapObject {
 public:
  explicit IndexIterator(Object seq) : HeapObject(&iterator_type), seq_(std::move(seq)) {}

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
      : HeapObject(&iterator_type), next_(next), step_(step), remaining_(remaining) {}

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

// Guards repr of a container that contains itself: `[[...]]`.
thread_local std::vector<const HeapObject*> repr_stack;

template <class F>
std::string guarded_repr(const HeapObject* self, const char* recursive, F body) {
  for (const HeapObject* o : repr_stack) {
    if (o == self) return recursive;
  }
  repr_stack.push_back(self);
  std::string out;
  try {
    out = body();
  } catch (...) {
    repr_stack.pop_back();
    throw;
  }
  repr_stack.pop_back();
  return out;
}

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

Object list_from_iterable(const Object& iterable) {
  auto* list = new List();
  Object result = Object::steal(list);
  if (is_list(iterable) || is_tuple(iterable)) {
    list->items = is_list(iterable) ? cast<List>(iterable)->items : cast<Tuple>(iterable)->items;
    return result;
  }
  Object it = iter(iterable), x;
  while (next(it, x)) list->items.push_back(std::move(x));
  return result;
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

Object List::iter() { return make<IndexIterator<List>>(Object::borrow(this)); }

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
  if (!is_tuple(other)) return -1;
  return items_equal(items, cast<Tuple>(other)->items);
}

Object Tuple::iter() { return make<IndexIterator<Tuple>>(Object::borrow(this)); }

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

// Resolves a Python index against `size`, raising IndexError with the
// container's own wording when it is out of range.
size_t checked_index(const Object& index, size_t size, const char* what) {
  if (!index.is_small_int() && !index.is_bool()) {
    if (is_int(index)) raise_error(&index_error_type, "cannot fit 'int' into an index-sized integer");
    raise_error(&type_error_type, "{} indices must be integers or slices, not {}", what, index.type()->name());
  }
  int64_t i = index.as_small_int();
  auto n = static_cast<int64_t>(size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_error(&index_error_type, "{} index out of range", what);
  return static_cast<size_t>(i);
}

}  // namespace

Object List::getitem(const Object& index) { return items[checked_index(index, items.size(), "list")]; }

void List::setitem(const Object& index, Object value) {
  items[checked_index(index, items.size(), "list assignment")] = std::move(value);
}

bool List::contains(const Object& item) {
  // Index-based: the list may change while `==` runs user code.
  for (size_t i = 0; i < items.size(); ++i) {
    Object x = items[i];
    if (x.is(item) || py::eq(x, item)) return true;
  }
  return false;
}

Object Tuple::getitem(const Object& index) { return items[checked_index(index, items.size(), "tuple")]; }

bool Tuple::contains(const Object& item) {
  for (const Object& x : items) {
    if (x.is(item) || py::eq(x, item)) return true;
  }
  return false;
}

Object Str::getitem(const Object& index) {
  size_t i = checked_index(index, len(), "string");
  // Walk to the start of the i-th code point.
  auto is_continuation = [&](size_t k) { return (static_cast<unsigned char>(data[k]) & 0xC0) == 0x80; };
  size_t pos = 0;
  for (size_t seen = 0; seen < i; ++seen) {
    ++pos;
    while (pos < data.size() && is_continuation(pos)) ++pos;
  }
  size_t end = pos + 1;
  while (end < data.size() && is_continuation(end)) ++end;
  return new_str(data.substr(pos, end - pos));
}

bool Str::contains(const Object& item) {
  if (!is_str(item)) {
    raise_error(&type_error_type, "'in <string>' requires string as left operand, not {}", item.type()->name());
  }
  return data.find(cast<Str>(item)->data) != std::string::npos;
}

Object Range::getitem(const Object& index) {
  size_t i = checked_index(index, len(), "range object");
  return Object::from_int(start + static_cast<int64_t>(i) * step);
}

bool Range::contains(const Object& item) {
  if (!item.is_small_int() && !item.is_bool()) return HeapObject::contains(item);
  int64_t v = item.as_small_int();
  if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
  return (v - start) % step == 0;
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
    {"append", list_append_method},
};
const size_t list_method_count = std::size(list_methods);

}  // namespace py
