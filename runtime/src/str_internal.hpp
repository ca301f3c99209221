// Helpers shared by the str sources (str.cpp, str_methods.cpp,
// str_case.cpp, codecs.cpp): building strs from code points, mapping
// code-point indices to byte offsets, and argument conversions whose
// TypeErrors CPython words the same way across str and bytes methods.
#pragma once

#include <string>
#include <string_view>

#include "yieldc/call.hpp"
#include "yieldc/containers.hpp"

namespace py {

// A one-code-point str; the 128 ASCII ones are shared immortal objects.
Object str_char(char32_t cp);
// The str of `self`'s code points [start, start + count): `self` itself
// when that is all of it.
Object str_substr(const Str* self, size_t start, size_t count);
// The byte offset of code point `index` (0 <= index <= len()).
size_t str_byte_offset(const Str* self, size_t index);
// The code-point index of byte offset `offset` (a code point boundary).
size_t str_index_of_offset(const Str* self, size_t offset);

std::u32string decode_code_points(std::string_view utf8);
std::string encode_code_points(std::u32string_view cps);

// An int argument as Py_ssize_t: `'str' object cannot be interpreted as an
// integer`, or OverflowError `Python int too large to convert to C ssize_t`.
int64_t ssize_argument(const Object& o);
// Binds arguments like bind_args, with the message Argument Clinic gives
// for too many keyword arguments (`takes at most 2 keyword arguments`).
void bind_keywords(const Args& args, const char* name, std::initializer_list<const char*> names,
                   size_t required, Object* out);
// Rejects keyword arguments with CPython's `str.find() takes no keyword arguments`.
void expect_no_keywords(const Args& args, const char* qualname);

// The [start, end) window of str.find()/count()/startswith() (and the
// bytes versions) resolved against `size` the way CPython's
// ADJUST_INDICES does. `end` may end up below `start`.
struct Window {
  int64_t start;
  int64_t end;
};
Window find_window(const Object& start, const Object& end, size_t size);

// The case mappings of str (and bytes, which has only the ASCII ones).
enum class CaseOp { Lower, Upper, Title, Capitalize, Swapcase, Casefold };
// `op` applied to ASCII data byte by byte (Casefold is Lower).
std::string map_ascii(const std::string& data, CaseOp op);

// MemoryError, for sizes no allocation can satisfy.
[[noreturn]] void raise_memory_error();

// The str methods defined outside str_methods.cpp, listed in its table.
#define YIELDC_STR_METHOD(name) Object name(const Object& self, const Args& args);
YIELDC_STR_METHOD(str_lower)
YIELDC_STR_METHOD(str_upper)
YIELDC_STR_METHOD(str_title)
YIELDC_STR_METHOD(str_capitalize)
YIELDC_STR_METHOD(str_swapcase)
YIELDC_STR_METHOD(str_casefold)
YIELDC_STR_METHOD(str_isdigit)
YIELDC_STR_METHOD(str_isalpha)
YIELDC_STR_METHOD(str_isalnum)
YIELDC_STR_METHOD(str_isspace)
YIELDC_STR_METHOD(str_isupper)
YIELDC_STR_METHOD(str_islower)
YIELDC_STR_METHOD(str_istitle)
YIELDC_STR_METHOD(str_isdecimal)
YIELDC_STR_METHOD(str_isnumeric)
YIELDC_STR_METHOD(str_isidentifier)
YIELDC_STR_METHOD(str_isprintable)
YIELDC_STR_METHOD(str_isascii)
YIELDC_STR_METHOD(str_encode)
#undef YIELDC_STR_METHOD

}  // namespace py
