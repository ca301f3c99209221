// The core generator of the random module, as CPython 3.11's
// Modules/_randommodule.c implements _random.Random: MT19937 (Matsumoto and
// Nishimura's mt19937ar.c, the 2002 init_by_array seeding), seed() over the
// absolute value of an int cut into 32-bit words from the least significant
// end (or over hash(x) for other seeds, or over 624 words of system entropy
// for None), random() as 53 bits from two outputs, getrandbits(k) filled
// 32 bits at a time from the low end, and the state tuple of
// getstate()/setstate(). Same seed, same numbers as CPython.
#include <gmp.h>
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <vector>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "random_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;

// Fills `size` bytes from the kernel's entropy pool (os.urandom's source).
bool system_entropy(void* buffer, size_t size) {
  auto* out = static_cast<unsigned char*>(buffer);
  while (size > 0) {
    ssize_t n = getrandom(out, size, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// The words init_by_array takes for an unsigned value: 32 bits each, least
// significant first, at least one.
std::vector<uint32_t> key_of(uint64_t value) {
  if (value >> 32) return {static_cast<uint32_t>(value), static_cast<uint32_t>(value >> 32)};
  return {static_cast<uint32_t>(value)};
}

std::vector<uint32_t> key_of_abs(const Object& integer) {
  if (integer.is_small_int() || integer.is_bool()) {
    int64_t v = integer.as_small_int();
    return key_of(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(integer, z);
  mpz_abs(z, z);
  size_t bits = mpz_sizeinbase(z, 2);
  std::vector<uint32_t> key((bits - 1) / 32 + 1, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  return key;
}

// PyLong_AsUnsignedLong, whose errors setstate() reports.
uint64_t unsigned_long_of(const Object& o) {
  if (!is_int_like(o)) raise_error(&type_error_type, "an integer is required");
  if (o.is_small_int() || o.is_bool()) {
    if (o.as_small_int() < 0) raise_error(&overflow_error_type, "can't convert negative value to unsigned int");
    return static_cast<uint64_t>(o.as_small_int());
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(o, z);
  int sign = mpz_sgn(z);
  size_t bits = mpz_sizeinbase(z, 2);
  uint64_t value = mpz_getlimbn(z, 0);
  mpz_clear(z);
  if (sign < 0) raise_error(&overflow_error_type, "can't convert negative value to unsigned int");
  if (bits > 64) raise_error(&overflow_error_type, "Python int too large to convert to C unsigned long");
  return value;
}

}  // namespace

void MersenneTwister::init_genrand(uint32_t seed) {
  state[0] = seed;
  int i = 1;
  for (; i < kN; ++i) state[i] = 1812433253U * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<uint32_t>(i);
  index = i;
}

void MersenneTwister::init_by_array(const uint32_t* key, size_t length) {
  init_genrand(19650218U);
  size_t i = 1, j = 0;
  for (size_t k = kN > length ? kN : length; k; --k) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      state[0] = state[kN - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (size_t k = kN - 1; k; --k) {
    state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      state[0] = state[kN - 1];
      i = 1;
    }
  }
  state[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
}

void MersenneTwister::seed_from_entropy() {
  uint32_t key[kN];
  if (system_entropy(key, sizeof key)) {
    init_by_array(key, kN);
    return;
  }
  // random_seed_time_pid: the worst entropy, when the system has none.
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  uint64_t wall = static_cast<uint64_t>(now.tv_sec) * 1000000000U + static_cast<uint64_t>(now.tv_nsec);
  clock_gettime(CLOCK_MONOTONIC, &now);
  uint64_t mono = static_cast<uint64_t>(now.tv_sec) * 1000000000U + static_cast<uint64_t>(now.tv_nsec);
  uint32_t fallback[5] = {static_cast<uint32_t>(wall), static_cast<uint32_t>(wall >> 32),
                          static_cast<uint32_t>(getpid()), static_cast<uint32_t>(mono),
                          static_cast<uint32_t>(mono >> 32)};
  init_by_array(fallback, 5);
}

uint32_t MersenneTwister::next_uint32() {
  static constexpr uint32_t mag01[2] = {0x0U, kMatrixA};
  if (index >= kN) {  // generate kN words at one time
    int kk = 0;
    uint32_t y;
    for (; kk < kN - kM; ++kk) {
      y = (state[kk] & kUpperMask) | (state[kk + 1] & kLowerMask);
      state[kk] = state[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; ++kk) {
      y = (state[kk] & kUpperMask) | (state[kk + 1] & kLowerMask);
      state[kk] = state[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (state[kN - 1] & kUpperMask) | (state[0] & kLowerMask);
    state[kN - 1] = state[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    index = 0;
  }
  uint32_t y = state[index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double MersenneTwister::next_double() {
  uint32_t a = next_uint32() >> 5, b = next_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

void random_core_seed(RandomObject& r, const Object& n) {
  if (!n.is_bound() || n.is_none()) {
    r.mt.seed_from_entropy();
    return;
  }
  std::vector<uint32_t> key =
      is_int_like(n) ? key_of_abs(n) : key_of(static_cast<uint64_t>(hash(n)));  // (size_t)hash
  r.mt.init_by_array(key.data(), key.size());
}

Object random_core_getrandbits(RandomObject& r, uint64_t k) {
  if (k == 0) return Object::from_int(0);
  if (k <= 32) return Object::from_int(r.mt.next_uint32() >> (32 - k));
  // Fill the int 32 bits at a time from the least significant end; the
  // last word drops its low bits.
  std::vector<uint32_t> words((k - 1) / 32 + 1);
  for (size_t i = 0; i < words.size(); ++i, k -= 32) {
    uint32_t word = r.mt.next_uint32();
    if (k < 32) word >>= (32 - k);
    words[i] = word;
  }
  if (words.size() == 2 && (words[1] >> 31) == 0) {
    return Object::from_int(static_cast<int64_t>((static_cast<uint64_t>(words[1]) << 32) | words[0]));
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  Object result = int_from_mpz(z);
  mpz_clear(z);
  return result;
}

Object random_core_getstate(RandomObject& r) {
  std::vector<Object> items;
  items.reserve(MersenneTwister::kN + 1);
  for (uint32_t word : r.mt.state) items.push_back(Object::from_int(word));
  items.push_back(Object::from_int(r.mt.index));
  return new_tuple(std::move(items));
}

void random_core_setstate(RandomObject& r, const Object& state) {
  if (!is_tuple(state)) raise_error(&type_error_type, "state vector must be a tuple");
  const std::vector<Object>& items = cast<Tuple>(state)->items;
  if (items.size() != MersenneTwister::kN + 1) raise_error(&value_error_type, "state vector is the wrong size");
  uint32_t words[MersenneTwister::kN];
  for (int i = 0; i < MersenneTwister::kN; ++i) words[i] = static_cast<uint32_t>(unsigned_long_of(items[i]));
  const Object& last = items[MersenneTwister::kN];
  if (!is_int_like(last)) {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", last.type()->name());
  }
  if (!last.is_small_int() && !last.is_bool()) {
    raise_error(&overflow_error_type, "Python int too large to convert to C long");
  }
  int64_t index = last.as_small_int();
  if (index < 0 || index > MersenneTwister::kN) raise_error(&value_error_type, "invalid state");
  r.mt.index = static_cast<int>(index);
  for (int i = 0; i < MersenneTwister::kN; ++i) r.mt.state[i] = words[i];
}

}  // namespace py
