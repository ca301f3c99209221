// str against CPython: methods (with their argument errors), indexing,
// slicing, iteration, repr and encode, replayed from str_cases.inc (written
// by gen_str_cases.py), and case mappings and predicates checked over every
// code point through checksums CPython computed.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "python_cases.hpp"
#include "yieldc/runtime.hpp"

namespace yieldc_test {
namespace {

#include "str_cases.inc"

TEST(StrMethods, MatchCPython) { check_cases(kStrCases); }

void append_utf8(std::string& out, char32_t cp) {
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

bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Every code point a str can hold (no surrogates: it is UTF-8), each
// wrapped in `before` and `after`.
py::Object every_code_point(std::string_view before = "", std::string_view after = "") {
  std::string out;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (is_surrogate(cp)) continue;
    out += before;
    append_utf8(out, cp);
    out += after;
  }
  return py::new_str(std::move(out));
}

std::string call(const py::Object& s, const char* method) {
  return py::str(py::call_method(s, method, py::Args{}));
}

// One '0'/'1' per code point for each predicate: the method applied to
// that code point alone (or to `prefix` + it).
std::map<std::string, std::string> predicate_bits(std::string_view prefix, std::vector<std::string> methods) {
  std::vector<const py::MethodDef*> defs;
  for (const std::string& m : methods) defs.push_back(py::str_type.find_method(m.c_str()));
  std::vector<std::string> out(methods.size());
  std::string text;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (is_surrogate(cp)) continue;
    text.assign(prefix);
    append_utf8(text, cp);
    py::Object s = py::new_str(text);
    for (size_t i = 0; i < defs.size(); ++i) out[i] += py::truthy(defs[i]->fn(s, py::Args{})) ? '1' : '0';
  }
  std::map<std::string, std::string> result;
  for (size_t i = 0; i < methods.size(); ++i) result[methods[i]] = std::move(out[i]);
  return result;
}

std::string compute(std::string_view what) {
  static const py::Object all = every_code_point();
  static const std::map<std::string, std::string> single =
      predicate_bits("", {"isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isupper",
                          "islower", "istitle", "isidentifier", "isalnum"});
  if (what == "repr") return py::repr(all);
  if (what == "sigma_after") return call(every_code_point("", "\u03a3 "), "lower");
  if (what == "sigma_between") return call(every_code_point("A\u03a3", "A "), "lower");
  if (what == "title_after") return call(every_code_point("", "a "), "title");
  if (what == "split") {
    py::Object parts = py::call_method(every_code_point("a", "b"), "split", py::Args{});
    return py::str(py::call_method(py::new_str("|"), "join", py::Args{{parts}}));
  }
  if (what == "isidentifier_continue") return predicate_bits("a", {"isidentifier"}).at("isidentifier");
  if (auto it = single.find(std::string(what)); it != single.end()) return it->second;
  return call(all, std::string(what).c_str());
}

TEST(StrMethods, EveryCodePointMatchesCPython) {
  for (const Checksum& check : kUnicodeChecks) {
    EXPECT_EQ(fnv1a64(compute(check.what)), check.expected) << "checksum of " << check.what;
  }
}

TEST(StrObject, AsciiCharactersAreSharedAndLengthIsCached) {
  py::Object s = py::new_str("hello");
  py::Object a = py::getitem(s, py::Int(1));
  py::Object b = py::getitem(py::new_str("xe"), py::Int(-1));
  EXPECT_TRUE(a.is(b));
  py::Object it = py::iter(s), first;
  ASSERT_TRUE(py::next(it, first));
  EXPECT_TRUE(first.is(py::getitem(s, py::Int(0))));
  EXPECT_TRUE(py::cast<py::Str>(s)->is_ascii());
  EXPECT_FALSE(py::cast<py::Str>(py::new_str("h\xc3\xa9"))->is_ascii());
  EXPECT_EQ(py::cast<py::Str>(py::new_str("h\xc3\xa9"))->len(), 2u);
}

}  // namespace
}  // namespace yieldc_test
