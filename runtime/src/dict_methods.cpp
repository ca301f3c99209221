// dict's iterators and views (dict_keys, dict_values, dict_items) and the
// dict method table. The iterators fail as CPython's do when the dict
// changes under them; the views' set operations are in set_ops.cpp.
#include <iterator>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "repr_guard.hpp"
#include "hash_tables.hpp"

namespace py {

namespace {

enum class ViewKind : uint8_t { Keys, Values, Items };

ViewKind kind_of(const HeapObject* view) {
  if (view->type() == &dict_keys_type) return ViewKind::Keys;
  return view->type() == &dict_values_type ? ViewKind::Values : ViewKind::Items;
}

Type* iterator_type_of(ViewKind kind) {
  switch (kind) {
    case ViewKind::Keys: return &dict_keyiterator_type;
    case ViewKind::Values: return &dict_valueiterator_type;
    case ViewKind::Items: return &dict_itemiterator_type;
  }
  return &dict_keyiterator_type;
}

// dictiter_iternext{key,value,item}: walks the entries in order. A change
// of size raises (and keeps raising); so does finding more entries than
// the dict had when iteration began, which only a delete-and-insert that
// kept the size can cause.
class DictIterator : public HeapObject {
 public:
  DictIterator(Object dict, ViewKind kind)
      : HeapObject(iterator_type_of(kind)),
        dict_(std::move(dict)),
        used_(static_cast<int64_t>(cast<Dict>(dict_)->size())),
        remaining_(cast<Dict>(dict_)->size()),
        kind_(kind) {}

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    if (!dict_.is_bound()) return false;
    const Dict* d = cast<Dict>(dict_);
    if (used_ != static_cast<int64_t>(d->size())) {
      used_ = -1;
      raise_error(&runtime_error_type, "dictionary changed size during iteration");
    }
    const std::vector<DictEntry>& entries = d->entries();
    size_t i = pos_;
    while (i < entries.size() && !entries[i].key.is_bound()) ++i;
    if (i >= entries.size()) {
      dict_ = Object();
      return false;
    }
    if (remaining_ == 0) {
      dict_ = Object();
      raise_error(&runtime_error_type, "dictionary keys changed during iteration");
    }
    pos_ = i + 1;
    --remaining_;
    const DictEntry& e = entries[i];
    switch (kind_) {
      case ViewKind::Keys: out = e.key; break;
      case ViewKind::Values: out = e.value; break;
      case ViewKind::Items: out = new_tuple({e.key, e.value}); break;
    }
    return true;
  }

 private:
  Object dict_;  // unbound once exhausted
  int64_t used_;
  size_t remaining_;
  size_t pos_ = 0;
  ViewKind kind_;
};

Object make_view(Type* type, const Object& d) { return make<DictView>(type, d); }

}  // namespace

Object Dict::iter() { return make<DictIterator>(Object::borrow(this), ViewKind::Keys); }

Object dict_keys(const Object& d) { return make_view(&dict_keys_type, d); }
Object dict_values(const Object& d) { return make_view(&dict_values_type, d); }
Object dict_items(const Object& d) { return make_view(&dict_items_type, d); }

// ---------------------------------------------------------------- views

std::string DictView::repr() const {
  // dictview_repr: `dict_keys([1, 2])`; a view met again inside itself is `...`.
  return guarded_repr(this, "...", [&] {
    std::vector<Object> items;
    Object it = make<DictIterator>(dict, kind_of(this)), item;
    while (py::next(it, item)) items.push_back(std::move(item));
    std::string out = type()->name();
    out += "([";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += py::repr(items[i]);
    }
    return out + "])";
  });
}

int DictView::eq(const Object& other) const {
  // Keys and items views compare as sets; values views only by identity.
  if (kind_of(this) == ViewKind::Values) return HeapObject::eq(other);
  return view_richcompare(Object::borrow(const_cast<DictView*>(this)), other, RichOp::Eq);
}

Object DictView::iter() { return make<DictIterator>(dict, kind_of(this)); }

size_t DictView::len() const { return cast<Dict>(dict)->size(); }

bool DictView::contains(const Object& item) {
  switch (kind_of(this)) {
    case ViewKind::Keys: return cast<Dict>(dict)->contains(item);
    case ViewKind::Values: return HeapObject::contains(item);
    case ViewKind::Items: break;
  }
  // dictitems_contains: a (key, value) pair whose key maps to an equal value.
  if (!is_tuple(item) || cast<Tuple>(item)->items.size() != 2) return false;
  Object key = cast<Tuple>(item)->items[0], value = cast<Tuple>(item)->items[1];
  const Object* found = cast<Dict>(dict)->find(key, table_hash(key));
  if (found == nullptr) return false;
  Object mine = *found;
  return mine.is(value) || py::eq(mine, value);
}

// ---------------------------------------------------------------- methods

namespace {

Dict* as_dict(const Object& o) { return cast<Dict>(o); }

// METH_VARARGS methods: `dict.get() takes no keyword arguments`, then
// `get expected at least 1 argument, got 0`.
void positional(const Args& args, const char* qualname, const char* name, size_t min, size_t max) {
  if (args.nkw) raise_error(&type_error_type, "{}() takes no keyword arguments", qualname);
  expect_positional(args, name, min, max);
}

Object m_keys(const Object& self, const Args& args) {
  expect_no_args(args, "dict.keys");
  return dict_keys(self);
}

Object m_values(const Object& self, const Args& args) {
  expect_no_args(args, "dict.values");
  return dict_values(self);
}

Object m_items(const Object& self, const Args& args) {
  expect_no_args(args, "dict.items");
  return dict_items(self);
}

Object m_get(const Object& self, const Args& args) {
  positional(args, "dict.get", "get", 1, 2);
  const Object* value = dict_get(self, args[0]);
  if (value != nullptr) return *value;
  return args.size() > 1 ? args[1] : None;
}

Object m_pop(const Object& self, const Args& args) {
  positional(args, "dict.pop", "pop", 1, 2);
  const Object& key = args[0];
  // _PyDict_Pop: an empty dict does not even hash the key.
  Object value;
  if (as_dict(self)->size() != 0 && as_dict(self)->erase(key, table_hash(key), &value)) return value;
  if (args.size() > 1) return args[1];
  raise(make<ExceptionObject>(&key_error_type, new_tuple({key})));
}

Object m_popitem(const Object& self, const Args& args) {
  expect_no_args(args, "dict.popitem");
  Object key, value;
  if (!as_dict(self)->pop_last(key, value)) raise_error(&key_error_type, "popitem(): dictionary is empty");
  return new_tuple({std::move(key), std::move(value)});
}

Object m_setdefault(const Object& self, const Args& args) {
  positional(args, "dict.setdefault", "setdefault", 1, 2);
  const Object& key = args[0];
  Object default_value = args.size() > 1 ? args[1] : None;
  int64_t hash = table_hash(key);
  if (const Object* value = as_dict(self)->find(key, hash)) return *value;
  as_dict(self)->insert(key, hash, default_value);
  return default_value;
}

Object m_update(const Object& self, const Args& args) {
  dict_update_common(self, args, "update");
  return None;
}

Object m_clear(const Object& self, const Args& args) {
  expect_no_args(args, "dict.clear");
  as_dict(self)->clear();
  return None;
}

Object m_copy(const Object& self, const Args& args) {
  expect_no_args(args, "dict.copy");
  return dict_copy(self);
}

Object m_fromkeys(const Object&, const Args& args) { return dict_fromkeys(args); }

Object m_contains(const Object& self, const Args& args) {
  expect_one_arg(args, "dict.__contains__");
  return box(as_dict(self)->contains(args[0]));
}

}  // namespace

const MethodDef dict_methods[] = {
    {"keys", m_keys},
    {"values", m_values},
    {"items", m_items},
    {"get", m_get},
    {"pop", m_pop},
    {"popitem", m_popitem},
    {"setdefault", m_setdefault},
    {"update", m_update},
    {"clear", m_clear},
    {"copy", m_copy},
    {"fromkeys", m_fromkeys, true},
    {"__contains__", m_contains},
};
const size_t dict_method_count = std::size(dict_methods);

}  // namespace py
