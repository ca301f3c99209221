// The types of the collections and itertools modules, shared between their
// files, and the hook through which call_type() (construct.cpp) builds them.
// Private to the runtime: emitted code reaches these types only by import.
#pragma once

#include <utility>
#include <vector>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

extern Type deque_type;
extern Type deque_iterator_type;
extern Type deque_reverse_iterator_type;
extern Type defaultdict_type;
extern Type counter_type;
extern Type ordered_dict_type;

// deque(iterable=(), maxlen=None)
Object deque_new(const Args& args);
// defaultdict(...), Counter(...), OrderedDict(...)
Object defaultdict_new(const Args& args);
Object counter_new(const Args& args);
Object ordered_dict_new(const Args& args);
// Instances of a type made by namedtuple(); unbound if `type` is not one.
Object namedtuple_construct(Type* type, const Args& args);
// The namedtuple() factory as a Python value.
Object namedtuple_function();
// The fields of a namedtuple instance (a tuple in CPython: json encodes it
// as an array); nullptr for any other object.
const std::vector<Object>* namedtuple_items(const Object& o);
// The itertools types' constructors; unbound if `type` is not one of them.
Object itertools_construct(Type* type, const Args& args);

// The items of a dict as (key, value) pairs, in order (a snapshot, so the
// dict may change while they are walked).
std::vector<std::pair<Object, Object>> dict_pairs(const Object& d);

// A sequence index as an int64 (bool counts), or CPython's TypeError
// `sequence index must be integer, not 'str'`.
int64_t sequence_index(const Object& key);

}  // namespace py
