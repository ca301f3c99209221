// format(value, spec): the format-spec mini-language of int, bool, float
// and str (CPython's formatter_unicode.c), object.__format__ for the rest,
// the !s/!r/!a conversions and the `format` builtin. The digits and the
// padding come from format_number.cpp; str.format and `%` have files of
// their own.
#include <climits>
#include <cmath>

#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/format.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "format_internal.hpp"
#include "raise.hpp"
#include "unicode.hpp"

namespace py {

using namespace format_detail;

namespace {

bool is_alignment(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(char32_t c) { return c == ' ' || c == '+' || c == '-'; }

// A code point in an error message: itself when printable ASCII, else
// CPython's `\x%x` (no zero padding, as its %x prints).
std::string quoted_code(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  return fmt::format("\\x{:x}", static_cast<uint32_t>(c));
}

[[noreturn]] void unknown_presentation_type(char32_t type, const char* type_name) {
  raise_error(&value_error_type, "Unknown format code '{}' for object of type '{}'", quoted_code(type), type_name);
}

// get_integer of formatter_unicode.c: reads decimal digits at `pos` into
// `result` and returns how many there were.
size_t parse_count(const std::u32string& s, size_t& pos, int64_t& result) {
  size_t start = pos;
  int64_t value = 0;
  for (; pos < s.size() && decimal_digit_value(s[pos]) >= 0; ++pos) {
    int64_t digit = decimal_digit_value(s[pos]);
    if (value > (INT64_MAX - digit) / 10) {
      raise_error(&value_error_type, "Too many decimal digits in format string");
    }
    value = value * 10 + digit;
  }
  result = value;
  return pos - start;
}

[[noreturn]] void both_separators() { raise_error(&value_error_type, "Cannot specify both ',' and '_'."); }

// parse_internal_render_format_spec, step by step:
// [[fill]align][sign][z][#][0][width][,|_][.precision][type]
FormatSpec parse_spec(std::string_view text, const char* type_name, char32_t default_type,
                      char32_t default_align) {
  std::u32string s;
  for (size_t i = 0; i < text.size();) s += unicode::decode_utf8(text, i);
  FormatSpec spec;
  spec.align = default_align;
  spec.type = default_type;
  size_t pos = 0, end = s.size();
  bool align_given = false, fill_given = false;
  if (end >= 2 && is_alignment(s[1])) {
    spec.fill = s[0];
    spec.align = s[1];
    fill_given = align_given = true;
    pos = 2;
  } else if (end >= 1 && is_alignment(s[0])) {
    spec.align = s[0];
    align_given = true;
    pos = 1;
  }
  if (pos < end && is_sign(s[pos])) spec.sign = static_cast<char>(s[pos++]);
  if (pos < end && s[pos] == 'z') {
    spec.no_negative_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  // A leading '0' means zero padding after the sign, unless a fill was given.
  if (!fill_given && pos < end && s[pos] == '0') {
    spec.fill = '0';
    if (!align_given && default_align == '>') spec.align = '=';
    ++pos;
  }
  if (parse_count(s, pos, spec.width) == 0) spec.width = -1;
  if (pos < end && s[pos] == ',') {
    spec.thousands = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (spec.thousands) both_separators();
    spec.thousands = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && spec.thousands == '_') both_separators();
  if (pos < end && s[pos] == '.') {
    ++pos;
    if (parse_count(s, pos, spec.precision) == 0) {
      raise_error(&value_error_type, "Format specifier missing precision");
    }
  }
  if (end - pos > 1) {
    raise_error(&value_error_type, "Invalid format specifier '{}' for object of type '{}'", text, type_name);
  }
  if (end - pos == 1) spec.type = s[pos];
  if (spec.thousands) {
    switch (spec.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        // PEP 515: '_' groups bin/oct/hex digits by four; ',' is not allowed.
        if (spec.thousands == '_') {
          spec.thousands = kUnderscoreFour;
          break;
        }
        [[fallthrough]];
      default:
        raise_error(&value_error_type, "Cannot specify '{}' with '{}'.", static_cast<char>(spec.thousands),
                    quoted_code(spec.type));
    }
  }
  return spec;
}

// format_float_internal: the float types, also used by ints given e/f/g/%.
std::string format_double(double x, const FormatSpec& spec) {
  if (spec.precision > INT_MAX) raise_error(&value_error_type, "precision too big");
  auto precision = static_cast<int>(spec.precision);
  unsigned flags = 0;
  if (spec.alternate) flags |= kAlternate;
  if (spec.no_negative_zero) flags |= kNoNegativeZero;
  char32_t type = spec.type;
  int default_precision = 6;
  // No type: like repr() without a precision, else like 'g' but always
  // with a digit after the point.
  if (type == 0) {
    flags |= kAddDotZero;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    percent = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string text = double_to_string(x, static_cast<char>(type), precision, flags);
  if (percent) text += '%';

  NumberParts parts;
  std::string_view rest = text;
  if (!rest.empty() && rest[0] == '-') {
    parts.sign = '-';
    rest.remove_prefix(1);
  }
  size_t n_digits = 0;
  while (n_digits < rest.size() && rest[n_digits] >= '0' && rest[n_digits] <= '9') ++n_digits;
  parts.digits = rest.substr(0, n_digits);
  rest.remove_prefix(n_digits);
  parts.has_decimal = !rest.empty() && rest[0] == '.';
  if (parts.has_decimal) rest.remove_prefix(1);
  parts.remainder = rest;
  return layout_number(spec, parts, spec.type == 'n' ? Grouping{} : grouping_of(spec));
}

// format_long_internal: b c d o x X n.
std::string format_integer(const Object& value, const FormatSpec& spec) {
  if (spec.precision != -1) raise_error(&value_error_type, "Precision not allowed in integer format specifier");
  if (spec.no_negative_zero) {
    raise_error(&value_error_type, "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.type == 'c') {
    if (spec.sign) raise_error(&value_error_type, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      raise_error(&value_error_type, "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (!value.is_small_int() && !value.is_bool()) {
      raise_error(&overflow_error_type, "Python int too large to convert to C long");
    }
    int64_t code = value.as_small_int();
    if (code < 0 || code > 0x10FFFF) raise_error(&overflow_error_type, "%c arg not in range(0x110000)");
    // The character is laid out as "remainder": it is never grouped.
    std::string ch;
    unicode::append_utf8(ch, static_cast<char32_t>(code));
    NumberParts parts;
    parts.remainder = ch;
    return layout_number(spec, parts, Grouping{});
  }
  int base = 10;
  const char* prefix = "";
  switch (spec.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
      base = 16;
      prefix = "0x";
      break;
    case 'X':
      base = 16;
      prefix = "0X";
      break;
    default: prefix = ""; break;
  }
  bool negative = false;
  std::string digits = int_magnitude_digits(value, base, negative);
  if (spec.type == 'X') {
    for (char& c : digits) {
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  NumberParts parts;
  parts.sign = negative ? '-' : 0;
  parts.prefix = spec.alternate ? prefix : "";
  parts.digits = digits;
  return layout_number(spec, parts, spec.type == 'n' ? Grouping{} : grouping_of(spec));
}

std::string format_int_object(const Object& value, std::string_view text) {
  const char* type_name = value.type()->name();
  FormatSpec spec = parse_spec(text, type_name, 'd', '>');
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_integer(value, spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_double(int_to_double(value), spec);
    default: unknown_presentation_type(spec.type, type_name);
  }
}

std::string format_float_object(double value, std::string_view text) {
  FormatSpec spec = parse_spec(text, "float", 0, '>');
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_double(value, spec);
    default: unknown_presentation_type(spec.type, "float");
  }
}

// format_string_internal.
std::string format_str_object(const std::string& value, std::string_view text) {
  FormatSpec spec = parse_spec(text, "str", 's', '<');
  if (spec.type != 's') unknown_presentation_type(spec.type, "str");
  if (spec.sign == ' ') raise_error(&value_error_type, "Space not allowed in string format specifier");
  if (spec.sign) raise_error(&value_error_type, "Sign not allowed in string format specifier");
  if (spec.no_negative_zero) {
    raise_error(&value_error_type, "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) raise_error(&value_error_type, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') raise_error(&value_error_type, "'=' alignment not allowed in string format specifier");
  auto len = static_cast<int64_t>(unicode::count_code_points(value));
  size_t bytes = value.size();
  if (spec.precision >= 0 && len > spec.precision) {
    // Keep the first `precision` code points.
    bytes = 0;
    for (int64_t i = 0; i < spec.precision; ++i) {
      bytes += unicode::utf8_sequence_length(static_cast<unsigned char>(value[bytes]));
    }
    len = spec.precision;
  }
  int64_t total = std::max(spec.width, len);
  int64_t left = 0;
  if (spec.align == '>') left = total - len;
  if (spec.align == '^') left = (total - len) / 2;
  std::string out;
  append_repeated(out, spec.fill, left);
  out.append(value, 0, bytes);
  append_repeated(out, spec.fill, total - len - left);
  return out;
}

}  // namespace

std::string format_value(const Object& value, std::string_view spec) {
  if (is_str(value)) {
    const std::string& data = cast<Str>(value)->data;
    return spec.empty() ? data : format_str_object(data, spec);
  }
  if (value.is_bool()) {
    // bool inherits int.__format__, whose empty spec means str(): 'True'.
    if (spec.empty()) return value.as_bool() ? "True" : "False";
    return format_int_object(value, spec);
  }
  if (is_int(value)) return spec.empty() ? int_repr(value) : format_int_object(value, spec);
  if (value.is_float()) {
    return spec.empty() ? float_repr(value.as_float()) : format_float_object(value.as_float(), spec);
  }
  // object.__format__ (issue 7994): only the empty spec, meaning str().
  if (!spec.empty()) {
    raise_error(&type_error_type, "unsupported format string passed to {}.__format__", value.type()->name());
  }
  return str(value);
}

std::string ascii_repr(const Object& value) {
  std::string text = repr(value);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp = unicode::decode_utf8(text, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp <= 0xFF) {
      out += fmt::format("\\x{:02x}", static_cast<uint32_t>(cp));
    } else if (cp <= 0xFFFF) {
      out += fmt::format("\\u{:04x}", static_cast<uint32_t>(cp));
    } else {
      out += fmt::format("\\U{:08x}", static_cast<uint32_t>(cp));
    }
  }
  return out;
}

namespace format_detail {

std::string convert_field(const Object& value, char32_t conversion) {
  switch (conversion) {
    case 's': return str(value);
    case 'r': return repr(value);
    case 'a': return ascii_repr(value);
    default: break;
  }
  // CPython prints this one with `\x%x` only outside the printable range.
  if (conversion > 32 && conversion < 127) {
    raise_error(&value_error_type, "Unknown conversion specifier {}", static_cast<char>(conversion));
  }
  raise_error(&value_error_type, "Unknown conversion specifier \\x{:x}", static_cast<uint32_t>(conversion));
}

}  // namespace format_detail

std::string format_conversion(const Object& value, char conversion) {
  return convert_field(value, static_cast<unsigned char>(conversion));
}

Object format_builtin(const Object& value, const Object& spec) {
  if (!spec.is_bound()) return new_str(format_value(value, ""));
  if (!is_str(spec)) {
    // CPython's argument errors name None itself, not NoneType.
    raise_error(&type_error_type, "format() argument 2 must be str, not {}",
                spec.is_none() ? "None" : spec.type()->name());
  }
  return new_str(format_value(value, cast<Str>(spec)->data));
}

}  // namespace py
