// str methods that search, split, join, strip, pad and replace, with the
// argument handling and error messages of CPython 3.11. Case mapping and
// the is*() predicates are in str_case.cpp, encode() in codecs.cpp.
// Indices are code points; ASCII strs take byte-level fast paths.
#include <iterator>
#include <vector>

#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/format.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/slice.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "text_algorithms.hpp"
#include "unicode.hpp"

namespace py {

// ---------------------------------------------------------------- shared helpers

int64_t ssize_argument(const Object& o) {
  if (o.is_small_int() || o.is_bool()) return o.as_small_int();
  if (is_int(o)) raise_error(&overflow_error_type, "Python int too large to convert to C ssize_t");
  raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", o.type()->name());
}

void bind_keywords(const Args& args, const char* name, std::initializer_list<const char*> names,
                   size_t required, Object* out) {
  if (args.npos == 0 && args.nkw > names.size()) {
    raise_error(&type_error_type, "{}() takes at most {} keyword argument{} ({} given)", name, names.size(),
                names.size() == 1 ? "" : "s", args.nkw);
  }
  bind_args(args, name, names, required, out);
}

void expect_no_keywords(const Args& args, const char* qualname) {
  if (args.nkw) raise_error(&type_error_type, "{}() takes no keyword arguments", qualname);
}

Window find_window(const Object& start, const Object& end, size_t size) {
  int64_t first = start.is_bound() && !start.is_none() ? slice_index(start) : 0;
  int64_t last = end.is_bound() && !end.is_none() ? slice_index(end) : INT64_MAX;
  text::adjust_window(first, last, static_cast<int64_t>(size));
  return {first, last};
}

void raise_memory_error() { raise(new_exception(&memory_error_type)); }

namespace {

const Str* as_str(const Object& o) { return cast<Str>(o); }

// Views of a str for the shared algorithms: code points and the piece
// between two code-point indices.
struct AsciiStrView {
  const Str* s;
  size_t size() const { return s->data.size(); }
  char32_t at(size_t i) const { return static_cast<unsigned char>(s->data[i]); }
  static bool is_space(char32_t c) { return unicode::is_space(c); }
  Object piece(size_t i, size_t j) const { return str_substr(s, i, j - i); }
};

struct WideStrView {
  explicit WideStrView(const Str* str) : s(str) {
    const std::string& data = s->data;
    for (size_t pos = 0; pos < data.size();) {
      offsets.push_back(pos);
      cps.push_back(unicode::decode_utf8(data, pos));
    }
    offsets.push_back(data.size());
  }
  size_t size() const { return cps.size(); }
  char32_t at(size_t i) const { return cps[i]; }
  static bool is_space(char32_t c) { return unicode::is_space(c); }
  Object piece(size_t i, size_t j) const {
    if (i == 0 && j == cps.size()) return Object::borrow(const_cast<Str*>(s));
    return new_str(s->data.substr(offsets[i], offsets[j] - offsets[i]));
  }

  const Str* s;
  std::u32string cps;
  std::vector<size_t> offsets;
};

// Runs `f` with the cheapest view of `s`.
template <class F>
auto with_view(const Str* s, F f) {
  if (s->is_ascii()) return f(AsciiStrView{s});
  return f(WideStrView(s));
}

Object str_piece(std::string_view bytes) { return new_str(std::string(bytes)); }

const Str* str_argument(const Object& o, const char* message_prefix) {
  if (!is_str(o)) raise_error(&type_error_type, "{}{}", message_prefix, o.type()->name());
  return as_str(o);
}

// Argument Clinic's wording of the same error names None as `None`.
const Str* clinic_str_argument(const Object& o, const char* message_prefix) {
  if (!is_str(o))
    raise_error(&type_error_type, "{}{}", message_prefix, o.is_none() ? "None" : o.type()->name());
  return as_str(o);
}

// The bytes of `s` between code points [start, end).
std::string_view byte_window(const Str* s, Window w) {
  size_t first = str_byte_offset(s, static_cast<size_t>(w.start));
  size_t last = str_byte_offset(s, static_cast<size_t>(w.end));
  return std::string_view(s->data).substr(first, last - first);
}

// ---------------------------------------------------------------- find family

enum class Direction { Forward, Backward };

// str.find/rfind/index/rindex: the code-point index of `sub`, or -1.
int64_t find_sub(const Object& self, const Args& args, const char* name, const char* qualname,
                 Direction dir) {
  expect_no_keywords(args, qualname);
  Object a[3];
  bind_args(args, name, {"sub", "start", "end"}, 1, a);
  const Str* s = as_str(self);
  Window w = find_window(a[1], a[2], s->len());
  const Str* sub = str_argument(a[0], "must be str, not ");
  auto m = static_cast<int64_t>(sub->len());
  if (w.end - w.start < m) return -1;
  std::string_view hay = byte_window(s, w);
  size_t pos = dir == Direction::Forward ? hay.find(sub->data) : hay.rfind(sub->data);
  if (pos == std::string_view::npos) return -1;
  size_t base = str_byte_offset(s, static_cast<size_t>(w.start));
  return static_cast<int64_t>(str_index_of_offset(s, base + pos));
}

Object str_find(const Object& self, const Args& args) {
  return Int(find_sub(self, args, "find", "str.find", Direction::Forward));
}
Object str_rfind(const Object& self, const Args& args) {
  return Int(find_sub(self, args, "rfind", "str.rfind", Direction::Backward));
}
Object str_index(const Object& self, const Args& args) {
  int64_t i = find_sub(self, args, "index", "str.index", Direction::Forward);
  if (i < 0) raise_error(&value_error_type, "substring not found");
  return Int(i);
}
Object str_rindex(const Object& self, const Args& args) {
  int64_t i = find_sub(self, args, "rindex", "str.rindex", Direction::Backward);
  if (i < 0) raise_error(&value_error_type, "substring not found");
  return Int(i);
}

Object str_count(const Object& self, const Args& args) {
  expect_no_keywords(args, "str.count");
  Object a[3];
  bind_args(args, "count", {"sub", "start", "end"}, 1, a);
  const Str* s = as_str(self);
  Window w = find_window(a[1], a[2], s->len());
  const Str* sub = str_argument(a[0], "must be str, not ");
  auto m = static_cast<int64_t>(sub->len());
  if (w.end - w.start < m) return Int(0);
  // The empty string occurs at every position, both ends included.
  if (m == 0) return Int(w.end - w.start + 1);
  return Int(static_cast<int64_t>(text::count_occurrences(byte_window(s, w), sub->data)));
}

// startswith/endswith: CPython's tailmatch for one candidate.
bool tail_match(const Str* s, const Str* sub, Window w, Direction dir) {
  auto m = static_cast<int64_t>(sub->len());
  int64_t last_start = w.end - m;
  if (last_start < w.start) return false;
  if (m == 0) return true;
  int64_t at = dir == Direction::Forward ? w.start : last_start;
  size_t offset = str_byte_offset(s, static_cast<size_t>(at));
  return s->data.compare(offset, sub->data.size(), sub->data) == 0;
}

Object starts_or_ends(const Object& self, const Args& args, const char* name, const char* qualname,
                      Direction dir) {
  expect_no_keywords(args, qualname);
  Object a[3];
  bind_args(args, name, {"prefix", "start", "end"}, 1, a);
  const Str* s = as_str(self);
  Window w = find_window(a[1], a[2], s->len());
  if (is_tuple_like(a[0])) {
    for (const Object& item : cast<Tuple>(a[0])->items) {
      if (!is_str(item)) {
        raise_error(&type_error_type, "tuple for {} must only contain str, not {}", name,
                    item.type()->name());
      }
      if (tail_match(s, as_str(item), w, dir)) return True;
    }
    return False;
  }
  if (!is_str(a[0])) {
    raise_error(&type_error_type, "{} first arg must be str or a tuple of str, not {}", name,
                a[0].type()->name());
  }
  return box(tail_match(s, as_str(a[0]), w, dir));
}

Object str_startswith(const Object& self, const Args& args) {
  return starts_or_ends(self, args, "startswith", "str.startswith", Direction::Forward);
}
Object str_endswith(const Object& self, const Args& args) {
  return starts_or_ends(self, args, "endswith", "str.endswith", Direction::Backward);
}

// ---------------------------------------------------------------- split and join

Object split_impl(const Object& self, const Args& args, const char* name, Direction dir) {
  Object a[2];
  bind_keywords(args, name, {"sep", "maxsplit"}, 0, a);
  // Argument Clinic converts maxsplit before split() looks at sep.
  int64_t maxsplit = a[1].is_bound() ? ssize_argument(a[1]) : -1;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  const Str* s = as_str(self);
  if (!a[0].is_bound() || a[0].is_none()) {
    return with_view(s, [&](const auto& view) {
      return dir == Direction::Forward ? text::split_whitespace(view, maxsplit)
                                       : text::rsplit_whitespace(view, maxsplit);
    });
  }
  const Str* sep = str_argument(a[0], "must be str or None, not ");
  if (sep->data.empty()) raise_error(&value_error_type, "empty separator");
  if (dir == Direction::Forward) return text::split_separator(s->data, sep->data, maxsplit, str_piece);
  return text::rsplit_separator(s->data, sep->data, maxsplit, str_piece);
}

Object str_split(const Object& self, const Args& args) {
  return split_impl(self, args, "split", Direction::Forward);
}
Object str_rsplit(const Object& self, const Args& args) {
  return split_impl(self, args, "rsplit", Direction::Backward);
}

// The items of an iterable as a vector, CPython's PySequence_Fast.
std::vector<Object> sequence_items(const Object& iterable, const char* not_iterable) {
  if (is_list(iterable)) return cast<List>(iterable)->items;
  if (is_tuple(iterable)) return cast<Tuple>(iterable)->items;
  if (!iterable.is_heap()) raise_error(&type_error_type, "{}", not_iterable);
  Object it;
  try {
    it = iter(iterable);
  } catch (const Raised& e) {
    if (!isinstance(e.exception, &type_error_type)) throw;
    raise_error(&type_error_type, "{}", not_iterable);
  }
  std::vector<Object> items;
  Object x;
  while (next(it, x)) items.push_back(std::move(x));
  return items;
}

Object str_join(const Object& self, const Args& args) {
  expect_one_arg(args, "str.join");
  std::vector<Object> items = sequence_items(args[0], "can only join an iterable");
  const std::string& sep = as_str(self)->data;
  size_t total = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i])) {
      raise_error(&type_error_type, "sequence item {}: expected str instance, {} found", i,
                  items[i].type()->name());
    }
    total += as_str(items[i])->data.size() + (i ? sep.size() : 0);
  }
  if (items.size() == 1) return items[0];
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += as_str(items[i])->data;
  }
  return new_str(std::move(out));
}

Object str_splitlines(const Object& self, const Args& args) {
  Object a[1];
  bind_keywords(args, "splitlines", {"keepends"}, 0, a);
  bool keepends = false;
  if (a[0].is_bound()) {
    int64_t v = ssize_argument(a[0]);
    // The parameter is a C int in CPython.
    if (v < INT32_MIN || v > INT32_MAX)
      raise_error(&overflow_error_type, "Python int too large to convert to C int");
    keepends = v != 0;
  }
  return with_view(as_str(self), [&](const auto& v) {
    std::vector<Object> out;
    size_t n = v.size(), i = 0;
    while (i < n) {
      size_t j = i;
      while (i < n && !unicode::is_line_break(v.at(i))) ++i;
      size_t eol = i;
      if (i < n) {
        // \r\n is one line break.
        i += (v.at(i) == '\r' && i + 1 < n && v.at(i + 1) == '\n') ? 2 : 1;
        if (keepends) eol = i;
      }
      out.push_back(v.piece(j, eol));
    }
    return new_list(std::move(out));
  });
}

Object partition_impl(const Object& self, const Args& args, const char* qualname, Direction dir) {
  expect_one_arg(args, qualname);
  const Str* sep = str_argument(args[0], "must be str, not ");
  if (sep->data.empty()) raise_error(&value_error_type, "empty separator");
  const std::string& data = as_str(self)->data;
  size_t pos = dir == Direction::Forward ? data.find(sep->data) : data.rfind(sep->data);
  Object empty = new_str("");
  if (pos == std::string::npos) {
    if (dir == Direction::Forward) return new_tuple({self, empty, empty});
    return new_tuple({empty, empty, self});
  }
  return new_tuple({new_str(data.substr(0, pos)), args[0], new_str(data.substr(pos + sep->data.size()))});
}

Object str_partition(const Object& self, const Args& args) {
  return partition_impl(self, args, "str.partition", Direction::Forward);
}
Object str_rpartition(const Object& self, const Args& args) {
  return partition_impl(self, args, "str.rpartition", Direction::Backward);
}

// ---------------------------------------------------------------- strip and replace

Object strip_impl(const Object& self, const Args& args, const char* name, const char* qualname,
                  text::StripSide side) {
  expect_no_keywords(args, qualname);
  expect_positional(args, name, 0, 1);
  const Str* s = as_str(self);
  auto finish = [&](const auto& view, std::pair<size_t, size_t> kept) {
    return view.piece(kept.first, kept.second);
  };
  if (args.size() == 0 || args[0].is_none()) {
    return with_view(s, [&](const auto& view) {
      return finish(view, text::strip_range(view, side, [](char32_t c) { return unicode::is_space(c); }));
    });
  }
  if (!is_str(args[0])) raise_error(&type_error_type, "{} arg must be None or str", name);
  std::u32string chars = decode_code_points(as_str(args[0])->data);
  return with_view(s, [&](const auto& view) {
    auto in_chars = [&](char32_t c) { return chars.find(c) != std::u32string::npos; };
    return finish(view, text::strip_range(view, side, in_chars));
  });
}

Object str_strip(const Object& self, const Args& args) {
  return strip_impl(self, args, "strip", "str.strip", text::StripSide::Both);
}
Object str_lstrip(const Object& self, const Args& args) {
  return strip_impl(self, args, "lstrip", "str.lstrip", text::StripSide::Left);
}
Object str_rstrip(const Object& self, const Args& args) {
  return strip_impl(self, args, "rstrip", "str.rstrip", text::StripSide::Right);
}

Object str_replace(const Object& self, const Args& args) {
  expect_no_keywords(args, "str.replace");
  expect_positional(args, "replace", 2, 3);
  const Str* old = clinic_str_argument(args[0], "replace() argument 1 must be str, not ");
  const Str* replacement = clinic_str_argument(args[1], "replace() argument 2 must be str, not ");
  int64_t count = args.size() > 2 ? ssize_argument(args[2]) : -1;
  const Str* s = as_str(self);
  auto limit = count < 0 ? SIZE_MAX : static_cast<size_t>(count);
  if (limit == 0) return self;
  if (!old->data.empty()) {
    if (s->data.find(old->data) == std::string::npos) return self;
    return new_str(text::replace_bytes(s->data, old->data, replacement->data, limit));
  }
  // An empty `old` matches before every code point and at the end.
  size_t n = s->len();
  size_t inserts = std::min(limit, n + 1);
  if (replacement->data.size() != 0 && inserts > (SIZE_MAX / 4 - s->data.size()) / replacement->data.size()) {
    raise_error(&overflow_error_type, "replace string is too long");
  }
  std::string out;
  out.reserve(s->data.size() + inserts * replacement->data.size());
  size_t pos = 0;
  for (size_t k = 0; k <= n; ++k) {
    if (k < inserts) out += replacement->data;
    if (k == n) break;
    size_t width = unicode::utf8_sequence_length(static_cast<unsigned char>(s->data[pos]));
    out.append(s->data, pos, width);
    pos += width;
  }
  return new_str(std::move(out));
}

Object str_removeprefix(const Object& self, const Args& args) {
  expect_one_arg(args, "str.removeprefix");
  const Str* prefix = clinic_str_argument(args[0], "removeprefix() argument must be str, not ");
  const std::string& data = as_str(self)->data;
  if (prefix->data.empty() || data.compare(0, prefix->data.size(), prefix->data) != 0) return self;
  return new_str(data.substr(prefix->data.size()));
}

Object str_removesuffix(const Object& self, const Args& args) {
  expect_one_arg(args, "str.removesuffix");
  const Str* suffix = clinic_str_argument(args[0], "removesuffix() argument must be str, not ");
  const std::string& data = as_str(self)->data;
  size_t m = suffix->data.size();
  if (m == 0 || m > data.size() || data.compare(data.size() - m, m, suffix->data) != 0) return self;
  return new_str(data.substr(0, data.size() - m));
}

// ---------------------------------------------------------------- padding

// `left` and `right` copies of `fill` around the str's bytes.
std::string pad(const Object& self, int64_t left, int64_t right, std::string_view fill) {
  const std::string& data = as_str(self)->data;
  auto count = static_cast<uint64_t>(left) + static_cast<uint64_t>(right);
  // Beyond what any allocation can hold: CPython's MemoryError.
  if (count > (SIZE_MAX / 8 - data.size()) / fill.size()) raise_memory_error();
  std::string out;
  out.reserve(data.size() + count * fill.size());
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += data;
  for (int64_t i = 0; i < right; ++i) out += fill;
  return out;
}

enum class Justify { Left, Right, Center };

Object justify(const Object& self, const Args& args, const char* name, const char* qualname, Justify how) {
  expect_no_keywords(args, qualname);
  expect_positional(args, name, 1, 2);
  int64_t width = ssize_argument(args[0]);
  std::string fill = " ";
  if (args.size() > 1) {
    if (!is_str(args[1])) {
      raise_error(&type_error_type, "The fill character must be a unicode character, not {}",
                  args[1].type()->name());
    }
    if (as_str(args[1])->len() != 1) {
      raise_error(&type_error_type, "The fill character must be exactly one character long");
    }
    fill = as_str(args[1])->data;
  }
  auto n = static_cast<int64_t>(as_str(self)->len());
  if (n >= width) return self;
  int64_t margin = width - n;
  switch (how) {
    case Justify::Left:
      return new_str(pad(self, 0, margin, fill));
    case Justify::Right:
      return new_str(pad(self, margin, 0, fill));
    case Justify::Center: {
      // CPython's rounding: the odd extra space goes left when width is odd.
      int64_t left = margin / 2 + (margin & width & 1);
      return new_str(pad(self, left, margin - left, fill));
    }
  }
  return self;
}

Object str_ljust(const Object& self, const Args& args) {
  return justify(self, args, "ljust", "str.ljust", Justify::Left);
}
Object str_rjust(const Object& self, const Args& args) {
  return justify(self, args, "rjust", "str.rjust", Justify::Right);
}
Object str_center(const Object& self, const Args& args) {
  return justify(self, args, "center", "str.center", Justify::Center);
}

Object str_zfill(const Object& self, const Args& args) {
  expect_one_arg(args, "str.zfill");
  int64_t width = ssize_argument(args[0]);
  auto n = static_cast<int64_t>(as_str(self)->len());
  if (n >= width) return self;
  std::string padded = pad(self, width - n, 0, "0");
  // A sign moves in front of the zeros.
  auto fill = static_cast<size_t>(width - n);
  if (fill < padded.size() && (padded[fill] == '+' || padded[fill] == '-'))
    std::swap(padded[0], padded[fill]);
  return new_str(std::move(padded));
}

Object str_expandtabs(const Object& self, const Args& args) {
  Object a[1];
  bind_keywords(args, "expandtabs", {"tabsize"}, 0, a);
  int64_t tabsize = 8;
  if (a[0].is_bound()) {
    tabsize = ssize_argument(a[0]);
    if (tabsize < INT32_MIN || tabsize > INT32_MAX) {
      raise_error(&overflow_error_type, "Python int too large to convert to C int");
    }
  }
  const std::string& data = as_str(self)->data;
  if (data.find('\t') == std::string::npos) return self;
  std::string out;
  uint64_t column = 0;
  for (size_t i = 0; i < data.size();) {
    size_t start = i;
    char32_t cp = unicode::decode_utf8(data, i);
    if (cp == '\t') {
      if (tabsize <= 0) continue;
      auto spaces = static_cast<uint64_t>(tabsize) - column % static_cast<uint64_t>(tabsize);
      if (spaces > SIZE_MAX / 8 - out.size()) raise_memory_error();
      out.append(spaces, ' ');
      column += spaces;
      continue;
    }
    out.append(data, start, i - start);
    column = (cp == '\n' || cp == '\r') ? 0 : column + 1;
  }
  return new_str(std::move(out));
}

}  // namespace

const MethodDef str_methods[] = {
    {"find", str_find},
    {"rfind", str_rfind},
    {"index", str_index},
    {"rindex", str_rindex},
    {"count", str_count},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"join", str_join},
    {"splitlines", str_splitlines},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"strip", str_strip},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"replace", str_replace},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"center", str_center},
    {"zfill", str_zfill},
    {"expandtabs", str_expandtabs},
    {"encode", str_encode},
    {"lower", str_lower},
    {"upper", str_upper},
    {"title", str_title},
    {"capitalize", str_capitalize},
    {"swapcase", str_swapcase},
    {"casefold", str_casefold},
    {"isdigit", str_isdigit},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isspace", str_isspace},
    {"isupper", str_isupper},
    {"islower", str_islower},
    {"istitle", str_istitle},
    {"isdecimal", str_isdecimal},
    {"isnumeric", str_isnumeric},
    {"isidentifier", str_isidentifier},
    {"isprintable", str_isprintable},
    {"isascii", str_isascii},
    {"format", str_format},
};
const size_t str_method_count = std::size(str_methods);

}  // namespace py
