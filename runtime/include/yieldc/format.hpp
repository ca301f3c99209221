// Python's text formatting: format(value, spec) and f-string fields with
// the format-spec mini-language, the !s/!r/!a conversions, str.format and
// printf-style `str % args`. Output and error messages are CPython 3.11's.
// Objects without a built-in __format__ get object.__format__ (str(value),
// and a TypeError for any non-empty spec).
#pragma once

#include <string>
#include <string_view>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"

namespace py {

// format(value, spec) / f"{value:spec}" for int (and big int), bool, float,
// str and None (and any other object through object.__format__).
std::string format_value(const Object& value, std::string_view spec);

// An f-string conversion: 's' is str(), 'r' is repr(), 'a' is ascii().
// Any other character raises CPython's `Unknown conversion specifier`.
std::string format_conversion(const Object& value, char conversion);

// ascii(value): repr() with every non-ASCII code point escaped as
// \xNN, \uNNNN or \UNNNNNNNN.
std::string ascii_repr(const Object& value);

// self.format(*args, **kwargs) for a str `self` (the `format` method of str).
Object str_format(const Object& self, const Args& args);

// format_string % args for a str `format_string` (printf-style formatting).
Object percent_format(const Object& format_string, const Object& args);

// The `format` builtin: format(value[, spec]); an unbound spec means ''.
Object format_builtin(const Object& value, const Object& spec = Object());

}  // namespace py
