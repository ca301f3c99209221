// set and frozenset. The hash table is CPython 3.11's setobject.c, probe
// for probe (table sizes, linear probes, perturbation, dummies, resizes,
// pop's finger), so that iterating or printing a set of ints, floats or
// tuples gives CPython's order. The algebra (union, `<=`, ...) and the
// methods are in set_ops.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/type.hpp"

namespace py {

// Defined in types.cpp.
extern Type set_type;
extern Type frozenset_type;
extern Type set_iterator_type;

// One slot of the table: unused (unbound key, hash 0), dummy (unbound key,
// hash -1: a deleted key, which keeps probe chains intact) or active.
struct SetEntry {
  Object key;
  int64_t hash = 0;
};

// A set or a frozenset (`type()` tells which): the table and every
// operation on it. FrozenSet only adds hashing.
class Set : public HeapObject {
 public:
  explicit Set(Type* type = &set_type);
  ~Set() override;

  std::string repr() const override;
  bool truthy() const override { return used_ != 0; }
  int64_t hash() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  size_t len() const override { return used_; }
  int64_t length_hint() const override { return static_cast<int64_t>(used_); }
  bool contains(const Object& key) override;

  size_t size() const { return used_; }
  // set_add_key / set_add_entry.
  void add(Object key);
  void add_entry(Object key, int64_t hash);
  // set_contains_entry / set_discard_entry: `hash` is the key's hash.
  bool contains_entry(const Object& key, int64_t hash);
  bool discard_entry(const Object& key, int64_t hash);
  // set_pop: the next active entry at or after the finger; the set must
  // not be empty.
  Object pop_entry();
  void clear();
  // set_update_internal: adds the items of any iterable, with the fast
  // paths CPython takes for sets and dicts (which decide the table size).
  void update(const Object& other);
  // set_merge: adds every key of another set.
  void merge(const Set& other);
  // The end of set_difference_update_internal: rebuilds the table when
  // more than a quarter of its slots are dummies.
  void purge_dummies();
  // set_swap_bodies: exchanges the contents of two sets.
  void swap_bodies(Set& other);

  // Iterates the table as set_next: `pos` starts at 0; returns false at
  // the end. Safe against the set changing between calls.
  bool next_entry(size_t& pos, Object& key, int64_t& hash) const;
  // The frozenset hash of the current contents (independent of layout).
  int64_t contents_hash() const;

 protected:
  mutable int64_t hash_cache_ = -1;  // frozenset only

 private:
  SetEntry* lookkey(const Object& key, int64_t hash);
  void insert_clean(SetEntry* table, size_t mask, Object key, int64_t hash);
  void table_resize(size_t minused);
  bool is_small() const { return table_ == small_; }

  SetEntry* table_;
  size_t mask_ = 7;
  size_t fill_ = 0;  // active + dummy
  size_t used_ = 0;  // active
  size_t finger_ = 0;
  // Bumped whenever the table moves or is emptied: a lookup whose `==`
  // ran user code that did so starts again, as setobject.c does.
  uint64_t version_ = 0;
  std::unique_ptr<SetEntry[]> big_;
  SetEntry small_[8];
};

class FrozenSet : public Set {
 public:
  FrozenSet() : Set(&frozenset_type) {}
  int64_t hash() const override;
};

inline bool is_set(const Object& o) { return o.is_heap() && o.heap()->type()->is_subtype_of(&set_type); }
inline bool is_frozenset(const Object& o) {
  return o.is_heap() && o.heap()->type()->is_subtype_of(&frozenset_type);
}
inline bool is_any_set(const Object& o) { return is_set(o) || is_frozenset(o); }

// ---- the API emitted code and the rest of the runtime use

Object new_set();
// `{a, b, c}`: BUILD_SET, the items added left to right.
Object new_set(std::initializer_list<Object> items);
// `{1, 2, 3}` whose items are all constants and more than two: CPython 3.11
// folds the display into a frozenset constant (built twice by the
// compiler) and SET_UPDATEs it into an empty set, which can order the
// items differently from BUILD_SET.
Object new_set_folded(std::span<const Object> items);
inline Object new_set_folded(std::initializer_list<Object> items) { return new_set_folded({items.begin(), items.size()}); }
Object new_frozenset(std::span<const Object> items);
inline Object new_frozenset(std::initializer_list<Object> items) { return new_frozenset({items.begin(), items.size()}); }
// set(iterable), frozenset(iterable)
Object set_from_iterable(const Object& iterable);
Object frozenset_from_iterable(const Object& iterable);
// s.add(key), with CPython's TypeError for an unhashable key.
void set_add(const Object& s, Object key);
// s.discard(key): returns whether it was there.
bool set_discard(const Object& s, const Object& key);
bool set_contains(const Object& s, const Object& key);
// s.update(iterable) (`{*a, *b}` too).
void set_update(const Object& s, const Object& iterable);

// set(...) and frozenset(...) called as builtins.
Object set_new(const Args& args);
Object frozenset_new(const Args& args);

// The binary operators between sets, frozensets and the set-like dict
// views. An unbound result means NotImplemented, for ops.cpp to go on.
Object set_or(const Object& a, const Object& b);
Object set_and(const Object& a, const Object& b);
Object set_sub(const Object& a, const Object& b);
Object set_xor(const Object& a, const Object& b);
// `|=`, `&=`, `-=`, `^=` on a set: `a` itself, updated.
Object set_ior(const Object& a, const Object& b);
Object set_iand(const Object& a, const Object& b);
Object set_isub(const Object& a, const Object& b);
Object set_ixor(const Object& a, const Object& b);
// `<`, `<=`, `>`, `>=` (subset and superset): 1 or 0, or -1 for NotImplemented.
int set_compare(const Object& a, const Object& b, CmpOp op);

}  // namespace py
