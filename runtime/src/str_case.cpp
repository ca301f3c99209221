// str case mapping (lower, upper, title, capitalize, swapcase, casefold)
// and the is*() predicates, with Unicode's full mappings ('ß'.upper() ==
// 'SS') and CPython's Final_Sigma rule. The per-code-point data comes from
// the generated tables behind unicode.hpp; ASCII strs take a byte path.
#include <string>

#include "yieldc/containers.hpp"
#include "yieldc/ops.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py {

namespace {

using unicode::has;

const Str* as_str(const Object& o) { return cast<Str>(o); }

bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
char to_ascii_lower(char c) { return ascii_upper(c) ? static_cast<char>(c + 32) : c; }
char to_ascii_upper(char c) { return ascii_lower(c) ? static_cast<char>(c - 32) : c; }

// Capital sigma lowers to final ς at the end of a word: after a cased
// letter and not before one, case-ignorable characters skipped both ways
// (CPython's handle_capital_sigma).
char32_t lower_sigma(const std::u32string& s, size_t i) {
  size_t j = i;
  while (j > 0 && has(s[j - 1], unicode::kCaseIgnorable)) --j;
  bool final_sigma = j > 0 && has(s[j - 1], unicode::kCased);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < s.size() && has(s[k], unicode::kCaseIgnorable)) ++k;
    final_sigma = k == s.size() || !has(s[k], unicode::kCased);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

void append_mapped(std::u32string& out, int (*map)(char32_t, char32_t*), char32_t cp) {
  char32_t mapped[3];
  int n = map(cp, mapped);
  out.append(mapped, static_cast<size_t>(n));
}

// CPython's lower_ucs4: the lowercase of s[i], in context for Σ.
void append_lower(std::u32string& out, const std::u32string& s, size_t i) {
  if (s[i] == 0x3A3) {
    out += lower_sigma(s, i);
    return;
  }
  append_mapped(out, unicode::to_lower, s[i]);
}

}  // namespace

std::string map_ascii(const std::string& data, CaseOp op) {
  std::string out = data;
  bool previous_is_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    switch (op) {
      case CaseOp::Lower:
      case CaseOp::Casefold:
        out[i] = to_ascii_lower(c);
        break;
      case CaseOp::Upper:
        out[i] = to_ascii_upper(c);
        break;
      case CaseOp::Swapcase:
        out[i] = ascii_upper(c) ? to_ascii_lower(c) : to_ascii_upper(c);
        break;
      case CaseOp::Capitalize:
        out[i] = i == 0 ? to_ascii_upper(c) : to_ascii_lower(c);
        break;
      case CaseOp::Title:
        out[i] = previous_is_cased ? to_ascii_lower(c) : to_ascii_upper(c);
        previous_is_cased = ascii_lower(c) || ascii_upper(c);
        break;
    }
  }
  return out;
}

namespace {

std::u32string map_code_points(const std::u32string& s, CaseOp op) {
  std::u32string out;
  out.reserve(s.size());
  bool previous_is_cased = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    switch (op) {
      case CaseOp::Lower:
        append_lower(out, s, i);
        break;
      case CaseOp::Upper:
        append_mapped(out, unicode::to_upper, c);
        break;
      case CaseOp::Casefold:
        append_mapped(out, unicode::to_fold, c);
        break;
      case CaseOp::Swapcase:
        if (has(c, unicode::kUpper)) {
          append_lower(out, s, i);
        } else if (has(c, unicode::kLower)) {
          append_mapped(out, unicode::to_upper, c);
        } else {
          out += c;
        }
        break;
      case CaseOp::Capitalize:
        // Since 3.8 the first character is titlecased, not uppercased.
        if (i == 0) {
          append_mapped(out, unicode::to_title, c);
        } else {
          append_lower(out, s, i);
        }
        break;
      case CaseOp::Title:
        if (previous_is_cased) {
          append_lower(out, s, i);
        } else {
          append_mapped(out, unicode::to_title, c);
        }
        previous_is_cased = has(c, unicode::kCased);
        break;
    }
  }
  return out;
}

Object case_map(const Object& self, const Args& args, const char* qualname, CaseOp op) {
  expect_no_args(args, qualname);
  const Str* s = as_str(self);
  if (s->is_ascii()) return new_str(map_ascii(s->data, op));
  return new_str(encode_code_points(map_code_points(decode_code_points(s->data), op)));
}

// True if the str is non-empty and every code point has one of `flags`.
bool all_have(const Str* s, uint32_t flags) {
  const std::string& data = s->data;
  if (data.empty()) return false;
  for (size_t i = 0; i < data.size();) {
    if (!has(unicode::decode_utf8(data, i), flags)) return false;
  }
  return true;
}

Object predicate(const Object& self, const Args& args, const char* qualname, uint32_t flags) {
  expect_no_args(args, qualname);
  return box(all_have(as_str(self), flags));
}

}  // namespace

Object str_lower(const Object& self, const Args& args) {
  return case_map(self, args, "str.lower", CaseOp::Lower);
}
Object str_upper(const Object& self, const Args& args) {
  return case_map(self, args, "str.upper", CaseOp::Upper);
}
Object str_title(const Object& self, const Args& args) {
  return case_map(self, args, "str.title", CaseOp::Title);
}
Object str_capitalize(const Object& self, const Args& args) {
  return case_map(self, args, "str.capitalize", CaseOp::Capitalize);
}
Object str_swapcase(const Object& self, const Args& args) {
  return case_map(self, args, "str.swapcase", CaseOp::Swapcase);
}
Object str_casefold(const Object& self, const Args& args) {
  return case_map(self, args, "str.casefold", CaseOp::Casefold);
}

Object str_isdigit(const Object& self, const Args& args) {
  return predicate(self, args, "str.isdigit", unicode::kDigit);
}
Object str_isalpha(const Object& self, const Args& args) {
  return predicate(self, args, "str.isalpha", unicode::kAlpha);
}
Object str_isalnum(const Object& self, const Args& args) {
  return predicate(self, args, "str.isalnum",
                   unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric);
}
Object str_isspace(const Object& self, const Args& args) {
  return predicate(self, args, "str.isspace", unicode::kSpace);
}
Object str_isdecimal(const Object& self, const Args& args) {
  return predicate(self, args, "str.isdecimal", unicode::kDecimal);
}
Object str_isnumeric(const Object& self, const Args& args) {
  return predicate(self, args, "str.isnumeric", unicode::kNumeric);
}

// isupper/islower: no character of the other case (titlecase counts as
// upper for islower and as lower for isupper), and at least one cased.
Object str_isupper(const Object& self, const Args& args) {
  expect_no_args(args, "str.isupper");
  const std::string& data = as_str(self)->data;
  bool cased = false;
  for (size_t i = 0; i < data.size();) {
    char32_t c = unicode::decode_utf8(data, i);
    if (has(c, unicode::kLower | unicode::kTitle)) return False;
    cased = cased || has(c, unicode::kUpper);
  }
  return box(cased);
}

Object str_islower(const Object& self, const Args& args) {
  expect_no_args(args, "str.islower");
  const std::string& data = as_str(self)->data;
  bool cased = false;
  for (size_t i = 0; i < data.size();) {
    char32_t c = unicode::decode_utf8(data, i);
    if (has(c, unicode::kUpper | unicode::kTitle)) return False;
    cased = cased || has(c, unicode::kLower);
  }
  return box(cased);
}

// istitle: uppercase/titlecase only after uncased characters, lowercase
// only after cased ones, and at least one cased character.
Object str_istitle(const Object& self, const Args& args) {
  expect_no_args(args, "str.istitle");
  const std::string& data = as_str(self)->data;
  bool cased = false, previous_is_cased = false;
  for (size_t i = 0; i < data.size();) {
    char32_t c = unicode::decode_utf8(data, i);
    if (has(c, unicode::kUpper | unicode::kTitle)) {
      if (previous_is_cased) return False;
      previous_is_cased = cased = true;
    } else if (has(c, unicode::kLower)) {
      if (!previous_is_cased) return False;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return box(cased);
}

Object str_isidentifier(const Object& self, const Args& args) {
  expect_no_args(args, "str.isidentifier");
  const std::string& data = as_str(self)->data;
  if (data.empty()) return False;
  size_t i = 0;
  char32_t first = unicode::decode_utf8(data, i);
  if (first != '_' && !has(first, unicode::kXidStart)) return False;
  while (i < data.size()) {
    if (!has(unicode::decode_utf8(data, i), unicode::kXidContinue)) return False;
  }
  return True;
}

Object str_isprintable(const Object& self, const Args& args) {
  expect_no_args(args, "str.isprintable");
  const std::string& data = as_str(self)->data;
  for (size_t i = 0; i < data.size();) {
    if (!unicode::is_printable(unicode::decode_utf8(data, i))) return False;
  }
  return True;
}

Object str_isascii(const Object& self, const Args& args) {
  expect_no_args(args, "str.isascii");
  return box(as_str(self)->is_ascii());
}

}  // namespace py
