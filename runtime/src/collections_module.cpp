// The collections module's table of names, and construct_stdlib_type(), the
// one place call_type() (construct.cpp) asks about the types of the
// runtime's modules (collections, itertools, contextlib, random, functools,
// operator) that have no Type::set_constructor hook. The types live in
// collections_*.cpp, itertools*.cpp and the other modules' files.
#include "yieldc/builtin_functions.hpp"
#include "yieldc/module.hpp"
#include "collections_internal.hpp"
#include "modules_internal.hpp"

namespace py {

Object construct_stdlib_type(Type* type, const Args& args) {
  if (type == &deque_type) return deque_new(args);
  if (type == &defaultdict_type) return defaultdict_new(args);
  if (type == &counter_type) return counter_new(args);
  if (type == &ordered_dict_type) return ordered_dict_new(args);
  if (Object made = namedtuple_construct(type, args); made.is_bound()) return made;
  if (Object made = itertools_construct(type, args); made.is_bound()) return made;
  if (Object made = contextlib_construct(type, args); made.is_bound()) return made;
  if (Object made = random_construct(type, args); made.is_bound()) return made;
  if (Object made = functools_construct(type, args); made.is_bound()) return made;
  if (Object made = operator_construct(type, args); made.is_bound()) return made;
  return Object();
}

void init_collections_module(Module& module) {
  module.attrs.set("deque", type_object(deque_type));
  module.attrs.set("defaultdict", type_object(defaultdict_type));
  module.attrs.set("Counter", type_object(counter_type));
  module.attrs.set("OrderedDict", type_object(ordered_dict_type));
  module.attrs.set("namedtuple", namedtuple_function());
}

}  // namespace py
