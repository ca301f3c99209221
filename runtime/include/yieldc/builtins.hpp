// Built-in functions. Codegen calls these directly when a call's target is
// a builtin name the program does not rebind.
#pragma once

#include <initializer_list>

#include "yieldc/object.hpp"

namespace py {

// print(*args, sep=' ', end='\n'); an unbound sep/end means the default.
// Returns None, like every Python call.
Object print(std::initializer_list<Object> args, const Object& sep = Object(),
           const Object& end = Object());
Object len(const Object& o);
Object range(const Object& stop);
Object range(const Object& start, const Object& stop);
Object range(const Object& start, const Object& stop, const Object& step);
Object list(const Object& iterable);
Object list();
Object repr_builtin(const Object& o);
Object str_builtin(const Object& o);
Object next_builtin(const Object& iterator);
Object next_builtin(const Object& iterator, const Object& default_value);
Object iter_builtin(const Object& o);

// Program entry: runs the module body, prints an uncaught exception as a
// traceback, then runs `clear_globals` (the module teardown, which finalises
// what the globals hold), flushes stdout and returns the process exit status.
int run_main(int argc, char** argv, const char* script_path, void (*module_body)(), void (*clear_globals)());

}  // namespace py
