// Python float: repr (shortest round trip with Python's layout), hash,
// and the numeric helpers shared by int and float arithmetic.
#pragma once

#include <cstdint>
#include <string>

#include "yieldc/object.hpp"

namespace py {

// repr(x): `0.1`, `1e+16`, `1e-05`, `5.0`, `inf`, `nan`, `-0.0`.
std::string float_repr(double x);
int64_t float_hash(double x);
// x ** y with CPython's errors (ZeroDivisionError, OverflowError).
double float_pow(double x, double y);
// float(big): raises OverflowError when out of range.
double big_int_to_double(const Object& big);
// An int (or bool) as m * 2**exponent with 0.5 <= |m| < 1 (0.0 and 0 for
// 0), m correctly rounded to 53 bits: CPython's _PyLong_Frexp, which also
// works for ints far beyond the float range (math.log of 10**400).
double int_frexp(const Object& x, int64_t& exponent);
// a / b for ints, correctly rounded as CPython does.
double int_true_divide(const Object& a, const Object& b);

// Exact ordering of two numbers (int, bool, big int or float).
enum class NumberOrder : int { Less = -1, Equal = 0, Greater = 1, Unordered = 2 };
NumberOrder compare_numbers(const Object& a, const Object& b);

}  // namespace py
