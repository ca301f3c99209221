// Python's slice objects and the index arithmetic behind `seq[a:b:c]`:
// emitted code builds a slice with make_slice() and subscripts with it;
// each sequence type resolves it against its length with slice_indices().
#pragma once

#include <cstddef>
#include <cstdint>

#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

extern Type slice_type;

class Slice : public HeapObject {
 public:
  Slice(Object start, Object stop, Object step)
      : HeapObject(&slice_type), start(std::move(start)), stop(std::move(stop)), step(std::move(step)) {}

  std::string repr() const override;
  int64_t hash() const override;  // slices are unhashable in 3.11
  int eq(const Object& other) const override;
  // .start, .stop and .step
  bool get_attribute(const char* name, Object& out) override;

  // None where the slice omits them.
  Object start, stop, step;
};

// `lower:upper:step`; an unbound Object is an omitted part (None).
Object make_slice(Object lower, Object upper, Object step = Object());
inline bool is_slice(const Object& o) { return o.is_heap() && o.heap()->type() == &slice_type; }

// A slice resolved against a sequence of `size` items, as CPython's
// PySlice_Unpack + PySlice_AdjustIndices do it: the selected items are
// start, start + step, ... (`length` of them), all within [0, size).
// Raises ValueError for a zero step and TypeError for a non-integer bound.
struct SliceIndices {
  int64_t start;
  int64_t stop;
  int64_t step;
  size_t length;

  // The index of the k-th selected item (k < length); never overflows, as
  // every selected index lies in [0, size).
  size_t at(size_t k) const { return static_cast<size_t>(start + step * static_cast<int64_t>(k)); }
};
SliceIndices slice_indices(const Object& slice, size_t size);

// A slice bound or a str.find()-style start/end: an int (clamped to int64
// when it is bigger, as CPython clamps to Py_ssize_t), else TypeError
// `slice indices must be integers or None or have an __index__ method`.
int64_t slice_index(const Object& o);

}  // namespace py
