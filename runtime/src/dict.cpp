// dict: CPython 3.11's combined-table dict (dictobject.c): an entries array
// in insertion order plus an index table probed with the perturbation
// scheme, sized, grown, cloned and merged as CPython does it; the slots,
// construction (`dict(...)`, fromkeys), update and `|`. Views, iterators and
// the method table are in dict_methods.cpp.
#include <algorithm>
#include <new>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/set.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"
#include "hash_tables.hpp"

namespace py {

namespace {

// Index table markers (DKIX_EMPTY, DKIX_DUMMY).
constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr unsigned kLog2MinSize = 3;  // PyDict_LOG_MINSIZE
constexpr unsigned kPerturbShift = 5;

// USABLE_FRACTION: a table of n slots holds at most 2n/3 entries.
size_t usable_fraction(size_t n) { return (n << 1) / 3; }

// calculate_log2_keysize, bit for bit: at least 8 slots, and 2**k slots
// for minsize in (2**(k-1), 2**k), but twice that for a minsize of exactly
// 2**k >= 16 (which CPython's own sizes show).
unsigned log2_keysize(size_t minsize) {
  size_t bits = ((minsize | 8) - 1) | 7;
  return static_cast<unsigned>(64 - __builtin_clzll(bits));
}

// estimate_log2_keysize: a table with room for n entries.
unsigned estimate_log2_keysize(size_t n) { return log2_keysize((n * 3 + 1) / 2); }

[[noreturn]] void raise_key_error(const Object& key) {
  raise(make<ExceptionObject>(&key_error_type, new_tuple({key})));
}

}  // namespace

struct Dict::Slot {
  size_t pos;  // where the probe stopped in the index table
  int64_t ix;  // the entry found, or kEmpty
};

Dict::Dict() : Dict(&dict_type) {}

// A new dict has CPython's shared empty keys: one index slot, no room;
// the first insertion builds a table of 8.
Dict::Dict(Type* type) : HeapObject(type), indices_(small_indices_) { small_indices_[0] = kEmpty; }

Dict::~Dict() = default;

// The lookup of dictobject.c: a `==` that rebuilt the table or replaced
// the entry (it may run user code) restarts the search.
Dict::Slot Dict::lookup(const Object& key, int64_t hash) {
  for (;;) {
    size_t mask = mask_;
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
      int32_t ix = indices_[i];
      if (ix == kEmpty) return {i, kEmpty};
      if (ix >= 0) {
        const DictEntry& e = entries_[static_cast<size_t>(ix)];
        if (e.key.is(key)) return {i, ix};
        if (e.hash == hash) {
          Object startkey = e.key;
          uint64_t version = version_;
          bool equal = py::eq(startkey, key);
          auto index = static_cast<size_t>(ix);
          if (version != version_ || index >= entries_.size() || !entries_[index].key.is(startkey)) break;
          if (equal) return {i, ix};
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

// find_empty_slot: the first index slot along `hash`'s probe sequence that
// holds no entry (empty or dummy).
size_t Dict::find_empty_slot(int64_t hash) const {
  size_t mask = mask_;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (indices_[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

void Dict::set_indices(size_t size) {
  if (size <= std::size(small_indices_)) {
    big_indices_.reset();
    indices_ = small_indices_;
  } else {
    big_indices_.reset(new int32_t[size]);
    indices_ = big_indices_.get();
  }
  std::fill_n(indices_, size, kEmpty);
  mask_ = size - 1;
}

// dictresize: a table of 2**log2_size slots, the entries compacted (the
// holes of deleted items dropped) and indexed afresh.
void Dict::resize(unsigned log2_size, bool unicode) {
  if (log2_size > 31) throw std::bad_alloc();
  unicode_ = unicode_ && unicode;
  size_t size = size_t{1} << log2_size;
  std::vector<DictEntry> old = std::move(entries_);
  entries_ = std::vector<DictEntry>();
  entries_.reserve(usable_fraction(size));
  for (DictEntry& e : old) {
    if (e.key.is_bound()) entries_.push_back(std::move(e));
  }
  set_indices(size);
  for (size_t k = 0; k < entries_.size(); ++k) indices_[find_empty_slot(entries_[k].hash)] = static_cast<int32_t>(k);
  usable_ = usable_fraction(size) - used_;
  ++version_;
}

void Dict::resize_for(size_t n, bool unicode) { resize(estimate_log2_keysize(n), unicode); }

void Dict::presize(size_t n, bool unicode) {
  // dict_new_presized: small ones keep the empty keys; big ones are capped
  // at 2**17 slots.
  constexpr unsigned kLog2MaxPresize = 17;
  if (n <= usable_fraction(size_t{1} << kLog2MinSize)) return;
  if (n > usable_fraction(size_t{1} << kLog2MaxPresize)) {
    resize(kLog2MaxPresize, unicode);
    return;
  }
  resize_for(n, unicode);
}

void Dict::clone_from(const Dict& other) {
  entries_.clear();
  entries_.reserve(usable_fraction(other.mask_ + 1));
  entries_.insert(entries_.end(), other.entries_.begin(), other.entries_.end());
  set_indices(other.mask_ + 1);
  std::copy_n(other.indices_, other.mask_ + 1, indices_);
  used_ = other.used_;
  usable_ = other.usable_;
  unicode_ = other.unicode_;
  ++version_;
}

const Object* Dict::find(const Object& key, int64_t hash) {
  Slot s = lookup(key, hash);
  return s.ix < 0 ? nullptr : &entries_[static_cast<size_t>(s.ix)].value;
}

// insertdict: a new key is appended to the entries; when no room is left
// the table is rebuilt for three times the live items (GROWTH_RATE). The
// empty keys become a table of 8 of the first key's kind
// (insert_to_emptydict); the first key that is not an exact str rebuilds a
// str-only table as a general one.
void Dict::insert(Object key, int64_t hash, Object value) {
  if (mask_ == 0) {
    unicode_ = true;
    resize(kLog2MinSize, is_str(key));
  } else if (unicode_ && !is_str(key)) {
    resize(log2_keysize(used_ * 3), false);
  }
  Slot s = lookup(key, hash);
  if (s.ix >= 0) {
    // The old value goes after the dict is consistent (its release may run code).
    Object old = std::move(entries_[static_cast<size_t>(s.ix)].value);
    entries_[static_cast<size_t>(s.ix)].value = std::move(value);
    return;
  }
  if (usable_ == 0) resize(log2_keysize(used_ * 3), true);
  indices_[find_empty_slot(hash)] = static_cast<int32_t>(entries_.size());
  entries_.push_back(DictEntry{std::move(key), std::move(value), hash});
  ++used_;
  --usable_;
}

// delitem_common: the entry becomes a hole and its index a dummy; no room
// is given back until the next rebuild.
bool Dict::erase(const Object& key, int64_t hash, Object* value) {
  Slot s = lookup(key, hash);
  if (s.ix < 0) return false;
  DictEntry& e = entries_[static_cast<size_t>(s.ix)];
  Object old_key = std::move(e.key);
  Object old_value = std::move(e.value);
  indices_[s.pos] = kDummy;
  --used_;
  if (value != nullptr) *value = std::move(old_value);
  return true;
}

// dict_popitem: the last live entry; the entries array is cut back to it.
bool Dict::pop_last(Object& key, Object& value) {
  if (used_ == 0) return false;
  size_t i = entries_.size() - 1;
  while (!entries_[i].key.is_bound()) --i;
  // lookdict_index: the index slot that points at entry i.
  size_t mask = mask_;
  size_t perturb = static_cast<size_t>(entries_[i].hash);
  size_t j = static_cast<size_t>(entries_[i].hash) & mask;
  while (indices_[j] != static_cast<int32_t>(i)) {
    perturb >>= kPerturbShift;
    j = (j * 5 + perturb + 1) & mask;
  }
  indices_[j] = kDummy;
  key = std::move(entries_[i].key);
  value = std::move(entries_[i].value);
  entries_.resize(i);
  --used_;
  return true;
}

// PyDict_Clear: back to the empty keys before any item is released.
void Dict::clear() {
  std::vector<DictEntry> old = std::move(entries_);
  std::unique_ptr<int32_t[]> old_indices = std::move(big_indices_);
  entries_ = std::vector<DictEntry>();
  indices_ = small_indices_;
  small_indices_[0] = kEmpty;
  mask_ = 0;
  used_ = 0;
  usable_ = 0;
  unicode_ = true;
  ++version_;
}

// ---------------------------------------------------------------- slots

std::string Dict::repr() const {
  if (used_ == 0) return "{}";
  return guarded_repr(this, "{...}", [&] {
    std::string out = "{";
    bool first = true;
    // By index: a repr may run code that changes the dict.
    for (size_t i = 0; i < entries_.size(); ++i) {
      if (!entries_[i].key.is_bound()) continue;
      Object key = entries_[i].key, value = entries_[i].value;
      if (!first) out += ", ";
      first = false;
      out += py::repr(key);
      out += ": ";
      out += py::repr(value);
    }
    return out + "}";
  });
}

int64_t Dict::hash() const { raise_error(&type_error_type, "unhashable type: '{}'", type()->name()); }

// dict_equal: the same size, and every key of one maps to an equal value
// in the other.
int Dict::eq(const Object& other) const {
  if (!is_dict(other)) return -1;
  Dict* b = cast<Dict>(other);
  if (used_ != b->used_) return 0;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (!entries_[i].key.is_bound()) continue;
    Object key = entries_[i].key, aval = entries_[i].value;
    const Object* found = b->find(key, entries_[i].hash);
    if (found == nullptr) return 0;
    Object bval = *found;
    if (!aval.is(bval) && !py::eq(aval, bval)) return 0;
  }
  return 1;
}

Object Dict::getitem(const Object& key) {
  const Object* value = find(key, table_hash(key));
  if (value == nullptr) raise_key_error(key);
  return *value;
}

void Dict::setitem(const Object& key, Object value) { insert(key, table_hash(key), std::move(value)); }

void Dict::delitem(const Object& key) {
  if (!erase(key, table_hash(key))) raise_key_error(key);
}

bool Dict::contains(const Object& key) { return find(key, table_hash(key)) != nullptr; }

// ---------------------------------------------------------------- API

Object new_dict() { return make<Dict>(); }

Object new_dict_presized(size_t n) {
  Object d = new_dict();
  cast<Dict>(d)->presize(n, false);
  return d;
}

namespace {

// _PyDict_FromItems: presized, a str-only table when every key is an exact str.
Object dict_from_items(std::span<const Object> items) {
  size_t n = items.size() / 2;
  bool unicode = true;
  for (size_t i = 0; i < n; ++i) unicode = unicode && is_str(items[2 * i]);
  Object d = new_dict();
  cast<Dict>(d)->presize(n, unicode);
  for (size_t i = 0; i < n; ++i) dict_set(d, items[2 * i], items[2 * i + 1]);
  return d;
}

void merge_dict(Dict* mp, const Dict* other);

}  // namespace

Object new_dict_display(std::span<const Object> items) {
  // compiler_dict keeps at most 16 pairs on the stack: a longer display is
  // built 17 pairs at a time, each chunk merged in with DICT_UPDATE.
  constexpr size_t kChunk = 2 * 17;
  if (items.size() <= kChunk) return dict_from_items(items);
  Object d = dict_from_items(items.subspan(0, kChunk));
  for (size_t start = kChunk; start < items.size(); start += kChunk) {
    Object chunk = dict_from_items(items.subspan(start, std::min(kChunk, items.size() - start)));
    merge_dict(cast<Dict>(d), cast<Dict>(chunk));
  }
  return d;
}

void dict_set(const Object& d, Object key, Object value) {
  int64_t hash = table_hash(key);
  cast<Dict>(d)->insert(std::move(key), hash, std::move(value));
}

const Object* dict_get(const Object& d, const Object& key) { return cast<Dict>(d)->find(key, table_hash(key)); }

bool dict_discard(const Object& d, const Object& key) { return cast<Dict>(d)->erase(key, table_hash(key)); }

bool dict_next(const Object& d, size_t& pos, Object& key, Object& value) {
  const std::vector<DictEntry>& entries = cast<Dict>(d)->entries();
  while (pos < entries.size() && !entries[pos].key.is_bound()) ++pos;
  if (pos >= entries.size()) return false;
  key = entries[pos].key;
  value = entries[pos].value;
  ++pos;
  return true;
}

namespace {

// dict_merge with a dict source (override): an empty target clones a
// clean, freshly sized source outright; otherwise one resize up front.
void merge_dict(Dict* mp, const Dict* other) {
  if (other == mp || other->size() == 0) return;
  size_t other_slots = other->table_size();
  if (mp->size() == 0 && other->size() == other->entries().size() &&
      (other_slots == (size_t{1} << kLog2MinSize) || usable_fraction(other_slots / 2) < other->size())) {
    mp->clone_from(*other);
    return;
  }
  if (usable_fraction(mp->table_size()) < other->size()) {
    mp->resize_for(mp->size() + other->size(), other->str_keys_only());
  }
  size_t orig_size = other->entries().size();
  for (size_t i = 0; i < other->entries().size(); ++i) {
    const DictEntry& e = other->entries()[i];
    if (!e.key.is_bound()) continue;
    int64_t hash = e.hash;
    mp->insert(e.key, hash, e.value);
    if (other->entries().size() != orig_size) raise_error(&runtime_error_type, "dict mutated during update");
  }
}

// dict_merge_from_seq2: each element must convert to a sequence of two.
void merge_from_seq2(Dict* d, const Object& seq) {
  Object it = iter(seq), item;
  for (size_t i = 0; next(it, item); ++i) {
    Object fast = item;
    if (!is_list(item) && !is_tuple(item)) {
      try {
        fast = list_from_iterable(item);
      } catch (const Raised& raised) {
        if (!raised.exception.type()->is_subtype_of(&type_error_type)) throw;
        raise_error(&type_error_type, "cannot convert dictionary update sequence element #{} to a sequence", i);
      }
    }
    const std::vector<Object>& items = is_list(fast) ? cast<List>(fast)->items : cast<Tuple>(fast)->items;
    if (items.size() != 2) {
      raise_error(&value_error_type, "dictionary update sequence element #{} has length {}; 2 is required", i,
                  items.size());
    }
    Object key = items[0], value = items[1];
    int64_t hash = table_hash(key);
    d->insert(std::move(key), hash, std::move(value));
  }
}

}  // namespace

void dict_update(const Object& d, const Object& other) {
  if (is_dict(other)) {
    merge_dict(cast<Dict>(d), cast<Dict>(other));
    return;
  }
  merge_from_seq2(cast<Dict>(d), other);
}

void dict_update_common(const Object& d, const Args& args, const char* name) {
  if (args.npos > 1) raise_error(&type_error_type, "{} expected at most 1 argument, got {}", name, args.npos);
  if (args.npos == 1) dict_update(d, args[0]);
  if (args.nkw == 0) return;
  // The keywords arrive as a dict of their own (_PyStack_AsDict builds it
  // with _PyDict_FromItems), merged in like any other dict.
  std::vector<Object> items;
  items.reserve(2 * args.nkw);
  for (size_t k = 0; k < args.nkw; ++k) {
    items.push_back(new_str(args.kw[k].name));
    items.push_back(args.kw[k].value);
  }
  Object kwargs = dict_from_items(items);
  merge_dict(cast<Dict>(d), cast<Dict>(kwargs));
}

Object dict_copy(const Object& d) {
  // PyDict_Copy: a table without too many holes is cloned as it is.
  const Dict* mp = cast<Dict>(d);
  Object copy = new_dict();
  if (mp->size() == 0) return copy;
  if (mp->size() >= mp->entries().size() * 2 / 3) {
    cast<Dict>(copy)->clone_from(*mp);
    return copy;
  }
  merge_dict(cast<Dict>(copy), mp);
  return copy;
}

Object dict_new(const Args& args) {
  // dict_vectorcall: the keywords are set one by one, after the mapping.
  if (args.npos > 1) raise_error(&type_error_type, "dict expected at most 1 argument, got {}", args.npos);
  Object d = new_dict();
  if (args.npos == 1) dict_update(d, args[0]);
  for (size_t k = 0; k < args.nkw; ++k) dict_set(d, new_str(args.kw[k].name), args.kw[k].value);
  return d;
}

Object dict_fromkeys(const Args& args) {
  if (args.nkw) raise_error(&type_error_type, "dict.fromkeys() takes no keyword arguments");
  expect_positional(args, "fromkeys", 1, 2);
  const Object& iterable = args[0];
  Object value = args.size() > 1 ? args[1] : None;
  Object d = new_dict();
  Dict* mp = cast<Dict>(d);
  // _PyDict_FromKeys: a dict or set source sizes the table once and
  // lends its stored hashes.
  if (iterable.is_heap() && iterable.heap()->type() == &dict_type) {
    const Dict* src = cast<Dict>(iterable);
    mp->resize_for(src->size(), src->str_keys_only());
    for (size_t i = 0; i < src->entries().size(); ++i) {
      const DictEntry& e = src->entries()[i];
      if (e.key.is_bound()) mp->insert(e.key, e.hash, value);
    }
    return d;
  }
  if (iterable.is_heap() && (iterable.heap()->type() == &set_type || iterable.heap()->type() == &frozenset_type)) {
    const Set* src = cast<Set>(iterable);
    mp->resize_for(src->size(), false);
    size_t pos = 0;
    Object key;
    int64_t hash;
    while (src->next_entry(pos, key, hash)) mp->insert(key, hash, value);
    return d;
  }
  Object it = iter(iterable), key;
  while (next(it, key)) {
    int64_t hash = table_hash(key);
    mp->insert(std::move(key), hash, value);
  }
  return d;
}

Object dict_or(const Object& a, const Object& b) {
  if (!is_dict(a) || !is_dict(b)) return Object();
  Object result = dict_copy(a);
  dict_update(result, b);
  return result;
}

Object dict_ior(const Object& a, const Object& b) {
  if (!is_dict(a)) return Object();
  dict_update(a, b);
  return a;
}

}  // namespace py
