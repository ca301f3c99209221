// The calling convention of the runtime: a call's arguments as one view of
// positional values and named (keyword) values, and the method tables that
// built-in types expose through it. Emitted code builds an Args on the
// stack; built-in methods receive `self` and the Args.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>

#include "yieldc/object.hpp"

namespace py {

struct KwArg {
  const char* name;
  Object value;
};

// The arguments of one call. Views only: the caller owns the values. An Args
// built from braced lists (`f({a, b})`) views arrays that live until the end
// of the full-expression, which is exactly the call: that is the intended use.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winit-list-lifetime"
#endif
struct Args {
  const Object* pos = nullptr;
  size_t npos = 0;
  const KwArg* kw = nullptr;
  size_t nkw = 0;

  Args() = default;
  Args(std::initializer_list<Object> positional) : pos(positional.begin()), npos(positional.size()) {}
  Args(std::initializer_list<Object> positional, std::initializer_list<KwArg> keywords)
      : pos(positional.begin()), npos(positional.size()), kw(keywords.begin()), nkw(keywords.size()) {}
  Args(const Object* p, size_t n) : pos(p), npos(n) {}
  Args(const Object* p, size_t n, const KwArg* k, size_t nk) : pos(p), npos(n), kw(k), nkw(nk) {}

  size_t size() const { return npos; }
  const Object& operator[](size_t i) const { return pos[i]; }
  bool has_keywords() const { return nkw != 0; }
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// A built-in method: `self` is the receiver.
using MethodFunction = Object (*)(const Object& self, const Args& args);

struct MethodDef {
  const char* name;
  MethodFunction fn;
  // A class method (`dict.fromkeys`, `bytes.fromhex`): `self` is the type,
  // whether it is called through the type or through an instance.
  bool class_method = false;
};

// Argument checking for built-in methods and functions. CPython's
// messages differ by how each built-in parses its arguments; each helper
// produces one family, and a built-in picks the one CPython uses for it.
//   `str.upper() takes no arguments (1 given)`, `str.upper() takes no keyword arguments`
void expect_no_args(const Args& args, const char* qualname);
//   `list.append() takes exactly one argument (0 given)` (and no keywords)
void expect_one_arg(const Args& args, const char* qualname);
//   `pop expected at least 1 argument, got 0`, `pop expected at most 1 argument, got 2`
//   (and `pop() takes no keyword arguments`)
void expect_positional(const Args& args, const char* name, size_t min, size_t max);
// Binds positional-or-keyword arguments to `names`; `out[i]` is left unbound
// for a parameter not given; the first `required` must be given.
//   `split() takes at most 2 arguments (3 given)`, `find() takes at least 1 argument (0 given)`,
//   `'foo' is an invalid keyword argument for split()`,
//   `split() got multiple values for argument 'sep'`
void bind_args(const Args& args, const char* name, std::initializer_list<const char*> names, size_t required,
               Object* out);

}  // namespace py
