// The guard against unbounded recursion in repr of a container that
// contains itself (`[[...]]`, `{1: {...}}`), shared by the container types.
// CPython keeps the same stack per thread (Py_ReprEnter / Py_ReprLeave).
#pragma once

#include <string>
#include <vector>

#include "yieldc/object.hpp"

namespace py {

// The containers whose repr is being built, innermost last.
inline thread_local std::vector<const HeapObject*> repr_stack;

// Returns `recursive` if `self` is already being repr'd further up the
// stack, else `body()` with `self` marked for the duration.
template <class F>
std::string guarded_repr(const HeapObject* self, const char* recursive, F body) {
  for (const HeapObject* o : repr_stack) {
    if (o == self) return recursive;
  }
  repr_stack.push_back(self);
  std::string out;
  try {
    out = body();
  } catch (...) {
    repr_stack.pop_back();
    throw;
  }
  repr_stack.pop_back();
  return out;
}

}  // namespace py
