// The built-in containers the emitted code builds directly: str, list,
// tuple and range, with their iterators.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// str: UTF-8 bytes; indexing is by code point. A str is immutable: `data`
// may be filled in only before the object is first used, because the
// code-point count and the hash are computed once and cached.
class Str : public HeapObject {
 public:
  explicit Str(std::string data) : HeapObject(&str_type), data(std::move(data)) {}

  std::string repr() const override;
  std::string str() const override { return data; }
  bool truthy() const override { return !data.empty(); }
  int64_t hash() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  // The number of code points: O(n) the first time, then cached.
  size_t len() const override;
  Object getitem(const Object& index) override;
  bool contains(const Object& item) override;

  // All code points are ASCII, so code-point indices are byte indices.
  bool is_ascii() const { return len() == data.size(); }

  std::string data;

 private:
  static constexpr size_t kNotCounted = ~size_t{0};
  mutable size_t length_ = kNotCounted;
  mutable int64_t hash_ = -1;  // -1: not computed yet (never a valid hash)
};

Object new_str(std::string data);
// A str constant of emitted code (the bytes are UTF-8, possibly with NULs).
inline Object str_literal(const char* utf8, size_t size) { return new_str(std::string(utf8, size)); }
inline bool is_str(const Object& o) { return o.is_heap() && o.heap()->type() == &str_type; }
// Python's repr of a str value: quotes chosen and escapes applied as CPython.
std::string str_repr(std::string_view utf8);

class List : public HeapObject {
 public:
  List() : HeapObject(&list_type) {}
  explicit List(std::vector<Object> items) : HeapObject(&list_type), items(std::move(items)) {}

  std::string repr() const override;
  bool truthy() const override { return !items.empty(); }
  int64_t hash() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  size_t len() const override { return items.size(); }
  Object getitem(const Object& index) override;
  void setitem(const Object& index, Object value) override;
  void delitem(const Object& index) override;
  bool contains(const Object& item) override;

  std::vector<Object> items;
};

Object new_list(std::initializer_list<Object> items);
Object new_list(std::vector<Object> items);
// list(iterable)
Object list_from_iterable(const Object& iterable);
// The items iteration of `iterable` produces, in order (list(iterable)'s).
std::vector<Object> collect_items(const Object& iterable);
inline bool is_list(const Object& o) { return o.is_heap() && o.heap()->type() == &list_type; }
void list_append(const Object& list, Object item);
// list.extend(iterable)
void list_extend(const Object& list, const Object& iterable);
// `*iterable` in a call or a list/tuple display: TypeError "Value after *
// must be an iterable, not T" for a value that cannot be iterable.
void require_star_iterable(const Object& iterable);
// list_extend for `[*x]` and `(*x,)`, with that message.
void list_extend_starred(const Object& list, const Object& iterable);

class Tuple : public HeapObject {
 public:
  explicit Tuple(std::vector<Object> items) : HeapObject(&tuple_type), items(std::move(items)) {}
  // An instance of a tuple subtype (a namedtuple's type).
  Tuple(Type* type, std::vector<Object> items) : HeapObject(type), items(std::move(items)) {}

  std::string repr() const override;
  bool truthy() const override { return !items.empty(); }
  int64_t hash() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  size_t len() const override { return items.size(); }
  Object getitem(const Object& index) override;
  bool contains(const Object& item) override;

  std::vector<Object> items;
};

Object new_tuple(std::initializer_list<Object> items);
Object new_tuple(std::vector<Object> items);
inline bool is_tuple(const Object& o) { return o.is_heap() && o.heap()->type() == &tuple_type; }
// A tuple or an instance of a tuple subtype (a namedtuple): a Tuple either
// way, which concatenates, repeats and compares as a tuple.
inline bool is_tuple_like(const Object& o) { return o.is_heap() && o.heap()->type()->is_subtype_of(&tuple_type); }
// A tuple of a list's items (the list is not used afterwards).
Object list_to_tuple(const Object& list);

// range(start, stop, step) over int64 bounds.
class Range : public HeapObject {
 public:
  Range(int64_t start, int64_t stop, int64_t step)
      : HeapObject(&range_type), start(start), stop(stop), step(step) {}

  std::string repr() const override;
  bool truthy() const override { return len() != 0; }
  int eq(const Object& other) const override;
  Object iter() override;
  size_t len() const override;
  Object getitem(const Object& index) override;
  bool contains(const Object& item) override;
  // start, stop, step
  bool get_attribute(const char* name, Object& out) override;
  // The position of an int `value` in the range, or -1: O(1).
  int64_t position(int64_t value) const;

  int64_t start, stop, step;
};

}  // namespace py
