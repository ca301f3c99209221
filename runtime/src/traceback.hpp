// Tracebacks inside the runtime: filled by `raise`.
#pragma once

#include <string>

#include "yieldc/exceptions.hpp"

namespace py {

// Puts the running frames, outermost first, in front of the exception's
// traceback (which is empty, or what was left when it was last caught).
// A bare `raise` leaves out the running frame: the traceback it re-raises
// already starts there.
void capture_traceback(ExceptionObject& exception, bool include_running = true);
// A `finally` (or a with's __exit__) raising while `pending` propagates:
// pending never left the frame that runs the finally, so its traceback is
// cut to start there, as CPython's would (it stops where unwinding did).
void trim_to_handling_frame(ExceptionObject& pending);

// warnings.warn(message, category, stacklevel=2) from a runtime function
// that Python code called, as CPython's default filters treat a warning
// attributed to __main__: `file:line: Category: message` and the stripped
// source line on stderr, once per message and line (the `default` action).
// `trailer` is printed after the source line (CPython's tracemalloc hint
// for a warning about an object).
void warn_caller(const char* category, const std::string& message, const char* trailer = "");

// Line `line` of a script, stripped, as tracebacks (and warnings) show it;
// empty if there is no such line.
std::string source_line(const char* filename, int line);

}  // namespace py
