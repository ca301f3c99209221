// The set algebra of setobject.c (union, intersection, difference,
// symmetric difference, subset tests) with CPython's choices of which
// operand to iterate and how to size the result, since those decide the
// result's order; the operators (also between the set-like dict views) and
// the method tables of set, frozenset, dict_keys and dict_items.
#include <iterator>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/set.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "hash_tables.hpp"

namespace py {

namespace {

Set* as_set(const Object& o) { return cast<Set>(o); }

bool is_exact_dict(const Object& o) { return o.is_heap() && o.heap()->type() == &dict_type; }
bool is_exact_set(const Object& o) { return o.is_heap() && o.heap()->type() == &set_type; }

// make_new_set_basetype: results of set algebra are a set or a frozenset
// as the left operand is.
Type* base_type(const Object& so) { return is_set(so) ? &set_type : &frozenset_type; }

Object set_copy(const Object& so) { return make_new_set(base_type(so), &so); }

Object set_or_sets(const Object& so, const Object& other) {
  Object result = set_copy(so);
  if (!so.is(other)) as_set(result)->update(other);
  return result;
}

Object set_intersection(const Object& so, const Object& other) {
  if (so.is(other)) return set_copy(so);
  Object result = make_new_set(base_type(so), nullptr);
  Set* r = as_set(result);
  if (is_any_set(other)) {
    // Iterates the smaller set and looks its keys up in the larger.
    const Object* big = &so;
    const Object* small = &other;
    if (as_set(other)->size() > as_set(so)->size()) std::swap(big, small);
    size_t pos = 0;
    Object key;
    int64_t hash;
    while (as_set(*small)->next_entry(pos, key, hash)) {
      if (as_set(*big)->contains_entry(key, hash)) r->add_entry(key, hash);
    }
    return result;
  }
  Set* s = as_set(so);
  Object it = iter(other), key;
  while (next(it, key)) {
    int64_t hash = table_hash(key);
    if (!s->contains_entry(key, hash)) continue;
    r->add_entry(key, hash);
    // Nothing more can be added once the result is as large as `so`.
    if (r->size() >= s->size()) break;
  }
  return result;
}

Object set_intersection_multi(const Object& so, const Args& args) {
  if (args.size() == 0) return set_copy(so);
  Object result = so;
  for (size_t i = 0; i < args.size(); ++i) result = set_intersection(result, args[i]);
  return result;
}

bool set_isdisjoint(const Object& so, const Object& other) {
  if (so.is(other)) return as_set(so)->size() == 0;
  size_t pos = 0;
  Object key;
  int64_t hash;
  if (is_any_set(other)) {
    const Object* big = &so;
    const Object* small = &other;
    if (as_set(other)->size() > as_set(so)->size()) std::swap(big, small);
    while (as_set(*small)->next_entry(pos, key, hash)) {
      if (as_set(*big)->contains_entry(key, hash)) return false;
    }
    return true;
  }
  Object it = iter(other);
  while (next(it, key)) {
    if (as_set(so)->contains_entry(key, table_hash(key))) return false;
  }
  return true;
}

void set_difference_update_internal(const Object& so, const Object& other) {
  Set* s = as_set(so);
  if (so.is(other)) {
    s->clear();
    return;
  }
  size_t pos = 0;
  Object key;
  int64_t hash;
  if (is_any_set(other)) {
    // When `other` is more than 8 times larger, only the common keys matter.
    Object keys = (as_set(other)->size() >> 3) > s->size() ? set_intersection(so, other) : other;
    while (as_set(keys)->next_entry(pos, key, hash)) s->discard_entry(key, hash);
  } else {
    Object it = iter(other);
    while (next(it, key)) s->discard_entry(key, table_hash(key));
  }
  s->purge_dummies();
}

Object set_copy_and_difference(const Object& so, const Object& other) {
  Object result = set_copy(so);
  set_difference_update_internal(result, other);
  return result;
}

Object set_difference(const Object& so, const Object& other) {
  size_t other_size;
  if (is_any_set(other)) {
    other_size = as_set(other)->size();
  } else if (is_exact_dict(other)) {
    other_size = cast<Dict>(other)->size();
  } else {
    return set_copy_and_difference(so, other);
  }
  // A much larger `so` is cheaper copied, with `other`'s keys removed.
  if ((as_set(so)->size() >> 2) > other_size) return set_copy_and_difference(so, other);
  Object result = make_new_set(base_type(so), nullptr);
  size_t pos = 0;
  Object key;
  int64_t hash;
  while (as_set(so)->next_entry(pos, key, hash)) {
    bool common = is_any_set(other) ? as_set(other)->contains_entry(key, hash)
                                    : cast<Dict>(other)->find(key, hash) != nullptr;
    if (!common) as_set(result)->add_entry(key, hash);
  }
  return result;
}

Object set_difference_multi(const Object& so, const Args& args) {
  if (args.size() == 0) return set_copy(so);
  Object result = set_difference(so, args[0]);
  for (size_t i = 1; i < args.size(); ++i) set_difference_update_internal(result, args[i]);
  return result;
}

void set_symmetric_difference_update(const Object& so, const Object& other) {
  Set* s = as_set(so);
  if (so.is(other)) {
    s->clear();
    return;
  }
  if (is_exact_dict(other)) {
    const Dict* d = cast<Dict>(other);
    for (size_t pos = 0; pos < d->entries().size(); ++pos) {
      Object key = d->entries()[pos].key;
      if (!key.is_bound()) continue;
      int64_t hash = d->entries()[pos].hash;
      if (!s->discard_entry(key, hash)) s->add_entry(key, hash);
    }
    return;
  }
  Object otherset = is_any_set(other) ? other : make_new_set(base_type(so), &other);
  size_t pos = 0;
  Object key;
  int64_t hash;
  while (as_set(otherset)->next_entry(pos, key, hash)) {
    if (!s->discard_entry(key, hash)) s->add_entry(key, hash);
  }
}

Object set_symmetric_difference(const Object& so, const Object& other) {
  Object result = make_new_set(base_type(so), &other);
  set_symmetric_difference_update(result, so);
  return result;
}

bool set_issubset(const Object& so, const Object& other) {
  if (!is_any_set(other)) {
    Object tmp = make_new_set(&set_type, &other);
    return set_issubset(so, tmp);
  }
  if (as_set(so)->size() > as_set(other)->size()) return false;
  size_t pos = 0;
  Object key;
  int64_t hash;
  while (as_set(so)->next_entry(pos, key, hash)) {
    if (!as_set(other)->contains_entry(key, hash)) return false;
  }
  return true;
}

bool set_issuperset(const Object& so, const Object& other) {
  if (is_any_set(other)) return set_issubset(other, so);
  Object it = iter(other), key;
  while (next(it, key)) {
    if (!as_set(so)->contains_entry(key, table_hash(key))) return false;
  }
  return true;
}

// set_richcompare between two sets or frozensets.
bool set_richcompare(const Object& v, const Object& w, RichOp op) {
  size_t lv = as_set(v)->size(), lw = as_set(w)->size();
  switch (op) {
    case RichOp::Eq: return eq(v, w);
    case RichOp::Ne: return !eq(v, w);
    case RichOp::Le: return set_issubset(v, w);
    case RichOp::Ge: return set_issuperset(v, w);
    case RichOp::Lt: return lv < lw && set_issubset(v, w);
    case RichOp::Gt: return lv > lw && set_issuperset(v, w);
  }
  return false;
}

// ---------------------------------------------------------------- dict views as sets

// dictviews_to_set: a keys view of an exact dict is read as the dict,
// whose size presizes the set.
Object dictviews_to_set(const Object& x) {
  if (is_dict_keys(x) && is_exact_dict(cast<DictView>(x)->dict)) {
    return make_new_set(&set_type, &cast<DictView>(x)->dict);
  }
  return make_new_set(&set_type, &x);
}

// _PyDictView_Intersect
Object dictviews_and(Object self, Object other) {
  if (!is_set_like_view(self)) std::swap(self, other);
  size_t len_self = self.heap()->len();
  if (is_exact_set(other) && len_self <= as_set(other)->size()) return set_intersection(other, self);
  if (is_set_like_view(other) && other.heap()->len() > len_self) std::swap(self, other);
  Object result = new_set();
  Object it = iter(other), key;
  while (next(it, key)) {
    if (self.heap()->contains(key)) as_set(result)->add(key);
  }
  return result;
}

// dictitems_xor: pairs of either dict whose key is missing from the other
// or maps to an unequal value.
Object dictitems_xor(const Object& self, const Object& other) {
  Object remaining = dict_copy(cast<DictView>(self)->dict);
  Dict* temp = cast<Dict>(remaining);
  const Object& d2 = cast<DictView>(other)->dict;
  Object result = new_set();
  size_t pos = 0;
  Object key, value;
  while (dict_next(d2, pos, key, value)) {
    int64_t hash = cast<Dict>(d2)->entries()[pos - 1].hash;
    const Object* found = temp->find(key, hash);
    Object mine = found != nullptr ? *found : Object();
    if (mine.is_bound() && (mine.is(value) || eq(mine, value))) {
      temp->erase(key, hash);
    } else {
      as_set(result)->add(new_tuple({key, value}));
    }
  }
  as_set(result)->update(dict_items(remaining));
  return result;
}

bool all_contained_in(const Object& self, const Object& other) {
  Object it = iter(self), item;
  while (next(it, item)) {
    if (!contains(other, item)) return false;
  }
  return true;
}

RichOp rich(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return RichOp::Lt;
    case CmpOp::Le: return RichOp::Le;
    case CmpOp::Gt: return RichOp::Gt;
    case CmpOp::Ge: return RichOp::Ge;
  }
  return RichOp::Eq;
}

// The operation with the operands swapped: `a < b` is `b > a`.
RichOp reflected(RichOp op) {
  switch (op) {
    case RichOp::Lt: return RichOp::Gt;
    case RichOp::Le: return RichOp::Ge;
    case RichOp::Gt: return RichOp::Lt;
    case RichOp::Ge: return RichOp::Le;
    default: return op;
  }
}

}  // namespace

int view_richcompare(const Object& view, const Object& other, RichOp op) {
  if (!is_any_set(other) && !is_set_like_view(other)) return -1;
  size_t len_self = view.heap()->len(), len_other = other.heap()->len();
  switch (op) {
    case RichOp::Eq: return len_self == len_other && all_contained_in(view, other);
    case RichOp::Ne: return !(len_self == len_other && all_contained_in(view, other));
    case RichOp::Lt: return len_self < len_other && all_contained_in(view, other);
    case RichOp::Le: return len_self <= len_other && all_contained_in(view, other);
    case RichOp::Gt: return len_self > len_other && all_contained_in(other, view);
    case RichOp::Ge: return len_self >= len_other && all_contained_in(other, view);
  }
  return -1;
}

// ---------------------------------------------------------------- operators

Object set_or(const Object& a, const Object& b) {
  if (is_any_set(a) && is_any_set(b)) return set_or_sets(a, b);
  if (!is_set_like_view(a) && !is_set_like_view(b)) return Object();
  // dictviews_or
  Object result = dictviews_to_set(a);
  as_set(result)->update(b);
  return result;
}

Object set_and(const Object& a, const Object& b) {
  if (is_any_set(a) && is_any_set(b)) return set_intersection(a, b);
  if (!is_set_like_view(a) && !is_set_like_view(b)) return Object();
  return dictviews_and(a, b);
}

Object set_sub(const Object& a, const Object& b) {
  if (is_any_set(a) && is_any_set(b)) return set_difference(a, b);
  if (!is_set_like_view(a) && !is_set_like_view(b)) return Object();
  // dictviews_sub
  Object result = dictviews_to_set(a);
  set_difference_update_internal(result, b);
  return result;
}

Object set_xor(const Object& a, const Object& b) {
  if (is_any_set(a) && is_any_set(b)) return set_symmetric_difference(a, b);
  if (!is_set_like_view(a) && !is_set_like_view(b)) return Object();
  // dictviews_xor
  if (is_dict_items(a) && is_dict_items(b)) return dictitems_xor(a, b);
  Object result = dictviews_to_set(a);
  set_symmetric_difference_update(result, b);
  return result;
}

Object set_ior(const Object& a, const Object& b) {
  if (!is_set(a) || !is_any_set(b)) return Object();
  as_set(a)->update(b);
  return a;
}

Object set_iand(const Object& a, const Object& b) {
  if (!is_set(a) || !is_any_set(b)) return Object();
  Object tmp = set_intersection(a, b);
  as_set(a)->swap_bodies(*as_set(tmp));
  return a;
}

Object set_isub(const Object& a, const Object& b) {
  if (!is_set(a) || !is_any_set(b)) return Object();
  set_difference_update_internal(a, b);
  return a;
}

Object set_ixor(const Object& a, const Object& b) {
  if (!is_set(a) || !is_any_set(b)) return Object();
  set_symmetric_difference_update(a, b);
  return a;
}

int set_compare(const Object& a, const Object& b, CmpOp op) {
  if (is_any_set(a) && is_any_set(b)) return set_richcompare(a, b, rich(op));
  if (is_set_like_view(a)) return view_richcompare(a, b, rich(op));
  if (is_set_like_view(b)) return view_richcompare(b, a, reflected(rich(op)));
  return -1;
}

// ---------------------------------------------------------------- methods

namespace {

// Argument checks worded as CPython words them for METH_NOARGS, METH_O
// and METH_VARARGS methods, with the receiver's type in the name.
void no_keywords(const Args& args, const Object& self, const char* method) {
  if (args.nkw) raise_error(&type_error_type, "{}.{}() takes no keyword arguments", self.type()->name(), method);
}

void no_args(const Args& args, const Object& self, const char* method) {
  no_keywords(args, self, method);
  if (args.npos) {
    raise_error(&type_error_type, "{}.{}() takes no arguments ({} given)", self.type()->name(), method, args.npos);
  }
}

void one_arg(const Args& args, const Object& self, const char* method) {
  no_keywords(args, self, method);
  if (args.npos != 1) {
    raise_error(&type_error_type, "{}.{}() takes exactly one argument ({} given)", self.type()->name(), method,
                args.npos);
  }
}

Object m_add(const Object& self, const Args& args) {
  one_arg(args, self, "add");
  as_set(self)->add(args[0]);
  return None;
}

Object m_clear(const Object& self, const Args& args) {
  no_args(args, self, "clear");
  as_set(self)->clear();
  return None;
}

Object m_contains(const Object& self, const Args& args) {
  one_arg(args, self, "__contains__");
  return box(as_set(self)->contains(args[0]));
}

Object m_copy(const Object& self, const Args& args) {
  no_args(args, self, "copy");
  // frozenset.copy() of an exact frozenset is the frozenset itself.
  if (self.heap()->type() == &frozenset_type) return self;
  return set_copy(self);
}

Object m_discard(const Object& self, const Args& args) {
  one_arg(args, self, "discard");
  set_discard(self, args[0]);
  return None;
}

Object m_remove(const Object& self, const Args& args) {
  one_arg(args, self, "remove");
  if (!set_discard(self, args[0])) raise(make<ExceptionObject>(&key_error_type, new_tuple({args[0]})));
  return None;
}

Object m_pop(const Object& self, const Args& args) {
  no_args(args, self, "pop");
  if (as_set(self)->size() == 0) raise_error(&key_error_type, "pop from an empty set");
  return as_set(self)->pop_entry();
}

Object m_difference(const Object& self, const Args& args) {
  no_keywords(args, self, "difference");
  return set_difference_multi(self, args);
}

Object m_difference_update(const Object& self, const Args& args) {
  no_keywords(args, self, "difference_update");
  for (size_t i = 0; i < args.size(); ++i) set_difference_update_internal(self, args[i]);
  return None;
}

Object m_intersection(const Object& self, const Args& args) {
  no_keywords(args, self, "intersection");
  return set_intersection_multi(self, args);
}

Object m_intersection_update(const Object& self, const Args& args) {
  no_keywords(args, self, "intersection_update");
  Object tmp = set_intersection_multi(self, args);
  as_set(self)->swap_bodies(*as_set(tmp));
  return None;
}

Object m_isdisjoint(const Object& self, const Args& args) {
  one_arg(args, self, "isdisjoint");
  return box(set_isdisjoint(self, args[0]));
}

Object m_issubset(const Object& self, const Args& args) {
  one_arg(args, self, "issubset");
  return box(set_issubset(self, args[0]));
}

Object m_issuperset(const Object& self, const Args& args) {
  one_arg(args, self, "issuperset");
  return box(set_issuperset(self, args[0]));
}

Object m_symmetric_difference(const Object& self, const Args& args) {
  one_arg(args, self, "symmetric_difference");
  return set_symmetric_difference(self, args[0]);
}

Object m_symmetric_difference_update(const Object& self, const Args& args) {
  one_arg(args, self, "symmetric_difference_update");
  set_symmetric_difference_update(self, args[0]);
  return None;
}

Object m_union(const Object& self, const Args& args) {
  no_keywords(args, self, "union");
  Object result = set_copy(self);
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args[i].is(self)) as_set(result)->update(args[i]);
  }
  return result;
}

Object m_update(const Object& self, const Args& args) {
  no_keywords(args, self, "update");
  for (size_t i = 0; i < args.size(); ++i) as_set(self)->update(args[i]);
  return None;
}

// dictviews_isdisjoint: iterates the smaller operand when both are set-like.
Object m_view_isdisjoint(const Object& self, const Args& args) {
  one_arg(args, self, "isdisjoint");
  Object container = self, other = args[0];
  if (self.is(other)) return box(self.heap()->len() == 0);
  if ((is_any_set(other) || is_set_like_view(other)) && other.heap()->len() > self.heap()->len()) {
    std::swap(container, other);
  }
  Object it = iter(other), item;
  while (next(it, item)) {
    if (contains(container, item)) return False;
  }
  return True;
}

}  // namespace

const MethodDef set_methods[] = {
    {"add", m_add},
    {"clear", m_clear},
    {"__contains__", m_contains},
    {"copy", m_copy},
    {"discard", m_discard},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"pop", m_pop},
    {"remove", m_remove},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"union", m_union},
    {"update", m_update},
};
const size_t set_method_count = std::size(set_methods);

const MethodDef frozenset_methods[] = {
    {"__contains__", m_contains},
    {"copy", m_copy},
    {"difference", m_difference},
    {"intersection", m_intersection},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"symmetric_difference", m_symmetric_difference},
    {"union", m_union},
};
const size_t frozenset_method_count = std::size(frozenset_methods);

const MethodDef dict_keys_methods[] = {
    {"isdisjoint", m_view_isdisjoint},
};
const size_t dict_keys_method_count = std::size(dict_keys_methods);

const MethodDef dict_items_methods[] = {
    {"isdisjoint", m_view_isdisjoint},
};
const size_t dict_items_method_count = std::size(dict_items_methods);

}  // namespace py
