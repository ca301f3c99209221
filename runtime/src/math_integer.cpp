// The integer functions of the math module, exact on unbounded ints (GMP):
// gcd and lcm of any number of ints, isqrt, factorial, comb and perm, and
// prod (any numbers, or anything `*` multiplies). Arguments go through
// __index__ as CPython's do (`'float' object cannot be interpreted as an
// integer`), and the range errors are CPython 3.11's words.
#include "yieldc/builtin_functions.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "math_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

int int_sign(const Object& i) { return i.is_heap() ? mpz_sgn(cast<BigInt>(i)->value) : (i.as_small_int() > 0) - (i.as_small_int() < 0); }

// A non-negative int's value if it fits in a C long long, else -1.
int64_t as_count(const Object& i) { return i.is_heap() ? -1 : i.as_small_int(); }

// gcd(*integers) and lcm(*integers): every argument is converted (an error
// in any of them is raised), and the result is never negative.
Object math_gcd(const Args& args) {
  math_no_keywords(args, "gcd");
  Mpz result, value;
  for (size_t i = 0; i < args.npos; ++i) {
    int_to_mpz(index_argument(args[i]), value.v);
    mpz_gcd(result.v, result.v, value.v);
  }
  return result.take();
}

Object math_lcm(const Args& args) {
  math_no_keywords(args, "lcm");
  Mpz result, value;
  mpz_set_ui(result.v, 1);
  for (size_t i = 0; i < args.npos; ++i) {
    int_to_mpz(index_argument(args[i]), value.v);
    if (i == 0) mpz_abs(result.v, value.v);
    else mpz_lcm(result.v, result.v, value.v);
  }
  return result.take();
}

Object math_isqrt(const Args& args) {
  expect_one_arg(args, "math.isqrt");
  Mpz n(index_argument(args[0]));
  if (mpz_sgn(n.v) < 0) raise_error(&value_error_type, "isqrt() argument must be nonnegative");
  mpz_sqrt(n.v, n.v);
  return n.take();
}

// n! for an int n that fits in a C long, as CPython's factorial checks it.
Object factorial_of(const Object& argument) {
  Object n = index_argument(argument);
  if (n.is_heap()) {
    if (int_sign(n) > 0) raise_error(&overflow_error_type, "factorial() argument should not exceed {}", INT64_MAX);
    raise_error(&value_error_type, "factorial() not defined for negative values");
  }
  if (n.as_small_int() < 0) raise_error(&value_error_type, "factorial() not defined for negative values");
  Mpz result;
  mpz_fac_ui(result.v, static_cast<unsigned long>(n.as_small_int()));
  return result.take();
}

Object math_factorial(const Args& args) {
  expect_one_arg(args, "math.factorial");
  return factorial_of(args[0]);
}

// n and k of comb() and perm(), both non-negative.
void check_n_k(const Object& n, const Object& k) {
  if (int_sign(n) < 0) raise_error(&value_error_type, "n must be a non-negative integer");
  if (int_sign(k) < 0) raise_error(&value_error_type, "k must be a non-negative integer");
}

// comb(n, k): n! / (k! * (n - k)!), 0 when k > n.
Object math_comb(const Args& args) {
  math_no_keywords(args, "comb");
  check_positional(args, "comb", 2, 2);
  Object n = index_argument(args[0]);
  Object k = index_argument(args[1]);
  check_n_k(n, k);
  Object rest = sub(n, k);
  if (int_sign(rest) < 0) return Object::from_int(0);
  if (lt(rest, k)) k = rest;
  const int64_t factors = as_count(k);
  if (factors < 0) raise_error(&overflow_error_type, "min(n - k, k) must not exceed {}", INT64_MAX);
  Mpz result(n);
  mpz_bin_ui(result.v, result.v, static_cast<unsigned long>(factors));
  return result.take();
}

// perm(n, k=None): n! / (n - k)!, 0 when k > n; n! without k.
Object math_perm(const Args& args) {
  math_no_keywords(args, "perm");
  check_positional(args, "perm", 1, 2);
  if (args.npos == 1 || args[1].is_none()) return factorial_of(args[0]);
  Object n = index_argument(args[0]);
  Object k = index_argument(args[1]);
  check_n_k(n, k);
  if (lt(n, k)) return Object::from_int(0);
  const int64_t factors = as_count(k);
  if (factors < 0) raise_error(&overflow_error_type, "k must not exceed {}", INT64_MAX);
  // n! / (n - k)! = comb(n, k) * k!
  Mpz result(n), k_factorial;
  mpz_bin_ui(result.v, result.v, static_cast<unsigned long>(factors));
  mpz_fac_ui(k_factorial.v, static_cast<unsigned long>(factors));
  mpz_mul(result.v, result.v, k_factorial.v);
  return result.take();
}

// prod(iterable, /, *, start=1): start * item * item ..., left to right,
// with `*` (so ints stay exact and a str can be repeated).
Object math_prod(const Args& args) {
  Object a[2];
  bind_clinic(args, "prod", {"", "start"}, 1, a, 1);
  Object result = a[1].is_bound() ? a[1] : Object::from_int(1);
  Object it = iter(a[0]);
  Object item;
  while (next(it, item)) result = mul(result, item);
  return result;
}

const BuiltinFunctionDef kFunctions[] = {
    {"comb", math_comb}, {"factorial", math_factorial}, {"gcd", math_gcd}, {"isqrt", math_isqrt},
    {"lcm", math_lcm},   {"perm", math_perm},           {"prod", math_prod},
};

}  // namespace

void math_register_integer(Module& module) {
  for (const BuiltinFunctionDef& def : kFunctions) module.attrs.set(def.name, builtin_object(def));
}

}  // namespace py
