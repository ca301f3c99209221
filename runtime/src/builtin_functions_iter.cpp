// The builtins that iterate: all, any, iter (and its callable_iterator),
// next, enumerate, zip, map, filter, sorted and range. The lazy ones return
// iterator objects that own their source iterators, so a generator inside a
// zip is finalised when the zip goes, as in CPython. reversed() is in
// builtin_functions_reversed.cpp.
#include <cstring>
#include <iterator>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/builtins.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

namespace {

// The base of the iterator objects: iter(it) is it.
class LazyIterator : public HeapObject {
 public:
  using HeapObject::HeapObject;
  Object iter() override { return Object::borrow(this); }
};

// Stores the tuple (a, b) in `out`. Like CPython's enumerate and zip, it
// reuses the tuple `out` already holds when nothing else references it (the
// usual `for i, x in enumerate(...)` loop): no one can tell, and the loop
// then allocates nothing per item.
void store_pair(Object& out, Object a, Object b) {
  if (out.is_heap() && out.heap()->type() == &tuple_type && out.heap()->refcount() == 1) {
    std::vector<Object>& items = cast<Tuple>(out)->items;
    if (items.size() == 2) {
      items[0] = std::move(a);
      items[1] = std::move(b);
      return;
    }
  }
  std::vector<Object> items;
  items.reserve(2);
  items.push_back(std::move(a));
  items.push_back(std::move(b));
  out = make<Tuple>(std::move(items));
}

// enumerate: counts in int64 while it can, then with Python ints, as
// CPython's enum_next switches to en_longindex at PY_SSIZE_T_MAX.
class EnumerateIterator : public LazyIterator {
 public:
  EnumerateIterator(Object source, const Object& start) : LazyIterator(&enumerate_type), source_(std::move(source)) {
    if (start.is_small_int() || start.is_bool()) {
      count_ = start.as_small_int();
    } else {
      big_count_ = start;
    }
  }

  bool next(Object& out) override {
    Object item;
    if (!py::next(source_, item)) return false;
    Object index;
    if (big_count_.is_bound()) {
      index = big_count_;
      big_count_ = add(big_count_, Object::from_int(1));
    } else {
      index = Object::from_int(count_);
      if (count_ == INT64_MAX) {
        big_count_ = add(index, Object::from_int(1));
      } else {
        ++count_;
      }
    }
    store_pair(out, std::move(index), std::move(item));
    return true;
  }

 private:
  Object source_;
  int64_t count_ = 0;
  Object big_count_;  // bound once the count leaves int64
};

class ZipIterator : public LazyIterator {
 public:
  ZipIterator(std::vector<Object> sources, bool strict)
      : LazyIterator(&zip_type), sources_(std::move(sources)), strict_(strict) {}

  bool next(Object& out) override {
    size_t n = sources_.size();
    if (n == 0) return false;
    // All items are fetched before `out` changes: at exhaustion it must
    // still hold the previous tuple (a loop variable keeps its last value).
    constexpr size_t kInline = 4;
    Object inline_items[kInline];
    std::vector<Object> heap_items(n > kInline ? n : 0);
    Object* items = n > kInline ? heap_items.data() : inline_items;
    for (size_t i = 0; i < n; ++i) {
      if (!py::next(sources_[i], items[i])) {
        if (strict_) check_lengths(i);
        return false;
      }
    }
    // Reuse the previous result when nothing else references it, as
    // CPython's zip does (see store_pair).
    if (out.is_heap() && out.heap()->type() == &tuple_type && out.heap()->refcount() == 1 &&
        cast<Tuple>(out)->items.size() == n) {
      std::vector<Object>& reused = cast<Tuple>(out)->items;
      for (size_t i = 0; i < n; ++i) reused[i] = std::move(items[i]);
      return true;
    }
    std::vector<Object> fresh(std::make_move_iterator(items), std::make_move_iterator(items + n));
    out = make<Tuple>(std::move(fresh));
    return true;
  }

 private:
  // zip(strict=True) after argument `i` ran out: the others must too.
  void check_lengths(size_t i) {
    // `argument 1` or `arguments 1-2`, as CPython words it.
    auto others = [](size_t k) { return k == 1 ? " " : "s 1-"; };
    if (i > 0) {
      raise_error(&value_error_type, "zip() argument {} is shorter than argument{}{}", i + 1, others(i), i);
    }
    Object item;
    for (size_t k = 1; k < sources_.size(); ++k) {
      if (py::next(sources_[k], item)) {
        raise_error(&value_error_type, "zip() argument {} is longer than argument{}{}", k + 1, others(k), k);
      }
    }
  }

  std::vector<Object> sources_;
  bool strict_;
};

class MapIterator : public LazyIterator {
 public:
  MapIterator(Object function, std::vector<Object> sources)
      : LazyIterator(&map_type), function_(std::move(function)), sources_(std::move(sources)) {}

  bool next(Object& out) override {
    size_t n = sources_.size();
    // The arguments live in this call's frame, not in the iterator: the
    // function may advance this same map before it is done with them.
    constexpr size_t kInline = 4;
    Object inline_args[kInline];
    std::vector<Object> heap_args(n > kInline ? n : 0);
    Object* arguments = n > kInline ? heap_args.data() : inline_args;
    for (size_t i = 0; i < n; ++i) {
      if (!py::next(sources_[i], arguments[i])) return false;
    }
    out = call(function_, Args(arguments, n));
    return true;
  }

 private:
  Object function_;
  std::vector<Object> sources_;
};

class FilterIterator : public LazyIterator {
 public:
  FilterIterator(Object predicate, Object source)
      : LazyIterator(&filter_type), predicate_(std::move(predicate)), source_(std::move(source)) {
    // filter(None, it) and filter(bool, it) keep the true items themselves.
    by_truth_ = predicate_.is_none() || (predicate_.is_heap() && predicate_.heap() == &bool_type);
  }

  bool next(Object& out) override {
    Object item;
    while (py::next(source_, item)) {
      bool keep = by_truth_ ? py::truthy(item) : py::truthy(call(predicate_, {item}));
      if (keep) {
        out = std::move(item);
        return true;
      }
    }
    return false;
  }

 private:
  Object predicate_;
  Object source_;
  bool by_truth_;
};

// iter(callable, sentinel): calls until the result equals the sentinel or
// the callable raises StopIteration; then it stays exhausted.
class CallableIterator : public LazyIterator {
 public:
  CallableIterator(Object callable, Object sentinel)
      : LazyIterator(&callable_iterator_type), callable_(std::move(callable)), sentinel_(std::move(sentinel)) {}

  bool next(Object& out) override {
    if (!callable_.is_bound()) return false;
    Object result;
    try {
      result = call(callable_, Args());
    } catch (const Raised& raised) {
      if (!isinstance(raised.exception, &stop_iteration_type)) throw;
      finish();
      return false;
    }
    if (sentinel_.is(result) || py::eq(sentinel_, result)) {
      finish();
      return false;
    }
    out = std::move(result);
    return true;
  }

 private:
  void finish() {
    callable_ = Object();
    sentinel_ = Object();
  }

  Object callable_;
  Object sentinel_;
};

// ---------------------------------------------------------------- the builtins

Object builtin_all(const Args& args) {
  expect_one_arg(args, "all");
  Object it = iter(args[0]), item;
  while (next(it, item)) {
    if (!truthy(item)) return False;
  }
  return True;
}

Object builtin_any(const Args& args) {
  expect_one_arg(args, "any");
  Object it = iter(args[0]), item;
  while (next(it, item)) {
    if (truthy(item)) return True;
  }
  return False;
}

Object builtin_iter(const Args& args) {
  check_positional(args, "iter", 1, 2);
  if (args.npos == 1) return iter(args[0]);
  if (!is_callable(args[0])) raise_error(&type_error_type, "iter(v, w): v must be callable");
  return make<CallableIterator>(args[0], args[1]);
}

Object builtin_next(const Args& args) {
  check_positional(args, "next", 1, 2);
  if (args.npos == 1) return next_builtin(args[0]);
  return next_builtin(args[0], args[1]);
}

[[noreturn]] void invalid_keyword(const char* keyword, const char* function) {
  raise_error(&type_error_type, "'{}' is an invalid keyword argument for {}()", keyword, function);
}

Object builtin_enumerate(const Args& args) {
  // CPython's enumerate_vectorcall parses its two arguments by hand: a
  // keyword must be the one expected at its place ("start" first or
  // "iterable" first when both are keywords).
  size_t total = args.npos + args.nkw;
  if (total == 0) raise_error(&type_error_type, "enumerate() missing required argument 'iterable'");
  if (total > 2) raise_error(&type_error_type, "enumerate() takes at most 2 arguments ({} given)", total);
  auto expect_keyword = [&](size_t k, const char* name) {
    if (std::strcmp(args.kw[k].name, name) != 0) invalid_keyword(args.kw[k].name, "enumerate");
  };
  Object slots[2];  // iterable, start
  if (args.nkw == 2) {
    bool start_first = std::strcmp(args.kw[0].name, "start") == 0;
    expect_keyword(0, start_first ? "start" : "iterable");
    expect_keyword(1, start_first ? "iterable" : "start");
    slots[0] = args.kw[start_first ? 1 : 0].value;
    slots[1] = args.kw[start_first ? 0 : 1].value;
  } else if (args.nkw == 1) {
    expect_keyword(0, total == 1 ? "iterable" : "start");
    slots[total - 1] = args.kw[0].value;
    if (total == 2) slots[0] = args[0];
  } else {
    slots[0] = args[0];
    if (total == 2) slots[1] = args[1];
  }
  Object start = slots[1].is_bound() ? slots[1] : Object::from_int(0);
  if (!is_int_like(start)) {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", start.type()->name());
  }
  return make<EnumerateIterator>(iter(slots[0]), start);
}

Object builtin_zip(const Args& args) {
  Object strict;
  if (args.nkw) bind_keywords(Args(nullptr, 0, args.kw, args.nkw), "zip", {"strict"}, 0, &strict);
  std::vector<Object> sources;
  sources.reserve(args.npos);
  for (size_t i = 0; i < args.npos; ++i) sources.push_back(iter(args[i]));
  return make<ZipIterator>(std::move(sources), strict.is_bound() && truthy(strict));
}

Object builtin_map(const Args& args) {
  if (args.nkw) raise_error(&type_error_type, "map() takes no keyword arguments");
  if (args.npos < 2) raise_error(&type_error_type, "map() must have at least two arguments.");
  std::vector<Object> sources;
  sources.reserve(args.npos - 1);
  for (size_t i = 1; i < args.npos; ++i) sources.push_back(iter(args[i]));
  return make<MapIterator>(args[0], std::move(sources));
}

Object builtin_filter(const Args& args) {
  check_positional(args, "filter", 2, 2);
  return make<FilterIterator>(args[0], iter(args[1]));
}

Object builtin_sorted(const Args& args) {
  if (args.npos != 1) raise_error(&type_error_type, "sorted expected 1 argument, got {}", args.npos);
  Object list = list_from_iterable(args[0]);
  list_sort_method(list, Args(nullptr, 0, args.kw, args.nkw));
  return list;
}

Object builtin_range(const Args& args) { return call_type(&range_type, args); }

}  // namespace

namespace bi {
const BuiltinFunctionDef all{"all", builtin_all};
const BuiltinFunctionDef any{"any", builtin_any};
const BuiltinFunctionDef enumerate{"enumerate", builtin_enumerate};
const BuiltinFunctionDef filter{"filter", builtin_filter};
const BuiltinFunctionDef iter{"iter", builtin_iter};
const BuiltinFunctionDef map{"map", builtin_map};
const BuiltinFunctionDef next{"next", builtin_next};
const BuiltinFunctionDef range{"range", builtin_range};
const BuiltinFunctionDef sorted{"sorted", builtin_sorted};
const BuiltinFunctionDef zip{"zip", builtin_zip};
}  // namespace bi

}  // namespace py
