// The operators and protocols emitted code calls: arithmetic, comparison,
// truth, repr/str, iteration. Small-int and float fast paths are inline; the
// general cases live in ops.cpp and fall back to the operand types' slots.
#pragma once

#include <string>

#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// ---- slow paths (ops.cpp)
Object add_slow(const Object& a, const Object& b);
Object sub_slow(const Object& a, const Object& b);
Object mul_slow(const Object& a, const Object& b);
Object floordiv_slow(const Object& a, const Object& b);
Object mod_slow(const Object& a, const Object& b);
Object truediv(const Object& a, const Object& b);
Object power(const Object& a, const Object& b);
Object lshift(const Object& a, const Object& b);
Object rshift(const Object& a, const Object& b);
Object bit_and(const Object& a, const Object& b);
Object bit_or(const Object& a, const Object& b);
Object bit_xor(const Object& a, const Object& b);
Object neg(const Object& a);
Object pos(const Object& a);
Object invert(const Object& a);
bool truthy_slow(const Object& o);
bool eq_slow(const Object& a, const Object& b);
enum class CmpOp : uint8_t { Lt, Le, Gt, Ge };
// Ordering comparisons of the general case; raises CPython's TypeError
// ("'<' not supported between instances of 'int' and 'str'").
bool compare_slow(const Object& a, const Object& b, CmpOp op);

// Augmented assignment: lists extend in place for `+=` and `*=` (the
// object's identity is kept, as CPython's list.__iadd__ does); sets update
// in place for `|=`; everything else is the binary operator.
Object inplace_add_slow(const Object& a, const Object& b);
Object inplace_mul_slow(const Object& a, const Object& b);
Object inplace_or(const Object& a, const Object& b);
Object inplace_sub_slow(const Object& a, const Object& b);
Object inplace_truediv(const Object& a, const Object& b);
Object inplace_floordiv(const Object& a, const Object& b);
Object inplace_mod_slow(const Object& a, const Object& b);
Object inplace_power(const Object& a, const Object& b);
Object inplace_lshift(const Object& a, const Object& b);
Object inplace_rshift(const Object& a, const Object& b);
Object inplace_xor(const Object& a, const Object& b);
Object inplace_and(const Object& a, const Object& b);

// `a, b = value` and `a, *rest, b = value`: exactly `n` items into `out`,
// or CPython's ValueError (`not enough values to unpack (expected 2, got 1)`,
// `too many values to unpack (expected 2)`).
void unpack(const Object& iterable, Object* out, size_t n);
// `before` items, a list of the middle, `after` items: out has before+1+after slots.
void unpack_starred(const Object& iterable, Object* out, size_t before, size_t after);

// ---- inline fast paths

inline Object add(const Object& a, const Object& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_add_overflow(a.as_small_int(), b.as_small_int(), &r))
    return Object::from_int(r);
  if (a.is_float() && b.is_float()) return Object::from_float(a.as_float() + b.as_float());
  return add_slow(a, b);
}
inline Object sub(const Object& a, const Object& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_sub_overflow(a.as_small_int(), b.as_small_int(), &r))
    return Object::from_int(r);
  if (a.is_float() && b.is_float()) return Object::from_float(a.as_float() - b.as_float());
  return sub_slow(a, b);
}
inline Object mul(const Object& a, const Object& b) {
  int64_t r;
  if (a.is_small_int() && b.is_small_int() &&
      !__builtin_mul_overflow(a.as_small_int(), b.as_small_int(), &r))
    return Object::from_int(r);
  if (a.is_float() && b.is_float()) return Object::from_float(a.as_float() * b.as_float());
  return mul_slow(a, b);
}

// Python's floor division and modulo of small ints (the sign of the
// divisor); a zero or -1 divisor takes the slow path (ZeroDivisionError,
// and INT64_MIN // -1, which overflows int64).
inline Object floordiv(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int() && b.as_small_int() != 0 && b.as_small_int() != -1) {
    const int64_t x = a.as_small_int(), y = b.as_small_int();
    const int64_t q = x / y;
    return Object::from_int(q - ((x % y != 0) && ((x ^ y) < 0)));
  }
  return floordiv_slow(a, b);
}
inline Object mod(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int() && b.as_small_int() != 0 && b.as_small_int() != -1) {
    const int64_t y = b.as_small_int();
    const int64_t r = a.as_small_int() % y;
    return Object::from_int(r != 0 && ((r ^ y) < 0) ? r + y : r);
  }
  return mod_slow(a, b);
}

// Augmented assignment of small ints is the binary operator (which cannot
// fail on them); the rest (list +=, the TypeError that names `+=`) is in
// ops.cpp.
inline Object inplace_add(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return add(a, b);
  return inplace_add_slow(a, b);
}
inline Object inplace_sub(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return sub(a, b);
  return inplace_sub_slow(a, b);
}
inline Object inplace_mul(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return mul(a, b);
  return inplace_mul_slow(a, b);
}
inline Object inplace_mod(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return mod(a, b);
  return inplace_mod_slow(a, b);
}

inline bool truthy(const Object& o) {
  switch (o.tag()) {
    case Object::Tag::None: return false;
    case Object::Tag::Bool:
    case Object::Tag::Int: return o.as_small_int() != 0;
    case Object::Tag::Float: return o.as_float() != 0.0;
    default: return truthy_slow(o);
  }
}

inline bool eq(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() == b.as_small_int();
  return eq_slow(a, b);
}
inline bool ne(const Object& a, const Object& b) { return !eq(a, b); }
inline bool lt(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
  return compare_slow(a, b, CmpOp::Lt);
}
inline bool le(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() <= b.as_small_int();
  return compare_slow(a, b, CmpOp::Le);
}
inline bool gt(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() > b.as_small_int();
  return compare_slow(a, b, CmpOp::Gt);
}
inline bool ge(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() >= b.as_small_int();
  return compare_slow(a, b, CmpOp::Ge);
}
bool contains(const Object& container, const Object& item);
// `x in gen()`: the temporary container is released as soon as the test is
// done (finalising a generator there, as CPython does), not at the end of
// the enclosing statement.
inline bool contains(Object&& container, const Object& item) {
  Object owned = std::move(container);
  return contains(static_cast<const Object&>(owned), item);
}

inline Object box(bool b) { return Object::from_bool(b); }
// Literals in emitted code: py::Int(42), py::Float(0.5).
inline Object Int(int64_t v) { return Object::from_int(v); }
inline Object Float(double v) { return Object::from_float(v); }

// container[key], container[key] = value, del container[key]: the type's
// slots (negative indices and IndexError for sequences, KeyError for maps).
Object getitem(const Object& container, const Object& key);
void setitem(const Object& container, const Object& key, Object value);
void delitem(const Object& container, const Object& key);

// repr(o) and str(o) as C++ strings.
std::string repr(const Object& o);
std::string str(const Object& o);
int64_t hash(const Object& o);

// ---- iteration: `next` returns false at exhaustion instead of raising.
Object iter(const Object& o);
inline bool next(const Object& iterator, Object& out) {
  return iterator.heap()->next(out);
}

}  // namespace py
