// The `with` statement's protocol: __enter__ and __exit__ looked up on the
// manager's type (both before entering, as CPython does), and the call of
// __exit__ with the exception (or Nones) that ends the block; the same for
// `async with` (__aenter__/__aexit__, whose results the coroutine awaits).
#pragma once

#include "yieldc/object.hpp"

namespace py {

// The bound __exit__ of `manager`; TypeError if it has no __enter__ or
// __exit__ (`'int' object does not support the context manager protocol`).
Object with_exit_method(const Object& manager);
// manager.__enter__()
Object with_enter(const Object& manager);
// __exit__(type, value, traceback): unbound `exception` means a normal exit
// (None, None, None). Returns whether the exception is suppressed.
bool with_exit(const Object& exit_method, const Object& exception);
// __exit__(type, value, traceback)'s result itself (what `async with`
// awaits before testing it).
Object with_exit_call(const Object& exit_method, const Object& exception);

// `async with`: the bound __aexit__ (`'int' object does not support the
// asynchronous context manager protocol`), and manager.__aenter__().
Object async_with_exit_method(const Object& manager);
Object async_with_enter(const Object& manager);

}  // namespace py
