// The init functions of the runtime's modules, one per module file, and
// what the module files share.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "yieldc/function.hpp"
#include "yieldc/module.hpp"

namespace py {

void init_sys_module(Module& module);
void init_collections_module(Module& module);
void init_itertools_module(Module& module);
void init_inspect_module(Module& module);
void init_os_module(Module& module);
void init_os_path_module(Module& module);  // os.path, named posixpath
void init_contextlib_module(Module& module);
void init_time_module(Module& module);
void init_tempfile_module(Module& module);
void init_hashlib_module(Module& module);
void init_random_module(Module& module);
void init_string_module(Module& module);
void init_functools_module(Module& module);
void init_operator_module(Module& module);
void init_math_module(Module& module);
void init_heapq_module(Module& module);
void init_bisect_module(Module& module);
void init_re_module(Module& module);
void init_json_module(Module& module);
void init_types_module(Module& module);
void init_asyncio_module(Module& module);

// Called when a script assigns sys.stdout (see redirected_stdout()).
void sys_stdout_assigned(const Object& value);

// The types of the collections and itertools modules (and namedtuple types)
// called as `T(...)`; unbound for any other type.
Object construct_stdlib_type(Type* type, const Args& args);
// contextlib's classes (suppress, closing, ...); unbound for other types.
Object contextlib_construct(Type* type, const Args& args);
// random.Random(x); unbound for other types.
Object random_construct(Type* type, const Args& args);

// The parameter list of a function that CPython writes in Python (random.py's
// Random methods, string.capwords), so that a call binds with the messages a
// Python function gives: `Random.randint() missing 1 required positional
// argument: 'b'`, `capwords() takes from 1 to 2 positional arguments but 3
// were given`. Made once, as a function-local static: it must not move.
class PythonParameters {
 public:
  // `names`: the positional parameters (for a method, `self` first), then
  // `kwonly` keyword-only ones. `defaults` belong to the last positional
  // parameters; `kwdefaults` to the keyword-only ones (unbound: required).
  // With `varkw` (`**kw`), the last slot is a dict of the other keywords.
  PythonParameters(const char* qualname, std::initializer_list<const char*> names, uint32_t kwonly,
                   std::initializer_list<Object> defaults, std::initializer_list<Object> kwdefaults = {},
                   const char* varkw = nullptr);
  PythonParameters(const PythonParameters&) = delete;
  PythonParameters& operator=(const PythonParameters&) = delete;

  // Fills one slot per name (and the `**kw` dict), defaults applied.
  void bind(const Args& args, Object* slots) const;
  // A method's call: `self` goes in front, as Python counts it.
  void bind_method(const Object& self, const Args& args, Object* slots) const;

 private:
  std::vector<const char*> names_;
  Signature signature_;
  Function* function_;  // holds the defaults for bind_arguments(); immortal
};
// functools.partial; unbound for other types.
Object functools_construct(Type* type, const Args& args);
// operator's itemgetter, attrgetter and methodcaller; unbound for other types.
Object operator_construct(Type* type, const Args& args);

}  // namespace py
