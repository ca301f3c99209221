// printf-style formatting, `format % args` for a str format: a port of
// CPython 3.11's PyUnicode_Format (unicodeobject.c), conversion by
// conversion, with its argument-consumption order and its error messages.
//
// The format is UTF-8 and every character the parser looks for is ASCII,
// so it scans bytes; only an unsupported conversion character (reported
// with its code point and code-point index) and the widths, counted in
// code points, need decoding.
#include <climits>
#include <cmath>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/format.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "format_internal.hpp"
#include "raise.hpp"
#include "unicode.hpp"

namespace py {

using namespace format_detail;

namespace {

enum Flag : unsigned { kLeftJustify = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

// One conversion specifier: %[(key)][flags][width][.precision][hlL]type.
struct Conversion {
  char32_t ch = 0;
  unsigned flags = 0;
  int64_t width = -1;
  int64_t precision = -1;
  // A numeric conversion: a sign (and zero padding) applies.
  bool sign = false;
};

bool is_number(const Object& o) { return is_int_like(o) || o.is_float(); }

// PyMapping_Check: the types with a __getitem__. `'%s' % [1]` takes the
// list as a mapping, so `'abc' % []` is not an error.
bool is_mapping(const Object& o) { return is_list(o) || is_dict(o) || o.type() == &range_type; }

// The first `count` code points of `text` from byte `start`.
std::string_view code_points(std::string_view text, size_t start, int64_t count) {
  size_t end = start;
  for (int64_t i = 0; i < count && end < text.size(); ++i) {
    end += unicode::utf8_sequence_length(static_cast<unsigned char>(text[end]));
  }
  return text.substr(start, end - start);
}

class PercentFormatter {
 public:
  PercentFormatter(std::string_view format, const Object& args) : format_(format), args_(args) {
    if (is_tuple_like(args)) {
      arglen_ = static_cast<int64_t>(cast<Tuple>(args)->items.size());
      argidx_ = 0;
    }
    if (is_mapping(args) && !is_tuple_like(args) && !is_str(args)) dict_ = args;
  }

  std::string run() {
    count_ = static_cast<int64_t>(format_.size());
    while (--count_ >= 0) {
      if (format_[pos_] != '%') {
        size_t start = pos_++;
        while (count_ >= 0 && peek() != '%') {
          ++pos_;
          --count_;
        }
        if (count_ < 0) --pos_;
        out_.append(format_.substr(start, pos_ - start));
        continue;
      }
      ++pos_;
      format_one();
    }
    if (argidx_ < arglen_ && !dict_.is_bound()) {
      raise_error(&type_error_type, "not all arguments converted during string formatting");
    }
    return std::move(out_);
  }

 private:
  // The character at the read position; CPython reads the terminating NUL
  // past the end.
  char32_t peek() const { return pos_ < format_.size() ? static_cast<unsigned char>(format_[pos_]) : 0; }
  // Reads the next character if one is left (CPython's `--fmtcnt >= 0`).
  bool advance(Conversion& c) {
    if (--count_ < 0) return false;
    c.ch = peek();
    ++pos_;
    return true;
  }

  Object next_arg() {
    if (argidx_ < arglen_) {
      int64_t i = argidx_++;
      if (arglen_ < 0) return args_;
      return cast<Tuple>(args_)->items[static_cast<size_t>(i)];
    }
    raise_error(&type_error_type, "not enough arguments for format string");
  }

  // unicode_format_arg
  void format_one() {
    Conversion c;
    c.ch = peek();
    if (c.ch == '%') {
      ++pos_;
      --count_;
      out_ += '%';
      return;
    }
    parse(c);
    format(c);
    if (dict_.is_bound() && argidx_ < arglen_) {
      raise_error(&type_error_type, "not all arguments converted during string formatting");
    }
  }

  // unicode_format_arg_parse
  void parse(Conversion& c) {
    if (c.ch == '(') parse_key(c);
    while (advance(c)) {
      if (c.ch == '-') c.flags |= kLeftJustify;
      else if (c.ch == '+') c.flags |= kSign;
      else if (c.ch == ' ') c.flags |= kBlank;
      else if (c.ch == '#') c.flags |= kAlt;
      else if (c.ch == '0') c.flags |= kZero;
      else break;
    }
    if (c.ch == '*') {
      c.width = star_argument(false);
      if (c.width < 0) {
        c.flags |= kLeftJustify;
        c.width = c.width == INT64_MIN ? INT64_MAX : -c.width;
      }
      advance(c);
    } else if (c.ch >= '0' && c.ch <= '9') {
      c.width = c.ch - '0';
      while (advance(c) && c.ch >= '0' && c.ch <= '9') {
        int64_t digit = c.ch - '0';
        if (c.width > (INT64_MAX - digit) / 10) raise_error(&value_error_type, "width too big");
        c.width = c.width * 10 + digit;
      }
    }
    if (c.ch == '.') {
      c.precision = 0;
      advance(c);
      if (c.ch == '*') {
        c.precision = std::max<int64_t>(0, star_argument(true));
        advance(c);
      } else if (c.ch >= '0' && c.ch <= '9') {
        c.precision = c.ch - '0';
        while (advance(c) && c.ch >= '0' && c.ch <= '9') {
          int64_t digit = c.ch - '0';
          if (c.precision > (INT_MAX - digit) / 10) raise_error(&value_error_type, "precision too big");
          c.precision = c.precision * 10 + digit;
        }
      }
    }
    // C's length modifiers are accepted and ignored: "%ld" is "%d".
    if (count_ >= 0 && (c.ch == 'h' || c.ch == 'l' || c.ch == 'L')) advance(c);
    if (count_ < 0) raise_error(&value_error_type, "incomplete format");
  }

  // `%(key)s`: the argument becomes mapping[key], for this conversion and
  // any that follow without a key.
  void parse_key(Conversion& c) {
    if (!dict_.is_bound()) raise_error(&type_error_type, "format requires a mapping");
    ++pos_;
    --count_;
    size_t key_start = pos_;
    int depth = 1;
    while (depth > 0 && advance(c)) {
      if (c.ch == ')') --depth;
      else if (c.ch == '(') ++depth;
    }
    if (count_ < 0 || depth > 0) raise_error(&value_error_type, "incomplete format key");
    std::string key(format_.substr(key_start, pos_ - key_start - 1));
    args_ = getitem(dict_, new_str(std::move(key)));
    arglen_ = -1;
    argidx_ = -2;
  }

  // A `*` width (Py_ssize_t) or precision (C int).
  int64_t star_argument(bool precision) {
    Object v = next_arg();
    if (!is_int_like(v)) raise_error(&type_error_type, "* wants int");
    if (!v.is_small_int() && !v.is_bool()) {
      raise_error(&overflow_error_type, "Python int too large to convert to C {}", precision ? "int" : "ssize_t");
    }
    int64_t n = v.as_small_int();
    if (precision && (n > INT_MAX || n < INT_MIN)) {
      raise_error(&overflow_error_type, "Python int too large to convert to C int");
    }
    return n;
  }

  // unicode_format_arg_format, then unicode_format_arg_output.
  void format(Conversion& c) {
    Object v = next_arg();
    std::string text;
    switch (c.ch) {
      case 's':
      case 'r':
      case 'a':
        if (c.ch == 's') {
          text = str(v);
        } else {
          text = c.ch == 'r' ? repr(v) : ascii_repr(v);
        }
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        text = format_long(v, c);
        c.sign = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        text = format_float(v, c);
        c.sign = true;
        break;
      case 'c': unicode::append_utf8(text, format_char(v)); break;
      default: unsupported(c);
    }
    output(c, text);
  }

  [[noreturn]] void unsupported(const Conversion& c) {
    size_t at = pos_ - 1;
    size_t i = at;
    char32_t ch = unicode::decode_utf8(format_, i);
    char shown = ch >= 31 && ch <= 126 ? static_cast<char>(ch) : '?';
    raise_error(&value_error_type, "unsupported format character '{}' (0x{:x}) at index {}", shown,
                static_cast<uint32_t>(ch), unicode::count_code_points(format_.substr(0, at)));
  }

  // mainformatlong + _PyUnicode_FormatLong: sign, "0x" with '#', digits
  // zero-padded to the precision.
  static std::string format_long(const Object& v, const Conversion& c) {
    bool hex_or_octal = c.ch == 'o' || c.ch == 'x' || c.ch == 'X';
    Object value = v;
    // A float is truncated for %d but has no __index__ for %x and %o.
    if (!is_number(v) || (v.is_float() && hex_or_octal)) {
      raise_error(&type_error_type, "%{} format: {} is required, not {}", static_cast<char>(c.ch),
                  hex_or_octal ? "an integer" : "a real number", v.type()->name());
    }
    if (v.is_float()) value = int_from_double(v.as_float());
    if (c.precision > INT_MAX - 3) raise_error(&overflow_error_type, "precision too large");
    int base = c.ch == 'o' ? 8 : (hex_or_octal ? 16 : 10);
    bool negative = false;
    std::string digits = int_magnitude_digits(value, base, negative);
    std::string out = negative ? "-" : "";
    if ((c.flags & kAlt) && hex_or_octal) {
      out += '0';
      out += static_cast<char>(c.ch);
    }
    if (c.precision > static_cast<int64_t>(digits.size())) {
      out.append(static_cast<size_t>(c.precision) - digits.size(), '0');
    }
    if (c.ch == 'X') {
      for (char& ch : digits) {
        if (ch >= 'a' && ch <= 'f') ch = static_cast<char>(ch - 'a' + 'A');
      }
    }
    return out + digits;
  }

  // formatfloat
  static std::string format_float(const Object& v, const Conversion& c) {
    double x;
    if (v.is_float()) {
      x = v.as_float();
    } else if (is_int_like(v)) {
      x = int_to_double(v);
    } else {
      raise_error(&type_error_type, "must be real number, not {}", v.type()->name());
    }
    int precision = c.precision < 0 ? 6 : static_cast<int>(c.precision);
    return double_to_string(x, static_cast<char>(c.ch), precision, (c.flags & kAlt) ? unsigned{kAlternate} : 0u);
  }

  // formatchar: a one-character str, or an int code point.
  static char32_t format_char(const Object& v) {
    if (is_str(v)) {
      const std::string& s = cast<Str>(v)->data;
      if (unicode::count_code_points(s) == 1) {
        size_t i = 0;
        return unicode::decode_utf8(s, i);
      }
    } else if (is_int_like(v)) {
      // A big int overflows C long, which CPython reports as out of range.
      bool small = v.is_small_int() || v.is_bool();
      if (!small || v.as_small_int() < 0 || v.as_small_int() > 0x10FFFF) {
        raise_error(&overflow_error_type, "%c arg not in range(0x110000)");
      }
      return static_cast<char32_t>(v.as_small_int());
    }
    raise_error(&type_error_type, "%c requires int or char");
  }

  // unicode_format_arg_output: precision truncates s/r/a, then the sign,
  // the "0x" of '#' and the padding go where CPython puts them.
  void output(Conversion& c, const std::string& text) {
    char fill = c.sign && (c.flags & kZero) ? '0' : ' ';
    auto len = static_cast<int64_t>(unicode::count_code_points(text));
    if ((c.width == -1 || c.width <= len) && (c.precision == -1 || c.precision >= len) &&
        !(c.flags & (kSign | kBlank))) {
      out_ += text;
      return;
    }
    if ((c.ch == 's' || c.ch == 'r' || c.ch == 'a') && c.precision >= 0 && len > c.precision) {
      len = c.precision;
    }
    size_t index = 0;
    char sign = 0;
    if (c.sign) {
      if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        sign = text[0];
        --len;
        ++index;
      } else if (c.flags & kSign) {
        sign = '+';
      } else if (c.flags & kBlank) {
        sign = ' ';
      } else {
        c.sign = false;
      }
    }
    int64_t width = std::max(c.width, len);
    if (c.sign) {
      if (fill != ' ') out_ += sign;
      if (width > len) --width;
    }
    bool prefix = (c.flags & kAlt) && (c.ch == 'x' || c.ch == 'X' || c.ch == 'o');
    if (prefix) {
      if (fill != ' ') {
        out_ += '0';
        out_ += static_cast<char>(c.ch);
        index += 2;
      }
      width = std::max<int64_t>(0, width - 2);
      len -= 2;
    }
    if (width > len && !(c.flags & kLeftJustify)) {
      out_.append(static_cast<size_t>(width - len), fill);
      width = len;
    }
    if (fill == ' ') {
      if (c.sign) out_ += sign;
      if (prefix) {
        out_ += '0';
        out_ += static_cast<char>(c.ch);
        index += 2;
      }
    }
    if (len > 0) out_ += code_points(text, index, len);
    if (width > len) out_.append(static_cast<size_t>(width - len), ' ');
  }

  std::string_view format_;
  size_t pos_ = 0;
  int64_t count_ = 0;
  Object args_;
  Object dict_;
  int64_t arglen_ = -1;
  int64_t argidx_ = -2;
  std::string out_;
};

}  // namespace

Object percent_format(const Object& format_string, const Object& args) {
  PercentFormatter formatter(cast<Str>(format_string)->data, args);
  return new_str(formatter.run());
}

}  // namespace py
