// str.format(*args, **kwargs): a port of CPython's unicode_format.h —
// literal text and {{ }} escapes, replacement fields with automatic or
// manual numbering, names, `.attr` and `[key]` lookups, !s/!r/!a, and
// format specs that hold fields of their own. Each field is rendered by
// format_value (format.cpp).
//
// The text is UTF-8, and every character the parser looks for is ASCII, so
// it scans bytes: an ASCII byte never occurs inside a multi-byte sequence.
#include "yieldc/attributes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/format.hpp"
#include "yieldc/ops.hpp"
#include "format_internal.hpp"
#include "raise.hpp"
#include "unicode.hpp"

namespace py {

namespace {

// CPython's get_integer of unicode_format.h: the value of a field name made
// only of (Unicode) decimal digits, else -1 (also for an empty name).
int64_t field_index(std::string_view text) {
  if (text.empty()) return -1;
  int64_t value = 0;
  for (size_t i = 0; i < text.size();) {
    int64_t digit = format_detail::decimal_digit_value(unicode::decode_utf8(text, i));
    if (digit < 0) return -1;
    if (value > (INT64_MAX - digit) / 10) {
      raise_error(&value_error_type, "Too many decimal digits in format string");
    }
    value = value * 10 + digit;
  }
  return value;
}

[[noreturn]] void raise_key_error(std::string_view key) {
  raise(make<ExceptionObject>(&key_error_type, new_tuple({new_str(std::string(key))})));
}

// `{0.name}`: the generic attribute lookup (attributes.hpp), which raises
// CPython's AttributeError for a missing attribute.
Object field_attribute(const Object& obj, std::string_view name) {
  return getattr(obj, std::string(name).c_str());
}

// A replacement field `{name!conversion:spec}` as parsed.
struct Field {
  std::string_view name;
  std::string_view spec;
  char32_t conversion = 0;
  bool spec_has_fields = false;
};

class Formatter {
 public:
  explicit Formatter(const Args& args) : args_(args) {}

  // build_string: `depth` counts how many more levels of nested fields
  // (`{:{width}}`) are allowed; CPython starts at 2.
  std::string build(std::string_view input, int depth) {
    if (depth <= 0) raise_error(&value_error_type, "Max string recursion exceeded");
    std::string out;
    size_t pos = 0;
    while (pos < input.size()) {
      bool field_follows = next_literal(input, pos, out);
      if (!field_follows) continue;
      Field field = parse_field(input, pos);
      render(field, depth, out);
    }
    return out;
  }

 private:
  enum class Numbering { Unknown, Automatic, Manual };

  // MarkupIterator_next: appends the literal text up to the next field (or
  // an escaped brace) and tells whether a field starts at `pos`.
  static bool next_literal(std::string_view input, size_t& pos, std::string& out) {
    size_t start = pos;
    char c = 0;
    bool markup = false;
    while (pos < input.size()) {
      c = input[pos++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= input.size();
    size_t len = pos - start;
    if (c == '}' && (at_end || input[pos] != '}')) {
      raise_error(&value_error_type, "Single '}' encountered in format string");
    }
    if (at_end && c == '{') raise_error(&value_error_type, "Single '{' encountered in format string");
    if (!at_end) {
      if (input[pos] == c) {
        // `{{` or `}}`: the literal keeps one brace.
        ++pos;
        markup = false;
      } else {
        --len;
      }
    }
    out.append(input.substr(start, len));
    return markup;
  }

  // parse_field: reads `name[!conversion][:spec]}` from `pos`.
  static Field parse_field(std::string_view input, size_t& pos) {
    Field field;
    size_t end = input.size();
    size_t name_start = pos;
    char c = 0;
    while (pos < end) {
      c = input[pos++];
      if (c == '{') raise_error(&value_error_type, "unexpected '{' in field name");
      if (c == '[') {
        // A key may hold ':', '!' and '}' (`{0[a:b]}`).
        while (pos < end && input[pos] != ']') ++pos;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
    }
    field.name = input.substr(name_start, pos - 1 - name_start);
    if (c != '!' && c != ':') {
      if (c != '}') raise_error(&value_error_type, "expected '}' before end of string");
      return field;
    }
    if (c == '!') {
      if (pos >= end) raise_error(&value_error_type, "end of string while looking for conversion specifier");
      field.conversion = unicode::decode_utf8(input, pos);
      if (pos < end) {
        c = input[pos++];
        if (c == '}') return field;
        if (c != ':') raise_error(&value_error_type, "expected ':' after conversion specifier");
      }
    }
    size_t spec_start = pos;
    int depth = 1;
    while (pos < end) {
      c = input[pos++];
      if (c == '{') {
        field.spec_has_fields = true;
        ++depth;
      } else if (c == '}' && --depth == 0) {
        field.spec = input.substr(spec_start, pos - 1 - spec_start);
        return field;
      }
    }
    raise_error(&value_error_type, "unmatched '{' in format spec");
  }

  // output_markup: look the value up, convert it, expand the spec, format.
  void render(const Field& field, int depth, std::string& out) {
    Object value = lookup(field.name);
    if (field.conversion) value = new_str(format_detail::convert_field(value, field.conversion));
    if (!field.spec_has_fields) {
      out += format_value(value, field.spec);
      return;
    }
    std::string spec = build(field.spec, depth - 1);
    out += format_value(value, spec);
  }

  // get_field_object with field_name_split: the first part indexes the
  // positional arguments (or names a keyword one), then `.attr` and
  // `[key]` parts apply in turn.
  Object lookup(std::string_view name) {
    size_t split = name.find_first_of(".[");
    if (split == std::string_view::npos) split = name.size();
    std::string_view first = name.substr(0, split);
    std::string_view rest = name.substr(split);
    int64_t index = field_index(first);
    bool automatic = first.empty();
    if (automatic || index != -1) {
      if (numbering_ == Numbering::Unknown) numbering_ = automatic ? Numbering::Automatic : Numbering::Manual;
      if (numbering_ == Numbering::Manual && automatic) {
        raise_error(&value_error_type,
                    "cannot switch from manual field specification to automatic field numbering");
      }
      if (numbering_ == Numbering::Automatic && !automatic) {
        raise_error(&value_error_type,
                    "cannot switch from automatic field numbering to manual field specification");
      }
      if (automatic) index = next_index_++;
    }
    Object obj = index == -1 ? keyword(first) : positional(index);
    size_t pos = 0;
    while (pos < rest.size()) {
      char c = rest[pos++];
      size_t start = pos;
      std::string_view part;
      int64_t key_index = -1;
      if (c == '.') {
        while (pos < rest.size() && rest[pos] != '.' && rest[pos] != '[') ++pos;
        part = rest.substr(start, pos - start);
      } else if (c == '[') {
        while (pos < rest.size() && rest[pos] != ']') ++pos;
        if (pos == rest.size()) raise_error(&value_error_type, "Missing ']' in format string");
        part = rest.substr(start, pos - start);
        ++pos;
        key_index = field_index(part);
      } else {
        raise_error(&value_error_type, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (part.empty()) raise_error(&value_error_type, "Empty attribute in format string");
      if (c == '.') {
        obj = field_attribute(obj, part);
      } else if (key_index == -1) {
        obj = getitem(obj, new_str(std::string(part)));
      } else {
        obj = getitem(obj, Object::from_int(key_index));
      }
    }
    return obj;
  }

  Object positional(int64_t index) const {
    if (static_cast<uint64_t>(index) >= args_.npos) {
      raise_error(&index_error_type, "Replacement index {} out of range for positional args tuple", index);
    }
    return args_.pos[index];
  }

  Object keyword(std::string_view name) const {
    for (size_t i = 0; i < args_.nkw; ++i) {
      if (name == args_.kw[i].name) return args_.kw[i].value;
    }
    raise_key_error(name);
  }

  const Args& args_;
  Numbering numbering_ = Numbering::Unknown;
  int64_t next_index_ = 0;
};

}  // namespace

Object str_format(const Object& self, const Args& args) {
  Formatter formatter(args);
  return new_str(formatter.build(cast<Str>(self)->data, 2));
}

}  // namespace py
