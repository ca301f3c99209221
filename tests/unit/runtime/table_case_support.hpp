// What dict_test.cpp and set_test.cpp share to replay the programs that
// gen_set_cases.py and gen_dict_cases.py ran on CPython: value tokens,
// the digest of a long repr, the `ERR Name: message` line and calls of a
// built-in method by name. Each mirrors the generator's Python exactly.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "yieldc/runtime.hpp"

namespace table_case {

// The generators' value tokens: ints of any size, floats, True/False/None,
// `s:text` strings and flat tuples such as `(1,-2)`.
inline py::Object parse_value(const std::string& token) {
  if (token == "True") return py::True;
  if (token == "False") return py::False;
  if (token == "None") return py::None;
  if (token.rfind("s:", 0) == 0) return py::new_str(token.substr(2));
  if (token.front() == '(') {
    std::vector<py::Object> items;
    std::string inner = token.substr(1, token.size() - 2);
    size_t start = 0;
    while (start < inner.size()) {
      size_t comma = inner.find(',', start);
      if (comma == std::string::npos) comma = inner.size();
      items.push_back(parse_value(inner.substr(start, comma - start)));
      start = comma + 1;
    }
    return py::new_tuple(std::move(items));
  }
  if (token.find_first_of(".en") != std::string::npos) return py::Float(std::strtod(token.c_str(), nullptr));
  return py::int_from_decimal(token);
}

inline std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

inline uint64_t fnv1a(const std::string& text) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char byte : text) h = (h ^ byte) * 0x100000001B3ull;
  return h;
}

// The repr of a container of `size` items, or its digest past `limit`.
inline std::string shown(const std::string& repr, size_t size, size_t limit) {
  if (size <= limit) return repr;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "digest %zu %016llx", size, static_cast<unsigned long long>(fnv1a(repr)));
  return buffer;
}

inline std::string error_line(const py::Raised& raised) { return "ERR " + py::format_exception_only(raised.exception); }

// self.name(*args) through the receiver type's method table.
inline py::Object invoke(const py::Object& self, const char* name, const std::vector<py::Object>& args) {
  const py::MethodDef* method = self.type()->find_method(name);
  if (method == nullptr) throw std::runtime_error(std::string("no method ") + name);
  return method->fn(self, py::Args(args.data(), args.size()));
}

// A key whose `==` changes the container it is being looked up in, as a
// Python __eq__ may: the stored key's comparison clears `victim` or adds
// the ints 0..99 to it, once. All such keys hash alike.
inline py::Type mutating_key_type("K", &py::object_type);

class MutatingKey : public py::HeapObject {
 public:
  explicit MutatingKey(int64_t v) : HeapObject(&mutating_key_type), v(v) {}

  std::string repr() const override { return "K(" + std::to_string(v) + ")"; }
  int64_t hash() const override { return 1; }
  int eq(const py::Object& other) const override {
    if (victim.is_bound()) {
      py::Object target = std::move(victim);
      if (clear) {
        invoke(target, "clear", {});
      } else {
        for (int64_t i = 0; i < 100; ++i) {
          if (py::is_set(target)) py::set_add(target, py::Int(i));
          if (py::is_dict(target)) py::dict_set(target, py::Int(i), py::Int(i));
        }
      }
    }
    return other.type() == &mutating_key_type && py::cast<MutatingKey>(other)->v == v;
  }

  int64_t v;
  mutable py::Object victim;
  bool clear = false;
};

inline std::string bools(std::initializer_list<bool> values) {
  std::string out;
  for (bool v : values) out += v ? 'T' : 'F';
  return out;
}

}  // namespace table_case
