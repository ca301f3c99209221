// Unicode for the runtime's str: UTF-8 decoding and encoding, and the
// character properties and full case mappings of every code point, from
// tables generated out of CPython by tools/gen_unicode.py. Private to the
// runtime's sources.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace py::unicode {

// Property flags of a code point; the names match tools/gen_unicode.py.
enum Flag : uint32_t {
  kAlpha = 1u << 0,
  kDecimal = 1u << 1,
  kDigit = 1u << 2,
  kNumeric = 1u << 3,
  kSpace = 1u << 4,
  kPrintable = 1u << 5,
  kLower = 1u << 6,
  kUpper = 1u << 7,
  kTitle = 1u << 8,
  kCased = 1u << 9,
  kCaseIgnorable = 1u << 10,
  kXidStart = 1u << 11,
  kXidContinue = 1u << 12,
  kLowerExpands = 1u << 13,
  kUpperExpands = 1u << 14,
  kTitleExpands = 1u << 15,
  kFoldExpands = 1u << 16,
};

struct CharRecord {
  uint32_t flags;
  // Each mapping is a delta to add, or an index into the expansion table
  // when the matching k*Expands flag is set.
  int32_t lower, upper, title, fold;
};

const CharRecord& char_record(char32_t cp);
inline bool has(char32_t cp, uint32_t flags) { return (char_record(cp).flags & flags) != 0; }

// Full case mappings (SpecialCasing included, as CPython's str methods
// use): write 1 to 3 code points to `out` and return how many.
int to_lower(char32_t cp, char32_t out[3]);
int to_upper(char32_t cp, char32_t out[3]);
int to_title(char32_t cp, char32_t out[3]);
int to_fold(char32_t cp, char32_t out[3]);

// Python's str.isspace() for one code point (also what split() and strip()
// treat as whitespace).
inline bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return has(cp, kSpace);
}
inline bool is_printable(char32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return has(cp, kPrintable);
}
// The line boundaries of str.splitlines().
inline bool is_line_break(char32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

// ---- UTF-8. A Str holds valid UTF-8 only (the frontend and the decoders
// check it), so decoding here does not validate.

inline size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}
inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point starting at s[i] and advances i past it.
inline char32_t decode_utf8(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t extra = utf8_sequence_length(c) - 1;
  char32_t cp = c & (0x3F >> extra);
  ++i;
  for (size_t k = 0; k < extra && i < s.size(); ++k, ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  }
  return cp;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

inline size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

}  // namespace py::unicode
