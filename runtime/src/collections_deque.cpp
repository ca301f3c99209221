// collections.deque: a double-ended queue kept in a ring buffer of Objects
// whose capacity is a power of two, so appends and pops at either end are
// O(1) and allocate only when the buffer grows. Like CPython's dequeobject.c
// it counts mutations (`state`), which lets its iterators detect them. Its
// sequence operators (`+`, `*`, `+=`, `*=`, ordering, reversed()) are
// methods in the type's table, which ops.cpp asks.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "yieldc/bytes.hpp"
#include "yieldc/call.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "collections_internal.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"

namespace py {

namespace {

class Deque : public HeapObject {
 public:
  explicit Deque(int64_t maxlen) : HeapObject(&deque_type), maxlen(maxlen) {}

  size_t size() const { return size_; }
  Object& at(size_t i) { return buf_[(head_ + i) & (buf_.size() - 1)]; }
  const Object& at(size_t i) const { return buf_[(head_ + i) & (buf_.size() - 1)]; }

  void push_back(Object item) {
    if (maxlen == 0) return;
    if (maxlen > 0 && size_ == static_cast<size_t>(maxlen)) pop_front();
    grow_if_full();
    buf_[(head_ + size_) & (buf_.size() - 1)] = std::move(item);
    ++size_;
    ++state;
  }
  void push_front(Object item) {
    if (maxlen == 0) return;
    if (maxlen > 0 && size_ == static_cast<size_t>(maxlen)) pop_back();
    grow_if_full();
    head_ = (head_ + buf_.size() - 1) & (buf_.size() - 1);
    buf_[head_] = std::move(item);
    ++size_;
    ++state;
  }
  Object pop_back() {
    if (size_ == 0) raise_error(&index_error_type, "pop from an empty deque");
    Object item = std::move(at(size_ - 1));
    --size_;
    ++state;
    return item;
  }
  Object pop_front() {
    if (size_ == 0) raise_error(&index_error_type, "pop from an empty deque");
    Object item = std::move(at(0));
    head_ = (head_ + 1) & (buf_.size() - 1);
    --size_;
    ++state;
    return item;
  }
  void clear() {
    // Move the items out first: their finalisers may touch this deque.
    std::vector<Object> old;
    old.swap(buf_);
    head_ = size_ = 0;
    ++state;
  }
  std::vector<Object> items() const {
    std::vector<Object> out;
    out.reserve(size_);
    for (size_t i = 0; i < size_; ++i) out.push_back(at(i));
    return out;
  }
  // Index `i` from a Python index (negative counts from the end).
  size_t checked(const Object& key) const {
    int64_t i = sequence_index(key);
    int64_t n = static_cast<int64_t>(size_);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_error(&index_error_type, "deque index out of range");
    return static_cast<size_t>(i);
  }

  std::string repr() const override {
    return guarded_repr(this, "[...]", [&] {
      std::string out = "deque([";
      std::vector<Object> snapshot = items();
      for (size_t i = 0; i < snapshot.size(); ++i) {
        if (i) out += ", ";
        out += py::repr(snapshot[i]);
      }
      out += "]";
      if (maxlen >= 0) out += ", maxlen=" + std::to_string(maxlen);
      return out + ")";
    });
  }
  bool truthy() const override { return size_ != 0; }
  int64_t length_hint() const override { return static_cast<int64_t>(size_); }
  int64_t hash() const override { raise_error(&type_error_type, "unhashable type: 'collections.deque'"); }
  int eq(const Object& other) const override {
    if (!other.is_heap() || other.type() != &deque_type) return -1;
    auto* o = cast<Deque>(other);
    if (o->size_ != size_) return 0;
    std::vector<Object> a = items(), b = o->items();
    for (size_t i = 0; i < a.size(); ++i) {
      if (!py::eq(a[i], b[i])) return 0;
    }
    return 1;
  }
  Object iter() override;
  size_t len() const override { return size_; }
  Object getitem(const Object& key) override { return at(checked(key)); }
  void setitem(const Object& key, Object value) override { at(checked(key)) = std::move(value); }
  void delitem(const Object& key) override { erase(checked(key)); }
  bool contains(const Object& item) override {
    uint64_t start = state;
    for (size_t i = 0; i < size_; ++i) {
      Object x = at(i);
      if (py::eq(x, item)) return true;
      if (state != start) raise_error(&runtime_error_type, "deque mutated during iteration");
    }
    return false;
  }
  bool get_attribute(const char* name, Object& out) override {
    if (std::string_view(name) != "maxlen") return false;
    out = maxlen < 0 ? None : Object::from_int(maxlen);
    return true;
  }
  // maxlen is a read-only member; deque instances have no other attributes.
  bool set_attribute(const char* name, const Object&) override {
    if (std::string_view(name) == "maxlen") {
      raise_error(&attribute_error_type, "attribute 'maxlen' of 'collections.deque' objects is not writable");
    }
    return false;
  }

  void erase(size_t index) {
    for (size_t i = index; i + 1 < size_; ++i) at(i) = std::move(at(i + 1));
    Object dropped = std::move(at(size_ - 1));
    --size_;
    ++state;
  }
  void insert(size_t index, Object item) {
    push_back(None);
    for (size_t i = size_ - 1; i > index; --i) at(i) = std::move(at(i - 1));
    at(index) = std::move(item);
  }

  int64_t maxlen;  // -1: unbounded
  uint64_t state = 0;

 private:
  void grow_if_full() {
    if (size_ < buf_.size()) return;
    std::vector<Object> bigger(buf_.empty() ? 8 : buf_.size() * 2);
    for (size_t i = 0; i < size_; ++i) bigger[i] = std::move(at(i));
    buf_.swap(bigger);
    head_ = 0;
  }

  std::vector<Object> buf_;
  size_t head_ = 0;
  size_t size_ = 0;
};

class DequeIterator : public HeapObject {
 public:
  explicit DequeIterator(Object deque)
      : HeapObject(&deque_iterator_type), deque_(std::move(deque)), state_(cast<Deque>(deque_)->state) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    auto* d = cast<Deque>(deque_);
    if (d->state != state_) raise_error(&runtime_error_type, "deque mutated during iteration");
    if (index_ >= d->size()) return false;
    out = d->at(index_++);
    return true;
  }

 private:
  Object deque_;
  uint64_t state_;
  size_t index_ = 0;
};

Object Deque::iter() { return make<DequeIterator>(Object::borrow(this)); }

// reversed(deque): from the right end, with the same mutation check.
class DequeReverseIterator : public HeapObject {
 public:
  explicit DequeReverseIterator(Object deque)
      : HeapObject(&deque_reverse_iterator_type),
        deque_(std::move(deque)),
        state_(cast<Deque>(deque_)->state),
        left_(cast<Deque>(deque_)->size()) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    auto* d = cast<Deque>(deque_);
    if (d->state != state_) raise_error(&runtime_error_type, "deque mutated during iteration");
    if (left_ == 0) return false;
    out = d->at(--left_);
    return true;
  }

 private:
  Object deque_;
  uint64_t state_;
  size_t left_;
};

Deque* self_deque(const Object& self) { return cast<Deque>(self); }

void extend_back(Deque* d, const Object& iterable) {
  // d.extend(d) must not see its own appends: iterate a snapshot.
  if (iterable.is_heap() && iterable.heap() == d) {
    for (Object& x : d->items()) d->push_back(std::move(x));
    return;
  }
  Object it = py::iter(iterable);
  Object item;
  while (py::next(it, item)) d->push_back(std::move(item));
}

Object deque_append(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.append");
  self_deque(self)->push_back(args[0]);
  return None;
}

Object deque_appendleft(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.appendleft");
  self_deque(self)->push_front(args[0]);
  return None;
}

Object deque_pop(const Object& self, const Args& args) {
  expect_no_args(args, "deque.pop");
  return self_deque(self)->pop_back();
}

Object deque_popleft(const Object& self, const Args& args) {
  expect_no_args(args, "deque.popleft");
  return self_deque(self)->pop_front();
}

Object deque_extend(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.extend");
  extend_back(self_deque(self), args[0]);
  return None;
}

Object deque_extendleft(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.extendleft");
  Deque* d = self_deque(self);
  Object source = args[0];
  if (source.is_heap() && source.heap() == d) source = new_list(d->items());
  Object it = py::iter(source);
  Object item;
  while (py::next(it, item)) d->push_front(std::move(item));
  return None;
}

Object deque_rotate(const Object& self, const Args& args) {
  expect_positional(args, "rotate", 0, 1);
  Deque* d = self_deque(self);
  int64_t n = 1;
  if (args.npos == 1) {
    if (!args[0].is_small_int() && !args[0].is_bool()) {
      if (is_int(args[0])) raise_error(&overflow_error_type, "Python int too large to convert to C ssize_t");
      raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", args[0].type()->name());
    }
    n = args[0].as_small_int();
  }
  int64_t size = static_cast<int64_t>(d->size());
  if (size <= 1) return None;
  n %= size;
  if (n < 0) n += size;
  // Rotating right by n moves the last n items to the front.
  for (int64_t i = 0; i < n; ++i) d->push_front(d->pop_back());
  return None;
}

Object deque_clear(const Object& self, const Args& args) {
  expect_no_args(args, "deque.clear");
  self_deque(self)->clear();
  return None;
}

Object deque_copy(const Object& self, const Args& args) {
  expect_no_args(args, "deque.copy");
  Deque* d = self_deque(self);
  Object copy = make<Deque>(d->maxlen);
  for (Object& x : d->items()) cast<Deque>(copy)->push_back(std::move(x));
  return copy;
}

Object deque_count(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.count");
  Deque* d = self_deque(self);
  uint64_t start = d->state;
  int64_t count = 0;
  for (size_t i = 0; i < d->size(); ++i) {
    Object x = d->at(i);
    if (py::eq(x, args[0])) ++count;
    if (d->state != start) raise_error(&runtime_error_type, "deque mutated during iteration");
  }
  return Object::from_int(count);
}

// The position of `x` in d[start:stop], or npos.
size_t find(Deque* d, const Object& x, size_t start, size_t stop) {
  uint64_t state = d->state;
  for (size_t i = start; i < stop && i < d->size(); ++i) {
    Object item = d->at(i);
    if (py::eq(item, x)) return i;
    if (d->state != state) raise_error(&runtime_error_type, "deque mutated during iteration");
  }
  return static_cast<size_t>(-1);
}

size_t clamp_bound(const Object& o, size_t size) {
  int64_t i = sequence_index(o);
  int64_t n = static_cast<int64_t>(size);
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  return static_cast<size_t>(i > n ? n : i);
}

Object deque_index(const Object& self, const Args& args) {
  expect_positional(args, "index", 1, 3);
  Deque* d = self_deque(self);
  size_t start = args.npos > 1 ? clamp_bound(args[1], d->size()) : 0;
  size_t stop = args.npos > 2 ? clamp_bound(args[2], d->size()) : d->size();
  size_t at = find(d, args[0], start, stop);
  if (at == static_cast<size_t>(-1)) raise_error(&value_error_type, "{} is not in deque", py::repr(args[0]));
  return Object::from_int(static_cast<int64_t>(at));
}

Object deque_remove(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.remove");
  Deque* d = self_deque(self);
  size_t at = find(d, args[0], 0, d->size());
  if (at == static_cast<size_t>(-1)) raise_error(&value_error_type, "{} is not in deque", py::repr(args[0]));
  d->erase(at);
  return None;
}

Object deque_insert(const Object& self, const Args& args) {
  expect_positional(args, "insert", 2, 2);
  Deque* d = self_deque(self);
  if (d->maxlen >= 0 && d->size() == static_cast<size_t>(d->maxlen)) {
    raise_error(&index_error_type, "deque already at its maximum size");
  }
  d->insert(clamp_bound(args[0], d->size()), args[1]);
  return None;
}

Object deque_reverse(const Object& self, const Args& args) {
  expect_no_args(args, "deque.reverse");
  Deque* d = self_deque(self);
  for (size_t i = 0, j = d->size(); i + 1 < j; ++i, --j) std::swap(d->at(i), d->at(j - 1));
  ++d->state;
  return None;
}

Object deque_reversed(const Object& self, const Args& args) {
  expect_no_args(args, "deque.__reversed__");
  return make<DequeReverseIterator>(self);
}

bool is_deque(const Object& o) { return o.is_heap() && o.type() == &deque_type; }

// deque_concat: a copy of the left deque (its maxlen too) extended by the
// right one; only a deque concatenates.
Object deque_add(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.__add__");
  const Object& other = args[0];
  if (!is_deque(other)) {
    raise_error(&type_error_type, "can only concatenate deque (not \"{}\") to deque", other.type()->name());
  }
  Object result = deque_copy(self, Args());
  extend_back(cast<Deque>(result), other);
  return result;
}

// The repetition count of `deque * n` (sq_repeat): an index-sized int, or
// CPython's TypeError naming the other operand.
int64_t repeat_count(const Object& n) {
  if (!is_int_like(n)) {
    raise_error(&type_error_type, "can't multiply sequence by non-int of type '{}'", n.type()->name());
  }
  if (!n.is_small_int() && !n.is_bool()) raise_error(&overflow_error_type, "cannot fit 'int' into an index-sized integer");
  return n.as_small_int() < 0 ? 0 : n.as_small_int();
}

// d *= n: the items n times over, through the maxlen (which keeps the last
// maxlen of them, so only those are appended).
void repeat_in_place(Deque* d, int64_t n) {
  std::vector<Object> items = d->items();
  d->clear();
  if (items.empty() || n == 0) return;
  // Of the n * size items, the maxlen keeps the last ones: those start at
  // offset (-maxlen) mod size of the items.
  const uint64_t size = items.size();
  const auto times = static_cast<uint64_t>(n);
  uint64_t count = times > UINT64_MAX / size ? UINT64_MAX : times * size;
  uint64_t start = 0;
  if (d->maxlen >= 0 && count > static_cast<uint64_t>(d->maxlen)) {
    count = static_cast<uint64_t>(d->maxlen);
    start = (size - count % size) % size;
  }
  if (count > SIZE_MAX / 16) raise(new_exception(&memory_error_type));
  for (uint64_t k = 0; k < count; ++k) d->push_back(items[(start + k) % size]);
}

Object deque_mul(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.__mul__");
  int64_t n = repeat_count(args[0]);
  Object result = deque_copy(self, Args());
  repeat_in_place(cast<Deque>(result), n);
  return result;
}

// n * deque. A built-in sequence on the left repeats first and names the
// deque in its TypeError, so that case is left to ops.cpp.
Object deque_rmul(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.__rmul__");
  const Object& n = args[0];
  if (!is_int_like(n) && (is_str(n) || is_list(n) || is_tuple_like(n) || is_bytes_like(n))) return not_implemented();
  return deque_mul(self, args);
}

// d += iterable extends d in place (any iterable, unlike `+`).
Object deque_iadd(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.__iadd__");
  extend_back(self_deque(self), args[0]);
  return self;
}

Object deque_imul(const Object& self, const Args& args) {
  expect_one_arg(args, "deque.__imul__");
  repeat_in_place(self_deque(self), repeat_count(args[0]));
  return self;
}

// deque_richcompare for < <= > >=: lexicographic, as list's; NotImplemented
// against anything but a deque.
template <CmpOp op>
Object deque_compare(const Object& self, const Args& args) {
  static const char* const names[] = {"deque.__lt__", "deque.__le__", "deque.__gt__", "deque.__ge__"};
  expect_one_arg(args, names[static_cast<int>(op)]);
  if (!is_deque(args[0])) return not_implemented();
  std::vector<Object> a = self_deque(self)->items(), b = self_deque(args[0])->items();
  size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    if (py::eq(a[i], b[i])) continue;
    switch (op) {
      case CmpOp::Lt: return box(lt(a[i], b[i]));
      case CmpOp::Le: return box(le(a[i], b[i]));
      case CmpOp::Gt: return box(gt(a[i], b[i]));
      case CmpOp::Ge: return box(ge(a[i], b[i]));
    }
  }
  switch (op) {
    case CmpOp::Lt: return box(a.size() < b.size());
    case CmpOp::Le: return box(a.size() <= b.size());
    case CmpOp::Gt: return box(a.size() > b.size());
    case CmpOp::Ge: return box(a.size() >= b.size());
  }
  return not_implemented();
}

const MethodDef deque_methods[] = {
    {"append", deque_append},   {"appendleft", deque_appendleft}, {"pop", deque_pop},
    {"popleft", deque_popleft}, {"extend", deque_extend},         {"extendleft", deque_extendleft},
    {"rotate", deque_rotate},   {"clear", deque_clear},           {"copy", deque_copy},
    {"count", deque_count},     {"index", deque_index},           {"remove", deque_remove},
    {"insert", deque_insert},   {"reverse", deque_reverse},       {"__copy__", deque_copy},
    {"__reversed__", deque_reversed},
    {"__add__", deque_add},
    {"__mul__", deque_mul},
    {"__rmul__", deque_rmul},
    {"__iadd__", deque_iadd},
    {"__imul__", deque_imul},
    {"__lt__", deque_compare<CmpOp::Lt>},
    {"__le__", deque_compare<CmpOp::Le>},
    {"__gt__", deque_compare<CmpOp::Gt>},
    {"__ge__", deque_compare<CmpOp::Ge>},
};

}  // namespace

Type deque_type("collections.deque", &object_type, {deque_methods, std::size(deque_methods)});
Type deque_iterator_type("_collections._deque_iterator", &object_type);
Type deque_reverse_iterator_type("_collections._deque_reverse_iterator", &object_type);

int64_t sequence_index(const Object& key) {
  if (key.is_small_int() || key.is_bool()) return key.as_small_int();
  if (is_int(key)) raise_error(&index_error_type, "cannot fit 'int' into an index-sized integer");
  raise_error(&type_error_type, "sequence index must be integer, not '{}'", key.type()->name());
}

Object deque_new(const Args& args) {
  Object slots[2];
  bind_args(args, "deque", {"iterable", "maxlen"}, 0, slots);
  int64_t maxlen = -1;
  if (slots[1].is_bound() && !slots[1].is_none()) {
    if (!slots[1].is_small_int() && !slots[1].is_bool()) {
      if (is_int(slots[1])) raise_error(&overflow_error_type, "Python int too large to convert to C ssize_t");
      raise_error(&type_error_type, "an integer is required");
    }
    maxlen = slots[1].as_small_int();
    if (maxlen < 0) raise_error(&value_error_type, "maxlen must be non-negative");
  }
  Object d = make<Deque>(maxlen);
  if (slots[0].is_bound()) extend_back(cast<Deque>(d), slots[0]);
  return d;
}

}  // namespace py
