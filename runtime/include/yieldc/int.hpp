// Python int: an inline int64 while it fits, a GMP integer (BigInt) when it
// does not. Every operation checks for overflow and promotes; a BigInt whose
// value fits in int64 is always demoted back, so "small" and "big" never
// overlap and equality can compare representations directly.
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

class BigInt : public HeapObject {
 public:
  BigInt() : HeapObject(&int_type) { mpz_init(value); }
  ~BigInt() override { mpz_clear(value); }

  std::string repr() const override;
  bool truthy() const override { return mpz_sgn(value) != 0; }
  int64_t hash() const override;
  int eq(const Object& other) const override;

  mpz_t value;
};

// An int Object from a GMP value: inline if it fits, else a new BigInt.
Object int_from_mpz(const mpz_t value);
// Parses decimal digits (as the frontend stores int literals).
Object int_from_decimal(std::string_view digits);

inline bool is_int(const Object& o) {
  return o.is_small_int() || (o.is_heap() && o.heap()->type() == &int_type);
}
// bool is a subclass of int: True + 1 == 2.
inline bool is_int_like(const Object& o) { return is_int(o) || o.is_bool(); }

// The value of an int (or bool) as a GMP integer, for the slow paths.
void int_to_mpz(const Object& o, mpz_t out);

// Ints just past int64 (a 64-bit checksum, a sum that outgrew int64) are
// common and short: the slow paths compute them in 128 bits when both
// operands fit, and GMP only beyond. `int_to_i128` is false for a value of
// 2**127 or more in magnitude; `int_from_i128` is inline when it fits.
__extension__ typedef __int128 Int128;  // __extension__: a GCC/Clang type, not ISO C++
__extension__ typedef unsigned __int128 UInt128;
bool int_to_i128(const Object& o, Int128& out);
// A GMP integer's digits in `base` (mpz_get_str into a std::string).
std::string mpz_to_string(mpz_srcptr value, int base);
Object int_from_i128(Int128 v);

// An owned GMP integer for the slow paths: `Mpz x(o)` holds o's value.
struct Mpz {
  Mpz() { mpz_init(v); }
  explicit Mpz(const Object& o) {
    mpz_init(v);
    int_to_mpz(o, v);
  }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  // The value as an int Object; a big one takes over the limbs (no copy),
  // leaving this Mpz zero.
  Object take();
  mpz_t v;
};

// A read-only GMP view of an int (or bool) for the slow paths' operands:
// a BigInt's own value, or a small int in one limb on the stack, so that
// `a + b` on big ints copies neither operand.
class MpzView {
 public:
  explicit MpzView(const Object& o) {
    if (o.is_heap()) {
      v = static_cast<const BigInt*>(o.heap())->value;
      return;
    }
    static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "one limb holds an int64");
    const int64_t x = o.as_small_int();
    limb_ = x < 0 ? uint64_t{0} - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    v = mpz_roinit_n(local_, &limb_, x < 0 ? -1 : x == 0 ? 0 : 1);
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr v;

 private:
  mp_limb_t limb_ = 0;
  mpz_t local_;
};

// int(x) for a float: truncation toward zero, exact for every finite value;
// OverflowError for an infinity, ValueError for a NaN (CPython's messages).
Object int_from_double(double x);

std::string int_repr(const Object& o);

}  // namespace py
