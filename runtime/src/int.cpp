// Python int beyond int64: GMP-backed BigInt, conversions between the two
// representations, repr and hash.
#include <algorithm>
#include <climits>
#include <cstring>
#include <cmath>
#include <iterator>
#include <memory>
#include <string>

#include "yieldc/int.hpp"
#include "yieldc/exceptions.hpp"
#include "raise.hpp"
#include "method_tables.hpp"

namespace py {

namespace {

// CPython hashes ints modulo the Mersenne prime 2**61 - 1.
constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

bool mpz_fits_int64(const mpz_t v) {
  // GMP's mpz_fits_slong_p is exactly int64 on LP64 Linux.
  static_assert(sizeof(long) == sizeof(int64_t));
  return mpz_fits_slong_p(v) != 0;
}

// GMP allocates limbs from the runtime's object pool (heap_pool): a BigInt
// then costs two pool blocks and no malloc. GMP passes every block's size
// back when it frees or grows it, which is all the pool needs. Installed
// before any other static initialiser can make a GMP integer.
void* gmp_allocate(size_t size) { return heap_pool::allocate(size); }
void* gmp_reallocate(void* p, size_t old_size, size_t new_size) {
  void* q = heap_pool::allocate(new_size);
  std::memcpy(q, p, std::min(old_size, new_size));
  heap_pool::release(p, old_size);
  return q;
}
void gmp_release(void* p, size_t size) { heap_pool::release(p, size); }
__attribute__((constructor(101))) void install_gmp_allocator() {
  mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_release);
}

}  // namespace

std::string mpz_to_string(mpz_srcptr value, int base) {
  // Written into our own buffer: GMP's would come from the pool above.
  std::string text(mpz_sizeinbase(value, base) + 2, '\0');
  mpz_get_str(text.data(), base, value);
  text.resize(std::strlen(text.c_str()));
  return text;
}

std::string BigInt::repr() const { return mpz_to_string(value, 10); }

bool int_to_i128(const Object& o, Int128& out) {
  if (!o.is_heap()) {
    out = o.as_small_int();
    return true;
  }
  mpz_srcptr v = static_cast<const BigInt*>(o.heap())->value;
  const size_t n = mpz_size(v);
  if (n > 2) return false;
  const UInt128 low = mpz_getlimbn(v, 0);
  const UInt128 high = n == 2 ? mpz_getlimbn(v, 1) : 0;
  if (high >> 63) return false;  // 2**127 or more
  const auto magnitude = static_cast<Int128>((high << 64) | low);
  out = mpz_sgn(v) < 0 ? -magnitude : magnitude;
  return true;
}

Object int_from_i128(Int128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return Object::from_int(static_cast<int64_t>(v));
  const auto bits = static_cast<UInt128>(v);
  const UInt128 magnitude = v < 0 ? 0 - bits : bits;  // -2**127 too
  const auto high = static_cast<mp_limb_t>(magnitude >> 64);
  auto* big = new BigInt();
  mp_limb_t* limbs = mpz_limbs_write(big->value, 2);
  limbs[0] = static_cast<mp_limb_t>(magnitude);
  limbs[1] = high;
  const mp_size_t size = high != 0 ? 2 : 1;
  mpz_limbs_finish(big->value, v < 0 ? -size : size);
  return Object::steal(big);
}

int64_t BigInt::hash() const {
  mpz_t r;
  mpz_init(r);
  mpz_tdiv_r_ui(r, value, kHashModulus);  // keeps the sign of value
  int64_t h = mpz_get_si(r);
  mpz_clear(r);
  return h == -1 ? -2 : h;
}

int BigInt::eq(const Object& other) const {
  if (other.is_heap() && other.heap()->type() == &int_type) {
    return mpz_cmp(value, cast<BigInt>(other)->value) == 0;
  }
  // A BigInt never equals a small int (representations do not overlap).
  if (other.is_small_int() || other.is_bool()) return 0;
  return -1;
}

Object int_from_mpz(const mpz_t value) {
  if (mpz_fits_int64(value)) return Object::from_int(mpz_get_si(value));
  auto* big = new BigInt();
  mpz_set(big->value, value);
  return Object::steal(big);
}

Object Mpz::take() {
  if (mpz_fits_int64(v)) return Object::from_int(mpz_get_si(v));
  auto* big = new BigInt();
  mpz_swap(big->value, v);
  return Object::steal(big);
}

Object int_from_decimal(std::string_view digits) {
  std::string text(digits);
  mpz_t v;
  mpz_init(v);
  if (mpz_set_str(v, text.c_str(), 10) != 0) {
    mpz_clear(v);
    raise_error(&value_error_type, "invalid literal for int() with base 10: '{}'", text);
  }
  Object result = int_from_mpz(v);
  mpz_clear(v);
  return result;
}

void int_to_mpz(const Object& o, mpz_t out) {
  if (o.is_small_int() || o.is_bool()) {
    mpz_set_si(out, o.as_small_int());
    return;
  }
  mpz_set(out, cast<BigInt>(o)->value);
}

Object int_from_double(double x) {
  if (std::isinf(x)) raise_error(&overflow_error_type, "cannot convert float infinity to integer");
  if (std::isnan(x)) raise_error(&value_error_type, "cannot convert float NaN to integer");
  double t = std::trunc(x);
  if (t >= -9.2e18 && t <= 9.2e18) return Object::from_int(static_cast<int64_t>(t));
  Mpz v;
  mpz_set_d(v.v, t);
  return v.take();
}

std::string int_repr(const Object& o) {
  if (o.is_small_int()) return std::to_string(o.as_small_int());
  return o.heap()->repr();
}

namespace {

// int.bit_length(): the number of bits of abs(self), 0 for 0.
Object int_bit_length_method(const Object& self, const Args& args) {
  expect_no_args(args, "int.bit_length");
  if (self.is_heap()) return Object::from_int(static_cast<int64_t>(mpz_sizeinbase(cast<BigInt>(self)->value, 2)));
  const int64_t v = self.is_bool() ? (self.as_bool() ? 1 : 0) : self.as_small_int();
  uint64_t mag = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t bits = 0;
  while (mag != 0) {
    ++bits;
    mag >>= 1;
  }
  return Object::from_int(bits);
}

// int.bit_count(): the number of one bits in abs(self).
Object int_bit_count_method(const Object& self, const Args& args) {
  expect_no_args(args, "int.bit_count");
  if (self.is_heap()) {
    mpz_t mag;
    mpz_init(mag);
    mpz_abs(mag, cast<BigInt>(self)->value);
    const int64_t n = static_cast<int64_t>(mpz_popcount(mag));
    mpz_clear(mag);
    return Object::from_int(n);
  }
  const int64_t v = self.is_bool() ? (self.as_bool() ? 1 : 0) : self.as_small_int();
  uint64_t mag = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return Object::from_int(__builtin_popcountll(mag));
}

}  // namespace

const MethodDef int_methods[] = {
    {"bit_length", int_bit_length_method},
    {"bit_count", int_bit_count_method},
};
const size_t int_method_count = std::size(int_methods);

}  // namespace py
