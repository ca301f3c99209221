// set and frozenset: CPython 3.11's setobject.c hash table (lookup,
// insertion, resize, discard, pop, merge), the slots, the iterator and
// construction. The set algebra, the operators and the method tables are in
// set_ops.cpp.
#include <fmt/format.h>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/set.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"
#include "hash_tables.hpp"

namespace py {

namespace {

// setobject.c's constants: PySet_MINSIZE, LINEAR_PROBES, PERTURB_SHIFT.
constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr unsigned kPerturbShift = 5;
// The hash of a dummy entry, as setobject.c marks one.
constexpr int64_t kDummyHash = -1;

bool is_unused(const SetEntry& e) { return e.hash == 0 && !e.key.is_bound(); }

// The first slot of a freshly built table along `hash`'s probe sequence
// (set_insert_clean: the table holds no dummies and no equal key).
SetEntry* clean_slot(SetEntry* table, size_t mask, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key.is_bound()) return entry;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (!entry->key.is_bound()) return entry;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// frozenset_hash's _shuffle_bits: spreads nearby element hashes apart.
uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

class SetIterator : public HeapObject {
 public:
  explicit SetIterator(Object set)
      : HeapObject(&set_iterator_type), set_(std::move(set)), used_(static_cast<int64_t>(cast<Set>(set_)->size())) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    if (!set_.is_bound()) return false;
    const Set* s = cast<Set>(set_);
    if (used_ != static_cast<int64_t>(s->size())) {
      // Sticky, as setiter_iternext makes it.
      used_ = -1;
      raise_error(&runtime_error_type, "Set changed size during iteration");
    }
    int64_t hash;
    if (s->next_entry(pos_, out, hash)) return true;
    set_ = Object();
    return false;
  }

 private:
  Object set_;  // unbound once exhausted
  int64_t used_;
  size_t pos_ = 0;
};

}  // namespace

// ---------------------------------------------------------------- the table

Set::Set(Type* type) : HeapObject(type), table_(small_) {}

Set::~Set() = default;

// set_lookkey: the active entry holding `key`, or the unused entry that
// ends its probe sequence. A `==` that changes the table (it may run user
// code) restarts the search, as CPython does.
SetEntry* Set::lookkey(const Object& key, int64_t hash) {
  for (;;) {
    size_t mask = mask_;
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    bool restart = false;
    while (!restart) {
      SetEntry* entry = &table_[i];
      size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
      for (;;) {
        if (is_unused(*entry)) return entry;
        if (entry->hash == hash) {
          if (entry->key.is(key)) return entry;
          Object startkey = entry->key;
          uint64_t version = version_;
          bool equal = py::eq(startkey, key);
          if (version != version_ || !entry->key.is(startkey)) {
            restart = true;
            break;
          }
          if (equal) return entry;
        }
        if (probes == 0) break;
        --probes;
        ++entry;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

// set_add_entry. A new key goes into the last dummy seen along its probe
// sequence if there was one (CPython 3.11 reuses that one, not the first),
// else into the unused slot that ended the search, which may trigger a
// resize.
void Set::add_entry(Object key, int64_t hash) {
  for (;;) {
    size_t mask = mask_;
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    SetEntry* freeslot = nullptr;
    bool restart = false;
    while (!restart) {
      SetEntry* entry = &table_[i];
      size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
      for (;;) {
        if (is_unused(*entry)) {
          ++used_;
          if (freeslot != nullptr) {
            freeslot->key = std::move(key);
            freeslot->hash = hash;
            return;
          }
          ++fill_;
          entry->key = std::move(key);
          entry->hash = hash;
          if (fill_ * 5 < mask * 3) return;
          table_resize(used_ > 50000 ? used_ * 2 : used_ * 4);
          return;
        }
        if (entry->hash == hash) {
          if (entry->key.is(key)) return;
          Object startkey = entry->key;
          uint64_t version = version_;
          if (py::eq(startkey, key)) return;
          if (version != version_ || !entry->key.is(startkey)) {
            restart = true;
            break;
          }
        } else if (entry->hash == kDummyHash) {
          freeslot = entry;
        }
        if (probes == 0) break;
        --probes;
        ++entry;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

void Set::insert_clean(SetEntry* table, size_t mask, Object key, int64_t hash) {
  SetEntry* entry = clean_slot(table, mask, hash);
  entry->key = std::move(key);
  entry->hash = hash;
}

// set_table_resize: the smallest power of two above `minused` (at least
// 8), the keys reinserted in old-table order, the dummies dropped. The
// inline small table is reused at size 8, and an 8-slot table without
// dummies is left alone.
void Set::table_resize(size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;

  std::unique_ptr<SetEntry[]> old_big = std::move(big_);
  SetEntry small_copy[kMinSize];
  SetEntry* old_table = table_;
  size_t old_size = mask_ + 1;
  if (newsize == kMinSize) {
    if (is_small()) {
      if (fill_ == used_) return;
      for (size_t k = 0; k < kMinSize; ++k) {
        small_copy[k].key = std::move(small_[k].key);
        small_copy[k].hash = small_[k].hash;
        small_[k].hash = 0;
      }
      old_table = small_copy;
    }
    table_ = small_;
  } else {
    big_.reset(new SetEntry[newsize]);
    table_ = big_.get();
  }
  mask_ = newsize - 1;
  fill_ = used_;
  ++version_;
  for (size_t k = 0; k < old_size; ++k) {
    SetEntry& e = old_table[k];
    if (e.key.is_bound()) insert_clean(table_, mask_, std::move(e.key), e.hash);
    // Leaves the inline table clean when the keys move out of it.
    e.hash = 0;
  }
}

void Set::add(Object key) {
  int64_t hash = table_hash(key);
  add_entry(std::move(key), hash);
}

bool Set::contains_entry(const Object& key, int64_t hash) { return lookkey(key, hash)->key.is_bound(); }

bool Set::discard_entry(const Object& key, int64_t hash) {
  SetEntry* entry = lookkey(key, hash);
  if (!entry->key.is_bound()) return false;
  // The table is consistent before the old key goes (its release may run code).
  Object old = std::move(entry->key);
  entry->hash = kDummyHash;
  --used_;
  return true;
}

// set_pop: scans from the finger left by the previous pop, so repeated pops
// walk the table instead of rescanning its start.
Object Set::pop_entry() {
  SetEntry* entry = table_ + (finger_ & mask_);
  SetEntry* limit = table_ + mask_;
  while (!entry->key.is_bound()) {
    ++entry;
    if (entry > limit) entry = table_;
  }
  Object key = std::move(entry->key);
  entry->hash = kDummyHash;
  --used_;
  finger_ = static_cast<size_t>(entry - table_) + 1;
  return key;
}

// set_clear_internal: the set is empty (at the minimum size) before any
// key is released, since releasing one may run code that uses the set.
void Set::clear() {
  std::unique_ptr<SetEntry[]> old_big = std::move(big_);
  SetEntry small_copy[kMinSize];
  if (is_small()) {
    for (size_t k = 0; k < kMinSize; ++k) {
      small_copy[k].key = std::move(small_[k].key);
      small_[k].hash = 0;
    }
  }
  table_ = small_;
  mask_ = kMinSize - 1;
  fill_ = 0;
  used_ = 0;
  hash_cache_ = -1;
  ++version_;
}

// set_merge: one resize up front, then a straight copy of the table when
// the layouts allow it, clean inserts into an empty table, or plain adds.
void Set::merge(const Set& other) {
  if (&other == this || other.used_ == 0) return;
  if ((fill_ + other.used_) * 5 >= mask_ * 3) table_resize((used_ + other.used_) * 2);
  if (fill_ == 0 && mask_ == other.mask_ && other.fill_ == other.used_) {
    for (size_t i = 0; i <= mask_; ++i) {
      const SetEntry& e = other.table_[i];
      if (!e.key.is_bound()) continue;
      table_[i].key = e.key;
      table_[i].hash = e.hash;
    }
    fill_ = other.fill_;
    used_ = other.used_;
    return;
  }
  if (fill_ == 0) {
    fill_ = other.used_;
    used_ = other.used_;
    for (size_t i = 0; i <= other.mask_; ++i) {
      const SetEntry& e = other.table_[i];
      if (e.key.is_bound()) insert_clean(table_, mask_, e.key, e.hash);
    }
    return;
  }
  // Adds may run `==`, which may change `other`: index it afresh each time.
  for (size_t i = 0; i <= other.mask_; ++i) {
    const SetEntry& e = other.table_[i];
    if (!e.key.is_bound()) continue;
    int64_t hash = e.hash;
    add_entry(e.key, hash);
  }
}

// set_update_internal.
void Set::update(const Object& other) {
  if (is_any_set(other)) {
    merge(*cast<Set>(other));
    return;
  }
  if (other.is_heap() && other.heap()->type() == &dict_type) {
    // Sized once for all the dict's keys, which keep their stored hashes.
    const Dict* d = cast<Dict>(other);
    size_t dictsize = d->size();
    if ((fill_ + dictsize) * 5 >= mask_ * 3) table_resize((used_ + dictsize) * 2);
    for (size_t pos = 0; pos < d->entries().size(); ++pos) {
      const DictEntry& e = d->entries()[pos];
      if (!e.key.is_bound()) continue;
      int64_t hash = e.hash;
      add_entry(e.key, hash);
    }
    return;
  }
  Object it = py::iter(other), key;
  while (py::next(it, key)) add(std::move(key));
}

void Set::purge_dummies() {
  if (fill_ - used_ <= mask_ / 4) return;
  table_resize(used_ > 50000 ? used_ * 2 : used_ * 4);
}

// set_swap_bodies: tables, counts and (between frozensets) cached hashes;
// the finger stays with the object.
void Set::swap_bodies(Set& other) {
  std::swap(fill_, other.fill_);
  std::swap(used_, other.used_);
  std::swap(mask_, other.mask_);
  std::swap(big_, other.big_);
  bool this_small = is_small(), other_small = other.is_small();
  table_ = other_small ? small_ : big_.get();
  other.table_ = this_small ? other.small_ : other.big_.get();
  if (this_small || other_small) {
    for (size_t k = 0; k < kMinSize; ++k) {
      std::swap(small_[k].key, other.small_[k].key);
      std::swap(small_[k].hash, other.small_[k].hash);
    }
  }
  if (type()->is_subtype_of(&frozenset_type) && other.type()->is_subtype_of(&frozenset_type)) {
    std::swap(hash_cache_, other.hash_cache_);
  } else {
    hash_cache_ = -1;
    other.hash_cache_ = -1;
  }
  ++version_;
  ++other.version_;
}

bool Set::next_entry(size_t& pos, Object& key, int64_t& hash) const {
  while (pos <= mask_ && !table_[pos].key.is_bound()) ++pos;
  if (pos > mask_) return false;
  key = table_[pos].key;
  hash = table_[pos].hash;
  ++pos;
  return true;
}

// frozenset_hash: xors the shuffled hashes of every slot, then cancels
// the unused and dummy slots, so the result depends on the keys only.
int64_t Set::contents_hash() const {
  uint64_t hash = 0;
  for (size_t i = 0; i <= mask_; ++i) hash ^= shuffle_bits(static_cast<uint64_t>(table_[i].hash));
  if ((mask_ + 1 - fill_) & 1) hash ^= shuffle_bits(0);
  if ((fill_ - used_) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(kDummyHash));
  hash ^= (static_cast<uint64_t>(used_) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  return static_cast<int64_t>(hash);
}

// ---------------------------------------------------------------- slots

std::string Set::repr() const {
  const char* name = type()->name();
  if (used_ == 0) return fmt::format("{}()", name);
  return guarded_repr(this, type() == &set_type ? "set(...)" : "frozenset(...)", [&] {
    // The keys first, as CPython lists them before any repr runs.
    std::vector<Object> keys;
    keys.reserve(used_);
    size_t pos = 0;
    Object key;
    int64_t hash;
    while (next_entry(pos, key, hash)) keys.push_back(std::move(key));
    std::string out = type() == &set_type ? "{" : fmt::format("{}({{", name);
    for (size_t i = 0; i < keys.size(); ++i) {
      if (i) out += ", ";
      out += py::repr(keys[i]);
    }
    out += type() == &set_type ? "}" : "})";
    return out;
  });
}

int64_t Set::hash() const { raise_error(&type_error_type, "unhashable type: '{}'", type()->name()); }

int64_t FrozenSet::hash() const {
  if (hash_cache_ == -1) hash_cache_ = contents_hash();
  return hash_cache_;
}

int Set::eq(const Object& other) const {
  if (!is_any_set(other)) return -1;
  const Set* o = cast<Set>(other);
  if (used_ != o->used_) return 0;
  if (hash_cache_ != -1 && o->hash_cache_ != -1 && hash_cache_ != o->hash_cache_) return 0;
  size_t pos = 0;
  Object key;
  int64_t hash;
  while (next_entry(pos, key, hash)) {
    if (!cast<Set>(other)->contains_entry(key, hash)) return 0;
  }
  return 1;
}

Object Set::iter() { return make<SetIterator>(Object::borrow(this)); }

bool Set::contains(const Object& key) {
  // set_contains: a set looked up in a set is looked up as a frozenset.
  int64_t hash = is_set(key) ? cast<Set>(key)->contents_hash() : table_hash(key);
  return contains_entry(key, hash);
}

// ---------------------------------------------------------------- construction

Object make_new_set(Type* type, const Object* iterable) {
  Object result = type == &frozenset_type ? make<FrozenSet>() : make<Set>();
  if (iterable != nullptr) cast<Set>(result)->update(*iterable);
  return result;
}

Object new_set() { return make<Set>(); }

Object new_set(std::initializer_list<Object> items) {
  Object result = make<Set>();
  for (const Object& item : items) cast<Set>(result)->add(item);
  return result;
}

Object new_set_folded(std::span<const Object> items) {
  // The compiler folds the display into a frozenset (PyFrozenSet_New of
  // the tuple of items), then merge_consts_recursive rebuilds that
  // frozenset from its own iteration order; at run time BUILD_SET 0 and
  // SET_UPDATE merge it into a new set.
  Object folded = new_frozenset(items);
  Object constant = make<FrozenSet>();
  size_t pos = 0;
  Object key;
  int64_t hash;
  while (cast<Set>(folded)->next_entry(pos, key, hash)) cast<Set>(constant)->add(key);
  Object result = make<Set>();
  cast<Set>(result)->merge(*cast<Set>(constant));
  return result;
}

Object new_frozenset(std::span<const Object> items) {
  Object result = make<FrozenSet>();
  for (const Object& item : items) cast<Set>(result)->add(item);
  return result;
}

Object set_from_iterable(const Object& iterable) { return make_new_set(&set_type, &iterable); }

Object frozenset_from_iterable(const Object& iterable) {
  // frozenset(f) is f itself for an exact frozenset.
  if (iterable.is_heap() && iterable.heap()->type() == &frozenset_type) return iterable;
  return make_new_set(&frozenset_type, &iterable);
}

Object set_new(const Args& args) {
  expect_positional(args, "set", 0, 1);
  return args.size() == 0 ? new_set() : set_from_iterable(args[0]);
}

Object frozenset_new(const Args& args) {
  expect_positional(args, "frozenset", 0, 1);
  return args.size() == 0 ? make<FrozenSet>() : frozenset_from_iterable(args[0]);
}

void set_add(const Object& s, Object key) { cast<Set>(s)->add(std::move(key)); }

bool set_discard(const Object& s, const Object& key) {
  int64_t hash = is_set(key) ? cast<Set>(key)->contents_hash() : table_hash(key);
  return cast<Set>(s)->discard_entry(key, hash);
}

bool set_contains(const Object& s, const Object& key) { return cast<Set>(s)->contains(key); }

void set_update(const Object& s, const Object& iterable) { cast<Set>(s)->update(iterable); }

}  // namespace py
