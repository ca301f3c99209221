// The general cases of Python's operators: mixed int/float arithmetic,
// big ints, sequence concatenation and repetition, comparisons across
// types, truth, repr/str/hash dispatch. The inline fast paths in ops.hpp
// call in here only when they cannot answer themselves.
#include <algorithm>
#include <cmath>
#include <string>

#include "yieldc/ops.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/classes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/float.hpp"
#include "yieldc/format.hpp"
#include "yieldc/set.hpp"
#include "raise.hpp"

namespace py {

namespace {

bool is_number(const Object& o) { return is_int_like(o) || o.is_float(); }

// Both int operands in 128 bits (int_to_i128): the short-big-int paths.
bool both_i128(const Object& a, const Object& b, Int128& x, Int128& y) {
  return int_to_i128(a, x) && int_to_i128(b, y);
}

// The number of significant bits of |v|.
int magnitude_bits(Int128 v) {
  const auto bits = static_cast<UInt128>(v);
  const UInt128 m = v < 0 ? 0 - bits : bits;
  const auto high = static_cast<uint64_t>(m >> 64), low = static_cast<uint64_t>(m);
  if (high != 0) return 128 - __builtin_clzll(high);
  return low != 0 ? 64 - __builtin_clzll(low) : 0;
}

// int -> float the way CPython converts for mixed arithmetic.
double to_double(const Object& o) {
  if (o.is_float()) return o.as_float();
  if (o.is_small_int() || o.is_bool()) return static_cast<double>(o.as_small_int());
  return big_int_to_double(o);
}

// Floor division and modulo of int64 with Python's rounding toward -inf.
// The caller has excluded b == 0 and INT64_MIN // -1.
int64_t floor_div_i64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t floor_mod_i64(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// float // and % as CPython's float_divmod computes them.
void float_divmod(double vx, double wx, double& floordiv, double& m) {
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  m = mod;
}

Object repeat_sequence(const Object& seq, const Object& count) {
  if (!is_int_like(count)) {
    raise_error(&type_error_type, "can't multiply sequence by non-int of type '{}'",
                count.type()->name());
  }
  if (!count.is_small_int() && !count.is_bool()) {
    if (mpz_sgn(cast<BigInt>(count)->value) < 0) return repeat_sequence(seq, Object::from_int(0));
    raise_error(&overflow_error_type, "cannot fit 'int' into an index-sized integer");
  }
  int64_t n = count.as_small_int() < 0 ? 0 : count.as_small_int();
  if (is_bytes_like(seq)) return bytes_repeat(seq, n);
  if (is_str(seq)) {
    const std::string& s = cast<Str>(seq)->data;
    if (s.empty() || n == 0) return new_str("");
    // CPython: OverflowError past Py_ssize_t, MemoryError past what can be allocated.
    auto length = static_cast<uint64_t>(cast<Str>(seq)->len());
    if (static_cast<uint64_t>(n) > static_cast<uint64_t>(INT64_MAX) / length) {
      raise_error(&overflow_error_type, "repeated string is too long");
    }
    if (static_cast<uint64_t>(n) > (SIZE_MAX / 8) / s.size()) {
      raise(new_exception(&memory_error_type));
    }
    std::string out;
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) out += s;
    return new_str(std::move(out));
  }
  const auto& items = is_list(seq) ? cast<List>(seq)->items : cast<Tuple>(seq)->items;
  if (items.empty()) n = 0;  // `[] * 2**62` must not loop 2**62 times
  std::vector<Object> out;
  out.reserve(items.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
  return is_list(seq) ? new_list(std::move(out)) : new_tuple(std::move(out));
}

bool is_sequence(const Object& o) { return is_str(o) || is_list(o) || is_tuple_like(o) || is_bytes_like(o); }

}  // namespace

Object add_slow(const Object& a, const Object& b) {
  if (is_int_like(a) && is_int_like(b)) {
    Int128 x128, y128, r128;
    if (both_i128(a, b, x128, y128) && !__builtin_add_overflow(x128, y128, &r128)) return int_from_i128(r128);
    MpzView x(a), y(b);
    Mpz r;
    mpz_add(r.v, x.v, y.v);
    return r.take();
  }
  if (is_number(a) && is_number(b)) return Object::from_float(to_double(a) + to_double(b));
  if (is_bytes_like(a)) return bytes_concat(a, b);
  if (is_str(a)) {
    if (!is_str(b)) {
      raise_error(&type_error_type, "can only concatenate str (not \"{}\") to str", b.type()->name());
    }
    return new_str(cast<Str>(a)->data + cast<Str>(b)->data);
  }
  if (is_list(a) || is_tuple_like(a)) {
    // A namedtuple concatenates as the tuple it is: `p + (3,)` is a tuple.
    if (is_list(a) ? !is_list(b) : !is_tuple_like(b)) {
      const char* kind = is_list(a) ? "list" : "tuple";
      raise_error(&type_error_type, "can only concatenate {} (not \"{}\") to {}", kind, b.type()->name(), kind);
    }
    const auto& x = is_list(a) ? cast<List>(a)->items : cast<Tuple>(a)->items;
    const auto& y = is_list(b) ? cast<List>(b)->items : cast<Tuple>(b)->items;
    std::vector<Object> out;
    out.reserve(x.size() + y.size());
    out.insert(out.end(), x.begin(), x.end());
    out.insert(out.end(), y.begin(), y.end());
    return is_list(a) ? new_list(std::move(out)) : new_tuple(std::move(out));
  }
  return binary_special(a, b, "+", "__add__", "__radd__");
}

Object sub_slow(const Object& a, const Object& b) {
  if (is_int_like(a) && is_int_like(b)) {
    Int128 x128, y128, r128;
    if (both_i128(a, b, x128, y128) && !__builtin_sub_overflow(x128, y128, &r128)) return int_from_i128(r128);
    MpzView x(a), y(b);
    Mpz r;
    mpz_sub(r.v, x.v, y.v);
    return r.take();
  }
  if (is_number(a) && is_number(b)) return Object::from_float(to_double(a) - to_double(b));
  if (Object r = set_sub(a, b); r.is_bound()) return r;
  return binary_special(a, b, "-", "__sub__", "__rsub__");
}

Object mul_slow(const Object& a, const Object& b) {
  if (is_int_like(a) && is_int_like(b)) {
    // |x * y| < 2**127 when the magnitudes have 127 bits between them.
    Int128 x128, y128;
    if (both_i128(a, b, x128, y128) && magnitude_bits(x128) + magnitude_bits(y128) <= 127) {
      return int_from_i128(x128 * y128);
    }
    MpzView x(a), y(b);
    Mpz r;
    mpz_mul(r.v, x.v, y.v);
    return r.take();
  }
  if (is_number(a) && is_number(b)) return Object::from_float(to_double(a) * to_double(b));
  if (is_sequence(a) && is_int_like(b)) return repeat_sequence(a, b);
  if (is_sequence(b) && is_int_like(a)) return repeat_sequence(b, a);
  // deque's repetition is a method in its table: asked before a built-in
  // sequence's TypeError (`deque * 'a'` names 'str', as its sq_repeat does).
  if (Object r = table_binary(a, b, "__mul__", "__rmul__"); r.is_bound()) return r;
  if (is_sequence(a) || is_sequence(b)) {
    raise_error(&type_error_type, "can't multiply sequence by non-int of type '{}'",
                (is_sequence(a) ? b : a).type()->name());
  }
  return binary_special(a, b, "*", "__mul__", "__rmul__");
}

Object floordiv_slow(const Object& a, const Object& b) {
  if (is_int_like(a) && is_int_like(b)) {
    if (b.is_small_int() || b.is_bool()) {
      if (b.as_small_int() == 0) {
        raise_error(&zero_division_error_type, "integer division or modulo by zero");
      }
      if ((a.is_small_int() || a.is_bool()) &&
          !(a.as_small_int() == INT64_MIN && b.as_small_int() == -1)) {
        return Object::from_int(floor_div_i64(a.as_small_int(), b.as_small_int()));
      }
    }
    MpzView x(a), y(b);
    Mpz r;
    mpz_fdiv_q(r.v, x.v, y.v);
    return r.take();
  }
  if (is_number(a) && is_number(b)) {
    double y = to_double(b);
    if (y == 0.0) raise_error(&zero_division_error_type, "float floor division by zero");
    double q, m;
    float_divmod(to_double(a), y, q, m);
    return Object::from_float(q);
  }
  return binary_special(a, b, "//", "__floordiv__", "__rfloordiv__");
}

Object mod_slow(const Object& a, const Object& b) {
  // `str % args` is printf-style formatting (format.hpp).
  if (is_str(a)) return percent_format(a, b);
  if (is_int_like(a) && is_int_like(b)) {
    if (b.is_small_int() || b.is_bool()) {
      if (b.as_small_int() == 0) raise_error(&zero_division_error_type, "integer modulo by zero");
      if (a.is_small_int() || a.is_bool()) {
        if (b.as_small_int() == -1) return Object::from_int(0);
        return Object::from_int(floor_mod_i64(a.as_small_int(), b.as_small_int()));
      }
    }
    MpzView x(a), y(b);
    Mpz r;
    mpz_fdiv_r(r.v, x.v, y.v);
    return r.take();
  }
  if (is_number(a) && is_number(b)) {
    double y = to_double(b);
    if (y == 0.0) raise_error(&zero_division_error_type, "float modulo");
    double q, m;
    float_divmod(to_double(a), y, q, m);
    return Object::from_float(m);
  }
  return binary_special(a, b, "%", "__mod__", "__rmod__");
}

Object truediv(const Object& a, const Object& b) {
  if (is_int_like(a) && is_int_like(b)) {
    if ((b.is_small_int() || b.is_bool()) && b.as_small_int() == 0) {
      raise_error(&zero_division_error_type, "division by zero");
    }
    return Object::from_float(int_true_divide(a, b));
  }
  if (is_number(a) && is_number(b)) {
    double y = to_double(b);
    if (y == 0.0) raise_error(&zero_division_error_type, "float division by zero");
    return Object::from_float(to_double(a) / y);
  }
  return binary_special(a, b, "/", "__truediv__", "__rtruediv__");
}

// Both operands are inline ints (bool counts as one): the int64 fast paths.
inline bool both_small(const Object& a, const Object& b) {
  return (a.is_small_int() || a.is_bool()) && (b.is_small_int() || b.is_bool());
}

Object power(const Object& a, const Object& b) {
  if (both_small(a, b) && b.as_small_int() >= 0) {
    // Square-and-multiply while it fits; on overflow GMP takes over.
    int64_t base = a.as_small_int(), result = 1;
    bool overflow = false;
    for (int64_t e = b.as_small_int(); e > 0 && !overflow; e >>= 1) {
      if (e & 1) overflow = __builtin_mul_overflow(result, base, &result);
      if (e > 1 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
    }
    if (!overflow) return Object::from_int(result);
  }
  if (is_int_like(a) && is_int_like(b)) {
    MpzView x(a), y(b);
    if (mpz_sgn(y.v) >= 0) {
      if (!mpz_fits_ulong_p(y.v)) {
        // Only 0, 1 and -1 survive an exponent this large.
        if (mpz_cmpabs_ui(x.v, 1) > 0) raise_error(&overflow_error_type, "exponent too large");
      }
      Mpz r;
      if (mpz_fits_ulong_p(y.v)) {
        mpz_pow_ui(r.v, x.v, mpz_get_ui(y.v));
      } else {
        mpz_set_si(r.v, mpz_sgn(x.v) == 0 ? 0 : (mpz_odd_p(y.v) ? mpz_sgn(x.v) : 1));
      }
      return r.take();
    }
    // A negative exponent gives a float, as in CPython.
    if (mpz_sgn(x.v) == 0) {
      raise_error(&zero_division_error_type, "0.0 cannot be raised to a negative power");
    }
    return Object::from_float(float_pow(to_double(a), to_double(b)));
  }
  if (is_number(a) && is_number(b)) return Object::from_float(float_pow(to_double(a), to_double(b)));
  return binary_special(a, b, "** or pow()", "__pow__", "__rpow__");
}

Object lshift(const Object& a, const Object& b) {
  if (!is_int_like(a) || !is_int_like(b)) return binary_special(a, b, "<<", "__lshift__", "__rlshift__");
  if (both_small(a, b) && b.as_small_int() >= 0 && b.as_small_int() < 63) {
    // Exact when shifting back gives the operand again (no bits lost).
    int64_t x = a.as_small_int(), shift = b.as_small_int();
    int64_t shifted = static_cast<int64_t>(static_cast<uint64_t>(x) << shift);
    if ((shifted >> shift) == x) return Object::from_int(shifted);
  }
  MpzView x(a), y(b);
  Mpz r;
  if (mpz_sgn(y.v) < 0) raise_error(&value_error_type, "negative shift count");
  if (!mpz_fits_ulong_p(y.v)) raise_error(&overflow_error_type, "too many digits in integer");
  mpz_mul_2exp(r.v, x.v, mpz_get_ui(y.v));
  return r.take();
}

Object rshift(const Object& a, const Object& b) {
  if (!is_int_like(a) || !is_int_like(b)) return binary_special(a, b, ">>", "__rshift__", "__rrshift__");
  if (both_small(a, b) && b.as_small_int() >= 0) {
    // C++20's >> on a negative int64 is arithmetic: Python's floor shift.
    return Object::from_int(a.as_small_int() >> std::min<int64_t>(b.as_small_int(), 63));
  }
  MpzView x(a), y(b);
  Mpz r;
  if (mpz_sgn(y.v) < 0) raise_error(&value_error_type, "negative shift count");
  if (!mpz_fits_ulong_p(y.v)) return Object::from_int(mpz_sgn(x.v) < 0 ? -1 : 0);
  mpz_fdiv_q_2exp(r.v, x.v, mpz_get_ui(y.v));
  return r.take();
}

Object bit_and(const Object& a, const Object& b) {
  if (a.is_bool() && b.is_bool()) return Object::from_bool(a.as_bool() && b.as_bool());
  if (!is_int_like(a) || !is_int_like(b)) {
    if (Object r = set_and(a, b); r.is_bound()) return r;
    return binary_special(a, b, "&", "__and__", "__rand__");
  }
  // Two's complement on int64 is Python's infinite two's complement, cut.
  if (both_small(a, b)) return Object::from_int(a.as_small_int() & b.as_small_int());
  // Two's complement on 128 bits is exact for operands that fit in them.
  if (Int128 x128, y128; both_i128(a, b, x128, y128)) return int_from_i128(x128 & y128);
  MpzView x(a), y(b);
  Mpz r;
  mpz_and(r.v, x.v, y.v);
  return r.take();
}

Object bit_or(const Object& a, const Object& b) {
  if (a.is_bool() && b.is_bool()) return Object::from_bool(a.as_bool() || b.as_bool());
  if (!is_int_like(a) || !is_int_like(b)) {
    if (Object r = set_or(a, b); r.is_bound()) return r;
    // Counter's and OrderedDict's own `|` (and OrderedDict's reflected
    // one) come before dict's, as the subclasses' methods do in CPython.
    if (Object r = table_binary(a, b, "__or__", "__ror__"); r.is_bound()) return r;
    if (Object r = dict_or(a, b); r.is_bound()) return r;
    return binary_special(a, b, "|", "__or__", "__ror__");
  }
  // Two's complement on int64 is Python's infinite two's complement, cut.
  if (both_small(a, b)) return Object::from_int(a.as_small_int() | b.as_small_int());
  // Two's complement on 128 bits is exact for operands that fit in them.
  if (Int128 x128, y128; both_i128(a, b, x128, y128)) return int_from_i128(x128 | y128);
  MpzView x(a), y(b);
  Mpz r;
  mpz_ior(r.v, x.v, y.v);
  return r.take();
}

Object bit_xor(const Object& a, const Object& b) {
  if (a.is_bool() && b.is_bool()) return Object::from_bool(a.as_bool() != b.as_bool());
  if (!is_int_like(a) || !is_int_like(b)) {
    if (Object r = set_xor(a, b); r.is_bound()) return r;
    return binary_special(a, b, "^", "__xor__", "__rxor__");
  }
  // Two's complement on int64 is Python's infinite two's complement, cut.
  if (both_small(a, b)) return Object::from_int(a.as_small_int() ^ b.as_small_int());
  // Two's complement on 128 bits is exact for operands that fit in them.
  if (Int128 x128, y128; both_i128(a, b, x128, y128)) return int_from_i128(x128 ^ y128);
  MpzView x(a), y(b);
  Mpz r;
  mpz_xor(r.v, x.v, y.v);
  return r.take();
}

Object neg(const Object& a) {
  if ((a.is_small_int() || a.is_bool()) && a.as_small_int() != INT64_MIN) {
    return Object::from_int(-a.as_small_int());
  }
  if (a.is_float()) return Object::from_float(-a.as_float());
  if (is_int_like(a)) {
    MpzView x(a);
    Mpz r;
    mpz_neg(r.v, x.v);
    return r.take();
  }
  if (a.type()->is_user_class()) {
    bool found = false;
    Object r = call_special(a, "__neg__", Args{}, &found);
    if (found) return r;
  }
  if (Object r = table_special(a, "__neg__", Args{}); r.is_bound()) return r;
  raise_error(&type_error_type, "bad operand type for unary -: '{}'", a.type()->name());
}

Object pos(const Object& a) {
  if (a.is_bool()) return Object::from_int(a.as_small_int());
  if (is_int_like(a) || a.is_float()) return a;
  if (a.type()->is_user_class()) {
    bool found = false;
    Object r = call_special(a, "__pos__", Args{}, &found);
    if (found) return r;
  }
  if (Object r = table_special(a, "__pos__", Args{}); r.is_bound()) return r;
  raise_error(&type_error_type, "bad operand type for unary +: '{}'", a.type()->name());
}

Object invert(const Object& a) {
  if (a.is_small_int() || a.is_bool()) return Object::from_int(~a.as_small_int());
  if (is_int_like(a)) {
    MpzView x(a);
    Mpz r;
    mpz_com(r.v, x.v);
    return r.take();
  }
  if (a.type()->is_user_class()) {
    bool found = false;
    Object r = call_special(a, "__invert__", Args{}, &found);
    if (found) return r;
  }
  raise_error(&type_error_type, "bad operand type for unary ~: '{}'", a.type()->name());
}

bool truthy_slow(const Object& o) {
  if (!o.is_heap()) return false;
  return o.heap()->truthy();
}

bool eq_slow(const Object& a, const Object& b) {
  if (is_number(a) && is_number(b)) {
    if (a.is_float() || b.is_float()) return compare_numbers(a, b) == NumberOrder::Equal;
    if (!a.is_heap() && !b.is_heap()) return a.as_small_int() == b.as_small_int();
    if (a.is_heap() != b.is_heap()) return false;  // small and big never overlap
    return mpz_cmp(cast<BigInt>(a)->value, cast<BigInt>(b)->value) == 0;
  }
  if (a.is(b)) return true;
  if (a.is_heap()) {
    int r = a.heap()->eq(b);
    if (r >= 0) return r == 1;
  }
  if (b.is_heap()) {
    int r = b.heap()->eq(a);
    if (r >= 0) return r == 1;
  }
  return false;
}

namespace {

const char* cmp_symbol(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return "<";
    case CmpOp::Le: return "<=";
    case CmpOp::Gt: return ">";
    case CmpOp::Ge: return ">=";
  }
  return "?";
}

bool apply_order(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

bool compare_sequences(const std::vector<Object>& x, const std::vector<Object>& y, CmpOp op) {
  // Lexicographic: the first unequal pair decides, else the lengths do.
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    if (!eq(x[i], y[i])) return compare_slow(x[i], y[i], op);
  }
  return apply_order(x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0), op);
}

}  // namespace

bool compare_slow(const Object& a, const Object& b, CmpOp op) {
  if (is_number(a) && is_number(b)) {
    NumberOrder order = compare_numbers(a, b);
    if (order == NumberOrder::Unordered) return false;
    return apply_order(static_cast<int>(order), op);
  }
  if (is_bytes_like(a) && is_bytes_like(b)) return apply_order(bytes_compare(a, b), op);
  if (is_str(a) && is_str(b)) {
    // UTF-8 byte order is code point order.
    return apply_order(cast<Str>(a)->data.compare(cast<Str>(b)->data), op);
  }
  if (is_list(a) && is_list(b)) return compare_sequences(cast<List>(a)->items, cast<List>(b)->items, op);
  if (is_tuple_like(a) && is_tuple_like(b)) {
    return compare_sequences(cast<Tuple>(a)->items, cast<Tuple>(b)->items, op);
  }
  if (int r = set_compare(a, b, op); r >= 0) return r != 0;
  // User classes, and runtime types with the methods in their tables.
  if (a.is_heap() || b.is_heap()) {
    static const char* const methods[][2] = {
        {"__lt__", "__gt__"}, {"__le__", "__ge__"}, {"__gt__", "__lt__"}, {"__ge__", "__le__"}};
    const auto* pair = methods[static_cast<int>(op)];
    int r = compare_special(a, b, pair[0], pair[1]);
    if (r >= 0) return r == 1;
  }
  raise_error(&type_error_type, "'{}' not supported between instances of '{}' and '{}'",
              cmp_symbol(op), a.type()->name(), b.type()->name());
}

bool contains(const Object& container, const Object& item) {
  if (!container.is_heap()) {
    raise_error(&type_error_type, "argument of type '{}' is not iterable", container.type()->name());
  }
  return container.heap()->contains(item);
}

Object getitem(const Object& container, const Object& key) {
  if (!container.is_heap()) {
    raise_error(&type_error_type, "'{}' object is not subscriptable", container.type()->name());
  }
  return container.heap()->getitem(key);
}

void setitem(const Object& container, const Object& key, Object value) {
  if (!container.is_heap()) {
    raise_error(&type_error_type, "'{}' object does not support item assignment", container.type()->name());
  }
  container.heap()->setitem(key, std::move(value));
}

void delitem(const Object& container, const Object& key) {
  if (!container.is_heap()) {
    raise_error(&type_error_type, "'{}' object doesn't support item deletion", container.type()->name());
  }
  container.heap()->delitem(key);
}

namespace {
// Marks the operator that runs as an augmented assignment's (see
// augmented_operation), for as long as it runs.
struct Augmented {
  Augmented() { augmented_operation = true; }
  ~Augmented() { augmented_operation = false; }
};

// `a op= b` through a runtime type's in-place method (Counter.__iadd__,
// deque.__imul__), which updates `a` and returns it; unbound when `a` has
// none, so that the plain operator runs.
Object inplace_method(const Object& a, const Object& b, const char* name) {
  if (!a.is_heap() || !a.type()->has_inplace_methods()) return Object();
  return table_special(a, name, Args{{b}});
}

}  // namespace

Object inplace_sub_slow(const Object& a, const Object& b) {
  if (Object r = inplace_method(a, b, "__isub__"); r.is_bound()) return r;
  Augmented scope;
  return sub(a, b);
}
Object inplace_truediv(const Object& a, const Object& b) { Augmented scope; return truediv(a, b); }
Object inplace_floordiv(const Object& a, const Object& b) { Augmented scope; return floordiv(a, b); }
Object inplace_mod_slow(const Object& a, const Object& b) { Augmented scope; return mod(a, b); }
Object inplace_power(const Object& a, const Object& b) { Augmented scope; return power(a, b); }
Object inplace_lshift(const Object& a, const Object& b) { Augmented scope; return lshift(a, b); }
Object inplace_rshift(const Object& a, const Object& b) { Augmented scope; return rshift(a, b); }
Object inplace_xor(const Object& a, const Object& b) { Augmented scope; return bit_xor(a, b); }
Object inplace_and(const Object& a, const Object& b) {
  if (Object r = inplace_method(a, b, "__iand__"); r.is_bound()) return r;
  Augmented scope;
  return bit_and(a, b);
}

Object inplace_add_slow(const Object& a, const Object& b) {
  if (is_list(a)) {
    // list += iterable: extend in place (any iterable, unlike list + list).
    Object items = list_from_iterable(b);
    auto& dst = cast<List>(a)->items;
    const auto& src = cast<List>(items)->items;
    dst.insert(dst.end(), src.begin(), src.end());
    return a;
  }
  if (Object r = inplace_method(a, b, "__iadd__"); r.is_bound()) return r;
  Augmented scope;
  return add(a, b);
}

Object inplace_mul_slow(const Object& a, const Object& b) {
  if (is_list(a) && is_int_like(b)) {
    Object repeated = mul(a, b);
    cast<List>(a)->items = cast<List>(repeated)->items;
    return a;
  }
  if (Object r = inplace_method(a, b, "__imul__"); r.is_bound()) return r;
  Augmented scope;
  return mul(a, b);
}

Object inplace_or(const Object& a, const Object& b) {
  // set |= set and dict |= mapping update in place; else `a | b`.
  if (Object r = set_ior(a, b); r.is_bound()) return r;
  if (Object r = inplace_method(a, b, "__ior__"); r.is_bound()) return r;
  if (Object r = dict_ior(a, b); r.is_bound()) return r;
  Augmented scope;
  return bit_or(a, b);
}

void unpack(const Object& iterable, Object* out, size_t n) {
  if (is_tuple(iterable) || is_list(iterable)) {
    const auto& items = is_tuple(iterable) ? cast<Tuple>(iterable)->items : cast<List>(iterable)->items;
    if (items.size() < n) {
      raise_error(&value_error_type, "not enough values to unpack (expected {}, got {})", n, items.size());
    }
    if (items.size() > n) raise_error(&value_error_type, "too many values to unpack (expected {})", n);
    for (size_t i = 0; i < n; ++i) out[i] = items[i];
    return;
  }
  if (!iterable.is_heap()) {
    raise_error(&type_error_type, "cannot unpack non-iterable {} object", iterable.type()->name());
  }
  Object it = iter(iterable);
  for (size_t i = 0; i < n; ++i) {
    if (!next(it, out[i])) raise_error(&value_error_type, "not enough values to unpack (expected {}, got {})", n, i);
  }
  Object extra;
  if (next(it, extra)) raise_error(&value_error_type, "too many values to unpack (expected {})", n);
}

void unpack_starred(const Object& iterable, Object* out, size_t before, size_t after) {
  if (!iterable.is_heap()) {
    raise_error(&type_error_type, "cannot unpack non-iterable {} object", iterable.type()->name());
  }
  Object all = list_from_iterable(iterable);
  auto& items = cast<List>(all)->items;
  if (items.size() < before + after) {
    raise_error(&value_error_type, "not enough values to unpack (expected at least {}, got {})", before + after,
                items.size());
  }
  for (size_t i = 0; i < before; ++i) out[i] = items[i];
  out[before] = new_list(std::vector<Object>(items.begin() + static_cast<long>(before),
                                             items.end() - static_cast<long>(after)));
  for (size_t i = 0; i < after; ++i) out[before + 1 + i] = items[items.size() - after + i];
}

std::string repr(const Object& o) {
  switch (o.tag()) {
    case Object::Tag::None: return "None";
    case Object::Tag::Bool: return o.as_bool() ? "True" : "False";
    case Object::Tag::Int: return std::to_string(o.as_small_int());
    case Object::Tag::Float: return float_repr(o.as_float());
    case Object::Tag::Heap: return o.heap()->repr();
    case Object::Tag::Unbound: break;
  }
  return "<unbound>";
}

std::string str(const Object& o) {
  if (o.is_heap()) return o.heap()->str();
  return repr(o);
}

int64_t hash(const Object& o) {
  switch (o.tag()) {
    case Object::Tag::None: return 0xFCA86420;  // any constant; CPython's is address-based
    case Object::Tag::Bool: return o.as_small_int();
    case Object::Tag::Int: {
      // CPython: |v| mod (2**61 - 1) with the sign; -1 is reserved.
      int64_t v = o.as_small_int();
      constexpr int64_t kModulus = (int64_t{1} << 61) - 1;
      int64_t h = v == INT64_MIN ? -(int64_t{1} << 2) : (v < 0 ? -((-v) % kModulus) : v % kModulus);
      return h == -1 ? -2 : h;
    }
    case Object::Tag::Float: return float_hash(o.as_float());
    case Object::Tag::Heap: return o.heap()->hash();
    case Object::Tag::Unbound: break;
  }
  return 0;
}

Object iter(const Object& o) {
  if (!o.is_heap()) {
    raise_error(&type_error_type, "'{}' object is not iterable", o.type()->name());
  }
  return o.heap()->iter();
}

}  // namespace py
