// Name mangling: see mangle.hpp for the rules.
#include "codegen/mangle.hpp"

#include <algorithm>
#include <array>

namespace yieldc::codegen {

namespace {

// C++20 keywords and alternative tokens, plus macros that the runtime's
// headers (C and C++ standard library, GMP, fmt) define with lower-case or
// common names. Sorted, for binary search.
constexpr std::array<std::string_view, 118> kReserved = {
    "BUFSIZ",     "CHAR_BIT",     "EOF",          "FILENAME_MAX", "INT_MAX",      "INT_MIN",
    "LLONG_MAX",  "LLONG_MIN",    "LONG_MAX",     "LONG_MIN",     "NULL",         "SIZE_MAX",
    "UINT_MAX",   "alignas",      "alignof",      "and",          "and_eq",       "asm",
    "assert",     "auto",         "bitand",       "bitor",        "bool",         "break",
    "case",       "catch",        "char",         "char16_t",     "char32_t",     "char8_t",
    "class",      "co_await",     "co_return",    "co_yield",     "compl",        "concept",
    "const",      "const_cast",   "consteval",    "constexpr",    "constinit",    "continue",
    "decltype",   "default",      "delete",       "do",           "double",       "dynamic_cast",
    "else",       "enum",         "errno",        "explicit",     "export",       "extern",
    "false",      "float",        "for",          "friend",       "goto",
    "if",         "inline",       "int",          "linux",        "long",
    "main",       "major",        "minor",        "mutable",      "namespace",    "new",
    "noexcept",   "not",          "not_eq",       "nullptr",      "offsetof",     "operator",
    "or",         "or_eq",        "private",      "protected",    "public",       "py",
    "register",   "reinterpret_cast", "requires", "return",       "short",        "signed",
    "sizeof",     "static",       "static_assert", "static_cast", "std",          "stderr",
    "stdin",      "stdout",       "struct",       "switch",       "template",     "this",
    "thread_local", "throw",      "true",         "try",          "typedef",      "typeid",
    "typename",   "union",        "unix",         "unsigned",     "using",        "virtual",
    "void",       "volatile",     "wchar_t",      "while",        "xor",          "xor_eq",
};

bool is_reserved(std::string_view name) {
  return std::binary_search(kReserved.begin(), kReserved.end(), name);
}

}  // namespace

std::string mangle(std::string_view name) {
  // Dunders read as `yc_dunder_init`; C++ reserves every identifier with a
  // double underscore, and any starting with `_` + capital.
  if (name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__" &&
      name.substr(2, name.size() - 4).find("__") == std::string_view::npos) {
    return "yc_dunder_" + std::string(name.substr(2, name.size() - 4));
  }
  // Names without a lower-case letter (EPIPE, SIGINT, M_PI, NAN) are where
  // the C headers put their macros, too many to list: they are escaped.
  bool upper_only = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  bool needs_escape = is_reserved(name) || upper_only || name.find("__") != std::string_view::npos ||
                      (name.size() > 1 && name[0] == '_' && name[1] >= 'A' && name[1] <= 'Z') ||
                      name.substr(0, 3) == "yc_";
  // Non-ASCII identifiers are legal Python; C++ compilers accept UCNs but
  // not all of them raw, so escape them too.
  // (and names yieldc makes up, like a generator expression's `.0`).
  auto plain = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  if (!std::all_of(name.begin(), name.end(), plain)) needs_escape = true;
  if (!needs_escape) return std::string(name);
  // The escaped form is injective: 'Z' is the escape character ("ZZ" is a
  // literal Z, "Zu" an underscore that would otherwise make "__", "Zhh" a
  // non-ASCII byte), so two Python names never mangle alike.
  std::string out = "yc_u_";
  for (char ch : name) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 'Z') {
      out += "ZZ";
    } else if (c == '_' && out.back() == '_') {
      out += "Zu";
    } else if (plain(ch)) {
      out += ch;
    } else {
      static const char* hex = "0123456789abcdef";
      out += 'Z';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace yieldc::codegen
