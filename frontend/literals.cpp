// Literal tokens to values, following CPython 3.11: escapes as in
// Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal) and
// Objects/bytesobject.c, f-string splitting as in Parser/string_parser.c
// (fstring_find_literal / fstring_find_expr), numbers without any 64-bit
// limit. Error positions are byte offsets; callers map them to the file.
#include "frontend/literals.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>

namespace yieldc::frontend {

StringToken split_string_token(std::string_view text) {
  StringToken token;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    token.raw |= c == 'r';
    token.bytes |= c == 'b';
    token.fstring |= c == 'f';
    // CPython records kind='u' for a lower-case `u` prefix only.
    token.u_prefix |= text[i] == 'u';
    ++i;
  }
  size_t quote = 1;
  if (i + 2 < text.size() && text[i + 1] == text[i] && text[i + 2] == text[i] &&
      text.size() - i >= 6) {
    quote = 3;
  }
  token.body_offset = i + quote;
  size_t body_length =
      text.size() >= token.body_offset + quote ? text.size() - token.body_offset - quote : 0;
  token.body = text.substr(token.body_offset, body_length);
  return token;
}

void append_utf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_octal(char c) { return c >= '0' && c <= '7'; }

// Reads `count` hex digits at body[i]; false if they are not all there.
bool read_hex(std::string_view body, size_t i, size_t count, uint32_t& value) {
  value = 0;
  for (size_t k = 0; k < count; ++k) {
    if (i + k >= body.size() || hex_value(body[i + k]) < 0) return false;
    value = value * 16 + static_cast<uint32_t>(hex_value(body[i + k]));
  }
  return true;
}

// The number of hex digits present at body[i], up to `count`.
size_t hex_run(std::string_view body, size_t i, size_t count) {
  size_t n = 0;
  while (n < count && i + n < body.size() && hex_value(body[i + n]) >= 0) ++n;
  return n;
}

}  // namespace

bool decode_escapes(std::string_view body, bool bytes, std::string& out, LiteralError& error) {
  out.clear();
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t value = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < body.size() && is_octal(body[i]); ++k, ++i) {
          value = value * 8 + static_cast<uint32_t>(body[i] - '0');
        }
        if (bytes) {
          out += static_cast<char>(value & 0xFF);
        } else {
          append_utf8(out, value);
        }
        break;
      }
      case 'x': {
        uint32_t value = 0;
        if (!read_hex(body, i, 2, value)) {
          error.offset = start;
          error.message =
              bytes ? fmt::format("(value error) invalid \\x escape at position {}", start)
                    : fmt::format(
                          "(unicode error) 'unicodeescape' codec can't decode bytes in "
                          "position {}-{}: truncated \\xXX escape",
                          start, i + hex_run(body, i, 2) - 1);
          return false;
        }
        i += 2;
        if (bytes) {
          out += static_cast<char>(value);
        } else {
          append_utf8(out, value);
        }
        break;
      }
      case 'u':
      case 'U':
      case 'N': {
        if (bytes) {
          out += '\\';
          out += e;
          break;
        }
        if (e == 'N') {
          error.offset = start;
          error.message = "'\\N{...}' escapes in string literals";
          error.unsupported = true;
          return false;
        }
        size_t count = e == 'u' ? 4 : 8;
        uint32_t value = 0;
        if (!read_hex(body, i, count, value)) {
          error.offset = start;
          error.message = fmt::format(
              "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: "
              "truncated "
              "\\{}{} escape",
              start, i + hex_run(body, i, count) - 1, e, e == 'u' ? "XXXX" : "XXXXXXXX");
          return false;
        }
        if (value > 0x10FFFF) {
          error.offset = start;
          error.message = fmt::format(
              "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal "
              "Unicode character",
              start, i + count - 1);
          return false;
        }
        i += count;
        append_utf8(out, value);
        break;
      }
      default:
        // An unknown escape stays as written (CPython only warns).
        out += '\\';
        out += e;
        break;
    }
  }
  return true;
}

// ---------------------------------------------------------------- f-strings

namespace {

class FStringSplitter {
 public:
  FStringSplitter(std::string_view body, bool raw, LiteralError& error)
      : body_(body), raw_(raw), error_(error) {}

  // Parses parts until the end of the body (level 0) or an unmatched `}`
  // (level 1, the end of a format spec).
  bool parse(size_t& pos, int level, std::vector<FStringPart>& parts);

 private:
  bool literal(size_t& pos, int level, std::vector<FStringPart>& parts, bool& more);
  bool field(size_t& pos, int level, FStringField& field);
  bool fail(size_t at, std::string message) {
    error_.offset = at;
    error_.message = std::move(message);
    return false;
  }

  std::string_view body_;
  bool raw_;
  LiteralError& error_;
};

// Reads literal text up to a `{` or `}` that is not doubled. `more` says
// that a doubled brace ended the chunk and scanning goes on.
bool FStringSplitter::literal(size_t& pos, int level, std::vector<FStringPart>& parts, bool& more) {
  size_t start = pos;
  size_t end = pos;
  more = false;
  size_t s = pos;
  while (s < body_.size()) {
    char ch = body_[s++];
    if (!raw_ && ch == '\\' && s < body_.size()) {
      ch = body_[s++];
      if (ch == 'N') {
        // `\N{name}` braces are not a replacement field.
        if (s < body_.size() && body_[s++] == '{') {
          while (s < body_.size() && body_[s++] != '}') {
          }
        }
        continue;
      }
    }
    if (ch == '{' || ch == '}') {
      if (level == 0) {
        if (s < body_.size() && body_[s] == ch) {
          end = s;
          pos = s + 1;
          more = true;
          break;
        }
        if (ch == '}') return fail(s - 1, "f-string: single '}' is not allowed");
      }
      --s;
      break;
    }
  }
  if (!more) {
    end = s;
    pos = s;
  }
  if (end == start) return true;
  FStringPart part;
  part.literal_offset = start;
  std::string_view chunk = body_.substr(start, end - start);
  if (raw_) {
    part.literal = std::string(chunk);
  } else {
    LiteralError chunk_error;
    if (!decode_escapes(chunk, false, part.literal, chunk_error)) {
      error_ = chunk_error;
      error_.offset += start;
      return false;
    }
  }
  parts.push_back(std::move(part));
  return true;
}

bool FStringSplitter::field(size_t& pos, int level, FStringField& field) {
  if (level >= 2) return fail(pos, "f-string: expressions nested too deeply");
  field.open = pos;
  size_t s = pos + 1;
  field.expr_begin = s;
  char quote = 0;
  int string_type = 0;
  std::vector<char> parens;
  for (; s < body_.size(); ++s) {
    char ch = body_[s];
    if (ch == '\\') return fail(s, "f-string expression part cannot include a backslash");
    if (quote != 0) {
      if (ch != quote) continue;
      if (string_type == 3) {
        if (s + 2 < body_.size() && body_[s + 1] == ch && body_[s + 2] == ch) {
          s += 2;
          quote = 0;
        }
        continue;
      }
      quote = 0;
      continue;
    }
    if (ch == '\'' || ch == '"') {
      string_type = 1;
      if (s + 2 < body_.size() && body_[s + 1] == ch && body_[s + 2] == ch) {
        string_type = 3;
        s += 2;
      }
      quote = ch;
    } else if (ch == '[' || ch == '{' || ch == '(') {
      if (parens.size() >= 200) return fail(s, "f-string: too many nested parenthesis");
      parens.push_back(ch);
    } else if (ch == '#') {
      return fail(s, "f-string expression part cannot include '#'");
    } else if (parens.empty() &&
               (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
      // `!=`, `==`, `<=` and `>=` are operators; a lone `<` or `>` too.
      if (s + 1 < body_.size() && body_[s + 1] == '=' && ch != ':' && ch != '}') {
        ++s;
        continue;
      }
      if (ch == '>' || ch == '<') continue;
      break;
    } else if (ch == ']' || ch == '}' || ch == ')') {
      if (parens.empty()) return fail(s, fmt::format("f-string: unmatched '{}'", ch));
      char open = parens.back();
      parens.pop_back();
      if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
            (open == '{' && ch == '}'))) {
        return fail(s, fmt::format("f-string: closing parenthesis '{}' does not match opening "
                                   "parenthesis '{}'",
                                   ch, open));
      }
    }
  }
  field.expr_end = s;
  if (quote != 0) return fail(s, "f-string: unterminated string");
  if (!parens.empty()) return fail(s, fmt::format("f-string: unmatched '{}'", parens.back()));
  if (s >= body_.size()) return fail(s, "f-string: expecting '}'");
  bool blank = true;
  for (size_t k = field.expr_begin; k < field.expr_end; ++k) {
    blank = blank && std::isspace(static_cast<unsigned char>(body_[k]));
  }
  if (blank) return fail(s, "f-string: empty expression not allowed");
  if (body_[s] == '=') {
    ++s;
    while (s < body_.size() && std::isspace(static_cast<unsigned char>(body_[s]))) ++s;
    if (s >= body_.size()) return fail(s, "f-string: expecting '}'");
    field.debug_text = std::string(body_.substr(field.expr_begin, s - field.expr_begin));
  }
  if (body_[s] == '!') {
    ++s;
    if (s >= body_.size()) return fail(s, "f-string: expecting '}'");
    char conversion = body_[s++];
    if (conversion != 's' && conversion != 'r' && conversion != 'a') {
      return fail(s - 1, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    field.conversion = conversion;
  }
  if (s >= body_.size()) return fail(s, "f-string: expecting '}'");
  if (body_[s] == ':') {
    ++s;
    if (s >= body_.size()) return fail(s, "f-string: expecting '}'");
    field.has_spec = true;
    if (!parse(s, level + 1, field.spec)) return false;
  }
  if (s >= body_.size() || body_[s] != '}') return fail(s, "f-string: expecting '}'");
  pos = s + 1;
  // `{x=}` without a conversion or spec shows the repr, as CPython does.
  if (field.debug_text && !field.has_spec && field.conversion == 0) field.conversion = 'r';
  return true;
}

bool FStringSplitter::parse(size_t& pos, int level, std::vector<FStringPart>& parts) {
  for (;;) {
    bool more = false;
    if (!literal(pos, level, parts, more)) return false;
    if (more) continue;
    if (pos >= body_.size()) return true;
    if (body_[pos] == '}') {
      // Only reachable inside a format spec: its end.
      return level > 0 ? true : fail(pos, "f-string: single '}' is not allowed");
    }
    FStringPart part;
    part.is_field = true;
    if (!field(pos, level, part.field)) return false;
    parts.push_back(std::move(part));
  }
}

}  // namespace

bool split_fstring(std::string_view body, bool raw, std::vector<FStringPart>& parts,
                   LiteralError& error) {
  FStringSplitter splitter(body, raw, error);
  size_t pos = 0;
  return splitter.parse(pos, 0, parts);
}

// ---------------------------------------------------------------- numbers

std::string int_literal_digits(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c != '_') digits += c;
  }
  unsigned base = 10;
  if (digits.size() > 1 && digits[0] == '0') {
    char marker = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1])));
    if (marker == 'x') base = 16;
    if (marker == 'o') base = 8;
    if (marker == 'b') base = 2;
    if (base != 10) digits = digits.substr(2);
  }
  // Little-endian limbs of 10^9: multiply-add one digit at a time.
  std::vector<uint32_t> limbs{0};
  for (char c : digits) {
    uint64_t carry = static_cast<uint64_t>(hex_value(c));
    for (uint32_t& limb : limbs) {
      uint64_t value = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(value % 1000000000);
      carry = value / 1000000000;
    }
    if (carry != 0) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) out += fmt::format("{:09}", limbs[i]);
  return out;
}

double float_literal_value(std::string_view text) {
  std::string clean;
  for (char c : text) {
    if (c != '_') clean += c;
  }
  return std::strtod(clean.c_str(), nullptr);
}

SourcePos advance_pos(SourcePos start, std::string_view text) {
  SourcePos pos = start;
  for (size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++pos.line;
      pos.col = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++pos.col;
    }
  }
  return pos;
}

std::optional<size_t> find_invalid_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    size_t width = 0;
    uint32_t c = 0;
    if (byte >= 0xC2 && byte < 0xE0) {
      width = 2;
      c = byte & 0x1F;
    } else if (byte >= 0xE0 && byte < 0xF0) {
      width = 3;
      c = byte & 0x0F;
    } else if (byte >= 0xF0 && byte < 0xF5) {
      width = 4;
      c = byte & 0x07;
    } else {
      return i;
    }
    if (i + width > text.size()) return i;
    for (size_t k = 1; k < width; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      c = (c << 6) | (next & 0x3F);
    }
    bool overlong = (width == 3 && c < 0x800) || (width == 4 && c < 0x10000);
    if (overlong || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return i;
    i += width;
  }
  return std::nullopt;
}

}  // namespace yieldc::frontend
