// Literal tokens to values, without ANTLR: string prefixes and escapes,
// the split of an f-string body into literal text and replacement fields
// (CPython 3.11's Parser/string_parser.c), and int/float conversion. The
// parse tree walk (build_strings.cpp) turns the results into AST nodes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/source.hpp"

namespace yieldc::frontend {

// One string literal token, cut into prefix and body.
struct StringToken {
  bool raw = false;
  bool bytes = false;
  bool fstring = false;
  bool u_prefix = false;
  std::string_view body;   // between the quotes, undecoded
  size_t body_offset = 0;  // bytes from the token start to the body
};
StringToken split_string_token(std::string_view text);

// A problem in a literal: where (a byte offset in the text given) and what.
struct LiteralError {
  size_t offset = 0;
  std::string message;
  bool unsupported = false;  // a "yieldc does not support" rather than a SyntaxError
};

// Decodes backslash escapes of a non-raw body, as CPython's
// decode_unicode_with_escapes / PyBytes_DecodeEscape. Unknown escapes are
// kept verbatim. Returns false (and fills `error`) on a malformed escape.
bool decode_escapes(std::string_view body, bool bytes, std::string& out, LiteralError& error);

// One piece of an f-string body, in order.
struct FStringPart;
struct FStringField {
  size_t open = 0;        // offset of `{`
  size_t expr_begin = 0;  // offsets of the expression text
  size_t expr_end = 0;
  std::optional<std::string> debug_text;  // `{x=}`: "x=" with its spaces
  char conversion = 0;                    // 0, 's', 'r' or 'a'
  bool has_spec = false;
  std::vector<FStringPart> spec;  // the format spec's own parts
};
struct FStringPart {
  bool is_field = false;
  std::string literal;  // decoded text when !is_field
  size_t literal_offset = 0;
  FStringField field;
};

// Splits an f-string body (offsets are relative to `body`). Fails with
// CPython's "f-string: ..." messages.
bool split_fstring(std::string_view body, bool raw, std::vector<FStringPart>& parts,
                   LiteralError& error);

// Decimal digits of an int literal (`0x_ff` -> "255"), at any size.
std::string int_literal_digits(std::string_view text);
// The value of a float literal (underscores allowed).
double float_literal_value(std::string_view text);

// The position reached after `text` when it starts at `start`.
SourcePos advance_pos(SourcePos start, std::string_view text);

// Checks that `text` is valid UTF-8 (no surrogates, nothing above
// U+10FFFF); returns the byte offset of the first bad byte, if any.
std::optional<size_t> find_invalid_utf8(std::string_view text);

// Appends the UTF-8 encoding of `code_point` (surrogates included, as
// CPython strings can hold them).
void append_utf8(std::string& out, uint32_t code_point);

}  // namespace yieldc::frontend
