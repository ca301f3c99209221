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
  Object take() const { return int_from_mpz(v); }
  mpz_t v;
};

// int(x) for a float: truncation toward zero, exact for every finite value;
// OverflowError for an infinity, ValueError for a NaN (CPython's messages).
Object int_from_double(double x);

std::string int_repr(const Object& o);

}  // namespace py
