// Float repr, hash and the numeric helpers where ints and floats meet.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <iterator>

#include "yieldc/float.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "raise.hpp"
#include "method_tables.hpp"

namespace py {

std::string float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  // Shortest round-trip digits in scientific form: d.ddde[+-]X.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  bool negative = sci[0] == '-';
  if (negative) sci.erase(0, 1);
  size_t e_pos = sci.find('e');
  std::string digits = sci.substr(0, e_pos);
  int exponent = std::atoi(sci.c_str() + e_pos + 1);
  if (digits.size() > 1) digits.erase(1, 1);  // drop the '.'
  // CPython's float_repr_style 'short': the decimal point sits after
  // `decpt` digits; scientific notation when decpt <= -4 or decpt > 16.
  int decpt = exponent + 1;
  std::string out = negative ? "-" : "";
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1) {
      out += '.';
      out += digits.substr(1);
    }
    char exp_buf[16];
    std::snprintf(exp_buf, sizeof exp_buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp_buf;
  }
  if (decpt <= 0) return out + "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
  if (static_cast<size_t>(decpt) >= digits.size()) {
    return out + digits + std::string(static_cast<size_t>(decpt) - digits.size(), '0') + ".0";
  }
  return out + digits.substr(0, static_cast<size_t>(decpt)) + "." + digits.substr(static_cast<size_t>(decpt));
}

int64_t float_hash(double x) {
  // CPython's _Py_HashDouble: integral values hash as the int they equal;
  // others by their binary expansion modulo 2**61 - 1.
  if (std::isinf(x)) return x > 0 ? 314159 : -314159;
  if (std::isnan(x)) return 0;
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  int e;
  double m = std::frexp(x, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t h = 0;
  while (m != 0.0) {
    h = ((h << 28) & kModulus) | h >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    h += y;
    if (h >= kModulus) h -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  h = ((h << e) & kModulus) | h >> (kBits - e);
  auto result = static_cast<int64_t>(h) * sign;
  return result == -1 ? -2 : result;
}

double float_pow(double x, double y) {
  if (x == 0.0 && y < 0.0) {
    raise_error(&zero_division_error_type, "0.0 cannot be raised to a negative power");
  }
  if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) {
    raise_error(&value_error_type, "yieldc does not support complex numbers (negative number raised to a fractional power)");
  }
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    raise_error(&overflow_error_type, "(34, 'Numerical result out of range')");
  }
  return r;
}

double int_frexp(const Object& x, int64_t& exponent) {
  Mpz v(x);
  if (mpz_sgn(v.v) == 0) {
    exponent = 0;
    return 0.0;
  }
  const bool negative = mpz_sgn(v.v) < 0;
  mpz_abs(v.v, v.v);
  const size_t bits = mpz_sizeinbase(v.v, 2);
  exponent = static_cast<int64_t>(bits);
  double m;
  if (bits <= 53) {
    m = std::ldexp(mpz_get_d(v.v), -static_cast<int>(bits));  // exact
  } else {
    // The top 54 bits and a sticky bit for the rest, rounded to 53 bits
    // half to even, as _PyLong_Frexp rounds.
    const size_t shift = bits - 54;
    const bool sticky = mpz_scan1(v.v, 0) < shift;
    mpz_fdiv_q_2exp(v.v, v.v, shift);
    uint64_t top = mpz_get_ui(v.v);
    const bool half = (top & 1) != 0;
    top >>= 1;
    if (half && (sticky || (top & 1))) ++top;
    m = std::ldexp(static_cast<double>(top), -53);
    if (m == 1.0) {  // rounded up to the next power of two
      m = 0.5;
      ++exponent;
    }
  }
  return negative ? -m : m;
}

double big_int_to_double(const Object& big) {
  int64_t exponent;
  const double m = int_frexp(big, exponent);
  if (exponent > 1024) raise_error(&overflow_error_type, "int too large to convert to float");
  return std::ldexp(m, static_cast<int>(exponent));
}

double int_true_divide(const Object& a, const Object& b) {
  // Both operands exactly representable: one correctly rounded division.
  constexpr int64_t kExact = int64_t{1} << 53;
  if ((a.is_small_int() || a.is_bool()) && (b.is_small_int() || b.is_bool()) &&
      std::llabs(a.as_small_int()) <= kExact && std::llabs(b.as_small_int()) <= kExact) {
    return static_cast<double>(a.as_small_int()) / static_cast<double>(b.as_small_int());
  }
  // Otherwise: scale the numerator so the integer quotient has 55+ bits,
  // keep a sticky bit for the remainder, and let the FPU round once.
  mpz_t x, y, q, r;
  mpz_inits(x, y, q, r, nullptr);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  bool negative = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
  mpz_abs(x, x);
  mpz_abs(y, y);
  long shift = 55 - (static_cast<long>(mpz_sizeinbase(x, 2)) - static_cast<long>(mpz_sizeinbase(y, 2)));
  if (shift > 0) mpz_mul_2exp(x, x, static_cast<unsigned long>(shift));
  else mpz_mul_2exp(y, y, static_cast<unsigned long>(-shift));
  mpz_tdiv_qr(q, r, x, y);
  if (mpz_sgn(r) != 0) mpz_setbit(q, 0);  // sticky
  // q has 55-56 bits: exact in long double? No: round via two steps is
  // safe because the sticky bit keeps ties honest.
  double mant = mpz_get_d(q);  // q < 2**57: truncation can lose bits; fix below
  if (mpz_sizeinbase(q, 2) > 53) {
    size_t extra = mpz_sizeinbase(q, 2) - 53;
    uint64_t low = mpz_get_ui(q) & ((uint64_t{1} << extra) - 1);
    mpz_fdiv_q_2exp(q, q, extra);
    uint64_t halfway = uint64_t{1} << (extra - 1);
    if (low > halfway || (low == halfway && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mant = std::ldexp(mpz_get_d(q), static_cast<int>(extra));
  }
  mpz_clears(x, y, q, r, nullptr);
  double result = std::ldexp(mant, static_cast<int>(-shift));
  if (std::isinf(result)) raise_error(&overflow_error_type, "integer division result too large for a float");
  return negative ? -result : result;
}

NumberOrder compare_numbers(const Object& a, const Object& b) {
  auto order = [](int c) { return c < 0 ? NumberOrder::Less : (c > 0 ? NumberOrder::Greater : NumberOrder::Equal); };
  if (a.is_float() && b.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (std::isnan(x) || std::isnan(y)) return NumberOrder::Unordered;
    return order((x > y) - (x < y));
  }
  if (!a.is_float() && !b.is_float()) {
    if (!a.is_heap() && !b.is_heap()) {  // small ints and bools: no GMP
      const int64_t x = a.as_small_int(), y = b.as_small_int();
      return order((x > y) - (x < y));
    }
    mpz_t x, y;
    mpz_inits(x, y, nullptr);
    int_to_mpz(a, x);
    int_to_mpz(b, y);
    int c = mpz_cmp(x, y);
    mpz_clears(x, y, nullptr);
    return order(c);
  }
  // int vs float, exactly: GMP compares an mpz with a double without rounding.
  bool flipped = a.is_float();
  const Object& i = flipped ? b : a;
  double d = flipped ? a.as_float() : b.as_float();
  if (std::isnan(d)) return NumberOrder::Unordered;
  int c;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (std::isinf(d)) {
    c = d > 0 ? -1 : 1;
  } else if (!i.is_heap() && i.as_small_int() >= -kExact && i.as_small_int() <= kExact) {
    // An int of at most 53 bits is exactly a double.
    const auto x = static_cast<double>(i.as_small_int());
    c = (x > d) - (x < d);
  } else {
    mpz_t x;
    mpz_init(x);
    int_to_mpz(i, x);
    c = mpz_cmp_d(x, d);
    mpz_clear(x);
  }
  return order(flipped ? -c : c);
}

namespace {

// float.is_integer(): finite with no fractional part.
Object float_is_integer_method(const Object& self, const Args& args) {
  expect_no_args(args, "float.is_integer");
  const double v = self.as_float();
  return Object::from_bool(std::isfinite(v) && std::floor(v) == v);
}

}  // namespace

const MethodDef float_methods[] = {
    {"is_integer", float_is_integer_method},
};
const size_t float_method_count = std::size(float_methods);

}  // namespace py
