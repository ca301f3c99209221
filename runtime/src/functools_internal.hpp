// What the functools sources share: the functions CPython writes in Python
// (Lib/functools.py) made as function objects with native bodies, and the
// lru_cache half of the module (functools_lru_cache.cpp).
#pragma once

#include <vector>

#include "yieldc/function.hpp"
#include "yieldc/module.hpp"
#include "yieldc/object.hpp"

namespace py {

// A function of functools.py (update_wrapper, wraps, lru_cache, ...): a
// Function whose body is native, so its repr (`<function wraps at 0x..>`),
// its argument binding and errors are a Python function's. `closure` holds
// values the body reads from `self.closure` (not cells). __module__ is
// 'functools'.
Object functools_function(const Signature& signature, FunctionBody body, std::vector<Object> defaults = {},
                          std::vector<Object> closure = {});

// A module-level name of functools, read when used as functools.py reads
// its globals (so `functools.update_wrapper = f` is seen, as in CPython).
Object functools_global(const char* name);

// The function a functools.partial wraps, or unbound if `o` is no partial.
Object partial_function(const Object& o);

// Adds lru_cache, cache and _CacheInfo to the module.
void functools_register_lru_cache(Module& module);

}  // namespace py
