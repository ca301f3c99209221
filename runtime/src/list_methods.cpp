// The methods of list (besides append, in sequence.cpp) and of tuple, with
// CPython's argument checks and messages. Searches index the vector afresh
// at every step, because `==` may run code that changes the list.
#include <algorithm>
#include <vector>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

namespace {

std::vector<Object>& items_of(const Object& list) { return cast<List>(list)->items; }

// PyObject_RichCompareBool(item, value, Py_EQ): identity first.
bool same_or_equal(const Object& item, const Object& value) { return item.is(value) || eq(item, value); }

// The start/stop of index(): any int (huge ones clamp), not None
// (_PyEval_SliceIndexNotNone).
int64_t search_bound(const Object& o) {
  if (o.is_small_int() || o.is_bool()) return o.as_small_int();
  if (is_int(o)) return mpz_sgn(cast<BigInt>(o)->value) < 0 ? INT64_MIN : INT64_MAX;
  raise_error(&type_error_type, "slice indices must be integers or have an __index__ method");
}

// The [start, stop) window of list.index()/tuple.index() over `size` items.
void search_window(const Args& args, size_t size, int64_t& start, int64_t& stop) {
  auto n = static_cast<int64_t>(size);
  start = args.npos > 1 ? search_bound(args[1]) : 0;
  stop = args.npos > 2 ? search_bound(args[2]) : INT64_MAX;
  if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + n, 0);
}

}  // namespace

void list_extend(const Object& list, const Object& iterable) {
  // A list or tuple is copied first, so that `a.extend(a)` doubles `a`.
  if (is_list(iterable) || is_tuple(iterable)) {
    std::vector<Object> added = is_list(iterable) ? items_of(iterable) : cast<Tuple>(iterable)->items;
    std::vector<Object>& items = items_of(list);
    items.insert(items.end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    return;
  }
  Object it = iter(iterable), item;
  while (next(it, item)) items_of(list).push_back(std::move(item));
}

Object list_to_tuple(const Object& list) { return new_tuple(std::move(items_of(list))); }

Object list_extend_method(const Object& self, const Args& args) {
  expect_one_arg(args, "list.extend");
  list_extend(self, args[0]);
  return None;
}

Object list_insert_method(const Object& self, const Args& args) {
  expect_no_keywords(args, "list.insert");
  check_positional(args, "insert", 2, 2);
  int64_t where = ssize_argument(args[0]);
  std::vector<Object>& items = items_of(self);
  auto n = static_cast<int64_t>(items.size());
  if (where < 0) where = std::max<int64_t>(where + n, 0);
  if (where > n) where = n;
  items.insert(items.begin() + where, args[1]);
  return None;
}

Object list_pop_method(const Object& self, const Args& args) {
  expect_no_keywords(args, "list.pop");
  check_positional(args, "pop", 0, 1);
  int64_t index = args.npos ? ssize_argument(args[0]) : -1;
  std::vector<Object>& items = items_of(self);
  if (items.empty()) raise_error(&index_error_type, "pop from empty list");
  auto n = static_cast<int64_t>(items.size());
  if (index < 0) index += n;
  if (index < 0 || index >= n) raise_error(&index_error_type, "pop index out of range");
  Object item = std::move(items[static_cast<size_t>(index)]);
  items.erase(items.begin() + index);
  return item;
}

Object list_remove_method(const Object& self, const Args& args) {
  expect_one_arg(args, "list.remove");
  for (size_t i = 0; i < items_of(self).size(); ++i) {
    Object item = items_of(self)[i];
    if (!same_or_equal(item, args[0])) continue;
    std::vector<Object>& items = items_of(self);
    // `==` may have shrunk the list: CPython deletes the slice [i:i+1].
    if (i < items.size()) {
      Object removed = std::move(items[i]);
      items.erase(items.begin() + static_cast<ptrdiff_t>(i));
    }
    return None;
  }
  raise_error(&value_error_type, "list.remove(x): x not in list");
}

Object list_index_method(const Object& self, const Args& args) {
  expect_no_keywords(args, "list.index");
  check_positional(args, "index", 1, 3);
  int64_t start, stop;
  search_window(args, items_of(self).size(), start, stop);
  for (int64_t i = start; i < stop && static_cast<size_t>(i) < items_of(self).size(); ++i) {
    Object item = items_of(self)[static_cast<size_t>(i)];
    if (same_or_equal(item, args[0])) return Object::from_int(i);
  }
  raise_error(&value_error_type, "{} is not in list", repr(args[0]));
}

Object list_count_method(const Object& self, const Args& args) {
  expect_one_arg(args, "list.count");
  int64_t count = 0;
  for (size_t i = 0; i < items_of(self).size(); ++i) {
    Object item = items_of(self)[i];
    count += same_or_equal(item, args[0]);
  }
  return Object::from_int(count);
}

Object list_clear_method(const Object& self, const Args& args) {
  expect_no_args(args, "list.clear");
  // The list is empty before any item's finaliser can look at it.
  std::vector<Object> garbage;
  garbage.swap(items_of(self));
  return None;
}

Object list_copy_method(const Object& self, const Args& args) {
  expect_no_args(args, "list.copy");
  return new_list(items_of(self));
}

Object list_reverse_method(const Object& self, const Args& args) {
  expect_no_args(args, "list.reverse");
  std::reverse(items_of(self).begin(), items_of(self).end());
  return None;
}

Object list_sort_method(const Object& self, const Args& args) {
  if (args.npos) raise_error(&type_error_type, "sort() takes no positional arguments");
  Object options[2];
  bind_keywords(args, "sort", {"key", "reverse"}, 0, options);
  bool reverse = options[1].is_bound() && int_argument(options[1]) != 0;
  list_sort(self, options[0], reverse);
  return None;
}

Object tuple_index_method(const Object& self, const Args& args) {
  expect_no_keywords(args, "tuple.index");
  check_positional(args, "index", 1, 3);
  const std::vector<Object>& items = cast<Tuple>(self)->items;
  int64_t start, stop;
  search_window(args, items.size(), start, stop);
  for (int64_t i = start; i < stop && static_cast<size_t>(i) < items.size(); ++i) {
    if (same_or_equal(items[static_cast<size_t>(i)], args[0])) return Object::from_int(i);
  }
  raise_error(&value_error_type, "tuple.index(x): x not in tuple");
}

Object tuple_count_method(const Object& self, const Args& args) {
  expect_one_arg(args, "tuple.count");
  int64_t count = 0;
  for (const Object& item : cast<Tuple>(self)->items) count += same_or_equal(item, args[0]);
  return Object::from_int(count);
}

// range.index and range.count: arithmetic for an int (or bool), else a
// search by == over the items, as CPython's range_index/range_count.
Object range_index_method(const Object& self, const Args& args) {
  expect_one_arg(args, "range.index");
  const Range* r = cast<Range>(self);
  const Object& value = args[0];
  if (value.is_small_int() || value.is_bool()) {
    int64_t at = r->position(value.as_small_int());
    if (at < 0) raise_error(&value_error_type, "{} is not in range", repr(value));
    return Object::from_int(at);
  }
  Object it = iter(self), item;
  for (int64_t i = 0; next(it, item); ++i) {
    if (same_or_equal(item, value)) return Object::from_int(i);
  }
  raise_error(&value_error_type, "sequence.index(x): x not in sequence");
}

Object range_count_method(const Object& self, const Args& args) {
  expect_one_arg(args, "range.count");
  const Range* r = cast<Range>(self);
  const Object& value = args[0];
  if (value.is_small_int() || value.is_bool()) return Object::from_int(r->position(value.as_small_int()) >= 0);
  int64_t count = 0;
  Object it = iter(self), item;
  while (next(it, item)) count += same_or_equal(item, value);
  return Object::from_int(count);
}

}  // namespace py
