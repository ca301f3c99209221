// bytes and bytearray methods: search, split, join, strip, replace, case,
// the is*() tests, hex/fromhex, and bytearray's append/extend/insert/pop/
// remove/reverse/copy/clear, with CPython 3.11's argument
// handling and messages. The algorithms are shared with str
// (text_algorithms.hpp); whitespace here is ASCII's " \t\n\r\v\f" only.
#include <algorithm>
#include <iterator>
#include <vector>

#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "bytes_internal.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "text_algorithms.hpp"

namespace py {

namespace {

Bytes* as_bytes(const Object& o) { return cast<Bytes>(o); }

// "bytes.upper" or "bytearray.upper", for the argument errors.
std::string qualname(const Object& self, const char* name) {
  return std::string(self.type()->name()) + "." + name;
}

// CPython's Py_ISSPACE: the bytes methods know no other whitespace.
bool is_ascii_space(char32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

struct BytesView {
  const Object& self;
  size_t size() const { return as_bytes(self)->data.size(); }
  char32_t at(size_t i) const { return static_cast<unsigned char>(as_bytes(self)->data[i]); }
  static bool is_space(char32_t c) { return is_ascii_space(c); }
  Object piece(size_t i, size_t j) const {
    return new_bytes_like(self, as_bytes(self)->data.substr(i, j - i));
  }
};

// ---------------------------------------------------------------- find family

enum class Direction { Forward, Backward };

// The needle of find/count/index: an int byte or a bytes-like object.
std::string needle(const Object& sub) {
  if (is_int_like(sub)) return std::string(1, static_cast<char>(byte_value(sub)));
  if (!is_bytes_like(sub)) {
    raise_error(&type_error_type, "argument should be integer or bytes-like object, not '{}'",
                sub.type()->name());
  }
  return as_bytes(sub)->data;
}

int64_t find_sub(const Object& self, const Args& args, const char* name, Direction dir) {
  expect_no_keywords(args, qualname(self, name).c_str());
  Object a[3];
  bind_args(args, name, {"sub", "start", "end"}, 1, a);
  const std::string& data = as_bytes(self)->data;
  Window w = find_window(a[1], a[2], data.size());
  std::string sub = needle(a[0]);
  if (w.end - w.start < static_cast<int64_t>(sub.size())) return -1;
  std::string_view hay =
      std::string_view(data).substr(static_cast<size_t>(w.start), static_cast<size_t>(w.end - w.start));
  size_t pos = dir == Direction::Forward ? hay.find(sub) : hay.rfind(sub);
  return pos == std::string_view::npos ? -1 : w.start + static_cast<int64_t>(pos);
}

Object bytes_find(const Object& self, const Args& args) {
  return Int(find_sub(self, args, "find", Direction::Forward));
}
Object bytes_rfind(const Object& self, const Args& args) {
  return Int(find_sub(self, args, "rfind", Direction::Backward));
}
Object bytes_index(const Object& self, const Args& args) {
  int64_t i = find_sub(self, args, "index", Direction::Forward);
  if (i < 0) raise_error(&value_error_type, "subsection not found");
  return Int(i);
}
Object bytes_rindex(const Object& self, const Args& args) {
  int64_t i = find_sub(self, args, "rindex", Direction::Backward);
  if (i < 0) raise_error(&value_error_type, "subsection not found");
  return Int(i);
}

Object bytes_count(const Object& self, const Args& args) {
  expect_no_keywords(args, qualname(self, "count").c_str());
  Object a[3];
  bind_args(args, "count", {"sub", "start", "end"}, 1, a);
  const std::string& data = as_bytes(self)->data;
  Window w = find_window(a[1], a[2], data.size());
  std::string sub = needle(a[0]);
  if (w.end - w.start < static_cast<int64_t>(sub.size())) return Int(0);
  if (sub.empty()) return Int(w.end - w.start + 1);
  std::string_view hay =
      std::string_view(data).substr(static_cast<size_t>(w.start), static_cast<size_t>(w.end - w.start));
  return Int(static_cast<int64_t>(text::count_occurrences(hay, sub)));
}

bool tail_match(const std::string& data, const std::string& sub, Window w, Direction dir) {
  int64_t last_start = w.end - static_cast<int64_t>(sub.size());
  if (last_start < w.start) return false;
  if (sub.empty()) return true;
  auto at = static_cast<size_t>(dir == Direction::Forward ? w.start : last_start);
  return data.compare(at, sub.size(), sub) == 0;
}

Object starts_or_ends(const Object& self, const Args& args, const char* name, Direction dir) {
  expect_no_keywords(args, qualname(self, name).c_str());
  Object a[3];
  bind_args(args, name, {"prefix", "start", "end"}, 1, a);
  const std::string& data = as_bytes(self)->data;
  Window w = find_window(a[1], a[2], data.size());
  if (is_tuple_like(a[0])) {
    for (const Object& item : cast<Tuple>(a[0])->items) {
      if (tail_match(data, bytes_argument(item), w, dir)) return True;
    }
    return False;
  }
  if (!is_bytes_like(a[0])) {
    raise_error(&type_error_type, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                a[0].type()->name());
  }
  return box(tail_match(data, as_bytes(a[0])->data, w, dir));
}

Object bytes_startswith(const Object& self, const Args& args) {
  return starts_or_ends(self, args, "startswith", Direction::Forward);
}
Object bytes_endswith(const Object& self, const Args& args) {
  return starts_or_ends(self, args, "endswith", Direction::Backward);
}

// ---------------------------------------------------------------- split, join, strip, replace

Object split_impl(const Object& self, const Args& args, const char* name, Direction dir) {
  Object a[2];
  bind_keywords(args, name, {"sep", "maxsplit"}, 0, a);
  int64_t maxsplit = a[1].is_bound() ? ssize_argument(a[1]) : -1;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (!a[0].is_bound() || a[0].is_none()) {
    BytesView view{self};
    return dir == Direction::Forward ? text::split_whitespace(view, maxsplit)
                                     : text::rsplit_whitespace(view, maxsplit);
  }
  const std::string& sep = bytes_argument(a[0]);
  if (sep.empty()) raise_error(&value_error_type, "empty separator");
  auto piece = [&](std::string_view bytes) { return new_bytes_like(self, std::string(bytes)); };
  const std::string& data = as_bytes(self)->data;
  if (dir == Direction::Forward) return text::split_separator(data, sep, maxsplit, piece);
  return text::rsplit_separator(data, sep, maxsplit, piece);
}

Object bytes_split(const Object& self, const Args& args) {
  return split_impl(self, args, "split", Direction::Forward);
}
Object bytes_rsplit(const Object& self, const Args& args) {
  return split_impl(self, args, "rsplit", Direction::Backward);
}

Object bytes_join(const Object& self, const Args& args) {
  expect_one_arg(args, qualname(self, "join").c_str());
  const Object& iterable = args[0];
  std::vector<Object> items;
  if (is_list(iterable) || is_tuple(iterable)) {
    items = is_list(iterable) ? cast<List>(iterable)->items : cast<Tuple>(iterable)->items;
  } else {
    if (!iterable.is_heap()) raise_error(&type_error_type, "can only join an iterable");
    Object it;
    try {
      it = iter(iterable);
    } catch (const Raised& e) {
      if (!isinstance(e.exception, &type_error_type)) throw;
      raise_error(&type_error_type, "can only join an iterable");
    }
    Object x;
    while (next(it, x)) items.push_back(std::move(x));
  }
  const std::string& sep = as_bytes(self)->data;
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_bytes_like(items[i])) {
      raise_error(&type_error_type, "sequence item {}: expected a bytes-like object, {} found", i,
                  items[i].type()->name());
    }
    if (i) out += sep;
    out += as_bytes(items[i])->data;
  }
  return new_bytes_like(self, std::move(out));
}

Object strip_impl(const Object& self, const Args& args, const char* name, text::StripSide side) {
  expect_no_keywords(args, qualname(self, name).c_str());
  expect_positional(args, name, 0, 1);
  BytesView view{self};
  std::pair<size_t, size_t> kept;
  if (args.size() == 0 || args[0].is_none()) {
    kept = text::strip_range(view, side, is_ascii_space);
  } else {
    const std::string& chars = bytes_argument(args[0]);
    kept = text::strip_range(
        view, side, [&](char32_t c) { return chars.find(static_cast<char>(c)) != std::string::npos; });
  }
  return view.piece(kept.first, kept.second);
}

Object bytes_strip(const Object& self, const Args& args) {
  return strip_impl(self, args, "strip", text::StripSide::Both);
}
Object bytes_lstrip(const Object& self, const Args& args) {
  return strip_impl(self, args, "lstrip", text::StripSide::Left);
}
Object bytes_rstrip(const Object& self, const Args& args) {
  return strip_impl(self, args, "rstrip", text::StripSide::Right);
}

Object bytes_replace(const Object& self, const Args& args) {
  expect_no_keywords(args, qualname(self, "replace").c_str());
  expect_positional(args, "replace", 2, 3);
  const std::string& old = bytes_argument(args[0]);
  const std::string& replacement = bytes_argument(args[1]);
  int64_t count = args.size() > 2 ? ssize_argument(args[2]) : -1;
  const std::string& data = as_bytes(self)->data;
  auto limit = count < 0 ? SIZE_MAX : static_cast<size_t>(count);
  if (!old.empty()) return new_bytes_like(self, text::replace_bytes(data, old, replacement, limit));
  // An empty `old` matches before every byte and at the end.
  size_t inserts = std::min(limit, data.size() + 1);
  if (!replacement.empty() && inserts > (SIZE_MAX / 4 - data.size()) / replacement.size())
    raise_memory_error();
  std::string out;
  out.reserve(data.size() + inserts * replacement.size());
  for (size_t k = 0; k <= data.size(); ++k) {
    if (k < inserts) out += replacement;
    if (k < data.size()) out += data[k];
  }
  return new_bytes_like(self, std::move(out));
}

// ---------------------------------------------------------------- case and hex

// Bytes above 127 are never letters: the str mappings' ASCII path is
// exactly CPython's bytes one.
Object case_map(const Object& self, const Args& args, const char* name, CaseOp op) {
  expect_no_args(args, qualname(self, name).c_str());
  return new_bytes_like(self, map_ascii(as_bytes(self)->data, op));
}

Object bytes_upper(const Object& self, const Args& args) { return case_map(self, args, "upper", CaseOp::Upper); }
Object bytes_lower(const Object& self, const Args& args) { return case_map(self, args, "lower", CaseOp::Lower); }
Object bytes_title(const Object& self, const Args& args) { return case_map(self, args, "title", CaseOp::Title); }
Object bytes_capitalize(const Object& self, const Args& args) {
  return case_map(self, args, "capitalize", CaseOp::Capitalize);
}
Object bytes_swapcase(const Object& self, const Args& args) {
  return case_map(self, args, "swapcase", CaseOp::Swapcase);
}

bool is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_alpha(unsigned char c) { return is_ascii_lower(c) || is_ascii_upper(c); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// isalpha() and the like: true for a non-empty value whose every byte is one.
Object all_bytes(const Object& self, const Args& args, const char* name, bool (*test)(unsigned char)) {
  expect_no_args(args, qualname(self, name).c_str());
  const std::string& data = as_bytes(self)->data;
  if (data.empty()) return False;
  for (char c : data) {
    if (!test(static_cast<unsigned char>(c))) return False;
  }
  return True;
}

Object bytes_isalpha(const Object& self, const Args& args) { return all_bytes(self, args, "isalpha", is_ascii_alpha); }
Object bytes_isdigit(const Object& self, const Args& args) { return all_bytes(self, args, "isdigit", is_ascii_digit); }
Object bytes_isalnum(const Object& self, const Args& args) {
  return all_bytes(self, args, "isalnum", [](unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); });
}
Object bytes_isspace(const Object& self, const Args& args) {
  return all_bytes(self, args, "isspace", [](unsigned char c) { return is_ascii_space(c); });
}

// isupper()/islower(): some cased byte, and none of the other case.
Object has_case(const Object& self, const Args& args, const char* name, bool upper) {
  expect_no_args(args, qualname(self, name).c_str());
  bool cased = false;
  for (char ch : as_bytes(self)->data) {
    auto c = static_cast<unsigned char>(ch);
    if (upper ? is_ascii_lower(c) : is_ascii_upper(c)) return False;
    cased |= upper ? is_ascii_upper(c) : is_ascii_lower(c);
  }
  return box(cased);
}

Object bytes_isupper(const Object& self, const Args& args) { return has_case(self, args, "isupper", true); }
Object bytes_islower(const Object& self, const Args& args) { return has_case(self, args, "islower", false); }

// bytes.fromhex(string) and bytearray.fromhex(string) (a class method:
// `self` is the type): pairs of hex digits, with ASCII whitespace allowed
// between pairs (CPython's _PyBytes_FromHex).
Object bytes_fromhex(const Object& cls, const Args& args) {
  expect_one_arg(args, (std::string(cast<Type>(cls)->name()) + ".fromhex").c_str());
  const Object& arg = args[0];
  if (!is_str(arg)) raise_error(&type_error_type, "fromhex() argument must be str, not {}", arg.type()->name());
  const Str* s = cast<Str>(arg);
  const std::string& text = s->data;
  auto invalid = [](size_t at) -> Object {
    raise_error(&value_error_type, "non-hexadecimal number found in fromhex() arg at position {}", at);
  };
  if (!s->is_ascii()) {
    // The position of the first non-ASCII code point, whatever comes before.
    size_t at = 0;
    while (static_cast<unsigned char>(text[str_byte_offset(s, at)]) < 128) ++at;
    return invalid(at);
  }
  auto digit = [&](size_t i) -> int {
    char c = i < text.size() ? text[i] : '\0';
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (is_ascii_space(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    int top = digit(i);
    if (top < 0) return invalid(i);
    int bottom = digit(i + 1);
    if (bottom < 0) return invalid(i + 1);
    out += static_cast<char>(top * 16 + bottom);
    i += 2;
  }
  return cast<Type>(cls) == &bytearray_type ? new_bytearray(std::move(out)) : new_bytes(std::move(out));
}

// hex(sep=None, bytes_per_sep=1): a positive bytes_per_sep groups from the
// right, a negative one from the left.
Object bytes_hex(const Object& self, const Args& args) {
  Object a[2];
  bind_keywords(args, "hex", {"sep", "bytes_per_sep"}, 0, a);
  std::string sep;
  if (a[0].is_bound() && !a[0].is_none()) {
    if (is_str(a[0])) {
      sep = cast<Str>(a[0])->data;
      if (cast<Str>(a[0])->len() != 1) raise_error(&value_error_type, "sep must be length 1.");
      if (!cast<Str>(a[0])->is_ascii()) raise_error(&value_error_type, "sep must be ASCII.");
    } else if (is_bytes_like(a[0])) {
      sep = as_bytes(a[0])->data;
      if (sep.size() != 1) raise_error(&value_error_type, "sep must be length 1.");
    } else {
      raise_error(&type_error_type, "object of type '{}' has no len()", a[0].type()->name());
    }
  }
  int64_t per = 1;
  if (a[1].is_bound()) {
    per = ssize_argument(a[1]);
    if (per < INT32_MIN || per > INT32_MAX)
      raise_error(&overflow_error_type, "Python int too large to convert to C int");
  }
  const std::string& data = as_bytes(self)->data;
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 3);
  uint64_t group = per < 0 ? static_cast<uint64_t>(-per) : static_cast<uint64_t>(per);
  for (size_t i = 0; i < data.size(); ++i) {
    if (i > 0 && !sep.empty() && group != 0) {
      size_t counted = per > 0 ? data.size() - i : i;
      if (counted % group == 0) out += sep;
    }
    auto c = static_cast<unsigned char>(data[i]);
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return new_str(std::move(out));
}

// ---------------------------------------------------------------- bytearray mutation

Object bytearray_append(const Object& self, const Args& args) {
  expect_one_arg(args, "bytearray.append");
  as_bytes(self)->data += static_cast<char>(byte_value(args[0]));
  return None;
}

Object bytearray_extend(const Object& self, const Args& args) {
  expect_one_arg(args, "bytearray.extend");
  const Object& source = args[0];
  if (is_bytes_like(source)) {
    // Copy first: `b.extend(b)` reads the old contents.
    std::string more = as_bytes(source)->data;
    as_bytes(self)->data += more;
    return None;
  }
  if (!source.is_heap())
    raise_error(&type_error_type, "can't extend bytearray with {}", source.type()->name());
  Object it;
  try {
    it = iter(source);
  } catch (const Raised& e) {
    if (!isinstance(e.exception, &type_error_type)) throw;
    raise_error(&type_error_type, "can't extend bytearray with {}", source.type()->name());
  }
  // All or nothing, as in CPython: a bad item leaves the bytearray as it was.
  std::string more;
  Object x;
  while (next(it, x)) more += static_cast<char>(byte_value(x));
  as_bytes(self)->data += more;
  return None;
}

Object bytearray_insert(const Object& self, const Args& args) {
  expect_no_keywords(args, "bytearray.insert");
  check_positional(args, "insert", 2, 2);
  int64_t index = ssize_argument(args[0]);
  char byte = static_cast<char>(byte_value(args[1]));
  std::string& data = as_bytes(self)->data;
  auto n = static_cast<int64_t>(data.size());
  // Clamped like list.insert.
  if (index < 0) index = std::max<int64_t>(index + n, 0);
  if (index > n) index = n;
  data.insert(static_cast<size_t>(index), 1, byte);
  return None;
}

Object bytearray_remove(const Object& self, const Args& args) {
  expect_one_arg(args, "bytearray.remove");
  char byte = static_cast<char>(byte_value(args[0]));
  std::string& data = as_bytes(self)->data;
  size_t at = data.find(byte);
  if (at == std::string::npos) raise_error(&value_error_type, "value not found in bytearray");
  data.erase(at, 1);
  return None;
}

Object bytearray_reverse(const Object& self, const Args& args) {
  expect_no_args(args, "bytearray.reverse");
  std::string& data = as_bytes(self)->data;
  std::reverse(data.begin(), data.end());
  return None;
}

Object bytearray_copy(const Object& self, const Args& args) {
  expect_no_args(args, "bytearray.copy");
  return new_bytearray(as_bytes(self)->data);
}

Object bytearray_clear(const Object& self, const Args& args) {
  expect_no_args(args, "bytearray.clear");
  as_bytes(self)->data.clear();
  return None;
}

Object bytearray_pop(const Object& self, const Args& args) {
  expect_no_keywords(args, "bytearray.pop");
  expect_positional(args, "pop", 0, 1);
  int64_t index = args.size() ? ssize_argument(args[0]) : -1;
  std::string& data = as_bytes(self)->data;
  if (data.empty()) raise_error(&index_error_type, "pop from empty bytearray");
  auto n = static_cast<int64_t>(data.size());
  if (index < 0) index += n;
  if (index < 0 || index >= n) raise_error(&index_error_type, "pop index out of range");
  auto byte = static_cast<unsigned char>(data[static_cast<size_t>(index)]);
  data.erase(static_cast<size_t>(index), 1);
  return Int(byte);
}

}  // namespace

// The methods bytes and bytearray share.
// clang-format off
#define YIELDC_BYTES_METHODS                                                         \
  {"decode", bytes_decode}, {"hex", bytes_hex}, {"join", bytes_join},               \
  {"split", bytes_split}, {"rsplit", bytes_rsplit},                                 \
  {"strip", bytes_strip}, {"lstrip", bytes_lstrip}, {"rstrip", bytes_rstrip},       \
  {"startswith", bytes_startswith}, {"endswith", bytes_endswith},                   \
  {"find", bytes_find}, {"rfind", bytes_rfind}, {"index", bytes_index},             \
  {"rindex", bytes_rindex}, {"count", bytes_count}, {"replace", bytes_replace},     \
  {"upper", bytes_upper}, {"lower", bytes_lower}, {"title", bytes_title},       \
  {"capitalize", bytes_capitalize}, {"swapcase", bytes_swapcase},                   \
  {"isalpha", bytes_isalpha}, {"isdigit", bytes_isdigit}, {"isalnum", bytes_isalnum}, \
  {"isspace", bytes_isspace}, {"isupper", bytes_isupper}, {"islower", bytes_islower}, \
  {"fromhex", bytes_fromhex, true}
// clang-format on

const MethodDef bytes_methods[] = {YIELDC_BYTES_METHODS};
const size_t bytes_method_count = std::size(bytes_methods);

const MethodDef bytearray_methods[] = {
    YIELDC_BYTES_METHODS,
    {"append", bytearray_append},
    {"extend", bytearray_extend},
    {"pop", bytearray_pop},
    {"insert", bytearray_insert},
    {"remove", bytearray_remove},
    {"reverse", bytearray_reverse},
    {"copy", bytearray_copy},
    {"clear", bytearray_clear},
};
const size_t bytearray_method_count = std::size(bytearray_methods);

#undef YIELDC_BYTES_METHODS

}  // namespace py
