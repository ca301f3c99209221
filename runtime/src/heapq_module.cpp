// The heapq module as CPython 3.11 has it: the list functions of its C
// accelerator _heapq (heappush, heappop, heapify, heapreplace,
// heappushpop, and the private max-heap variants heapq.py uses), and the
// functions heapq.py writes in Python (merge, nsmallest, nlargest).
//
// The sifts are _heapq's, comparison for comparison, with Python's `<` on
// the items (so user classes with __lt__ work, incomparable items raise
// CPython's TypeError at the same point, and ties come out in the same
// order); a list resized by a comparison is CPython's RuntimeError.
// nsmallest and nlargest follow heapq.py step by step (min()/max() for
// n == 1, sorted() when n covers the input, else a heap of (item, order)
// tuples), and are function objects with heapq.py's signatures, so their
// argument errors are a Python function's. merge is heapq.py's generator,
// written as a native generator frame: it is lazy, a real generator (send,
// throw, close, finalisation), keeps its heap of [value, order, iterator]
// lists, and ends with a `yield from` into the last iterator left.
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/slice.hpp"
#include "builtin_functions_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// ---------------------------------------------------------------- sifting

// The heap order: `a` goes above `b` when less(a, b). The min-heap's is
// a < b; the max-heap's (_heapq's *_max functions) is b < a.
using Less = bool (*)(const Object& a, const Object& b);
bool min_less(const Object& a, const Object& b) { return lt(a, b); }
bool max_less(const Object& a, const Object& b) { return lt(b, a); }

std::vector<Object>& items_of(const Object& list) { return cast<List>(list)->items; }

[[noreturn]] void changed_size() { raise_error(&runtime_error_type, "list changed size during iteration"); }

// Moves the item at `pos` up towards `startpos` while it is less than its
// parent (_heapq's siftdown).
void sift_down(const Object& heap, size_t startpos, size_t pos, Less less) {
  std::vector<Object>& items = items_of(heap);
  const size_t size = items.size();
  if (pos >= size) raise_error(&index_error_type, "list index out of range");
  while (pos > startpos) {
    const size_t parentpos = (pos - 1) >> 1;
    // Held while the comparison runs: it may change the list.
    Object item = items[pos], parent = items[parentpos];
    const bool smaller = less(item, parent);
    if (size != items.size()) changed_size();
    if (!smaller) break;
    std::swap(items[parentpos], items[pos]);
    pos = parentpos;
  }
}

// Moves the smaller child up until `pos` is a leaf, then sifts the item
// that was at `pos` back down from there (_heapq's siftup).
void sift_up(const Object& heap, size_t pos, Less less) {
  std::vector<Object>& items = items_of(heap);
  const size_t endpos = items.size();
  const size_t startpos = pos;
  if (pos >= endpos) raise_error(&index_error_type, "list index out of range");
  const size_t limit = endpos >> 1;  // the first position without a child
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      Object left = items[childpos], right = items[childpos + 1];
      if (!less(left, right)) ++childpos;
      if (endpos != items.size()) changed_size();
    }
    std::swap(items[childpos], items[pos]);
    pos = childpos;
  }
  sift_down(heap, startpos, pos, less);
}

// heappop: the top item, the last one moved to the top and sifted.
Object heap_pop(const Object& heap, Less less) {
  std::vector<Object>& items = items_of(heap);
  if (items.empty()) raise_error(&index_error_type, "index out of range");
  Object last = std::move(items.back());
  items.pop_back();
  if (items.empty()) return last;
  Object top = std::move(items[0]);
  items[0] = std::move(last);
  sift_up(heap, 0, less);
  return top;
}

// heapreplace: the top item, `item` sifted in its place.
Object heap_replace(const Object& heap, const Object& item, Less less) {
  std::vector<Object>& items = items_of(heap);
  if (items.empty()) raise_error(&index_error_type, "index out of range");
  Object top = std::move(items[0]);
  items[0] = item;
  sift_up(heap, 0, less);
  return top;
}

// The largest power of two not above n.
size_t keep_top_bit(size_t n) {
  int shift = 0;
  while (n > 1) {
    n >>= 1;
    ++shift;
  }
  return n << shift;
}

// heapify: sift_up on every parent, last first. Beyond 2500 items, in
// _heapq's cache-friendly order (each pair of siblings, then at once their
// parent), which makes the same comparisons and the same heap.
void heap_heapify(const Object& heap, Less less) {
  const size_t n = items_of(heap).size();
  if (n <= 2500) {
    for (size_t i = n >> 1; i-- > 0;) sift_up(heap, i, less);
    return;
  }
  const size_t m = n >> 1;                         // the first childless node
  const size_t leftmost = keep_top_bit(m + 1) - 1;  // the leftmost node in m's row
  const size_t mhalf = m >> 1;                     // the parent of m
  auto sift_with_parents = [&](size_t j) {
    for (;;) {
      sift_up(heap, j, less);
      if (!(j & 1)) break;
      j >>= 1;
    }
  };
  for (size_t i = leftmost; i-- > mhalf;) sift_with_parents(i);
  for (size_t i = m; i-- > leftmost;) sift_with_parents(i);
}

// ---------------------------------------------------------------- the _heapq functions

// `heappush() argument 1 must be list, not tuple` (`argument` alone for
// the one-argument functions).
const Object& list_argument(const Object& heap, const char* name, bool numbered) {
  if (!is_list(heap)) {
    raise_error(&type_error_type, "{}() argument{} must be list, not {}", name, numbered ? " 1" : "",
                heap.type()->name());
  }
  return heap;
}

// The checks of _heapq's two-argument (METH_FASTCALL) functions; the
// one-argument ones are METH_O (expect_one_arg with `_heapq.heappop`).
void heapq_two_args(const Args& args, const char* name) {
  if (args.nkw) raise_error(&type_error_type, "_heapq.{}() takes no keyword arguments", name);
  check_positional(args, name, 2, 2);
}

Object heapq_heappush(const Args& args) {
  heapq_two_args(args, "heappush");
  const Object& heap = list_argument(args[0], "heappush", true);
  items_of(heap).push_back(args[1]);
  sift_down(heap, 0, items_of(heap).size() - 1, min_less);
  return None;
}

Object heapq_heappop(const Args& args) {
  expect_one_arg(args, "_heapq.heappop");
  return heap_pop(list_argument(args[0], "heappop", false), min_less);
}

Object heapq_heapify(const Args& args) {
  expect_one_arg(args, "_heapq.heapify");
  heap_heapify(list_argument(args[0], "heapify", false), min_less);
  return None;
}

Object heapq_heapreplace(const Args& args) {
  heapq_two_args(args, "heapreplace");
  return heap_replace(list_argument(args[0], "heapreplace", true), args[1], min_less);
}

// heappushpop: `item` itself when it is not above the top (or the heap is
// empty), else the top, with `item` sifted in.
Object heapq_heappushpop(const Args& args) {
  heapq_two_args(args, "heappushpop");
  const Object& heap = list_argument(args[0], "heappushpop", true);
  const Object& item = args[1];
  if (items_of(heap).empty()) return item;
  Object top = items_of(heap)[0];
  if (!lt(top, item)) return item;
  return heap_replace(heap, item, min_less);
}

Object heapq_heapify_max(const Args& args) {
  expect_one_arg(args, "_heapq._heapify_max");
  heap_heapify(list_argument(args[0], "_heapify_max", false), max_less);
  return None;
}

Object heapq_heappop_max(const Args& args) {
  expect_one_arg(args, "_heapq._heappop_max");
  return heap_pop(list_argument(args[0], "_heappop_max", false), max_less);
}

Object heapq_heapreplace_max(const Args& args) {
  heapq_two_args(args, "_heapreplace_max");
  return heap_replace(list_argument(args[0], "_heapreplace_max", true), args[1], max_less);
}

// ---------------------------------------------------------------- merge

bool is_stop_iteration(const Raised& raised) { return isinstance(raised.exception, &stop_iteration_type); }

const CodeInfo kMergeCode{"merge", "merge", "<frozen heapq>"};

// heapq.merge(*iterables, key=None, reverse=False) as a generator frame.
// Each heap entry is a list [value, order, iterator], or [key(value),
// order, value, iterator] with a key: `order` (the iterable's position,
// negated for reverse) breaks ties, so equal values come out in the order
// of their iterables and the iterators are never compared.
class MergeGenerator final : public Generator {
 public:
  MergeGenerator(Object iterables, Object key, bool reverse)
      : Generator(kMergeCode), iterables_(std::move(iterables)), key_(std::move(key)), reverse_(reverse),
        less_(reverse ? max_less : min_less) {}

 protected:
  Step resume(ResumeKind kind, Object value) override;
  // As CPython clears the finished frame's locals: the iterables, then the
  // heap (a list drops its items last to first), then the last iterator
  // primed (heapq.py's `it`) and the entry last at the top (`s`), so the
  // streams still held are finalised in CPython's order.
  void clear_frame() override {
    iterables_ = Object();
    key_ = Object();
    if (heap_.is_bound()) {
      std::vector<Object>& entries = items_of(heap_);
      while (!entries.empty()) entries.pop_back();
      heap_ = Object();
    }
    last_primed_ = Object();
    top_ = Object();
  }

 private:
  // The suspension points: the `yield value` of the loop over several
  // iterators, the one before `yield from` the last, and that yield from.
  static constexpr int kYieldedFromHeap = 1;
  static constexpr int kYieldedLast = 2;
  static constexpr int kDelegating = 3;

  bool keyed() const { return !key_.is_none(); }
  std::vector<Object>& entry(size_t i) { return items_of(items_of(heap_)[i]); }
  // The value an entry yields, and the iterator it came from.
  const Object& entry_value(std::vector<Object>& e) { return keyed() ? e[2] : e[0]; }
  const Object& entry_iterator(std::vector<Object>& e) { return keyed() ? e[3] : e[2]; }

  void build_heap();
  void advance_top();

  Object iterables_;  // the tuple of *iterables
  Object key_;
  bool reverse_;
  Less less_;
  Object heap_;  // a list of entries
  Object last_primed_;  // the iterator of the last iterable
  Object top_;          // the entry whose value was yielded last
};

// The first entries: one per iterable that is not empty, in the order
// enumerate(map(iter, iterables)) reaches them, then heapified.
void MergeGenerator::build_heap() {
  heap_ = new_list({});
  const std::vector<Object> iterables = cast<Tuple>(iterables_)->items;
  for (size_t order = 0; order < iterables.size(); ++order) {
    Object it = py::iter(iterables[order]);
    last_primed_ = it;
    Object position = Object::from_int(reverse_ ? -static_cast<int64_t>(order) : static_cast<int64_t>(order));
    try {
      Object first;
      if (!py::next(it, first)) continue;
      if (keyed()) {
        Object k = call(key_, {first});
        list_append(heap_, new_list({std::move(k), std::move(position), std::move(first), std::move(it)}));
      } else {
        list_append(heap_, new_list({std::move(first), std::move(position), std::move(it)}));
      }
    } catch (Raised& raised) {
      // heapq.py's `except StopIteration: pass` also takes one from key().
      if (!is_stop_iteration(raised)) throw;
    }
  }
  heap_heapify(heap_, less_);
}

// After the top entry's value was yielded: its iterator's next value
// replaces it (heapreplace), or, once that iterator is exhausted, the entry
// is popped.
void MergeGenerator::advance_top() {
  Object top = items_of(heap_)[0];
  std::vector<Object>& e = items_of(top);
  try {
    Object value;
    if (!py::next(entry_iterator(e), value)) {
      heap_pop(heap_, less_);
      return;
    }
    if (keyed()) {
      Object k = call(key_, {value});
      e[0] = std::move(k);
      e[2] = std::move(value);
    } else {
      e[0] = std::move(value);
    }
  } catch (Raised& raised) {
    if (!is_stop_iteration(raised)) throw;
    heap_pop(heap_, less_);
    return;
  }
  heap_replace(heap_, top, less_);
}

Step MergeGenerator::resume(ResumeKind kind, Object value) {
  switch (state_) {
    case kCreated:
      build_heap();
      break;
    case kYieldedFromHeap:
      try {
        take_sent(kind, std::move(value));
      } catch (Raised& raised) {
        // A StopIteration thrown in at the yield ends the top iterator, as
        // heapq.py's `except StopIteration` around the yield does.
        if (!is_stop_iteration(raised)) throw;
        heap_pop(heap_, less_);
        break;
      }
      advance_top();
      break;
    case kYieldedLast:
      take_sent(kind, std::move(value));
      yield_from_ = yield_from_iter(entry_iterator(entry(0)));
      kind = ResumeKind::Send;
      value = None;
      [[fallthrough]];
    case kDelegating: {
      Step step = delegate(yield_from_, kind, std::move(value));
      if (step.kind == Step::Kind::Returned) return Step::returned(None);
      state_ = kDelegating;
      return step;
    }
    default:
      break;
  }
  const size_t left = items_of(heap_).size();
  if (left == 0) return Step::returned(None);
  state_ = left > 1 ? kYieldedFromHeap : kYieldedLast;
  top_ = items_of(heap_)[0];
  return Step::yielded(entry_value(entry(0)));
}

Object merge_body(Function&, Object* slots) {
  return make<MergeGenerator>(slots[0], slots[1], truthy(slots[2]));
}

// ---------------------------------------------------------------- nsmallest and nlargest

bool is_type_or_attribute_error(const Raised& raised) {
  return isinstance(raised.exception, &type_error_type) || isinstance(raised.exception, &attribute_error_type);
}

// heapq.py's nsmallest (largest = false) and nlargest: a heap of the n
// best so far, kept as (item, order) or (key, order, item) tuples whose
// top is the worst of them, so ties keep their input order.
Object n_best(const Object& n, const Object& iterable, const Object& key, bool largest) {
  const bool keyed = !key.is_none();
  // n == 1: min() or max(), with a sentinel for an empty input.
  if (eq(n, Object::from_int(1))) {
    Object it = iter(iterable);
    Object sentinel = new_list({});
    const BuiltinFunctionDef& extreme = largest ? bi::max : bi::min;
    Object result = extreme.fn(Args({it}, {{"default", sentinel}, {"key", key}}));
    return result.is(sentinel) ? new_list({}) : new_list({result});
  }
  // When n covers the whole input, sorted() is the answer.
  Object size;
  try {
    size = bi::len.fn({iterable});
  } catch (Raised& raised) {
    if (!is_type_or_attribute_error(raised)) throw;
  }
  if (size.is_bound() && ge(n, size)) {
    Object sorted = largest ? bi::sorted.fn(Args({iterable}, {{"key", key}, {"reverse", True}}))
                            : bi::sorted.fn(Args({iterable}, {{"key", key}}));
    return getitem(sorted, make_slice(Object(), n));
  }
  // The first n items, with their order: range(n) (or range(0, -n, -1))
  // first, so that no item beyond them is taken.
  Object it = iter(iterable);
  Object orders = largest ? bi::range.fn({Object::from_int(0), neg(n), Object::from_int(-1)}) : bi::range.fn({n});
  Object order_it = iter(orders);
  Object result = new_list({});
  Object order, item;
  while (next(order_it, order) && next(it, item)) {
    if (keyed) list_append(result, new_tuple({call(key, {item}), order, item}));
    else list_append(result, new_tuple({item, order}));
  }
  if (items_of(result).empty()) return result;
  // A max-heap for nsmallest (its top is the largest kept), a min-heap for
  // nlargest.
  const Less less = largest ? min_less : max_less;
  heap_heapify(result, less);
  auto top_of = [&result]() { return cast<Tuple>(items_of(result)[0])->items[0]; };
  Object top = top_of();
  order = largest ? neg(n) : n;
  const Object step = Object::from_int(largest ? -1 : 1);
  while (next(it, item)) {
    Object k = keyed ? call(key, {item}) : item;
    if (!(largest ? lt(top, k) : lt(k, top))) continue;
    heap_replace(result, keyed ? new_tuple({k, order, item}) : new_tuple({k, order}), less);
    top = top_of();
    order = add(order, step);
  }
  list_sort(result, None, largest);
  std::vector<Object> out;
  for (const Object& entry : items_of(result)) out.push_back(cast<Tuple>(entry)->items[keyed ? 2 : 0]);
  return new_list(std::move(out));
}

Object nsmallest_body(Function&, Object* slots) { return n_best(slots[0], slots[1], slots[2], false); }
Object nlargest_body(Function&, Object* slots) { return n_best(slots[0], slots[1], slots[2], true); }

const char* const kMergeNames[] = {"key", "reverse"};
const Signature kMergeSignature{"merge", kMergeNames, 0, 0, 2, "iterables", nullptr};
const char* const kNBestNames[] = {"n", "iterable", "key"};
const Signature kNSmallestSignature{"nsmallest", kNBestNames, 0, 3, 0, nullptr, nullptr};
const Signature kNLargestSignature{"nlargest", kNBestNames, 0, 3, 0, nullptr, nullptr};

const BuiltinFunctionDef kFunctions[] = {
    {"heappush", heapq_heappush},         {"heappop", heapq_heappop},
    {"heapify", heapq_heapify},           {"heapreplace", heapq_heapreplace},
    {"heappushpop", heapq_heappushpop},   {"_heapify_max", heapq_heapify_max},
    {"_heappop_max", heapq_heappop_max},  {"_heapreplace_max", heapq_heapreplace_max},
};

}  // namespace

void init_heapq_module(Module& module) {
  for (const BuiltinFunctionDef& def : kFunctions) module.attrs.set(def.name, builtin_object(def));
  module.attrs.set("merge", new_function(&kMergeSignature, merge_body, FunctionParts{{}, {None, False}, {}}));
  module.attrs.set("nsmallest", new_function(&kNSmallestSignature, nsmallest_body, FunctionParts{{None}, {}, {}}));
  module.attrs.set("nlargest", new_function(&kNLargestSignature, nlargest_body, FunctionParts{{None}, {}, {}}));
}

}  // namespace py
