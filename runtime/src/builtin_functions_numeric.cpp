// The numeric builtins: abs, divmod, pow (with CPython's modular inverse
// for a negative exponent), round (half to even, with CPython's exact
// decimal rounding of floats), sum (with its int and float fast paths), min
// and max. Arithmetic itself is ops.cpp's.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <string>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

namespace {

bool is_number(const Object& o) { return is_int_like(o) || o.is_float(); }

// int(x) for an int or a bool: bool results become plain ints.
Object as_plain_int(const Object& x) { return x.is_bool() ? Object::from_int(x.as_small_int()) : x; }

Object builtin_abs(const Args& args) {
  expect_one_arg(args, "abs");
  const Object& x = args[0];
  if (x.is_small_int() || x.is_bool()) return x.as_small_int() < 0 ? neg(x) : as_plain_int(x);
  if (x.is_float()) return Object::from_float(std::fabs(x.as_float()));
  if (is_int(x)) return mpz_sgn(cast<BigInt>(x)->value) < 0 ? neg(x) : x;
  raise_error(&type_error_type, "bad operand type for abs(): '{}'", x.type()->name());
}

Object builtin_divmod(const Args& args) {
  check_positional(args, "divmod", 2, 2);
  const Object& a = args[0];
  const Object& b = args[1];
  if (!is_number(a) || !is_number(b)) {
    raise_error(&type_error_type, "unsupported operand type(s) for divmod(): '{}' and '{}'", a.type()->name(),
                b.type()->name());
  }
  if (a.is_float() || b.is_float()) {
    // float divmod has its own message; // and % would name themselves.
    bool zero = b.is_float() ? b.as_float() == 0.0 : ((b.is_small_int() || b.is_bool()) && b.as_small_int() == 0);
    if (zero) raise_error(&zero_division_error_type, "float divmod()");
  }
  return new_tuple({floordiv(a, b), mod(a, b)});
}

// pow(base, exp, mod) for ints, as CPython's long_pow: the result has the
// sign of the modulus, and a negative exponent uses base's inverse.
Object modular_pow(const Object& base, const Object& exp, const Object& modulus) {
  Mpz b(base), e(exp), m(modulus), r;
  if (mpz_sgn(m.v) == 0) raise_error(&value_error_type, "pow() 3rd argument cannot be 0");
  bool negative_modulus = mpz_sgn(m.v) < 0;
  mpz_abs(m.v, m.v);
  if (mpz_cmp_ui(m.v, 1) == 0) return Object::from_int(0);
  mpz_mod(b.v, b.v, m.v);
  if (mpz_sgn(e.v) < 0) {
    if (mpz_invert(b.v, b.v, m.v) == 0) {
      raise_error(&value_error_type, "base is not invertible for the given modulus");
    }
    mpz_neg(e.v, e.v);
  }
  mpz_powm(r.v, b.v, e.v, m.v);
  if (negative_modulus && mpz_sgn(r.v) != 0) mpz_sub(r.v, r.v, m.v);
  return int_from_mpz(r.v);
}

Object builtin_pow(const Args& args) {
  Object a[3];
  bind_clinic(args, "pow", {"base", "exp", "mod"}, 2, a);
  if (!a[2].is_bound() || a[2].is_none()) return power(a[0], a[1]);
  if (!is_number(a[0]) || !is_number(a[1]) || !is_number(a[2])) {
    raise_error(&type_error_type, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                a[0].type()->name(), a[1].type()->name(), a[2].type()->name());
  }
  if (!is_int_like(a[0]) || !is_int_like(a[1]) || !is_int_like(a[2])) {
    raise_error(&type_error_type, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return modular_pow(a[0], a[1], a[2]);
}

// ---------------------------------------------------------------- round

// ndigits as a Py_ssize_t, clamped when it is a huge int (as
// PyNumber_AsSsize_t(o, NULL) clamps).
int64_t clamped_ndigits(const Object& ndigits) {
  if (ndigits.is_small_int() || ndigits.is_bool()) return ndigits.as_small_int();
  if (is_int(ndigits)) return mpz_sgn(cast<BigInt>(ndigits)->value) < 0 ? INT64_MIN : INT64_MAX;
  raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", ndigits.type()->name());
}

// Rounds `value` (a GMP integer) to a multiple of 10**k, ties to even.
Object round_int_to(const Object& value, int64_t k) {
  Mpz x(value);
  // 10**k beyond twice |x| rounds everything to 0; this also avoids
  // building an enormous power for a huge k.
  if (static_cast<uint64_t>(k) > mpz_sizeinbase(x.v, 10) + 1) return Object::from_int(0);
  Mpz p, q, r;
  mpz_ui_pow_ui(p.v, 10, static_cast<unsigned long>(k));
  mpz_fdiv_qr(q.v, r.v, x.v, p.v);
  mpz_mul_2exp(r.v, r.v, 1);
  int c = mpz_cmp(r.v, p.v);
  if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
  mpz_mul(q.v, q.v, p.v);
  return int_from_mpz(q.v);
}

Object round_int(const Object& x, const Object& ndigits) {
  if (!ndigits.is_bound() || ndigits.is_none()) return as_plain_int(x);
  int64_t n = clamped_ndigits(ndigits);
  if (n >= 0) return as_plain_int(x);
  // -INT64_MIN does not fit: any k that large rounds to 0 anyway.
  return round_int_to(x, n == INT64_MIN ? INT64_MAX : -n);
}

// CPython's double_round: x rounded to `ndigits` decimal places exactly (the
// binary value, not its shortest repr, so round(2.675, 2) is 2.67), ties to
// even, then read back as the nearest double.
Object round_double(double x, int64_t ndigits) {
  mpq_t q;
  mpq_init(q);
  mpq_set_d(q, x);
  Mpz scale, n, r;
  mpz_ui_pow_ui(scale.v, 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
  if (ndigits >= 0) {
    mpz_mul(mpq_numref(q), mpq_numref(q), scale.v);
  } else {
    mpz_mul(mpq_denref(q), mpq_denref(q), scale.v);
  }
  mpq_canonicalize(q);
  mpz_abs(mpq_numref(q), mpq_numref(q));
  mpz_fdiv_qr(n.v, r.v, mpq_numref(q), mpq_denref(q));
  mpz_mul_2exp(r.v, r.v, 1);
  int c = mpz_cmp(r.v, mpq_denref(q));
  if (c > 0 || (c == 0 && mpz_odd_p(n.v))) mpz_add_ui(n.v, n.v, 1);
  mpq_clear(q);
  std::string digits = mpz_to_string(n.v, 10);
  // The sign is written separately so that a negative value rounding to
  // zero gives -0.0, as CPython's does.
  std::string text = (std::signbit(x) ? "-" : "") + digits + "e" + std::to_string(-ndigits);
  errno = 0;
  double rounded = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(rounded) >= 1.0) {
    raise_error(&overflow_error_type, "rounded value too large to represent");
  }
  return Object::from_float(rounded);
}

Object round_float(double x, const Object& ndigits) {
  if (!ndigits.is_bound() || ndigits.is_none()) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return int_from_double(rounded);
  }
  int64_t n = clamped_ndigits(ndigits);
  if (!std::isfinite(x)) return Object::from_float(x);
  // Beyond these every double rounds to itself, or to a signed zero
  // (NDIGITS_MAX and NDIGITS_MIN of floatobject.c).
  if (n > 323) return Object::from_float(x);
  if (n < -308) return Object::from_float(0.0 * x);
  return round_double(x, n);
}

Object builtin_round(const Args& args) {
  Object a[2];
  bind_clinic(args, "round", {"number", "ndigits"}, 1, a);
  if (is_int_like(a[0])) return round_int(a[0], a[1]);
  if (a[0].is_float()) return round_float(a[0].as_float(), a[1]);
  raise_error(&type_error_type, "type {} doesn't define __round__ method", a[0].type()->name());
}

// ---------------------------------------------------------------- sum

Object builtin_sum(const Args& args) {
  if (args.npos < 1) raise_error(&type_error_type, "sum() takes at least 1 positional argument (0 given)");
  Object a[2];
  // The iterable is positional-only: "" matches no keyword.
  bind_clinic(args, "sum", {"", "start"}, 0, a);
  Object it = iter(a[0]);
  Object result = a[1].is_bound() ? a[1] : Object::from_int(0);
  if (is_str(result)) raise_error(&type_error_type, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(result)) raise_error(&type_error_type, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_bytearray(result)) {
    raise_error(&type_error_type, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Object item;
  // CPython's fast paths: int64 arithmetic while the total and the items
  // are small ints, then double arithmetic while it is a float. Leaving a
  // path goes on with `+`, and may enter the float path after the int one.
  if (result.is_small_int()) {
    int64_t total = result.as_small_int();
    for (;;) {
      if (!next(it, item)) return Object::from_int(total);
      int64_t sum;
      if ((item.is_small_int() || item.is_bool()) && !__builtin_add_overflow(total, item.as_small_int(), &sum)) {
        total = sum;
        continue;
      }
      result = add(Object::from_int(total), item);
      break;
    }
  }
  if (result.is_float()) {
    double total = result.as_float();
    for (;;) {
      if (!next(it, item)) return Object::from_float(total);
      if (item.is_float()) {
        total += item.as_float();
        continue;
      }
      if (item.is_small_int() || item.is_bool()) {
        total += static_cast<double>(item.as_small_int());
        continue;
      }
      result = add(Object::from_float(total), item);
      break;
    }
  }
  while (next(it, item)) result = add(result, item);
  return result;
}

// ---------------------------------------------------------------- min and max

// CPython's min_max: the first of the extreme items wins a tie.
Object min_max(const Args& args, bool want_max) {
  const char* name = want_max ? "max" : "min";
  if (args.npos == 0) raise_error(&type_error_type, "{} expected at least 1 argument, got 0", name);
  Object options[2];
  bind_keywords(Args(nullptr, 0, args.kw, args.nkw), name, {"key", "default"}, 0, options);
  const Object& key = options[0];
  const Object& default_value = options[1];
  bool several = args.npos > 1;
  if (several && default_value.is_bound()) {
    raise_error(&type_error_type, "Cannot specify a default for {}() with multiple positional arguments", name);
  }
  bool keyed = key.is_bound() && !key.is_none();
  Object best_item, best_value;
  auto consider = [&](const Object& item) {
    Object value = keyed ? call(key, {item}) : item;
    if (!best_value.is_bound() || (want_max ? gt(value, best_value) : lt(value, best_value))) {
      best_item = item;
      best_value = std::move(value);
    }
  };
  if (several) {
    for (size_t i = 0; i < args.npos; ++i) consider(args[i]);
  } else {
    Object it = iter(args[0]), item;
    while (next(it, item)) consider(item);
  }
  if (best_item.is_bound()) return best_item;
  if (default_value.is_bound()) return default_value;
  raise_error(&value_error_type, "{}() arg is an empty sequence", name);
}

Object builtin_max(const Args& args) { return min_max(args, true); }
Object builtin_min(const Args& args) { return min_max(args, false); }

}  // namespace

namespace bi {
const BuiltinFunctionDef abs{"abs", builtin_abs};
const BuiltinFunctionDef divmod{"divmod", builtin_divmod};
const BuiltinFunctionDef max{"max", builtin_max};
const BuiltinFunctionDef min{"min", builtin_min};
const BuiltinFunctionDef pow{"pow", builtin_pow};
const BuiltinFunctionDef round{"round", builtin_round};
const BuiltinFunctionDef sum{"sum", builtin_sum};
}  // namespace bi

}  // namespace py
