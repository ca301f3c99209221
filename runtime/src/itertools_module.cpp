// The itertools module: its names, and the constructors of its lazy
// iterator types, gathered from itertools.cpp (one-source iterators) and
// itertools_combinatoric.cpp (product, permutations, ..., zip_longest).
#include "yieldc/module.hpp"
#include "collections_internal.hpp"
#include "itertools_internal.hpp"
#include "modules_internal.hpp"

namespace py {

Object itertools_construct(Type* type, const Args& args) {
  if (Object made = itertools_construct_basic(type, args); made.is_bound()) return made;
  return itertools_construct_combinatoric(type, args);
}

void init_itertools_module(Module& module) {
  itertools_register_basic(module);
  itertools_register_combinatoric(module);
}

}  // namespace py
