// itertools' lazy iterators over one source: count, cycle, repeat,
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby,
// islice, pairwise, starmap and tee. Each owns its source iterator, so a
// generator inside one is finalised when the itertools object goes. The
// combinatoric ones and zip_longest are in itertools_combinatoric.cpp.
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "itertools_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

namespace {

// chain's type, for `chain.from_iterable`.
class ChainType : public Type {
 public:
  using Type::Type;
  bool get_attribute(const char* name, Object& out) override;
};

}  // namespace

Type count_type("itertools.count", &object_type);
Type cycle_type("itertools.cycle", &object_type);
Type repeat_type("itertools.repeat", &object_type);
Type accumulate_type("itertools.accumulate", &object_type);
ChainType chain_type("itertools.chain", &object_type);
Type compress_type("itertools.compress", &object_type);
Type dropwhile_type("itertools.dropwhile", &object_type);
Type takewhile_type("itertools.takewhile", &object_type);
Type filterfalse_type("itertools.filterfalse", &object_type);
Type groupby_type("itertools.groupby", &object_type);
Type grouper_type("itertools._grouper", &object_type);
Type islice_type("itertools.islice", &object_type);
Type pairwise_type("itertools.pairwise", &object_type);
Type starmap_type("itertools.starmap", &object_type);
Type tee_type("itertools._tee", &object_type);

namespace {

class CountIterator : public LazyIterator {
 public:
  CountIterator(Object start, Object step) : LazyIterator(&count_type), value_(std::move(start)), step_(std::move(step)) {}
  bool next(Object& out) override {
    out = value_;
    value_ = add(value_, step_);
    return true;
  }
  std::string repr() const override {
    if (step_.is_small_int() && step_.as_small_int() == 1) return "count(" + py::repr(value_) + ")";
    return "count(" + py::repr(value_) + ", " + py::repr(step_) + ")";
  }

 private:
  Object value_, step_;
};

class CycleIterator : public LazyIterator {
 public:
  explicit CycleIterator(Object source) : LazyIterator(&cycle_type), source_(std::move(source)) {}
  bool next(Object& out) override {
    if (source_.is_bound()) {
      if (py::next(source_, out)) {
        saved_.push_back(out);
        return true;
      }
      source_ = Object();
    }
    if (saved_.empty()) return false;
    out = saved_[index_];
    index_ = (index_ + 1) % saved_.size();
    return true;
  }

 private:
  Object source_;  // unbound once exhausted
  std::vector<Object> saved_;
  size_t index_ = 0;
};

class RepeatIterator : public LazyIterator {
 public:
  RepeatIterator(Object value, int64_t times) : LazyIterator(&repeat_type), value_(std::move(value)), times_(times) {}
  bool next(Object& out) override {
    if (times_ == 0) return false;
    if (times_ > 0) --times_;
    out = value_;
    return true;
  }
  std::string repr() const override {
    if (times_ < 0) return "repeat(" + py::repr(value_) + ")";
    return "repeat(" + py::repr(value_) + ", " + std::to_string(times_) + ")";
  }

 private:
  Object value_;
  int64_t times_;  // -1: forever
};

class AccumulateIterator : public LazyIterator {
 public:
  AccumulateIterator(Object source, Object func, Object initial)
      : LazyIterator(&accumulate_type), source_(std::move(source)), func_(std::move(func)), total_(std::move(initial)) {}
  bool next(Object& out) override {
    if (total_.is_bound() && !started_) {
      started_ = true;
      out = total_;
      return true;
    }
    started_ = true;
    Object item;
    if (!py::next(source_, item)) return false;
    if (!total_.is_bound()) {
      total_ = std::move(item);
    } else if (func_.is_bound() && !func_.is_none()) {
      total_ = call(func_, {total_, item});
    } else {
      total_ = add(total_, item);
    }
    out = total_;
    return true;
  }

 private:
  Object source_, func_, total_;
  bool started_ = false;
};

// chain(*iterables) iterates a tuple; chain.from_iterable any iterable.
class ChainIterator : public LazyIterator {
 public:
  explicit ChainIterator(Object sources) : LazyIterator(&chain_type), sources_(std::move(sources)) {}
  bool next(Object& out) override {
    while (sources_.is_bound()) {
      if (!active_.is_bound()) {
        Object iterable;
        if (!py::next(sources_, iterable)) {
          sources_ = Object();
          return false;
        }
        active_ = py::iter(iterable);
      }
      if (py::next(active_, out)) return true;
      active_ = Object();
    }
    return false;
  }

 private:
  Object sources_;  // an iterator of iterables; unbound when done
  Object active_;
};

Object chain_from_iterable(const Args& args) {
  expect_positional(args, "from_iterable", 1, 1);
  return make<ChainIterator>(py::iter(args[0]));
}
const BuiltinFunctionDef from_iterable_def{"from_iterable", chain_from_iterable};

class CompressIterator : public LazyIterator {
 public:
  CompressIterator(Object data, Object selectors)
      : LazyIterator(&compress_type), data_(std::move(data)), selectors_(std::move(selectors)) {}
  bool next(Object& out) override {
    Object item, selector;
    while (py::next(data_, item) && py::next(selectors_, selector)) {
      if (py::truthy(selector)) {
        out = std::move(item);
        return true;
      }
    }
    return false;
  }

 private:
  Object data_, selectors_;
};

// dropwhile, takewhile and filterfalse: a predicate over one source.
class PredicateIterator : public LazyIterator {
 public:
  PredicateIterator(Type* type, Object predicate, Object source)
      : LazyIterator(type), predicate_(std::move(predicate)), source_(std::move(source)) {}
  bool next(Object& out) override {
    if (done_) return false;
    Object item;
    while (py::next(source_, item)) {
      if (type() == &dropwhile_type) {
        if (dropping_ && py::truthy(call(predicate_, {item}))) continue;
        dropping_ = false;
        out = std::move(item);
        return true;
      }
      if (type() == &takewhile_type) {
        if (py::truthy(call(predicate_, {item}))) {
          out = std::move(item);
          return true;
        }
        done_ = true;
        return false;
      }
      bool keep = predicate_.is_none() ? py::truthy(item) : py::truthy(call(predicate_, {item}));
      if (!keep) {
        out = std::move(item);
        return true;
      }
    }
    return false;
  }

 private:
  Object predicate_, source_;
  bool dropping_ = true;
  bool done_ = false;
};

// groupby follows CPython's groupby_next/_grouper_next: the groupby holds
// the current key and value; a grouper is live only while it is the
// newest one (`generation`), then reads as exhausted.
class GroupByIterator : public LazyIterator {
 public:
  GroupByIterator(Object source, Object key) : LazyIterator(&groupby_type), source_(std::move(source)), key_(std::move(key)) {}
  bool next(Object& out) override;
  // Advances to the next item; false at exhaustion.
  bool step() {
    Object value;
    if (!py::next(source_, value)) return false;
    Object key = key_.is_none() ? value : call(key_, {value});
    current_value = std::move(value);
    current_key = std::move(key);
    return true;
  }

  Object current_key, current_value, target_key;
  uint64_t generation = 0;

 private:
  Object source_, key_;
};

class Grouper : public LazyIterator {
 public:
  Grouper(Object parent, Object key, uint64_t generation)
      : LazyIterator(&grouper_type), parent_(std::move(parent)), key_(std::move(key)), generation_(generation) {}
  bool next(Object& out) override {
    auto* g = cast<GroupByIterator>(parent_);
    if (g->generation != generation_) return false;
    if (!g->current_value.is_bound() && !g->step()) return false;
    if (!py::eq(key_, g->current_key)) return false;
    out = std::move(g->current_value);
    g->current_value = Object();
    return true;
  }

 private:
  Object parent_, key_;
  uint64_t generation_;
};

bool GroupByIterator::next(Object& out) {
  ++generation;
  for (;;) {
    if (current_key.is_bound()) {
      if (!target_key.is_bound() || !py::eq(target_key, current_key)) break;
    }
    if (!step()) return false;
  }
  target_key = current_key;
  Object grouper = make<Grouper>(Object::borrow(this), target_key, generation);
  out = new_tuple({target_key, grouper});
  return true;
}

class IsliceIterator : public LazyIterator {
 public:
  IsliceIterator(Object source, int64_t start, int64_t stop, int64_t step)
      : LazyIterator(&islice_type), source_(std::move(source)), next_(start), stop_(stop), step_(step) {}
  bool next(Object& out) override {
    if (!source_.is_bound()) return false;
    Object item;
    while (count_ < next_) {
      if (stop_ >= 0 && count_ >= stop_) break;
      if (!py::next(source_, item)) return finish();
      ++count_;
    }
    if (stop_ >= 0 && count_ >= stop_) return finish();
    if (!py::next(source_, out)) return finish();
    ++count_;
    int64_t advanced;
    next_ = __builtin_add_overflow(next_, step_, &advanced) ? INT64_MAX : advanced;
    if (stop_ >= 0 && next_ > stop_) next_ = stop_;
    return true;
  }

 private:
  bool finish() {
    source_ = Object();
    return false;
  }
  Object source_;  // dropped once done, as CPython does
  int64_t count_ = 0, next_, stop_, step_;
};

class PairwiseIterator : public LazyIterator {
 public:
  explicit PairwiseIterator(Object source) : LazyIterator(&pairwise_type), source_(std::move(source)) {}
  bool next(Object& out) override {
    if (!source_.is_bound()) return false;
    if (!old_.is_bound() && !py::next(source_, old_)) return finish();
    Object item;
    if (!py::next(source_, item)) return finish();
    out = new_tuple({old_, item});
    old_ = std::move(item);
    return true;
  }

 private:
  bool finish() {
    source_ = Object();
    old_ = Object();
    return false;
  }
  Object source_, old_;
};

class StarmapIterator : public LazyIterator {
 public:
  StarmapIterator(Object func, Object source) : LazyIterator(&starmap_type), func_(std::move(func)), source_(std::move(source)) {}
  bool next(Object& out) override {
    Object item;
    if (!py::next(source_, item)) return false;
    if (is_tuple(item)) {  // the usual case: no copy of the arguments
      const std::vector<Object>& v = cast<Tuple>(item)->items;
      out = call(func_, Args(v.data(), v.size()));
      return true;
    }
    std::vector<Object> v = collect_items(item);
    out = call(func_, Args(v.data(), v.size()));
    return true;
  }

 private:
  Object func_, source_;
};

// tee: the iterators share a linked list of chunks of items read from the
// source (CPython's teedataobject); a chunk is freed once every tee has
// moved past it.
constexpr size_t kTeeChunk = 57;

class TeeChunk : public HeapObject {
 public:
  explicit TeeChunk(Object source) : HeapObject(&iterator_type), source(std::move(source)) {}
  ~TeeChunk() override {
    // Unlink iteratively: a long chain must not recurse in destructors.
    Object link = std::move(next);
    while (link.is_bound() && link.heap()->refcount() == 1) {
      Object after = std::move(cast<TeeChunk>(link)->next);
      link = std::move(after);
    }
  }
  Object source;
  std::vector<Object> values;
  Object next;
};

class TeeIterator : public LazyIterator {
 public:
  TeeIterator(Object chunk, size_t index) : LazyIterator(&tee_type), chunk_(std::move(chunk)), index_(index) {}
  bool next(Object& out) override {
    auto* c = cast<TeeChunk>(chunk_);
    if (index_ == kTeeChunk) {
      if (!c->next.is_bound()) c->next = make<TeeChunk>(c->source);
      chunk_ = c->next;
      index_ = 0;
      c = cast<TeeChunk>(chunk_);
    }
    if (index_ < c->values.size()) {
      out = c->values[index_++];
      return true;
    }
    Object keep = chunk_;
    if (!py::next(c->source, out)) return false;
    // Another tee may have read (and stored) ahead during that call.
    if (index_ < c->values.size()) {
      out = c->values[index_++];
      return true;
    }
    if (c->values.size() >= kTeeChunk) return false;
    c->values.push_back(out);
    ++index_;
    return true;
  }
  Object copy() { return make<TeeIterator>(chunk_, index_); }

 private:
  Object chunk_;
  size_t index_;
};

// ---- constructors

Object new_count(const Args& args) {
  Object slots[2];
  bind_args(args, "count", {"start", "step"}, 0, slots);
  Object start = slots[0].is_bound() ? slots[0] : Object::from_int(0);
  Object step = slots[1].is_bound() ? slots[1] : Object::from_int(1);
  auto numeric = [](const Object& o) { return o.is_small_int() || o.is_bool() || o.is_float() || is_int(o); };
  if (!numeric(start) || !numeric(step)) raise_error(&type_error_type, "a number is required");
  return make<CountIterator>(start, step);
}

Object new_repeat(const Args& args) {
  Object slots[2];
  bind_args(args, "repeat", {"object", "times"}, 0, slots);
  if (!slots[0].is_bound()) raise_error(&type_error_type, "repeat() missing required argument 'object' (pos 1)");
  int64_t times = -1;
  if (slots[1].is_bound()) {
    times = ssize_argument(slots[1]);
    if (times < 0) times = 0;
  }
  return make<RepeatIterator>(slots[0], times);
}

Object new_accumulate(const Args& args) {
  Object slots[3];
  bind_args(args, "accumulate", {"iterable", "func", "initial"}, 1, slots);
  Object initial = slots[2].is_bound() && !slots[2].is_none() ? slots[2] : Object();
  return make<AccumulateIterator>(py::iter(slots[0]), slots[1], initial);
}

// An islice bound: None or an int in 0..sys.maxsize, else ValueError.
int64_t islice_bound(const Object& o, int64_t none_value, const char* message) {
  if (o.is_none()) return none_value;
  if ((o.is_small_int() || o.is_bool()) && o.as_small_int() >= 0) return o.as_small_int();
  raise_error(&value_error_type, "{}", message);
}

Object new_islice(const Args& args) {
  expect_positional(args, "islice", 2, 4);
  const char* stop_message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const char* start_message = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  if (args.npos == 2) {
    stop = islice_bound(args[1], -1, stop_message);
  } else {
    start = islice_bound(args[1], 0, start_message);
    stop = islice_bound(args[2], -1, stop_message);
    if (args.npos == 4) {
      const Object& s = args[3];
      if (!s.is_none()) {
        if (!(s.is_small_int() || s.is_bool()) || s.as_small_int() < 1) {
          raise_error(&value_error_type, "Step for islice() must be a positive integer or None.");
        }
        step = s.as_small_int();
      }
    }
  }
  return make<IsliceIterator>(py::iter(args[0]), start, stop, step);
}

Object new_tee(const Args& args) {
  expect_positional(args, "tee", 1, 2);
  int64_t n = args.npos == 2 ? ssize_argument(args[1]) : 2;
  if (n < 0) raise_error(&value_error_type, "n must be >= 0");
  std::vector<Object> tees;
  if (n == 0) return new_tuple(std::move(tees));
  Object first = make<TeeIterator>(make<TeeChunk>(py::iter(args[0])), 0);
  tees.push_back(first);
  for (int64_t i = 1; i < n; ++i) tees.push_back(cast<TeeIterator>(first)->copy());
  return new_tuple(std::move(tees));
}

const BuiltinFunctionDef tee_def{"tee", new_tee};

bool ChainType::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "from_iterable") != 0) return Type::get_attribute(name, out);
  out = builtin_object(from_iterable_def);
  return true;
}

}  // namespace

Object itertools_construct_basic(Type* type, const Args& args) {
  if (type == &count_type) return new_count(args);
  if (type == &repeat_type) return new_repeat(args);
  if (type == &accumulate_type) return new_accumulate(args);
  if (type == &islice_type) return new_islice(args);
  if (type == &chain_type) {
    expect_positional(args, "chain", 0, args.npos);
    return make<ChainIterator>(py::iter(new_tuple(std::vector<Object>(args.pos, args.pos + args.npos))));
  }
  if (type == &cycle_type) {
    expect_positional(args, "cycle", 1, 1);
    return make<CycleIterator>(py::iter(args[0]));
  }
  if (type == &compress_type) {
    Object slots[2];
    bind_args(args, "compress", {"data", "selectors"}, 2, slots);
    return make<CompressIterator>(py::iter(slots[0]), py::iter(slots[1]));
  }
  if (type == &dropwhile_type || type == &takewhile_type || type == &filterfalse_type) {
    expect_positional(args, type->name() + std::strlen("itertools."), 2, 2);
    return make<PredicateIterator>(type, args[0], py::iter(args[1]));
  }
  if (type == &groupby_type) {
    Object slots[2];
    bind_args(args, "groupby", {"iterable", "key"}, 1, slots);
    return make<GroupByIterator>(py::iter(slots[0]), slots[1].is_bound() ? slots[1] : None);
  }
  if (type == &pairwise_type) {
    expect_positional(args, "pairwise", 1, 1);
    return make<PairwiseIterator>(py::iter(args[0]));
  }
  if (type == &starmap_type) {
    expect_positional(args, "starmap", 2, 2);
    return make<StarmapIterator>(args[0], py::iter(args[1]));
  }
  return Object();
}

void itertools_register_basic(Module& module) {
  Type* types[] = {&count_type,       &cycle_type,       &repeat_type,      &accumulate_type,
                   &chain_type,       &compress_type,    &dropwhile_type,   &takewhile_type,
                   &filterfalse_type, &groupby_type,     &islice_type,      &pairwise_type,
                   &starmap_type};
  for (Type* t : types) module.attrs.set(t->name() + std::strlen("itertools."), type_object(*t));
  module.attrs.set("tee", builtin_object(tee_def));
}

}  // namespace py
