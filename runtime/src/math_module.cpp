// The math module, as CPython 3.11's Modules/mathmodule.c: the constants
// (pi, e, tau, inf, nan), the functions of floats, hypot, dist and fsum.
// Each takes its arguments and reports its errors as CPython's does:
// ValueError `math domain error` where the result is undefined (a NaN from
// a non-NaN, a pole), OverflowError `math range error` where it is too
// large for a float, and CPython's argument-parsing messages, which differ
// by how each function parses (`math.sqrt() takes exactly one argument (2
// given)`, `atan2 expected 2 arguments, got 1`). Where CPython computes a
// result itself instead of calling the C library (pow's and atan2's special
// values, remainder, gamma and lgamma, fsum's exact sum, hypot's and
// dist's compensated norm, the log of an int beyond the float range) the
// same algorithm is used, so the results are the same bits; the rest is
// the C library's, as in CPython. Not here: sumprod (3.12) and
// nextafter's steps (3.12). The integer functions (gcd, lcm, isqrt,
// factorial, comb, perm) and prod are in math_integer.cpp.
#include <cerrno>
#include <climits>
#include <cmath>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "math_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kE = 2.718281828459045235360287471352662497757;
constexpr double kTau = 6.283185307179586476925286766559005768394;

[[noreturn]] void domain_error() { raise_error(&value_error_type, "math domain error"); }
[[noreturn]] void range_error() { raise_error(&overflow_error_type, "math range error"); }

}  // namespace

// ---------------------------------------------------------------- argument conversions

Object index_argument(const Object& o) {
  if (o.is_bool()) return Object::from_int(o.as_small_int());
  if (is_int(o)) return o;
  if (o.type()->is_user_class()) {
    bool found = false;
    Object result = call_special(o, "__index__", Args{}, &found);
    if (found) {
      if (!is_int_like(result)) {
        raise_error(&type_error_type, "__index__ returned non-int (type {})", result.type()->name());
      }
      return result.is_bool() ? Object::from_int(result.as_small_int()) : result;
    }
  }
  raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
}

double real_argument(const Object& o) {
  if (o.is_float()) return o.as_float();
  if (o.is_small_int() || o.is_bool()) return static_cast<double>(o.as_small_int());
  if (is_int(o)) return big_int_to_double(o);
  if (o.type()->is_user_class()) {
    bool found = false;
    Object result = call_special(o, "__float__", Args{}, &found);
    if (found) {
      if (!result.is_float()) {
        raise_error(&type_error_type, "{}.__float__ returned non-float (type {})", o.type()->name(),
                    result.type()->name());
      }
      return result.as_float();
    }
    if (class_lookup(o.type(), "__index__") != nullptr) return real_argument(index_argument(o));
  }
  raise_error(&type_error_type, "must be real number, not {}", o.type()->name());
}

void math_no_keywords(const Args& args, const char* name) {
  if (args.nkw) raise_error(&type_error_type, "math.{}() takes no keyword arguments", name);
}

namespace {

// ---------------------------------------------------------------- functions of one float

// CPython's math_1: f(x), where a NaN from a non-NaN x is a domain error
// and an infinity from a finite x is an overflow for the functions that
// can overflow (exp, cosh, ...) and a pole (domain error) for the others.
Object unary(const Args& args, const char* qualname, double (*f)(double), bool can_overflow) {
  expect_one_arg(args, qualname);
  const double x = real_argument(args[0]);
  const double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return Object::from_float(r);
}

// log1p keeps the sign of a zero argument on every platform (_Py_log1p).
double m_log1p(double x) { return x == 0.0 ? x : std::log1p(x); }

#define YIELDC_MATH_1(name, expression, can_overflow)                                        \
  Object math_##name(const Args& args) {                                                     \
    return unary(args, "math." #name, [](double x) { return expression; }, can_overflow);    \
  }
YIELDC_MATH_1(acos, std::acos(x), false)
YIELDC_MATH_1(acosh, std::acosh(x), false)
YIELDC_MATH_1(asin, std::asin(x), false)
YIELDC_MATH_1(asinh, std::asinh(x), false)
YIELDC_MATH_1(atan, std::atan(x), false)
YIELDC_MATH_1(atanh, std::atanh(x), false)
YIELDC_MATH_1(cbrt, std::cbrt(x), false)
YIELDC_MATH_1(cos, std::cos(x), false)
YIELDC_MATH_1(cosh, std::cosh(x), true)
YIELDC_MATH_1(exp, std::exp(x), true)
YIELDC_MATH_1(exp2, std::exp2(x), true)
YIELDC_MATH_1(expm1, std::expm1(x), true)
YIELDC_MATH_1(fabs, std::fabs(x), false)
YIELDC_MATH_1(log1p, m_log1p(x), false)
YIELDC_MATH_1(sin, std::sin(x), false)
YIELDC_MATH_1(sinh, std::sinh(x), true)
YIELDC_MATH_1(sqrt, std::sqrt(x), false)
YIELDC_MATH_1(tan, std::tan(x), false)
YIELDC_MATH_1(tanh, std::tanh(x), false)
#undef YIELDC_MATH_1

// ---------------------------------------------------------------- gamma and lgamma

// sin(pi * x), exact at the integers and half-integers, for finite x
// (CPython's m_sinpi, for the reflection formula).
double sin_pi(double x) {
  const double y = std::fmod(std::fabs(x), 2.0);
  double r = 0.0;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;  // not -sin(pi*(y-1)): that gives -0.0 at y == 1
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    case 4: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// The Lanczos approximation CPython uses (N = 13, g = 6.0246800407767296,
// Boost's parameters), as a rational function: numerator and denominator
// coefficients, the denominator being x*(x+1)*...*(x+11).
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNumerator[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDenominator[13] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                            45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                            1925.0,     66.0,       1.0};

// The Lanczos sum for x > 0, evaluated in 1/x beyond 5 to avoid overflow.
double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = 13; --i >= 0;) {
      num = num * x + kLanczosNumerator[i];
      den = den * x + kLanczosDenominator[i];
    }
  } else {
    for (int i = 0; i < 13; i++) {
      num = num / x + kLanczosNumerator[i];
      den = den / x + kLanczosDenominator[i];
    }
  }
  return num / den;
}

// Gamma(x) as CPython's m_tgamma computes it; errno says EDOM at the poles
// and negative integers, ERANGE on overflow.
double m_tgamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;  // gamma(-inf)
  }
  if (x == 0.0) {
    errno = EDOM;
    return std::copysign(INFINITY, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= 23.0) {  // (x - 1)! exactly
      double factorial = 1.0;
      for (int k = 2; k < static_cast<int>(x); ++k) factorial *= k;
      return factorial;
    }
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) {  // gamma(x) ~ 1/x
    const double r = 1.0 / x;
    if (std::isinf(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {  // overflows, or underflows to a signed zero
    if (x < 0.0) return 0.0 / sin_pi(x);
    errno = ERANGE;
    return INFINITY;
  }
  const double y = absx + kLanczosGMinusHalf;
  // The rounding error of y, to correct pow(y, x - 0.5) / exp(y) by.
  double z;
  if (absx > kLanczosGMinusHalf) {
    const double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    const double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      const double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      const double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

// log(abs(Gamma(x))) as CPython's m_lgamma computes it.
double m_lgamma(double x) {
  constexpr double kLogPi = 1.144729885849400174143427351353058711647;
  if (!std::isfinite(x)) return std::isnan(x) ? x : INFINITY;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;  // a pole
      return INFINITY;
    }
    return 0.0;  // lgamma(1) == lgamma(2) == 0
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;  // reflection
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

// CPython's math_1a: f(x) judged by errno alone (EDOM: domain error;
// ERANGE: an overflow, unless the result is small, an underflow).
Object errno_unary(const Args& args, const char* qualname, double (*f)(double)) {
  expect_one_arg(args, qualname);
  const double x = real_argument(args[0]);
  errno = 0;
  const double r = f(x);
  if (errno == EDOM) domain_error();
  if (errno == ERANGE && std::fabs(r) >= 1.5) range_error();
  return Object::from_float(r);
}

Object math_erf(const Args& args) { return errno_unary(args, "math.erf", [](double x) { return std::erf(x); }); }
Object math_erfc(const Args& args) { return errno_unary(args, "math.erfc", [](double x) { return std::erfc(x); }); }
Object math_gamma(const Args& args) { return errno_unary(args, "math.gamma", m_tgamma); }
Object math_lgamma(const Args& args) { return errno_unary(args, "math.lgamma", m_lgamma); }

// ulp(x): the distance from |x| to the next float away from zero (towards
// zero for the largest float).
Object math_ulp(const Args& args) {
  expect_one_arg(args, "math.ulp");
  double x = real_argument(args[0]);
  if (std::isnan(x)) return Object::from_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Object::from_float(x);
  const double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Object::from_float(x - std::nextafter(x, -INFINITY));
  return Object::from_float(up - x);
}

// degrees(x) and radians(x): one multiplication by CPython's constants.
Object math_degrees(const Args& args) {
  expect_one_arg(args, "math.degrees");
  return Object::from_float(real_argument(args[0]) * (180.0 / kPi));
}
Object math_radians(const Args& args) {
  expect_one_arg(args, "math.radians");
  return Object::from_float(real_argument(args[0]) * (kPi / 180.0));
}

Object math_isfinite(const Args& args) {
  expect_one_arg(args, "math.isfinite");
  return Object::from_bool(std::isfinite(real_argument(args[0])));
}
Object math_isinf(const Args& args) {
  expect_one_arg(args, "math.isinf");
  return Object::from_bool(std::isinf(real_argument(args[0])));
}
Object math_isnan(const Args& args) {
  expect_one_arg(args, "math.isnan");
  return Object::from_bool(std::isnan(real_argument(args[0])));
}

// ---------------------------------------------------------------- floor, ceil, trunc

// floor(x) and ceil(x): ints are themselves, a class's __floor__ or
// __ceil__ is called, anything else goes through float.
Object floor_or_ceil(const Args& args, const char* qualname, const char* special, double (*f)(double)) {
  expect_one_arg(args, qualname);
  const Object& x = args[0];
  if (is_int_like(x)) return index_argument(x);  // a plain int: floor(True) is 1
  if (x.type()->is_user_class()) {
    bool found = false;
    Object result = call_special(x, special, Args{}, &found);
    if (found) return result;
  }
  return int_from_double(f(real_argument(x)));
}

Object math_floor(const Args& args) {
  return floor_or_ceil(args, "math.floor", "__floor__", [](double x) { return std::floor(x); });
}
Object math_ceil(const Args& args) {
  return floor_or_ceil(args, "math.ceil", "__ceil__", [](double x) { return std::ceil(x); });
}

// trunc(x): floats and ints directly, else the class's __trunc__ (no
// conversion through float, as CPython).
Object math_trunc(const Args& args) {
  expect_one_arg(args, "math.trunc");
  const Object& x = args[0];
  if (x.is_float()) return int_from_double(x.as_float());
  if (is_int_like(x)) return index_argument(x);
  if (x.type()->is_user_class()) {
    bool found = false;
    Object result = call_special(x, "__trunc__", Args{}, &found);
    if (found) return result;
  }
  raise_error(&type_error_type, "type {} doesn't define __trunc__ method", x.type()->name());
}

// ---------------------------------------------------------------- functions of two floats

// CPython's math_2: f(x, y), where a NaN from non-NaN arguments is a
// domain error and an infinity from finite ones an overflow.
Object binary(const Args& args, const char* name, double (*f)(double, double)) {
  math_no_keywords(args, name);
  check_positional(args, name, 2, 2);
  const double x = real_argument(args[0]);
  const double y = real_argument(args[1]);
  const double r = f(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error();
  return Object::from_float(r);
}

// atan2 with C99's special values spelled out (CPython's m_atan2).
double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.25 * kPi : 0.75 * kPi, y);
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.0) return std::copysign(std::copysign(1.0, x) == 1.0 ? 0.0 : kPi, y);
  return std::atan2(y, x);
}

// IEEE 754 remainder: x - n*y for the integer n nearest x/y, ties to even
// (CPython's m_remainder, exact).
double m_remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    const double absx = std::fabs(x);
    const double absy = std::fabs(y);
    const double m = std::fmod(absx, absy);
    const double c = absy - m;
    double r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);  // a tie: the even multiple
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;  // finite x, infinite y
}

Object math_atan2(const Args& args) { return binary(args, "atan2", m_atan2); }
Object math_copysign(const Args& args) {
  return binary(args, "copysign", [](double x, double y) { return std::copysign(x, y); });
}
Object math_remainder(const Args& args) { return binary(args, "remainder", m_remainder); }
Object math_nextafter(const Args& args) {
  return binary(args, "nextafter", [](double x, double y) { return std::nextafter(x, y); });
}
Object math_fmod(const Args& args) {
  // fmod(x, +-inf) is x for a finite x, whatever the platform says.
  return binary(args, "fmod", [](double x, double y) { return std::isinf(y) && std::isfinite(x) ? x : std::fmod(x, y); });
}

// pow(x, y): IEEE special values handled here, finite ** finite by libm;
// 0.0 ** negative is a domain error, an overflow a range error.
Object math_pow(const Args& args) {
  math_no_keywords(args, "pow");
  check_positional(args, "pow", 2, 2);
  const double x = real_argument(args[0]);
  const double y = real_argument(args[1]);
  double r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;  // nan ** 0 is 1
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;  // 1 ** nan is 1
    } else if (std::isinf(x)) {
      const bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else if (std::fabs(x) == 1.0) {  // y is infinite
      r = 1.0;
    } else if (y > 0.0 && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0.0 && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.0;
    }
    return Object::from_float(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) domain_error();  // negative ** non-integer
  if (std::isinf(r)) {
    if (x == 0.0) domain_error();  // 0.0 ** negative
    range_error();
  }
  return Object::from_float(r);
}

// ---------------------------------------------------------------- logarithms

// CPython's loghelper: an int is taken exactly, so that the log of an int
// beyond the float range is log(m) + log(2) * e from its frexp; zero and
// negative ints are domain errors. Anything else is math_1 of the float.
Object log_helper(const Object& x, double (*f)(double)) {
  if (is_int_like(x)) {
    const bool positive = x.is_heap() ? mpz_sgn(cast<BigInt>(x)->value) > 0 : x.as_small_int() > 0;
    if (!positive) domain_error();
    if (!x.is_heap()) return Object::from_float(f(static_cast<double>(x.as_small_int())));
    int64_t exponent;
    const double m = int_frexp(x, exponent);
    if (exponent > 1024) return Object::from_float(f(m) + f(2.0) * static_cast<double>(exponent));
    return Object::from_float(f(std::ldexp(m, static_cast<int>(exponent))));
  }
  const double v = real_argument(x);
  const double r = f(v);
  if (std::isnan(r) && !std::isnan(v)) domain_error();
  if (std::isinf(r) && std::isfinite(v)) domain_error();
  return Object::from_float(r);
}

double log_e(double x) { return std::log(x); }
double log_2(double x) { return std::log2(x); }
double log_10(double x) { return std::log10(x); }

// log(x[, base]): log(x) / log(base), with the ZeroDivisionError of that
// division for base 1.
Object math_log(const Args& args) {
  if (args.nkw) raise_error(&type_error_type, "log() takes no keyword arguments");
  if (args.npos < 1 || args.npos > 2) raise_error(&type_error_type, "math.log requires 1 to 2 arguments");
  Object num = log_helper(args[0], log_e);
  if (args.npos == 1) return num;
  Object den = log_helper(args[1], log_e);
  return truediv(num, den);
}
Object math_log2(const Args& args) {
  expect_one_arg(args, "math.log2");
  return log_helper(args[0], log_2);
}
Object math_log10(const Args& args) {
  expect_one_arg(args, "math.log10");
  return log_helper(args[0], log_10);
}

// ---------------------------------------------------------------- frexp, ldexp, modf

Object math_frexp(const Args& args) {
  expect_one_arg(args, "math.frexp");
  double x = real_argument(args[0]);
  int e = 0;
  if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &e);
  return new_tuple({Object::from_float(x), Object::from_int(e)});
}

// ldexp(x, i): i must be an int (a huge one saturates, giving an overflow
// or a zero).
Object math_ldexp(const Args& args) {
  math_no_keywords(args, "ldexp");
  check_positional(args, "ldexp", 2, 2);
  const double x = real_argument(args[0]);
  const Object& i = args[1];
  if (!is_int_like(i)) raise_error(&type_error_type, "Expected an int as second argument to ldexp.");
  int64_t exp = i.is_heap() ? (mpz_sgn(cast<BigInt>(i)->value) < 0 ? INT64_MIN : INT64_MAX) : i.as_small_int();
  double r;
  if (x == 0.0 || !std::isfinite(x)) {
    r = x;  // zeros, infinities and NaNs unchanged
  } else if (exp > INT_MAX) {
    range_error();
  } else if (exp < INT_MIN) {
    r = std::copysign(0.0, x);
  } else {
    r = std::ldexp(x, static_cast<int>(exp));
    if (std::isinf(r)) range_error();
  }
  return Object::from_float(r);
}

Object math_modf(const Args& args) {
  expect_one_arg(args, "math.modf");
  const double x = real_argument(args[0]);
  if (std::isinf(x)) return new_tuple({Object::from_float(std::copysign(0.0, x)), Object::from_float(x)});
  if (std::isnan(x)) return new_tuple({Object::from_float(x), Object::from_float(x)});
  double integral;
  const double fractional = std::modf(x, &integral);
  return new_tuple({Object::from_float(fractional), Object::from_float(integral)});
}

// ---------------------------------------------------------------- isclose

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): the "weak" test of Boost,
// as CPython: equal values (same-signed infinities) are close, an infinity
// is close to nothing else.
Object math_isclose(const Args& args) {
  Object a[4];
  bind_clinic(args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, a, 2);
  const double x = real_argument(a[0]);
  const double y = real_argument(a[1]);
  const double rel_tol = a[2].is_bound() ? real_argument(a[2]) : 1e-09;
  const double abs_tol = a[3].is_bound() ? real_argument(a[3]) : 0.0;
  if (rel_tol < 0.0 || abs_tol < 0.0) raise_error(&value_error_type, "tolerances must be non-negative");
  if (x == y) return True;
  if (std::isinf(x) || std::isinf(y)) return False;
  const double diff = std::fabs(y - x);
  return Object::from_bool(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

// ---------------------------------------------------------------- hypot and dist

// CPython's vector_norm: sqrt(sum(x*x for x in vec)) for non-negative
// values whose largest is `max`, nearly always correctly rounded. The
// values are scaled by a power of two (lossless), squared exactly with
// Dekker's split, summed with Neumaier compensation into three
// accumulators (csum starts at 1.0 so that it always dominates), and the
// square root gets one differential correction. When max is subnormal
// (the scale would overflow) 3.11 divides by max instead, with one
// accumulator and no correction.
double vector_norm(const std::vector<double>& vec, double max, bool found_nan) {
  const double kSplit = 134217729.0;  // 2**27 + 1
  const size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  // Adds `term` to csum, its rounding error to `frac`.
  auto accumulate = [&csum](double term, double& frac) {
    const double old = csum;
    csum += term;
    frac += (old - csum) + term;
  };
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // ldexp(1.0, -max_e) would overflow: divide by max instead of scaling.
    for (double v : vec) {
      const double x = v / max;
      accumulate(x * x, frac1);
    }
    return max * std::sqrt(csum - 1.0 + frac1);
  }
  const double scale = std::ldexp(1.0, -max_e);
  for (double v : vec) {
    const double x = v * scale;
    const double t = x * kSplit;
    const double hi = t - (t - x);
    const double lo = x - hi;
    accumulate(hi * hi, frac1);
    accumulate(2.0 * hi * lo, frac2);
    frac3 += lo * lo;
  }
  const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  const double t = h * kSplit;
  const double hi = t - (t - h);
  const double lo = h - hi;
  accumulate(-hi * hi, frac1);
  accumulate(-2.0 * hi * lo, frac2);
  accumulate(-lo * lo, frac3);
  const double x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

Object math_hypot(const Args& args) {
  math_no_keywords(args, "hypot");
  std::vector<double> coordinates;
  coordinates.reserve(args.npos);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < args.npos; ++i) {
    const double x = std::fabs(real_argument(args[i]));
    coordinates.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Object::from_float(vector_norm(coordinates, max, found_nan));
}

// The items of a point: a tuple's own, anything else through tuple(p).
std::vector<Object> point_items(const Object& p) {
  if (is_tuple(p)) return cast<Tuple>(p)->items;
  Object list = list_from_iterable(p);
  return std::move(cast<List>(list)->items);
}

Object math_dist(const Args& args) {
  math_no_keywords(args, "dist");
  check_positional(args, "dist", 2, 2);
  const std::vector<Object> p = point_items(args[0]);
  const std::vector<Object> q = point_items(args[1]);
  if (p.size() != q.size()) raise_error(&value_error_type, "both points must have the same number of dimensions");
  std::vector<double> diffs;
  diffs.reserve(p.size());
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const double px = real_argument(p[i]);
    const double qx = real_argument(q[i]);
    const double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Object::from_float(vector_norm(diffs, max, found_nan));
}

// ---------------------------------------------------------------- fsum

// fsum(iterable): the correctly rounded sum, by Shewchuk's algorithm as
// CPython runs it: the exact sum is kept as non-overlapping partials, then
// added from the top with a correction so that half-way cases round to
// even across partials. Infinities and NaNs are summed apart; a finite
// overflow is an error.
Object math_fsum(const Args& args) {
  expect_one_arg(args, "math.fsum");
  Object it = iter(args[0]);
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  Object item;
  while (next(it, item)) {
    double x = real_argument(item);
    const double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      const double hi = x + y;
      const double yr = hi - x;
      const double lo = y - yr;
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x == 0.0) continue;
    if (!std::isfinite(x)) {
      // From an inf or nan summand, or else an intermediate overflow.
      if (std::isfinite(xsave)) raise_error(&overflow_error_type, "intermediate overflow in fsum");
      if (std::isinf(xsave)) inf_sum += xsave;
      special_sum += xsave;
      partials.clear();
    } else {
      partials.push_back(x);
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise_error(&value_error_type, "-inf + inf in fsum");
    return Object::from_float(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    // Sum from the top while the sum stays exact.
    while (n > 0) {
      const double x = hi;
      const double y = partials[--n];
      hi = x + y;
      const double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds the
    // last digit up to two, as the 1e-16 makes the 1 closer to two.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      const double y = lo * 2.0;
      const double x = hi + y;
      const double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Object::from_float(hi);
}

// ---------------------------------------------------------------- the module

const BuiltinFunctionDef kFunctions[] = {
    {"acos", math_acos},           {"acosh", math_acosh},       {"asin", math_asin},
    {"asinh", math_asinh},         {"atan", math_atan},         {"atan2", math_atan2},
    {"atanh", math_atanh},         {"cbrt", math_cbrt},         {"ceil", math_ceil},
    {"copysign", math_copysign},   {"cos", math_cos},           {"cosh", math_cosh},
    {"degrees", math_degrees},     {"dist", math_dist},         {"erf", math_erf},
    {"erfc", math_erfc},           {"exp", math_exp},           {"exp2", math_exp2},
    {"expm1", math_expm1},         {"fabs", math_fabs},         {"floor", math_floor},
    {"fmod", math_fmod},           {"frexp", math_frexp},       {"fsum", math_fsum},
    {"gamma", math_gamma},         {"lgamma", math_lgamma},
    {"hypot", math_hypot},         {"isclose", math_isclose},   {"isfinite", math_isfinite},
    {"isinf", math_isinf},         {"isnan", math_isnan},       {"ldexp", math_ldexp},
    {"log", math_log},             {"log10", math_log10},       {"log1p", math_log1p},
    {"log2", math_log2},           {"modf", math_modf},         {"nextafter", math_nextafter},
    {"pow", math_pow},             {"radians", math_radians},   {"remainder", math_remainder},
    {"sin", math_sin},             {"sinh", math_sinh},         {"sqrt", math_sqrt},
    {"tan", math_tan},             {"tanh", math_tanh},         {"trunc", math_trunc},
    {"ulp", math_ulp},
};

}  // namespace

void init_math_module(Module& module) {
  for (const BuiltinFunctionDef& def : kFunctions) module.attrs.set(def.name, builtin_object(def));
  math_register_integer(module);
  module.attrs.set("pi", Object::from_float(kPi));
  module.attrs.set("e", Object::from_float(kE));
  module.attrs.set("tau", Object::from_float(kTau));
  module.attrs.set("inf", Object::from_float(INFINITY));
  module.attrs.set("nan", Object::from_float(NAN));
}

}  // namespace py
