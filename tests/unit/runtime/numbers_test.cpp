// Python int and float semantics of the runtime: overflow promotion to GMP,
// floor division and modulo, float repr — each checked against what
// CPython 3.11 prints.
#include <gtest/gtest.h>

#include <cmath>

#include "yieldc/runtime.hpp"

namespace {

py::Object big(const char* digits) { return py::int_from_decimal(digits); }

TEST(Int, AdditionPromotesPastInt64) {
  py::Object max = py::Int(INT64_MAX);
  py::Object sum = py::add(max, py::Int(1));
  EXPECT_TRUE(sum.is_heap());
  EXPECT_EQ(py::repr(sum), "9223372036854775808");
  // And demotes back when the value fits again.
  py::Object back = py::sub(sum, py::Int(1));
  EXPECT_TRUE(back.is_small_int());
  EXPECT_EQ(back.as_small_int(), INT64_MAX);
}

TEST(Int, MultiplicationOverflow) {
  EXPECT_EQ(py::repr(py::mul(py::Int(INT64_MIN), py::Int(-1))), "9223372036854775808");
  EXPECT_EQ(py::repr(py::power(py::Int(3), py::Int(70))), "2503155504993241601315571986085849");
}

// int.bit_length()/bit_count() and float.is_integer(), as CPython 3.11:
// (-256).bit_length() == 9, (2**64).bit_length() == 65, (-(2**70) - 1).bit_count() == 2.
TEST(Int, BitLengthAndBitCount) {
  auto bit_length = [](const py::Object& o) { return py::repr(py::call(py::getattr(o, "bit_length"), {})); };
  auto bit_count = [](const py::Object& o) { return py::repr(py::call(py::getattr(o, "bit_count"), {})); };
  EXPECT_EQ(bit_length(py::Int(0)), "0");
  EXPECT_EQ(bit_length(py::Int(-256)), "9");
  EXPECT_EQ(bit_length(py::Int(INT64_MIN)), "64");
  EXPECT_EQ(bit_length(big("18446744073709551616")), "65");
  EXPECT_EQ(bit_length(big("-18446744073709551619")), "65");
  EXPECT_EQ(bit_length(py::True), "1");
  EXPECT_EQ(bit_count(py::Int(-255)), "8");
  EXPECT_EQ(bit_count(big("-1180591620717411303425")), "2");
}

TEST(Float, IsInteger) {
  auto is_integer = [](double v) { return py::repr(py::call(py::getattr(py::Float(v), "is_integer"), {})); };
  EXPECT_EQ(is_integer(3.0), "True");
  EXPECT_EQ(is_integer(3.5), "False");
  EXPECT_EQ(is_integer(-0.0), "True");
  EXPECT_EQ(is_integer(1e300), "True");
  EXPECT_EQ(is_integer(HUGE_VAL), "False");
  EXPECT_EQ(is_integer(std::nan("")), "False");
}

TEST(Int, FloorDivisionAndModuloRoundTowardNegativeInfinity) {
  EXPECT_EQ(py::repr(py::floordiv(py::Int(-7), py::Int(2))), "-4");
  EXPECT_EQ(py::repr(py::mod(py::Int(-7), py::Int(2))), "1");
  EXPECT_EQ(py::repr(py::mod(py::Int(7), py::Int(-2))), "-1");
  EXPECT_EQ(py::repr(py::floordiv(py::Int(INT64_MIN), py::Int(-1))), "9223372036854775808");
  EXPECT_EQ(py::repr(py::floordiv(big("-100000000000000000000"), py::Int(7))), "-14285714285714285715");
}

TEST(Int, DivisionByZeroRaisesZeroDivisionError) {
  try {
    py::floordiv(py::Int(1), py::Int(0));
    FAIL() << "no exception";
  } catch (const py::Raised& r) {
    EXPECT_EQ(py::format_exception_only(r.exception), "ZeroDivisionError: integer division or modulo by zero");
  }
}

TEST(Int, TrueDivisionIsCorrectlyRounded) {
  // Expected values printed by python3 (CPython 3.11.7) for the same expressions.
  EXPECT_EQ(py::repr(py::truediv(py::Int(1), py::Int(3))), "0.3333333333333333");
  EXPECT_EQ(py::repr(py::truediv(py::power(py::Int(10), py::Int(30)), py::Int(7))), "1.4285714285714285e+29");
  EXPECT_EQ(py::repr(py::truediv(big("123456789012345678901234567890"), big("987654321098765432109876543210"))),
            "0.1249999988609375");
}

TEST(Float, ReprMatchesCPython) {
  EXPECT_EQ(py::float_repr(0.1), "0.1");
  EXPECT_EQ(py::float_repr(1e16), "1e+16");
  EXPECT_EQ(py::float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(py::float_repr(1e-5), "1e-05");
  EXPECT_EQ(py::float_repr(0.0001), "0.0001");
  EXPECT_EQ(py::float_repr(5.0), "5.0");
  EXPECT_EQ(py::float_repr(16.0 / 3.0), "5.333333333333333");
  EXPECT_EQ(py::float_repr(-0.0), "-0.0");
  EXPECT_EQ(py::float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(py::float_repr(INFINITY), "inf");
  EXPECT_EQ(py::float_repr(NAN), "nan");
}

TEST(Compare, IntAndFloatCompareExactly) {
  // 2**53 + 1 is not representable as a float: they are not equal.
  py::Object i = py::add(py::power(py::Int(2), py::Int(53)), py::Int(1));
  py::Object f = py::Float(9007199254740992.0);
  EXPECT_FALSE(py::eq(i, f));
  EXPECT_TRUE(py::gt(i, f));
  EXPECT_TRUE(py::eq(py::Int(1), py::Float(1.0)));
  EXPECT_FALSE(py::le(py::Float(NAN), py::Int(1)));
}

TEST(Hash, EqualNumbersHashAlike) {
  EXPECT_EQ(py::hash(py::Int(1)), py::hash(py::Float(1.0)));
  EXPECT_EQ(py::hash(py::True), py::hash(py::Int(1)));
  EXPECT_EQ(py::hash(py::Int(-1)), -2);
  EXPECT_EQ(py::hash(py::power(py::Int(2), py::Int(61))), 1);  // CPython: hash(2**61) == 1
}

TEST(Str, ReprChoosesQuotesLikeCPython) {
  EXPECT_EQ(py::str_repr("it's"), "\"it's\"");
  EXPECT_EQ(py::str_repr("a\"b'c"), "'a\"b\\'c'");
  EXPECT_EQ(py::str_repr("tab\there\n"), "'tab\\there\\n'");
  EXPECT_EQ(py::str_repr("\x01"), "'\\x01'");
  EXPECT_EQ(py::str_repr("h\xc3\xa9"), "'h\xc3\xa9'");
}

}  // namespace

namespace {

// `r = r` (and `x = x.attr` where x held the only reference) copies the
// value before releasing the old one.
TEST(Object, SelfAssignmentKeepsTheValue) {
  py::Object big_value = big("123456789012345678901234567890");
  const py::Object& alias = big_value;
  big_value = alias;
  ASSERT_TRUE(big_value.is_heap());
  EXPECT_EQ(py::repr(big_value), "123456789012345678901234567890");
  py::Object small = py::Int(7);
  const py::Object& small_alias = small;
  small = small_alias;
  ASSERT_TRUE(small.is_small_int());
  EXPECT_EQ(small.as_small_int(), 7);
}

TEST(Object, AssignFromInsideTheReleasedValue) {
  py::Object list = py::new_list({py::new_str("only")});
  // The element is referenced only by the list that the assignment frees.
  list = py::cast<py::List>(list)->items[0];
  ASSERT_TRUE(py::is_str(list));
  EXPECT_EQ(py::repr(list), "'only'");
}

}  // namespace
