// What the itertools files share: the base of their iterator objects and
// the per-file constructors and registration that itertools_module.cpp
// gathers into the module.
#pragma once

#include "yieldc/call.hpp"
#include "yieldc/module.hpp"
#include "yieldc/object.hpp"

namespace py {

// The base of itertools' iterators: iter(it) is it.
class LazyIterator : public HeapObject {
 public:
  using HeapObject::HeapObject;
  Object iter() override { return Object::borrow(this); }
};

// Each returns an unbound Object when `type` is not one of its file's.
Object itertools_construct_basic(Type* type, const Args& args);
Object itertools_construct_combinatoric(Type* type, const Args& args);
void itertools_register_basic(Module& module);
void itertools_register_combinatoric(Module& module);

}  // namespace py
