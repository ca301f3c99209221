// The random module: random.Random and the module functions bound to one
// hidden instance of it, as CPython 3.11's Lib/random.py defines them over
// the _random core (random_core.cpp). Each method follows random.py's code
// line for line — seed() with the version-2 sha512 of a str or bytes seed,
// _randbelow_with_getrandbits, randrange with 3.11's deprecation of integral
// floats, choices by floor(random() * n) or bisect over cumulative weights,
// sample's choice between a pool and a set of selected indices, the
// distributions — consuming the generator's outputs in the same order and
// doing Python-level arithmetic with the runtime's operators, so that every
// sequence, every result type and every error message is CPython's.
#include <gmp.h>
#include <openssl/evp.h>

#include <climits>
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "yieldc/attributes.hpp"
#include "yieldc/builtins.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "collections_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"
#include "random_internal.hpp"
#include "str_internal.hpp"
#include "traceback.hpp"

namespace py {

RandomObject::RandomObject() : HeapObject(&random_type), gauss_next(None) {}

bool RandomObject::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "gauss_next") == 0) {
    if (!gauss_next.is_bound()) return false;
    out = gauss_next;
    return true;
  }
  if (Object* value = attrs.find(name)) {
    out = *value;
    return true;
  }
  if (std::strcmp(name, "VERSION") == 0) {
    out = Object::from_int(3);
    return true;
  }
  return false;
}

bool RandomObject::set_attribute(const char* name, const Object& value) {
  if (std::strcmp(name, "gauss_next") == 0) gauss_next = value;
  else attrs.set(name, value);
  return true;
}

bool RandomObject::del_attribute(const char* name) {
  if (std::strcmp(name, "gauss_next") == 0) {
    if (!gauss_next.is_bound()) return false;
    gauss_next = Object();
    return true;
  }
  return attrs.erase(name);
}

namespace {

constexpr double kTwoPi = 6.283185307179586;  // math.tau
constexpr double kPi = 3.141592653589793;
constexpr double kE = 2.718281828459045;
const double kNvMagicConst = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kSgMagicConst = 1.0 + std::log(4.5);

// ---------------------------------------------------------------- helpers

// The argument conversion of the math functions random.py calls
// (PyFloat_AsDouble).
double real_of(const Object& o) {
  if (o.is_float()) return o.as_float();
  if (o.is_small_int() || o.is_bool()) return static_cast<double>(o.as_small_int());
  if (is_int(o)) return big_int_to_double(o);
  raise_error(&type_error_type, "must be real number, not {}", o.type()->name());
}

[[noreturn]] void math_domain_error() { raise_error(&value_error_type, "math domain error"); }

// math.sqrt, math.log, math.exp and math.acos with math_1's errors.
double math_sqrt(double x) {
  if (x < 0) math_domain_error();
  return std::sqrt(x);
}
double math_log(double x) {
  if (std::isnan(x)) return x;
  if (x <= 0) math_domain_error();
  return std::log(x);
}
double math_exp(double x) {
  double r = std::exp(x);
  if (std::isinf(r) && std::isfinite(x)) raise_error(&overflow_error_type, "math range error");
  return r;
}
double math_acos(double x) {
  if (x < -1.0 || x > 1.0) math_domain_error();
  return std::acos(x);
}

// An argument Argument Clinic converts to a C int (getrandbits(k)).
int c_int_of(const Object& o) {
  if (!is_int_like(o)) raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
  if (!o.is_small_int() && !o.is_bool()) raise_error(&overflow_error_type, "Python int too large to convert to C int");
  int64_t v = o.as_small_int();
  if (v < INT_MIN || v > INT_MAX) raise_error(&overflow_error_type, "Python int too large to convert to C int");
  return static_cast<int>(v);
}

int64_t length_of(const Object& o) { return len(o).as_small_int(); }

Object self_random(RandomObject& r) { return Float(r.mt.next_double()); }

// getrandbits(k) for 0 < k <= 64 as a C integer (the words getrandbits
// would put together, least significant first).
uint64_t small_bits(RandomObject& r, int k) {
  if (k <= 32) return r.mt.next_uint32() >> (32 - k);
  uint64_t low = r.mt.next_uint32();
  uint64_t high = r.mt.next_uint32() >> (64 - k);
  return low | (high << 32);
}

// _randbelow_with_getrandbits(n) for 0 < n < 2**63.
int64_t randbelow_small(RandomObject& r, int64_t n) {
  int k = 64 - __builtin_clzll(static_cast<uint64_t>(n));  // n.bit_length()
  uint64_t v = small_bits(r, k);
  while (v >= static_cast<uint64_t>(n)) v = small_bits(r, k);
  return static_cast<int64_t>(v);
}

// _randbelow_with_getrandbits(n) for any int n > 0.
Object randbelow(RandomObject& r, const Object& n) {
  if (n.is_small_int() || n.is_bool()) return Object::from_int(randbelow_small(r, n.as_small_int()));
  uint64_t k = mpz_sizeinbase(cast<BigInt>(n)->value, 2);
  Object v = random_core_getrandbits(r, k);
  while (ge(v, n)) v = random_core_getrandbits(r, k);
  return v;
}

// list(itertools.accumulate(iterable))
std::vector<Object> accumulate(const Object& iterable) {
  std::vector<Object> out;
  Object it = iter(iterable), x;
  if (!next(it, x)) return out;
  Object total = x;
  out.push_back(total);
  while (next(it, x)) {
    total = add(total, x);
    out.push_back(total);
  }
  return out;
}

// bisect.bisect_right(a, x, lo, hi)
int64_t bisect_right(const Object& a, const Object& x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = static_cast<int64_t>((static_cast<uint64_t>(lo) + static_cast<uint64_t>(hi)) / 2);
    if (lt(x, getitem(a, Object::from_int(mid)))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// isinstance(population, collections.abc.Sequence) for the runtime's types.
bool is_sequence(const Object& o) {
  Type* t = o.type();
  return t->is_subtype_of(&list_type) || t->is_subtype_of(&tuple_type) || t == &str_type || t == &range_type ||
         t == &bytes_type || t == &bytearray_type || t == &deque_type;
}

// The exception being caught is of `type`: handled here, as `except` would.
bool caught(const Raised& raised, Type* type) {
  if (!isinstance(raised.exception, type)) return false;
  exception_caught_natively(raised.exception);
  return true;
}

// `raise error from cause` inside the `except` that caught `handled`.
[[noreturn]] void raise_from(Object error, const Object& cause, const Object& handled) {
  HandlingScope handling(handled);
  auto* e = cast<ExceptionObject>(error);
  e->cause = cause;
  e->suppress_context = true;
  raise(std::move(error));
}

// ---------------------------------------------------------------- seeding and state

// Random.seed(a, version): str, bytes and bytearray seeds turned into ints
// (version 2: the bytes followed by their sha512, big-endian), then the core's seed.
void python_seed(RandomObject& r, Object a, const Object& version) {
  if (eq(version, Object::from_int(1)) && (is_str(a) || is_bytes(a))) {
    // Version 1: the hash of Python 2's str, over the latin-1 characters of bytes.
    std::u32string chars;
    if (is_str(a)) {
      chars = decode_code_points(cast<Str>(a)->data);
    } else {
      for (unsigned char c : cast<Bytes>(a)->data) chars.push_back(c);
    }
    uint64_t x = chars.empty() ? 0 : static_cast<uint64_t>(chars[0]) << 7;
    for (char32_t c : chars) x = (1000003 * x) ^ c;
    x ^= chars.size();
    mpz_t z;
    mpz_init(z);
    mpz_import(z, 1, 1, sizeof x, 0, 0, &x);
    a = int_from_mpz(z);
    mpz_clear(z);
  } else if (eq(version, Object::from_int(2)) && (is_str(a) || is_bytes_like(a))) {
    std::string data = is_str(a) ? cast<Str>(a)->data : cast<Bytes>(a)->data;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_size = 0;
    EVP_Digest(data.data(), data.size(), digest, &digest_size, EVP_sha512(), nullptr);
    data.append(reinterpret_cast<const char*>(digest), digest_size);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, data.size(), 1, 1, 1, 0, data.data());  // int.from_bytes(data), big-endian
    a = int_from_mpz(z);
    mpz_clear(z);
  } else if (!(a.is_none() || is_int_like(a) || a.is_float() || is_str(a) || is_bytes_like(a))) {
    raise_error(&type_error_type, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  random_core_seed(r, a);
  r.gauss_next = None;
}

Object random_seed(const Object& self, const Args& args) {
  static const PythonParameters params("Random.seed", {"self", "a", "version"}, 0, {None, Object::from_int(2)});
  Object slots[3];
  params.bind_method(self, args, slots);
  python_seed(random_of(self), slots[1], slots[2]);
  return None;
}

Object random_random(const Object& self, const Args& args) {
  expect_no_args(args, "Random.random");
  return self_random(random_of(self));
}

Object random_getrandbits(const Object& self, const Args& args) {
  expect_one_arg(args, "Random.getrandbits");
  int k = c_int_of(args[0]);
  if (k < 0) raise_error(&value_error_type, "number of bits must be non-negative");
  return random_core_getrandbits(random_of(self), static_cast<uint64_t>(k));
}

Object random_getstate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.getstate", {"self"}, 0, {});
  Object slots[1];
  params.bind_method(self, args, slots);
  RandomObject& r = random_of(self);
  if (!r.gauss_next.is_bound()) raise_error(&attribute_error_type, "'Random' object has no attribute 'gauss_next'");
  return new_tuple({Object::from_int(3), random_core_getstate(r), r.gauss_next});
}

Object random_setstate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.setstate", {"self", "state"}, 0, {});
  Object slots[2];
  params.bind_method(self, args, slots);
  RandomObject& r = random_of(self);
  const Object& state = slots[1];
  Object version = getitem(state, Object::from_int(0));
  Object parts[3];
  if (eq(version, Object::from_int(3))) {
    unpack(state, parts, 3);
    r.gauss_next = parts[2];
    random_core_setstate(r, parts[1]);
  } else if (eq(version, Object::from_int(2))) {
    unpack(state, parts, 3);
    r.gauss_next = parts[2];
    // Version 2 saved the words as signed ints: taken modulo 2**32.
    std::vector<Object> words;
    try {
      Object it = iter(parts[1]), x;
      Object modulus = Object::from_int(int64_t{1} << 32);
      while (next(it, x)) words.push_back(mod(x, modulus));
    } catch (Raised& raised) {
      if (!caught(raised, &value_error_type)) throw;
      raise_from(new_exception(&type_error_type), raised.exception, raised.exception);
    }
    random_core_setstate(r, new_tuple(std::move(words)));
  } else {
    raise_error(&value_error_type, "state with version {} passed to Random.setstate() of version 3", str(version));
  }
  return None;
}

Object random_randbytes(const Object& self, const Args& args) {
  static const PythonParameters params("Random.randbytes", {"self", "n"}, 0, {});
  Object slots[2];
  params.bind_method(self, args, slots);
  // self.getrandbits(n * 8).to_bytes(n, 'little')
  int k = c_int_of(mul(slots[1], Object::from_int(8)));
  if (k < 0) raise_error(&value_error_type, "number of bits must be non-negative");
  RandomObject& r = random_of(self);
  std::string data;
  if (k > 0) {
    for (int remaining = k; remaining > 0; remaining -= 32) {
      uint32_t word = r.mt.next_uint32();
      if (remaining < 32) word >>= (32 - remaining);
      for (int byte = 0; byte < 4; ++byte) data.push_back(static_cast<char>(word >> (8 * byte)));
    }
    data.resize(static_cast<size_t>(k) / 8);
  }
  return new_bytes(std::move(data));
}

// ---------------------------------------------------------------- integers

// randrange's `istart = _index(start)`: an int as it is, else (3.11) int()
// of it with a DeprecationWarning if that is equal, a ValueError if not.
// Warnings are shown only for a call from the script: randint's own call
// is attributed to random.py, whose DeprecationWarnings the default
// filters ignore.
Object range_argument(const Object& value, const char* which, bool warn) {
  if (is_int(value)) return value;
  if (value.is_bool()) return Object::from_int(value.as_small_int());
  Object index_error =
      new_exception(&type_error_type, fmt::format("'{}' object cannot be interpreted as an integer", value.type()->name()));
  HandlingScope handling(index_error);
  Object integer = call_type(&int_type, {value});
  if (ne(integer, value)) {
    if (warn) warn_caller("DeprecationWarning", "randrange() will raise TypeError in the future");
    raise_error(&value_error_type, "non-integer {} for randrange()", which);
  }
  if (warn) {
    warn_caller("DeprecationWarning",
                "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a "
                "subsequent version");
  }
  return integer;
}

Object randrange(RandomObject& r, const Object& start, const Object& stop, const Object& step, bool warn) {
  const Object zero = Object::from_int(0), one = Object::from_int(1);
  Object istart = range_argument(start, "arg 1", warn);
  if (stop.is_none()) {
    // `step is not _ONE`: not converted yet, so an explicit 1 passes too.
    if (!step.is(one)) raise_error(&type_error_type, "Missing a non-None stop argument");
    if (gt(istart, zero)) return randbelow(r, istart);
    raise_error(&value_error_type, "empty range for randrange()");
  }
  Object istop = range_argument(stop, "stop", warn);
  Object width = sub(istop, istart);
  Object istep = range_argument(step, "step", warn);
  if (eq(istep, one)) {
    if (gt(width, zero)) return add(istart, randbelow(r, width));
    raise_error(&value_error_type, "empty range for randrange() ({}, {}, {})", repr(istart), repr(istop), repr(width));
  }
  Object n;
  if (gt(istep, zero)) n = floordiv(sub(add(width, istep), one), istep);
  else if (lt(istep, zero)) n = floordiv(add(add(width, istep), one), istep);
  else raise_error(&value_error_type, "zero step for randrange()");
  if (le(n, zero)) raise_error(&value_error_type, "empty range for randrange()");
  return add(istart, mul(istep, randbelow(r, n)));
}

Object random_randrange(const Object& self, const Args& args) {
  static const PythonParameters params("Random.randrange", {"self", "start", "stop", "step"}, 0,
                                       {None, Object::from_int(1)});
  Object slots[4];
  params.bind_method(self, args, slots);
  return randrange(random_of(self), slots[1], slots[2], slots[3], true);
}

Object random_randint(const Object& self, const Args& args) {
  static const PythonParameters params("Random.randint", {"self", "a", "b"}, 0, {});
  Object slots[3];
  params.bind_method(self, args, slots);
  return randrange(random_of(self), slots[1], add(slots[2], Object::from_int(1)), Object::from_int(1), false);
}

// ---------------------------------------------------------------- sequences

Object random_choice(const Object& self, const Args& args) {
  static const PythonParameters params("Random.choice", {"self", "seq"}, 0, {});
  Object slots[2];
  params.bind_method(self, args, slots);
  const Object& seq = slots[1];
  Object n = len(seq);
  if (!truthy(n)) raise_error(&index_error_type, "Cannot choose from an empty sequence");
  return getitem(seq, randbelow(random_of(self), n));
}

Object random_shuffle(const Object& self, const Args& args) {
  static const PythonParameters params("Random.shuffle", {"self", "x"}, 0, {});
  Object slots[2];
  params.bind_method(self, args, slots);
  RandomObject& r = random_of(self);
  const Object& x = slots[1];
  for (int64_t i = length_of(x) - 1; i >= 1; --i) {
    int64_t j = randbelow_small(r, i + 1);
    // x[i], x[j] = x[j], x[i]
    Object xi = Object::from_int(i), xj = Object::from_int(j);
    Object at_j = getitem(x, xj);
    Object at_i = getitem(x, xi);
    setitem(x, xi, std::move(at_j));
    setitem(x, xj, std::move(at_i));
  }
  return None;
}

Object sample(RandomObject& r, const Object& population, const Object& k, const Object& counts) {
  if (!is_sequence(population)) {
    raise_error(&type_error_type, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  int64_t n = length_of(population);
  if (!counts.is_none()) {
    std::vector<Object> cum_counts = accumulate(counts);
    if (static_cast<int64_t>(cum_counts.size()) != n) {
      raise_error(&value_error_type, "The number of counts does not match the population");
    }
    if (cum_counts.empty()) raise_error(&index_error_type, "pop from empty list");
    Object total = std::move(cum_counts.back());
    cum_counts.pop_back();
    if (!is_int_like(total)) raise_error(&type_error_type, "Counts must be integers");
    if (le(total, Object::from_int(0))) raise_error(&value_error_type, "Total of counts must be greater than zero");
    Object selections = sample(r, range(total), k, None);
    Object cum = new_list(std::move(cum_counts));
    int64_t hi = static_cast<int64_t>(cast<List>(cum)->items.size());
    std::vector<Object> result;
    for (const Object& s : cast<List>(selections)->items) {
      result.push_back(getitem(population, Object::from_int(bisect_right(cum, s, 0, hi))));
    }
    return new_list(std::move(result));
  }
  if (!(le(Object::from_int(0), k) && le(k, Object::from_int(n)))) {
    raise_error(&value_error_type, "Sample larger than population or is negative");
  }
  Object result = mul(new_list({None}), k);  // [None] * k
  std::vector<Object>& items = cast<List>(result)->items;
  int64_t count = static_cast<int64_t>(items.size());
  // An n-length list is smaller than a k-length set (the sizes of
  // CPython's objects): track the pool, else the selected indices.
  bool use_pool = true;
  if (count > 5) {
    double exponent = std::ceil(std::log(static_cast<double>(count * 3)) / std::log(4.0));
    if (exponent < 31) use_pool = n <= 21 + (int64_t{1} << (2 * static_cast<int>(exponent)));
  } else {
    use_pool = n <= 21;
  }
  if (use_pool) {
    std::vector<Object> pool = cast<List>(list(population))->items;
    for (int64_t i = 0; i < count; ++i) {
      int64_t j = randbelow_small(r, n - i);
      items[i] = pool[j];
      pool[j] = pool[n - i - 1];  // move non-selected item into vacancy
    }
  } else {
    std::unordered_set<int64_t> selected;
    for (int64_t i = 0; i < count; ++i) {
      int64_t j = randbelow_small(r, n);
      while (selected.count(j)) j = randbelow_small(r, n);
      selected.insert(j);
      items[i] = getitem(population, Object::from_int(j));
    }
  }
  return result;
}

Object random_sample(const Object& self, const Args& args) {
  static const PythonParameters params("Random.sample", {"self", "population", "k", "counts"}, 1, {}, {None});
  Object slots[4];
  params.bind_method(self, args, slots);
  return sample(random_of(self), slots[1], slots[2], slots[3]);
}

Object random_choices(const Object& self, const Args& args) {
  static const PythonParameters params("Random.choices", {"self", "population", "weights", "cum_weights", "k"}, 2,
                                       {None}, {None, Object::from_int(1)});
  Object slots[5];
  params.bind_method(self, args, slots);
  RandomObject& r = random_of(self);
  const Object& population = slots[1];
  const Object& weights = slots[2];
  Object cum_weights = slots[3];
  const Object& k = slots[4];
  int64_t n = length_of(population);
  std::vector<Object> result;
  if (cum_weights.is_none()) {
    if (weights.is_none()) {
      double size = static_cast<double>(n);  // n += 0.0
      for (int64_t i = 0, count = ssize_argument(k); i < count; ++i) {
        double index = std::floor(r.mt.next_double() * size);
        result.push_back(getitem(population, Object::from_int(static_cast<int64_t>(index))));
      }
      return new_list(std::move(result));
    }
    try {
      cum_weights = new_list(accumulate(weights));
    } catch (Raised& raised) {
      if (!isinstance(raised.exception, &type_error_type) || !is_int_like(weights)) throw;
      exception_caught_natively(raised.exception);
      Object error = new_exception(
          &type_error_type, fmt::format("The number of choices must be a keyword argument: k={}", repr(weights)));
      raise_from(std::move(error), None, raised.exception);
    }
  } else if (!weights.is_none()) {
    raise_error(&type_error_type, "Cannot specify both weights and cumulative weights");
  }
  if (length_of(cum_weights) != n) raise_error(&value_error_type, "The number of weights does not match the population");
  Object total = add(getitem(cum_weights, Object::from_int(-1)), Float(0.0));
  if (le(total, Float(0.0))) raise_error(&value_error_type, "Total of weights must be greater than zero");
  if (!std::isfinite(real_of(total))) raise_error(&value_error_type, "Total of weights must be finite");
  int64_t hi = n - 1;
  for (int64_t i = 0, count = ssize_argument(k); i < count; ++i) {
    Object x = mul(self_random(r), total);
    result.push_back(getitem(population, Object::from_int(bisect_right(cum_weights, x, 0, hi))));
  }
  return new_list(std::move(result));
}

// ---------------------------------------------------------------- real-valued distributions

Object random_uniform(const Object& self, const Args& args) {
  static const PythonParameters params("Random.uniform", {"self", "a", "b"}, 0, {});
  Object slots[3];
  params.bind_method(self, args, slots);
  const Object& a = slots[1];
  Object width = sub(slots[2], a);
  return add(a, mul(width, self_random(random_of(self))));
}

Object random_triangular(const Object& self, const Args& args) {
  static const PythonParameters params("Random.triangular", {"self", "low", "high", "mode"}, 0,
                                       {Float(0.0), Float(1.0), None});
  Object slots[4];
  params.bind_method(self, args, slots);
  Object low = slots[1], high = slots[2];
  const Object& mode = slots[3];
  Object u = self_random(random_of(self));
  Object c;
  try {
    c = mode.is_none() ? Float(0.5) : truediv(sub(mode, low), sub(high, low));
  } catch (Raised& raised) {
    if (!caught(raised, &zero_division_error_type)) throw;
    return low;
  }
  if (gt(u, c)) {
    u = sub(Float(1.0), u);
    c = sub(Float(1.0), c);
    std::swap(low, high);
  }
  return add(low, mul(sub(high, low), Float(math_sqrt(real_of(mul(u, c))))));
}

Object normalvariate(RandomObject& r, const Object& mu, const Object& sigma) {
  double z;
  while (true) {
    double u1 = r.mt.next_double();
    double u2 = 1.0 - r.mt.next_double();
    z = kNvMagicConst * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -math_log(u2)) break;
  }
  return add(mu, mul(Float(z), sigma));
}

Object random_normalvariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.normalvariate", {"self", "mu", "sigma"}, 0, {Float(0.0), Float(1.0)});
  Object slots[3];
  params.bind_method(self, args, slots);
  return normalvariate(random_of(self), slots[1], slots[2]);
}

Object random_gauss(const Object& self, const Args& args) {
  static const PythonParameters params("Random.gauss", {"self", "mu", "sigma"}, 0, {Float(0.0), Float(1.0)});
  Object slots[3];
  params.bind_method(self, args, slots);
  RandomObject& r = random_of(self);
  if (!r.gauss_next.is_bound()) raise_error(&attribute_error_type, "'Random' object has no attribute 'gauss_next'");
  Object z = std::move(r.gauss_next);
  r.gauss_next = None;
  if (z.is_none()) {
    double x2pi = r.mt.next_double() * kTwoPi;
    double g2rad = math_sqrt(-2.0 * math_log(1.0 - r.mt.next_double()));
    z = Float(std::cos(x2pi) * g2rad);
    r.gauss_next = Float(std::sin(x2pi) * g2rad);
  }
  return add(slots[1], mul(z, slots[2]));
}

Object random_lognormvariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.lognormvariate", {"self", "mu", "sigma"}, 0, {});
  Object slots[3];
  params.bind_method(self, args, slots);
  return Float(math_exp(real_of(normalvariate(random_of(self), slots[1], slots[2]))));
}

Object random_expovariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.expovariate", {"self", "lambd"}, 0, {});
  Object slots[2];
  params.bind_method(self, args, slots);
  return truediv(Float(-math_log(1.0 - random_of(self).mt.next_double())), slots[1]);
}

Object random_vonmisesvariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.vonmisesvariate", {"self", "mu", "kappa"}, 0, {});
  Object slots[3];
  params.bind_method(self, args, slots);
  RandomObject& r = random_of(self);
  const Object& mu = slots[1];
  const Object& kappa = slots[2];
  if (le(kappa, Float(1e-6))) return Float(kTwoPi * r.mt.next_double());
  double s = real_of(truediv(Float(0.5), kappa));
  double rr = s + math_sqrt(1.0 + s * s);
  double z;
  while (true) {
    double u1 = r.mt.next_double();
    z = std::cos(kPi * u1);
    double d = z / (rr + z);
    double u2 = r.mt.next_double();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * math_exp(d)) break;
  }
  double q = 1.0 / rr;
  double f = (q + z) / (1.0 + q * z);
  double u3 = r.mt.next_double();
  if (u3 > 0.5) return mod(add(mu, Float(math_acos(f))), Float(kTwoPi));
  return mod(sub(mu, Float(math_acos(f))), Float(kTwoPi));
}

Object gammavariate(RandomObject& r, const Object& alpha, const Object& beta) {
  if (le(alpha, Float(0.0)) || le(beta, Float(0.0))) {
    raise_error(&value_error_type, "gammavariate: alpha and beta must be > 0.0");
  }
  if (gt(alpha, Float(1.0))) {
    // R.C.H. Cheng, "The generation of Gamma variables with non-integral
    // shape parameters", Applied Statistics, (1977), 26, No. 1, p71-74.
    double a = real_of(alpha);
    double ainv = math_sqrt(2.0 * a - 1.0);
    double bbb = a - kLog4;
    double ccc = a + ainv;
    while (true) {
      double u1 = r.mt.next_double();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - r.mt.next_double();
      double v = math_log(u1 / (1.0 - u1)) / ainv;
      double x = a * math_exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + kSgMagicConst - 4.5 * z >= 0.0 || rr >= math_log(z)) return mul(Float(x), beta);
    }
  }
  if (eq(alpha, Float(1.0))) return mul(Float(-math_log(1.0 - r.mt.next_double())), beta);  // expovariate(1/beta)
  // alpha is between 0 and 1 (exclusive): ALGORITHM GS of Statistical
  // Computing - Kennedy & Gentle.
  double a = real_of(alpha);
  double x;
  while (true) {
    double u = r.mt.next_double();
    double b = (kE + a) / kE;
    double p = b * u;
    if (p <= 1.0) x = float_pow(p, 1.0 / a);
    else x = -math_log((b - p) / a);
    double u1 = r.mt.next_double();
    if (p > 1.0) {
      if (u1 <= float_pow(x, a - 1.0)) break;
    } else if (u1 <= math_exp(-x)) {
      break;
    }
  }
  return mul(Float(x), beta);
}

Object random_gammavariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.gammavariate", {"self", "alpha", "beta"}, 0, {});
  Object slots[3];
  params.bind_method(self, args, slots);
  return gammavariate(random_of(self), slots[1], slots[2]);
}

Object random_betavariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.betavariate", {"self", "alpha", "beta"}, 0, {});
  Object slots[3];
  params.bind_method(self, args, slots);
  RandomObject& r = random_of(self);
  Object y = gammavariate(r, slots[1], Float(1.0));
  if (truthy(y)) return truediv(y, add(y, gammavariate(r, slots[2], Float(1.0))));
  return Float(0.0);
}

Object random_paretovariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.paretovariate", {"self", "alpha"}, 0, {});
  Object slots[2];
  params.bind_method(self, args, slots);
  double u = 1.0 - random_of(self).mt.next_double();
  return power(Float(u), truediv(Float(-1.0), slots[1]));
}

Object random_weibullvariate(const Object& self, const Args& args) {
  static const PythonParameters params("Random.weibullvariate", {"self", "alpha", "beta"}, 0, {});
  Object slots[3];
  params.bind_method(self, args, slots);
  double u = 1.0 - random_of(self).mt.next_double();
  return mul(slots[1], power(Float(-math_log(u)), truediv(Float(1.0), slots[2])));
}

// The methods, in random.py's __all__ order; each is also a module function.
const MethodDef random_methods[] = {
    {"betavariate", random_betavariate},
    {"choice", random_choice},
    {"choices", random_choices},
    {"expovariate", random_expovariate},
    {"gammavariate", random_gammavariate},
    {"gauss", random_gauss},
    {"getrandbits", random_getrandbits},
    {"getstate", random_getstate},
    {"lognormvariate", random_lognormvariate},
    {"normalvariate", random_normalvariate},
    {"paretovariate", random_paretovariate},
    {"randbytes", random_randbytes},
    {"randint", random_randint},
    {"random", random_random},
    {"randrange", random_randrange},
    {"sample", random_sample},
    {"seed", random_seed},
    {"setstate", random_setstate},
    {"shuffle", random_shuffle},
    {"triangular", random_triangular},
    {"uniform", random_uniform},
    {"vonmisesvariate", random_vonmisesvariate},
    {"weibullvariate", random_weibullvariate},
};

}  // namespace

Type random_type("Random", &object_type, {random_methods, std::size(random_methods)});

Object random_construct(Type* type, const Args& args) {
  if (type != &random_type) return Object();
  static const PythonParameters params("Random.__init__", {"self", "x"}, 0, {None});
  Object self = make<RandomObject>();
  Object slots[2];
  params.bind_method(self, args, slots);
  python_seed(random_of(self), slots[1], Object::from_int(2));
  return self;
}

void init_random_module(Module& module) {
  random_type.set_module("random");
  module.attrs.set("Random", type_object(random_type));
  // _inst = Random(), seeded from system entropy; its bound methods are
  // the module's functions.
  Object instance = make<RandomObject>();
  random_core_seed(random_of(instance), None);
  for (const MethodDef& method : random_methods) module.attrs.set(method.name, make<BuiltinMethod>(instance, &method));
}

}  // namespace py
