// The pieces of formatting shared by format(), str.format and `%`:
// CPython's PyOS_double_to_string, int-to-base conversion, and the number
// layout (sign, prefix, padding, digit grouping) of formatter_unicode.c.
// Private to the runtime's sources.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "yieldc/object.hpp"

namespace py::format_detail {

// Flags of double_to_string (CPython's Py_DTSF_*).
enum DoubleFlags : unsigned {
  kAlternate = 1u << 0,    // '#': keep the '.' and trailing zeros
  kAddDotZero = 1u << 1,   // "1.0" rather than "1" (repr and the empty type)
  kNoNegativeZero = 1u << 2,  // 'z': "-0.00" becomes "0.00"
};

// PyOS_double_to_string: `code` is one of e E f F g G, or 'r' for the
// shortest repr (then `precision` must be 0). Correctly rounded, half to
// even on exact ties, as David Gay's dtoa that CPython uses.
std::string double_to_string(double value, char code, int precision, unsigned flags);

// The magnitude of an int (or bool) in base 2, 8, 10 or 16, lower-case,
// without sign or prefix; `negative` tells the sign.
std::string int_magnitude_digits(const Object& value, int base, bool& negative);

// float(value) for an int or bool (OverflowError for a huge int).
double int_to_double(const Object& value);

// How digits are grouped: the locale of the 'n' type is always C (CPython
// never sets LC_NUMERIC), so it groups nothing.
struct Grouping {
  int size = 0;         // 0: no grouping, else 3 or 4 digits per group
  char separator = 0;   // ',' or '_'
};

// A parsed format spec (CPython's InternalFormatSpec).
struct FormatSpec {
  char32_t fill = ' ';
  char32_t align = '>';
  bool alternate = false;
  bool no_negative_zero = false;
  char sign = 0;            // 0, '+', '-' or ' '
  int64_t width = -1;       // -1: not given
  int thousands = 0;        // 0, ',', '_', or kUnderscoreFour
  int64_t precision = -1;   // -1: not given
  char32_t type = 0;
};
// '_' with b/o/x/X groups by four digits (PEP 515).
inline constexpr int kUnderscoreFour = 1;

Grouping grouping_of(const FormatSpec& spec);

// One number laid out as CPython's calc_number_widths + fill_number do:
// [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad].
struct NumberParts {
  char sign = 0;                 // '-' if the number is negative, else 0
  std::string_view prefix;       // "0x" and the like
  std::string_view digits;       // ASCII digits that may be grouped
  bool has_decimal = false;      // a '.' between digits and remainder
  std::string_view remainder;    // UTF-8 text after the decimal point
};
std::string layout_number(const FormatSpec& spec, const NumberParts& parts, Grouping grouping);

// The !s, !r and !a conversions of f-strings and str.format; any other
// code point is CPython's ValueError `Unknown conversion specifier`.
std::string convert_field(const Object& value, char32_t conversion);

// Py_UNICODE_TODECIMAL: 0-9 for any Unicode decimal digit ('5', '٥', '𝟓'),
// else -1. Widths, precisions and field numbers accept them all.
int decimal_digit_value(char32_t cp);

// Appends `count` copies of the code point `cp` as UTF-8.
void append_repeated(std::string& out, char32_t cp, int64_t count);

}  // namespace py::format_detail
