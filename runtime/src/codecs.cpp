// The text codecs: str.encode() and bytes.decode() for utf-8, ascii and
// latin-1, found under any of CPython's names for them, with the strict,
// ignore, replace, backslashreplace and xmlcharrefreplace error handlers.
// Errors and their messages are CPython's, including which bytes a
// malformed UTF-8 sequence spans (the "maximal subpart" rule).
#include <fmt/format.h>

#include <cctype>

#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "bytes_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

// CPython's encodings.normalize_encoding (lower-cased, runs of other
// punctuation collapsed to '_'), then its alias table.
Codec find_codec(std::string_view encoding) {
  std::string name;
  bool pending_underscore = false;
  for (char c : encoding) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      if (pending_underscore && !name.empty()) name += '_';
      pending_underscore = false;
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      pending_underscore = true;
    }
  }
  static constexpr std::string_view kUtf8[] = {"utf_8",     "utf8",      "u8",     "utf",
                                               "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static constexpr std::string_view kAscii[] = {
      "ascii",    "646",     "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968",
      "cp367",    "csascii", "ibm367",         "iso646_us",      "iso_646.irv_1991",
      "iso_ir_6", "us",      "us_ascii"};
  static constexpr std::string_view kLatin1[] = {
      "latin_1",         "8859",       "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
      "iso_8859_1_1987", "iso_ir_100", "l1",    "latin",       "latin1"};
  for (std::string_view n : kUtf8) {
    if (name == n) return Codec::Utf8;
  }
  for (std::string_view n : kAscii) {
    if (name == n) return Codec::Ascii;
  }
  for (std::string_view n : kLatin1) {
    if (name == n) return Codec::Latin1;
  }
  raise_error(&lookup_error_type, "unknown encoding: {}", encoding);
}

// The name CPython's messages use for a codec.
const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8:
      return "utf-8";
    case Codec::Ascii:
      return "ascii";
    case Codec::Latin1:
      return "latin-1";
  }
  return "?";
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace };

// Looked up only when an error occurs, as CPython does: an unknown name is
// harmless on clean input.
Handler find_handler(std::string_view errors, bool encoding) {
  if (errors == "strict") return Handler::Strict;
  if (errors == "ignore") return Handler::Ignore;
  if (errors == "replace") return Handler::Replace;
  if (errors == "backslashreplace") return Handler::BackslashReplace;
  if (errors == "xmlcharrefreplace" && encoding) return Handler::XmlCharRefReplace;
  // Only lone surrogates reach these two, and a str here never holds one:
  // on anything else they fail exactly like strict.
  if (errors == "surrogateescape" || errors == "surrogatepass") {
    if (encoding) return Handler::Strict;
    raise_error(&not_implemented_error_type, "yieldc does not support the '{}' error handler", errors);
  }
  if (errors == "namereplace" || errors == "xmlcharrefreplace") {
    if (!encoding) {
      // CPython's decode refuses these handlers with a TypeError.
      raise_error(&type_error_type, "don't know how to handle UnicodeDecodeError in error callback");
    }
    raise_error(&not_implemented_error_type, "yieldc does not support the '{}' error handler", errors);
  }
  raise_error(&lookup_error_type, "unknown error handler name '{}'", errors);
}

// ---------------------------------------------------------------- encode

[[noreturn]] void raise_encode_error(Codec codec, char32_t first, size_t start, size_t end,
                                     const char* reason) {
  if (end - start == 1) {
    std::string escaped = first <= 0xFF     ? fmt::format("\\x{:02x}", static_cast<uint32_t>(first))
                          : first <= 0xFFFF ? fmt::format("\\u{:04x}", static_cast<uint32_t>(first))
                                            : fmt::format("\\U{:08x}", static_cast<uint32_t>(first));
    raise_error(&unicode_encode_error_type, "'{}' codec can't encode character '{}' in position {}: {}",
                codec_name(codec), escaped, start, reason);
  }
  raise_error(&unicode_encode_error_type, "'{}' codec can't encode characters in position {}-{}: {}",
              codec_name(codec), start, end - 1, reason);
}

void append_backslash_escape(std::string& out, char32_t cp) {
  if (cp <= 0xFF) {
    out += fmt::format("\\x{:02x}", static_cast<uint32_t>(cp));
  } else if (cp <= 0xFFFF) {
    out += fmt::format("\\u{:04x}", static_cast<uint32_t>(cp));
  } else {
    out += fmt::format("\\U{:08x}", static_cast<uint32_t>(cp));
  }
}

std::string encode_single_byte(const std::u32string& cps, Codec codec, std::string_view errors) {
  char32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
  const char* reason = codec == Codec::Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)";
  std::string out;
  out.reserve(cps.size());
  for (size_t i = 0; i < cps.size();) {
    if (cps[i] < limit) {
      out += static_cast<char>(cps[i++]);
      continue;
    }
    // CPython reports the whole run of unencodable characters at once.
    size_t end = i;
    while (end < cps.size() && cps[end] >= limit) ++end;
    switch (find_handler(errors, true)) {
      case Handler::Strict:
        raise_encode_error(codec, cps[i], i, end, reason);
      case Handler::Ignore:
        break;
      case Handler::Replace:
        out.append(end - i, '?');
        break;
      case Handler::BackslashReplace:
        for (size_t k = i; k < end; ++k) append_backslash_escape(out, cps[k]);
        break;
      case Handler::XmlCharRefReplace:
        for (size_t k = i; k < end; ++k) out += fmt::format("&#{};", static_cast<uint32_t>(cps[k]));
        break;
    }
    i = end;
  }
  return out;
}

// ---------------------------------------------------------------- decode

struct Utf8Error {
  size_t end;  // one past the last byte the error covers
  const char* reason;
};

// The length of the well-formed UTF-8 sequence at s[i], or 0 with `error`
// set to the bytes CPython's decoder reports as one error: a bad lead byte
// alone, else the valid prefix before a bad continuation byte, else (data
// ending mid-sequence) everything to the end.
size_t utf8_sequence_at(std::string_view s, size_t i, Utf8Error& error) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  unsigned char c = byte(i);
  size_t available = s.size() - i;
  if (c < 0x80) return 1;
  if (c < 0xC2 || c > 0xF4) {
    error = {i + 1, "invalid start byte"};
    return 0;
  }
  auto invalid_after = [&](size_t valid) {
    error = {i + valid, "invalid continuation byte"};
    return size_t{0};
  };
  auto truncated = [&] {
    error = {s.size(), "unexpected end of data"};
    return size_t{0};
  };
  if (c < 0xE0) {
    if (available < 2) return truncated();
    return cont(i + 1) ? 2 : invalid_after(1);
  }
  if (c < 0xF0) {
    // E0 needs A0..BF next (no overlong forms), ED needs 80..9F (no surrogates).
    auto second_ok = [&] {
      unsigned char c2 = byte(i + 1);
      return cont(i + 1) && !(c == 0xE0 && c2 < 0xA0) && !(c == 0xED && c2 >= 0xA0);
    };
    if (available >= 2 && !second_ok()) return invalid_after(1);
    if (available < 3) return truncated();
    return cont(i + 2) ? 3 : invalid_after(2);
  }
  // F0 needs 90..BF next (no overlong forms), F4 needs 80..8F (<= U+10FFFF).
  auto second_ok = [&] {
    unsigned char c2 = byte(i + 1);
    return cont(i + 1) && !(c == 0xF0 && c2 < 0x90) && !(c == 0xF4 && c2 >= 0x90);
  };
  if (available >= 2 && !second_ok()) return invalid_after(1);
  if (available >= 3 && !cont(i + 2)) return invalid_after(2);
  if (available < 4) return truncated();
  return cont(i + 3) ? 4 : invalid_after(3);
}

[[noreturn]] void raise_decode_error(Codec codec, std::string_view data, size_t start, size_t end,
                                     const char* reason) {
  if (end - start == 1) {
    raise_error(&unicode_decode_error_type, "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                codec_name(codec), static_cast<unsigned char>(data[start]), start, reason);
  }
  raise_error(&unicode_decode_error_type, "'{}' codec can't decode bytes in position {}-{}: {}",
              codec_name(codec), start, end - 1, reason);
}

// Applies the error handler to the undecodable bytes [start, end).
void handle_decode_error(std::string& out, Codec codec, std::string_view data, size_t start, size_t end,
                         const char* reason, std::string_view errors) {
  switch (find_handler(errors, false)) {
    case Handler::Strict:
      raise_decode_error(codec, data, start, end, reason);
    case Handler::Ignore:
      return;
    case Handler::Replace:
      unicode::append_utf8(out, 0xFFFD);
      return;
    case Handler::BackslashReplace:
      for (size_t k = start; k < end; ++k)
        out += fmt::format("\\x{:02x}", static_cast<unsigned char>(data[k]));
      return;
    case Handler::XmlCharRefReplace:
      return;  // refused by find_handler for decoding
  }
}

}  // namespace

Object encode_str(const Object& str, std::string_view encoding, std::string_view errors) {
  Codec codec = find_codec(encoding);
  const Str* s = cast<Str>(str);
  // A str holds valid UTF-8 without surrogates: it is its own encoding.
  if (codec == Codec::Utf8 || s->is_ascii()) return new_bytes(s->data);
  return new_bytes(encode_single_byte(decode_code_points(s->data), codec, errors));
}

Object decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec codec = find_codec(encoding);
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size();) {
    auto c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (codec == Codec::Latin1) {
      unicode::append_utf8(out, c);
      ++i;
      continue;
    }
    if (codec == Codec::Ascii) {
      handle_decode_error(out, codec, data, i, i + 1, "ordinal not in range(128)", errors);
      ++i;
      continue;
    }
    Utf8Error error{};
    size_t n = utf8_sequence_at(data, i, error);
    if (n != 0) {
      out.append(data.substr(i, n));
      i += n;
      continue;
    }
    handle_decode_error(out, codec, data, i, error.end, error.reason, errors);
    i = error.end;
  }
  return new_str(std::move(out));
}

namespace {

// The (encoding, errors) arguments of encode() and decode().
void codec_arguments(const Args& args, const char* name, std::string_view& encoding,
                     std::string_view& errors) {
  Object a[2];
  bind_keywords(args, name, {"encoding", "errors"}, 0, a);
  const char* params[2] = {"encoding", "errors"};
  std::string_view* targets[2] = {&encoding, &errors};
  for (int k = 0; k < 2; ++k) {
    if (!a[k].is_bound()) continue;
    if (!is_str(a[k])) {
      raise_error(&type_error_type, "{}() argument '{}' must be str, not {}", name, params[k],
                  a[k].is_none() ? "None" : a[k].type()->name());
    }
    *targets[k] = cast<Str>(a[k])->data;
  }
}

}  // namespace

Object str_encode(const Object& self, const Args& args) {
  std::string_view encoding = "utf-8", errors = "strict";
  codec_arguments(args, "encode", encoding, errors);
  return encode_str(self, encoding, errors);
}

Object bytes_decode(const Object& self, const Args& args) {
  std::string_view encoding = "utf-8", errors = "strict";
  codec_arguments(args, "decode", encoding, errors);
  return decode_bytes(cast<Bytes>(self)->data, encoding, errors);
}

}  // namespace py
