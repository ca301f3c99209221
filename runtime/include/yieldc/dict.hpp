// dict, its views (dict_keys, dict_values, dict_items) and their iterators.
// A compact, insertion-ordered hash table sized exactly as CPython 3.11's
// dictobject.c sizes it, so that even a dict mutated while it is iterated
// behaves as CPython's does. Set operations on views live in set_ops.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <vector>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// Defined in types.cpp.
extern Type dict_type;
extern Type dict_keys_type;
extern Type dict_values_type;
extern Type dict_items_type;
extern Type dict_keyiterator_type;
extern Type dict_valueiterator_type;
extern Type dict_itemiterator_type;

// One slot of the entries array. A deleted entry keeps its place with an
// unbound key until the table is rebuilt (so iteration order is insertion
// order and deletion is O(1)).
struct DictEntry {
  Object key;
  Object value;
  int64_t hash = 0;
};

class Dict : public HeapObject {
 public:
  Dict();
  explicit Dict(Type* type);
  ~Dict() override;

  std::string repr() const override;
  bool truthy() const override { return used_ != 0; }
  int64_t hash() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  size_t len() const override { return used_; }
  int64_t length_hint() const override { return static_cast<int64_t>(used_); }
  Object getitem(const Object& key) override;
  void setitem(const Object& key, Object value) override;
  void delitem(const Object& key) override;
  bool contains(const Object& key) override;

  // The value stored under `key` (whose hash is `hash`), or nullptr. The
  // pointer is valid until the dict is next modified.
  const Object* find(const Object& key, int64_t hash);
  // d[key] = value.
  void insert(Object key, int64_t hash, Object value);
  // Removes `key`; returns false if absent. The old value goes to `*value`
  // when `value` is given.
  bool erase(const Object& key, int64_t hash, Object* value = nullptr);
  // Removes every item (dict.clear()).
  void clear();
  // Removes the last item into `key`/`value` (popitem); false if empty.
  bool pop_last(Object& key, Object& value);

  // The entries in insertion order, holes (unbound keys) included; for
  // loops that must survive the dict being modified, index them afresh.
  const std::vector<DictEntry>& entries() const { return entries_; }
  size_t size() const { return used_; }

  // The number of index slots (DK_SIZE).
  size_t table_size() const { return mask_ + 1; }
  // Whether the table is CPython's str-only kind (DK_IS_UNICODE): the
  // first other key converts it, which rebuilds it.
  bool str_keys_only() const { return unicode_; }
  // Rebuilds the table at the size CPython picks for `n` items
  // (dictresize to estimate_log2_keysize(n)); `unicode` as dictresize's.
  void resize_for(size_t n, bool unicode);
  // dict_new_presized's sizing of an empty dict for `n` items.
  void presize(size_t n, bool unicode);
  // Makes this (empty) dict an exact copy of `other`'s table, holes
  // included (clone_combined_dict_keys).
  void clone_from(const Dict& other);

 private:
  struct Slot;
  Slot lookup(const Object& key, int64_t hash);
  size_t find_empty_slot(int64_t hash) const;
  void resize(unsigned log2_size, bool unicode);
  void set_indices(size_t size);

  std::vector<DictEntry> entries_;
  int32_t* indices_;
  size_t mask_ = 0;
  size_t used_ = 0;
  // Entries that can still be appended before the table must be rebuilt
  // (CPython's dk_usable). Deletions do not give any back.
  size_t usable_ = 0;
  // DK_IS_UNICODE: only exact str keys so far. CPython's empty keys are of
  // that kind.
  bool unicode_ = true;
  // Bumped whenever the tables are rebuilt: a lookup whose `==` ran user
  // code that did so starts again, as dictobject.c does.
  uint64_t version_ = 0;
  std::unique_ptr<int32_t[]> big_indices_;
  int32_t small_indices_[8];
};

// ---- the API emitted code and the rest of the runtime use

Object new_dict();
// A dict display `{k1: v1, k2: v2}` without `**`: `items` alternates keys
// and values. Built as CPython 3.11 builds it, since the sizes decide when
// the dict grows later: presized chunks of at most 17 pairs (BUILD_MAP /
// BUILD_CONST_KEY_MAP), the later ones merged in with DICT_UPDATE.
Object new_dict_display(std::span<const Object> items);
inline Object new_dict_display(std::initializer_list<Object> items) {
  return new_dict_display({items.begin(), items.size()});
}
// An empty dict with room for `n` items (_PyDict_NewPresized).
Object new_dict_presized(size_t n);
inline bool is_dict(const Object& o) { return o.is_heap() && o.heap()->type()->is_subtype_of(&dict_type); }
// d[key] = value, with CPython's TypeError for an unhashable key.
void dict_set(const Object& d, Object key, Object value);
// d.get(key) as a pointer to the stored value, nullptr if `key` is absent;
// valid until the dict is next modified.
const Object* dict_get(const Object& d, const Object& key);
// del d[key] without the KeyError: returns false if `key` was absent.
bool dict_discard(const Object& d, const Object& key);
// Iterates d as PyDict_Next: starts at pos 0, returns false at the end.
bool dict_next(const Object& d, size_t& pos, Object& key, Object& value);
// d.update(other): a dict, or an iterable of key/value pairs, with
// CPython's errors (`dictionary update sequence element #0 has length 3; 2 is required`).
void dict_update(const Object& d, const Object& other);
// d.copy()
Object dict_copy(const Object& d);
// d.keys(), d.values(), d.items()
Object dict_keys(const Object& d);
Object dict_values(const Object& d);
Object dict_items(const Object& d);

// dict(...) and dict.fromkeys(iterable, value=None).
Object dict_new(const Args& args);
Object dict_fromkeys(const Args& args);

// `a | b` and `a |= b` for dicts. An unbound result means NotImplemented
// (the operands are not the dict operator's), for ops.cpp to go on.
Object dict_or(const Object& a, const Object& b);
Object dict_ior(const Object& a, const Object& b);

// A view of a dict (dict_keys, dict_values or dict_items).
class DictView : public HeapObject {
 public:
  DictView(Type* type, Object dict) : HeapObject(type), dict(std::move(dict)) {}

  std::string repr() const override;
  int eq(const Object& other) const override;
  Object iter() override;
  size_t len() const override;
  bool contains(const Object& item) override;

  Object dict;
};

inline bool is_dict_keys(const Object& o) { return o.is_heap() && o.heap()->type() == &dict_keys_type; }
inline bool is_dict_items(const Object& o) { return o.is_heap() && o.heap()->type() == &dict_items_type; }
// The views that behave as sets: dict_keys and dict_items.
inline bool is_set_like_view(const Object& o) { return is_dict_keys(o) || is_dict_items(o); }

}  // namespace py
