// Slicing against CPython: slice objects and slice.indices(), subscripts
// with slices on list, tuple, range, str and bytes, and list item/slice
// assignment and deletion, replayed from slice_cases.inc (written by
// gen_slice_cases.py, which also tries every combination of a few bounds).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "python_cases.hpp"
#include "yieldc/runtime.hpp"

namespace yieldc_test {
namespace {

constexpr int64_t kNone = INT64_MIN;

// One systematic case: an operation with the slice lower:upper:step.
struct SliceCombo {
  char op;
  int64_t lower, upper, step;
  const char* expected;
};

#include "slice_cases.inc"

TEST(Slice, MatchesCPython) { check_cases(kSliceCases); }

py::Object bound(int64_t v) { return v == kNone ? py::Object() : py::Int(v); }

py::Object list_0_to_4() {
  return py::new_list({py::Int(0), py::Int(1), py::Int(2), py::Int(3), py::Int(4)});
}

// What gen_slice_cases.py's OPERATIONS do, through the runtime.
py::Object run(const SliceCombo& c) {
  py::Object slice = py::make_slice(bound(c.lower), bound(c.upper), bound(c.step));
  switch (c.op) {
    case 'g':
      return py::getitem(list_0_to_4(), slice);
    case 's':
      return py::getitem(py::new_str("abcd\xc3\xa9"), slice);
    case 'r':
      return py::getitem(py::range(py::Int(5)), slice);
    case 'e':
      return py::getitem(py::new_list({}), slice);
    case 'c':
      return py::getitem(py::new_str("\xc3\xa9"), slice);
    case 'd': {
      py::Object l = list_0_to_4();
      py::delitem(l, slice);
      return l;
    }
    case 'a': {
      py::Object l = list_0_to_4();
      py::Object n = py::len(py::getitem(py::range(py::Int(5)), slice));
      py::setitem(l, slice, py::getitem(py::new_str("vwxyz"), py::make_slice(py::Object(), n)));
      return l;
    }
  }
  ADD_FAILURE() << "unknown operation " << c.op;
  return py::None;
}

TEST(Slice, EveryCombinationOfBoundsMatchesCPython) {
  for (const SliceCombo& c : kSliceCombos) {
    std::string got;
    try {
      got = py::repr(run(c));
    } catch (const py::Raised& r) {
      got = py::format_exception_only(r.exception);
    }
    auto show = [](int64_t v) { return v == kNone ? std::string() : std::to_string(v); };
    EXPECT_EQ(got, c.expected) << c.op << " [" << show(c.lower) << ":" << show(c.upper) << ":" << show(c.step)
                               << "]";
  }
}

TEST(Slice, FullSliceOfTupleAndStrIsTheObjectItself) {
  // CPython returns the same object; nothing is copied.
  py::Object t = py::new_tuple({py::Int(1), py::Int(2)});
  EXPECT_TRUE(py::getitem(t, py::make_slice(py::Object(), py::Object())).is(t));
  py::Object s = py::new_str("h\xc3\xa9llo");
  EXPECT_TRUE(py::getitem(s, py::make_slice(py::Int(0), py::Int(100))).is(s));
  py::Object l = py::new_list({py::Int(1)});
  EXPECT_FALSE(py::getitem(l, py::make_slice(py::Object(), py::Object())).is(l));
}

}  // namespace
}  // namespace yieldc_test
