// Numbers as text for format(), str.format and `%`: CPython's
// PyOS_double_to_string (pystrtod.c, format_float_short) on top of
// correctly rounded digits, ints in any base, and the padding and digit
// grouping of formatter_unicode.c.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <new>

#include "yieldc/float.hpp"
#include "yieldc/int.hpp"
#include "format_internal.hpp"
#include "unicode.hpp"

namespace py::format_detail {

namespace {

// What David Gay's _Py_dg_dtoa returns: significant digits without
// trailing zeros, and the position of the decimal point relative to them
// (value = 0.DIGITS * 10**decpt). Zero, and a value that rounds to zero,
// is "0" with decpt 1; format_float_short lays both out the same way.
struct Digits {
  std::string digits;
  int64_t decpt = 1;
};

void strip_zeros(Digits& d) {
  size_t lead = d.digits.find_first_not_of('0');
  if (lead == std::string::npos) {
    d.digits.assign(1, '0');
    d.decpt = 1;
    return;
  }
  d.digits.erase(0, lead);
  d.decpt -= static_cast<int64_t>(lead);
  d.digits.erase(d.digits.find_last_not_of('0') + 1);
}

// glibc's printf is correctly rounded (half to even on exact ties, in the
// default rounding mode), like dtoa's modes 2 and 3.
std::string print_double(bool fixed, int64_t precision, double x) {
  int p = static_cast<int>(precision);
  int n = fixed ? std::snprintf(nullptr, 0, "%.*f", p, x) : std::snprintf(nullptr, 0, "%.*e", p, x);
  if (n < 0) throw std::bad_alloc();
  std::string out(static_cast<size_t>(n) + 1, '\0');
  if (fixed) {
    std::snprintf(out.data(), out.size(), "%.*f", p, x);
  } else {
    std::snprintf(out.data(), out.size(), "%.*e", p, x);
  }
  out.resize(static_cast<size_t>(n));
  return out;
}

// "d.ddde+XX" (from printf or to_chars) into digits and decpt.
Digits from_scientific(std::string_view text) {
  size_t e = text.find('e');
  Digits d;
  for (char c : text.substr(0, e)) {
    if (c != '.') d.digits += c;
  }
  d.decpt = std::strtol(std::string(text.substr(e + 1)).c_str(), nullptr, 10) + 1;
  strip_zeros(d);
  return d;
}

// dtoa mode 0: the shortest digits that round-trip (what repr uses).
Digits shortest_digits(double x) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  return from_scientific(std::string_view(buf, static_cast<size_t>(res.ptr - buf)));
}

// dtoa mode 2: `count` (>= 1) significant digits.
Digits significant_digits(double x, int64_t count) { return from_scientific(print_double(false, count - 1, x)); }

// dtoa mode 3: `count` (>= 0) digits after the decimal point.
Digits fixed_digits(double x, int64_t count) {
  std::string text = print_double(true, count, x);
  size_t dot = text.find('.');
  Digits d;
  d.decpt = static_cast<int64_t>(dot == std::string::npos ? text.size() : dot);
  for (char c : text) {
    if (c != '.') d.digits += c;
  }
  strip_zeros(d);
  return d;
}

}  // namespace

std::string double_to_string(double value, char code, int precision, unsigned flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  if (upper) code = static_cast<char>(code - 'A' + 'a');
  bool alternate = (flags & kAlternate) != 0;
  bool add_dot_0 = (flags & kAddDotZero) != 0;
  int64_t digits_wanted = precision;
  if (code == 'e') ++digits_wanted;
  // Precision 0 makes no sense for 'g': CPython reads it as 1.
  if (code == 'g' && digits_wanted == 0) digits_wanted = 1;

  // CPython ignores the sign of a nan.
  if (std::isnan(value)) return upper ? "NAN" : "nan";
  bool negative = std::signbit(value);
  if (std::isinf(value)) return std::string(negative ? "-" : "") + (upper ? "INF" : "inf");

  double magnitude = std::fabs(value);
  Digits d = code == 'f'   ? fixed_digits(magnitude, digits_wanted)
             : code == 'r' ? shortest_digits(magnitude)
                           : significant_digits(magnitude, digits_wanted);
  // 'z' (PEP 682): a negative value that rounds to zero loses its sign.
  if ((flags & kNoNegativeZero) && negative && d.digits == "0") negative = false;

  // From here on a port of format_float_short: the output is a slice
  // [vdigits_start, vdigits_end) of the digits padded with zeros on both
  // sides, with the decimal point at decpt (and an exponent if use_exp).
  auto digits_len = static_cast<int64_t>(d.digits.size());
  int64_t decpt = d.decpt;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = digits_wanted;
      break;
    case 'f': vdigits_end = decpt + digits_wanted; break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? digits_wanted - 1 : digits_wanted)) use_exp = true;
      if (alternate) vdigits_end = digits_wanted;
      break;
    default:
      // 'r': exponent form from 1e16, as repr() does.
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exponent = 0;
  if (use_exp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = std::max(vdigits_end, decpt + 1);
  } else {
    vdigits_end = std::max(vdigits_end, decpt);
  }

  std::string out;
  if (negative) out += '-';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(d.digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(d.digits, static_cast<size_t>(decpt));
  } else {
    out += d.digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alternate) out.pop_back();
  if (use_exp) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', static_cast<int>(exponent));
    out += buf;
  }
  return out;
}

std::string int_magnitude_digits(const Object& value, int base, bool& negative) {
  if (value.is_small_int() || value.is_bool()) {
    int64_t v = value.as_small_int();
    negative = v < 0;
    // Unsigned negation: INT64_MIN has no positive int64.
    uint64_t magnitude = negative ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    char buf[72];
    auto res = std::to_chars(buf, buf + sizeof buf, magnitude, base);
    return std::string(buf, res.ptr);
  }
  const mpz_t& v = cast<BigInt>(value)->value;
  negative = mpz_sgn(v) < 0;
  mpz_t magnitude;
  mpz_init(magnitude);
  mpz_abs(magnitude, v);
  std::string text = mpz_to_string(magnitude, base);
  mpz_clear(magnitude);
  return text;
}

double int_to_double(const Object& value) {
  if (value.is_small_int() || value.is_bool()) return static_cast<double>(value.as_small_int());
  return big_int_to_double(value);
}

Grouping grouping_of(const FormatSpec& spec) {
  if (spec.thousands == ',') return {3, ','};
  if (spec.thousands == '_') return {3, '_'};
  if (spec.thousands == kUnderscoreFour) return {4, '_'};
  return {};
}

int decimal_digit_value(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (!unicode::has(cp, unicode::kDecimal)) return -1;
  // Unicode encodes decimal digits only in runs of ten, 0 to 9, so the
  // value is the distance from the start of the (possibly repeated) run.
  int offset = 0;
  while (unicode::has(cp - static_cast<char32_t>(offset) - 1, unicode::kDecimal)) ++offset;
  return offset % 10;
}

void append_repeated(std::string& out, char32_t cp, int64_t count) {
  if (count <= 0) return;
  if (cp < 0x80) {
    out.append(static_cast<size_t>(count), static_cast<char>(cp));
    return;
  }
  std::string one;
  unicode::append_utf8(one, cp);
  for (int64_t i = 0; i < count; ++i) out += one;
}

namespace {

// A port of _PyUnicode_InsertThousandsGrouping: groups from the right and,
// for '0'-padding with '=' alignment, pads with zeros (grouped as well) up
// to `min_width`. Built right to left, then reversed.
std::string group_digits(std::string_view digits, int64_t min_width, Grouping grouping) {
  min_width = std::max<int64_t>(0, min_width);
  std::string reversed;
  auto remaining = static_cast<int64_t>(digits.size());
  size_t pos = digits.size();
  bool use_separator = false;
  int64_t separator_len = grouping.separator ? 1 : 0;
  auto fill = [&](int64_t len) {
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    if (use_separator && separator_len) reversed += grouping.separator;
    for (int64_t i = 0; i < n_chars; ++i) reversed += digits[--pos];
    reversed.append(static_cast<size_t>(n_zeros), '0');
    remaining -= n_chars;
  };
  bool done = false;
  if (grouping.size > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(grouping.size, std::max({remaining, min_width, int64_t{1}}));
      fill(len);
      use_separator = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        done = true;
        break;
      }
      min_width -= separator_len;
    }
  }
  if (!done) fill(std::max({remaining, min_width, int64_t{1}}));
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

}  // namespace

std::string layout_number(const FormatSpec& spec, const NumberParts& parts, Grouping grouping) {
  char sign = parts.sign == '-' ? '-' : 0;
  if (spec.sign == '+' && !sign) sign = '+';
  if (spec.sign == ' ' && !sign) sign = ' ';
  int64_t n_sign = sign ? 1 : 0;
  auto n_remainder = static_cast<int64_t>(unicode::count_code_points(parts.remainder));
  int64_t non_digits =
      n_sign + static_cast<int64_t>(parts.prefix.size()) + (parts.has_decimal ? 1 : 0) + n_remainder;
  // Zero padding with '=' goes into the digits, so that it is grouped too:
  // format(1234, '010,') is '00,001,234'.
  int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - non_digits : 0;
  std::string grouped = parts.digits.empty() ? std::string() : group_digits(parts.digits, min_width, grouping);
  int64_t padding = spec.width - (non_digits + static_cast<int64_t>(grouped.size()));
  int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<': right = padding; break;
      case '^':
        left = padding / 2;
        right = padding - left;
        break;
      case '=': middle = padding; break;
      default: left = padding; break;
    }
  }
  std::string out;
  append_repeated(out, spec.fill, left);
  if (sign) out += sign;
  out += parts.prefix;
  append_repeated(out, spec.fill, middle);
  out += grouped;
  if (parts.has_decimal) out += '.';
  out += parts.remainder;
  append_repeated(out, spec.fill, right);
  return out;
}

}  // namespace py::format_detail
