// A text dump of the AST that is byte-for-byte what CPython 3.11's
// `ast.dump(ast.parse(src))` prints for the same source (no positions, one
// line), so that the frontend can be checked against CPython directly
// (tests/frontend/compare_ast.py). Also the Python repr helpers it needs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "frontend/ast.hpp"

namespace yieldc::frontend {

std::string dump_ast(const Module& module);
std::string dump_ast(const Expr& expr);
std::string dump_ast(const Stmt& stmt);

// Python's repr() of a str given as UTF-8 (lone surrogates allowed), of
// bytes, and of a float (shortest round-trip digits, Python's exponent and
// ".0" rules).
std::string python_repr_str(std::string_view utf8);
std::string python_repr_bytes(std::string_view bytes);
std::string python_repr_float(double value);

// str.isprintable() for one code point (unicode_printable.cpp).
bool is_printable_code_point(uint32_t code_point);

}  // namespace yieldc::frontend
