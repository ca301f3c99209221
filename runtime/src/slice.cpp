// slice objects: repr, equality, slice.indices(), and the resolution of a
// slice against a sequence length that every sequence's getitem/setitem
// uses. The arithmetic is CPython's PySlice_Unpack/PySlice_AdjustIndices.
#include <cstring>
#include <iterator>

#include "yieldc/slice.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "method_tables.hpp"
#include "raise.hpp"

namespace py {

Object make_slice(Object lower, Object upper, Object step) {
  auto bound = [](Object& o) { return o.is_bound() ? std::move(o) : None; };
  return make<Slice>(bound(lower), bound(upper), bound(step));
}

std::string Slice::repr() const {
  return fmt::format("slice({}, {}, {})", py::repr(start), py::repr(stop), py::repr(step));
}

int64_t Slice::hash() const { raise_error(&type_error_type, "unhashable type: 'slice'"); }

int Slice::eq(const Object& other) const {
  if (!is_slice(other)) return -1;
  const Slice* s = cast<Slice>(other);
  return py::eq(start, s->start) && py::eq(stop, s->stop) && py::eq(step, s->step);
}

bool Slice::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "start") == 0) {
    out = start;
  } else if (std::strcmp(name, "stop") == 0) {
    out = stop;
  } else if (std::strcmp(name, "step") == 0) {
    out = step;
  } else {
    return false;
  }
  return true;
}

int64_t slice_index(const Object& o) {
  if (o.is_small_int() || o.is_bool()) return o.as_small_int();
  if (is_int(o)) return mpz_sgn(cast<BigInt>(o)->value) < 0 ? INT64_MIN : INT64_MAX;
  raise_error(&type_error_type, "slice indices must be integers or None or have an __index__ method");
}

SliceIndices slice_indices(const Object& slice, size_t size) {
  const Slice* s = cast<Slice>(slice);
  // PySlice_Unpack: the step first, then the bounds, each defaulting by
  // the step's sign.
  int64_t step = 1;
  if (!s->step.is_none()) {
    step = slice_index(s->step);
    if (step == 0) raise_error(&value_error_type, "slice step cannot be zero");
    // -INT64_MIN does not exist; CPython clamps the same way.
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  int64_t start = s->start.is_none() ? (step < 0 ? INT64_MAX : 0) : slice_index(s->start);
  int64_t stop = s->stop.is_none() ? (step < 0 ? INT64_MIN : INT64_MAX) : slice_index(s->stop);

  // PySlice_AdjustIndices: negative bounds count from the end, then both
  // are clamped into the sequence (to -1 / size - 1 for a negative step).
  auto n = static_cast<int64_t>(size);
  auto adjust = [&](int64_t& i) {
    if (i < 0) {
      i += n;  // cannot overflow: n >= 0
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= n) {
      i = step < 0 ? n - 1 : n;
    }
  };
  adjust(start);
  adjust(stop);
  size_t length = 0;
  if (step < 0 && stop < start) length = static_cast<size_t>((start - stop - 1) / -step + 1);
  if (step > 0 && start < stop) length = static_cast<size_t>((stop - start - 1) / step + 1);
  return {start, stop, step, length};
}

namespace {

// slice.indices(length) -> (start, stop, step)
Object slice_indices_method(const Object& self, const Args& args) {
  expect_one_arg(args, "slice.indices");
  const Object& length = args[0];
  if (!is_int_like(length)) {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", length.type()->name());
  }
  if (!length.is_small_int() && !length.is_bool()) {
    if (mpz_sgn(cast<BigInt>(length)->value) < 0) {
      raise_error(&value_error_type, "length should not be negative");
    }
    raise_error(&overflow_error_type, "Python int too large to convert to C ssize_t");
  }
  if (length.as_small_int() < 0) raise_error(&value_error_type, "length should not be negative");
  SliceIndices ix = slice_indices(self, static_cast<size_t>(length.as_small_int()));
  // CPython computes indices() with unbounded ints: an int step is
  // returned as given, never clamped.
  const Object& step = cast<Slice>(self)->step;
  return new_tuple({Int(ix.start), Int(ix.stop), is_int(step) ? step : Int(ix.step)});
}

}  // namespace

const MethodDef slice_methods[] = {
    {"indices", slice_indices_method},
};
const size_t slice_method_count = std::size(slice_methods);

}  // namespace py
