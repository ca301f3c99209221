// reversed(): CPython's reverse iterators for each kind of sequence, with
// their behaviour when the sequence changes underneath: list_reverseiterator
// (re-checks the list's length), `reversed` over tuple, str and bytes, the
// range_iterator of a reversed range, and the dict reverse iterators (which
// raise when the dict changes size).
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py {

namespace {

class ReverseIteratorBase : public HeapObject {
 public:
  using HeapObject::HeapObject;
  Object iter() override { return Object::borrow(this); }
};

// listreviter_next: the index is checked against the list's current
// length at every step, so a shrinking list ends the iteration early.
class ListReverseIterator : public ReverseIteratorBase {
 public:
  explicit ListReverseIterator(Object list)
      : ReverseIteratorBase(&list_reverseiterator_type), list_(std::move(list)) {
    index_ = static_cast<int64_t>(cast<List>(list_)->items.size()) - 1;
  }

  bool next(Object& out) override {
    if (!list_.is_bound()) return false;
    const std::vector<Object>& items = cast<List>(list_)->items;
    if (index_ >= 0 && static_cast<size_t>(index_) < items.size()) {
      out = items[static_cast<size_t>(index_--)];
      return true;
    }
    index_ = -1;
    list_ = Object();
    return false;
  }

 private:
  Object list_;
  int64_t index_;
};

// The `reversed` type: seq[len-1], seq[len-2], ... until an IndexError.
// A tuple is read directly and a str is walked back over its UTF-8 (both
// are immutable); a bytearray or an instance goes through indexing.
class ReversedIterator : public ReverseIteratorBase {
 public:
  explicit ReversedIterator(Object seq) : ReverseIteratorBase(&reversed_type), seq_(std::move(seq)) {
    index_ = is_str(seq_) ? static_cast<int64_t>(cast<Str>(seq_)->data.size()) : static_cast<int64_t>(seq_.heap()->len());
    // For a str the index is a byte offset just past the next code point.
    if (!is_str(seq_)) --index_;
  }

  bool next(Object& out) override {
    if (!seq_.is_bound()) return false;
    if (is_str(seq_)) return next_char(out);
    if (index_ >= 0) {
      if (isinstance(seq_, &tuple_type)) {
        out = cast<Tuple>(seq_)->items[static_cast<size_t>(index_--)];
        return true;
      }
      try {
        out = py::getitem(seq_, Object::from_int(index_));
        --index_;
        return true;
      } catch (const Raised& raised) {
        if (!isinstance(raised.exception, &index_error_type) && !isinstance(raised.exception, &stop_iteration_type)) {
          throw;
        }
      }
    }
    finish();
    return false;
  }

 private:
  bool next_char(Object& out) {
    const std::string& data = cast<Str>(seq_)->data;
    if (index_ <= 0) {
      finish();
      return false;
    }
    auto start = static_cast<size_t>(index_ - 1);
    while (start > 0 && unicode::is_continuation(static_cast<unsigned char>(data[start]))) --start;
    size_t i = start;
    out = str_char(unicode::decode_utf8(data, i));
    index_ = static_cast<int64_t>(start);
    return true;
  }

  void finish() {
    index_ = -1;
    seq_ = Object();
  }

  Object seq_;
  int64_t index_;
};

// reversed(range(...)): the same items from the last one down. The
// forward iterator of sequence.cpp is a range_iterator too.
class RangeReverseIterator : public ReverseIteratorBase {
 public:
  explicit RangeReverseIterator(const Range& r) : ReverseIteratorBase(&range_iterator_type), step_(r.step), remaining_(r.len()) {
    // The last item is start + (len-1)*step, which lies in the range and so
    // fits int64; the product may not, hence the 128-bit arithmetic.
    __extension__ using Int128 = __int128;
    if (remaining_ != 0) {
      next_ = static_cast<int64_t>(static_cast<Int128>(r.start) +
                                   static_cast<Int128>(remaining_ - 1) * static_cast<Int128>(r.step));
    }
  }

  bool next(Object& out) override {
    if (remaining_ == 0) return false;
    out = Object::from_int(next_);
    // The item after the first one would leave int64 only past the end.
    if (--remaining_ != 0) next_ -= step_;
    return true;
  }

 private:
  int64_t next_ = 0;
  int64_t step_;
  size_t remaining_;
};

// dictreviter_iternext: from the last entry down, skipping deleted ones;
// a change of size raises (and keeps raising).
class DictReverseIterator : public ReverseIteratorBase {
 public:
  DictReverseIterator(Type* type, Object dict) : ReverseIteratorBase(type), dict_(std::move(dict)) {
    const Dict* d = cast<Dict>(dict_);
    used_ = d->size();
    position_ = static_cast<int64_t>(d->entries().size()) - 1;
  }

  bool next(Object& out) override {
    if (!dict_.is_bound()) return false;
    const Dict* d = cast<Dict>(dict_);
    if (used_ != d->size()) {
      used_ = kBroken;
      raise_error(&runtime_error_type, "dictionary changed size during iteration");
    }
    const std::vector<DictEntry>& entries = d->entries();
    int64_t i = position_;
    // A rebuilt table may hold fewer entries than when we started.
    if (i >= static_cast<int64_t>(entries.size())) i = static_cast<int64_t>(entries.size()) - 1;
    while (i >= 0 && !entries[static_cast<size_t>(i)].key.is_bound()) --i;
    if (i < 0) {
      dict_ = Object();
      return false;
    }
    const DictEntry& entry = entries[static_cast<size_t>(i)];
    position_ = i - 1;
    if (type() == &dict_reversekeyiterator_type) {
      out = entry.key;
    } else if (type() == &dict_reversevalueiterator_type) {
      out = entry.value;
    } else {
      out = new_tuple({entry.key, entry.value});
    }
    return true;
  }

 private:
  static constexpr size_t kBroken = ~size_t{0};
  Object dict_;
  size_t used_;
  int64_t position_;
};

Object builtin_reversed(const Args& args) {
  check_positional(args, "reversed", 1, 1);
  const Object& seq = args[0];
  if (is_list(seq)) return make<ListReverseIterator>(seq);
  // A tuple subtype (a namedtuple's instances) reverses as a tuple.
  if (isinstance(seq, &tuple_type) || is_str(seq) || is_bytes_like(seq)) return make<ReversedIterator>(seq);
  if (seq.is_heap()) {
    Type* type = seq.heap()->type();
    if (type == &range_type) return make<RangeReverseIterator>(*cast<Range>(seq));
    if (is_dict(seq)) return make<DictReverseIterator>(&dict_reversekeyiterator_type, seq);
    if (type == &dict_keys_type) return make<DictReverseIterator>(&dict_reversekeyiterator_type, cast<DictView>(seq)->dict);
    if (type == &dict_values_type) {
      return make<DictReverseIterator>(&dict_reversevalueiterator_type, cast<DictView>(seq)->dict);
    }
    if (type == &dict_items_type) {
      return make<DictReverseIterator>(&dict_reverseitemiterator_type, cast<DictView>(seq)->dict);
    }
  }
  if (is_instance_object(seq)) {
    // reversed_new: __reversed__ if the class has one (None opts out),
    // else the sequence protocol, __getitem__ from index len()-1 down.
    Type* type = seq.type();
    if (const Object* method = class_lookup(type, "__reversed__")) {
      if (!method->is_none()) return call_special(seq, "__reversed__", Args());
    } else if (class_lookup(type, "__getitem__")) {
      return make<ReversedIterator>(seq);
    }
  }
  // A runtime type with its own reverse iterator (deque).
  if (Object r = table_special(seq, "__reversed__", Args()); r.is_bound()) return r;
  raise_error(&type_error_type, "'{}' object is not reversible", seq.type()->name());
}

}  // namespace

namespace bi {
const BuiltinFunctionDef reversed{"reversed", builtin_reversed};
}  // namespace bi

}  // namespace py
