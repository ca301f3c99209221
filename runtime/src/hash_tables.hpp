// What set.cpp, set_ops.cpp, dict.cpp and dict_methods.cpp share
// privately: the hash a table stores for a key, set construction by type,
// dict.update's argument handling and the set-like comparison of dict views.
#pragma once

#include <cstdint>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/type.hpp"

namespace py {

// The hash a dict or set table stores: py::hash, which never gives -1 for
// CPython's types (-1 is its error value); the tables keep -1 for
// themselves, so an exotic -1 is folded onto -2 as CPython folds it.
inline int64_t table_hash(const Object& key) {
  int64_t h = hash(key);
  return h == -1 ? -2 : h;
}

// make_new_set: an empty set or frozenset (as `type` says), filled from
// `iterable` when given.
Object make_new_set(Type* type, const Object* iterable);

// dict_update_common: `d.update(...)`, one optional positional argument
// (`name` for its error) plus keywords.
void dict_update_common(const Object& d, const Args& args, const char* name);

// The rich comparisons, with Eq and Ne beside ops.hpp's CmpOp.
enum class RichOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
// dictview_richcompare: `view` is a dict_keys or dict_items; 1 or 0, or
// -1 for NotImplemented (when `other` is not set-like).
int view_richcompare(const Object& view, const Object& other, RichOp op);

}  // namespace py
