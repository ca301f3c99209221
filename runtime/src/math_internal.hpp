// What the two files of the math module share: the argument conversions
// CPython's math functions make (PyFloat_AsDouble, PyNumber_Index), the
// keyword check of its METH_FASTCALL functions, and the registration of
// the integer functions of math_integer.cpp.
#pragma once

#include "yieldc/call.hpp"
#include "yieldc/module.hpp"
#include "yieldc/object.hpp"

namespace py {

// PyFloat_AsDouble: a float; an int or bool (OverflowError `int too large
// to convert to float` beyond the float range); an instance whose class
// defines __float__ (or else __index__). Anything else is CPython's
// TypeError `must be real number, not str`.
double real_argument(const Object& o);

// PyNumber_Index: an int (a bool becomes a plain int), or the int an
// instance's __index__ returns; else TypeError `'float' object cannot be
// interpreted as an integer`.
Object index_argument(const Object& o);

// A math function that takes only positional arguments called with a
// keyword: `math.gcd() takes no keyword arguments`.
void math_no_keywords(const Args& args, const char* name);

// gcd, lcm, isqrt, factorial, comb, perm and prod (math_integer.cpp).
void math_register_integer(Module& module);

}  // namespace py
