// The JSON encoder behind json.dumps and json.dump, as CPython 3.11's
// Lib/json/encoder.py (_make_iterencode) and Modules/_json.c (the C
// encoder dumps uses when there is no indent) encode: the same text, the
// same key conversions (True -> "true", 1.5 -> "1.5"), the same checks in
// the same order (`Circular reference detected`, `keys must be str, int,
// float, bool or None, not tuple`, `Object of type set is not JSON
// serializable`, sort_keys' `'<' not supported ...` from sorting the
// items), and for dump the same chunks handed to fp.write one by one, at
// the points where encoder.py's generators yield them.
#include <charconv>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "collections_internal.hpp"
#include "json_internal.hpp"
#include "raise.hpp"
#include "unicode.hpp"

namespace py {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void append_u_escape(std::string& out, char32_t unit) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHexDigits[(unit >> shift) & 0xF];
}

// The two-character escapes both encoders use; 0 for other characters.
char short_escape(unsigned char c) {
  switch (c) {
    case '\\': return '\\';
    case '"': return '"';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
  }
}

// The items of what encoder.py encodes as an array, `isinstance(o, (list,
// tuple))`: lists, tuples and namedtuples; nullptr for anything else.
const std::vector<Object>* array_items(const Object& o) {
  if (is_list(o)) return &cast<List>(o)->items;
  if (is_tuple(o)) return &cast<Tuple>(o)->items;
  return namedtuple_items(o);
}

class Encoder {
 public:
  Encoder(const JsonEncoderOptions& options, const Object& fp) : options_(options), fp_(fp) {}

  // _iterencode(o, 0)
  void encode(const Object& o) { encode_value(o, 0); }

  std::string out;

 private:
  // The end of a chunk encoder.py yields: dump writes it out.
  void yield_chunk() {
    if (!fp_.is_bound()) return;
    call_method(fp_, "write", {new_str(std::move(out))});
    out.clear();
  }

  // Appends a str, None, bool, int or float; false for anything else.
  bool append_scalar(const Object& v) {
    switch (v.tag()) {
      case Object::Tag::None:
        out += "null";
        return true;
      case Object::Tag::Bool:
        out += v.as_bool() ? "true" : "false";
        return true;
      case Object::Tag::Int: {
        char digits[24];
        out.append(digits, std::to_chars(digits, digits + sizeof digits, v.as_small_int()).ptr);
        return true;
      }
      case Object::Tag::Float:
        out += float_text(v.as_float());
        return true;
      default:
        break;
    }
    if (is_str(v)) {
      json_append_string(out, cast<Str>(v)->data, options_.ensure_ascii);
      return true;
    }
    if (is_int(v)) {
      out += int_repr(v);
      return true;
    }
    return false;
  }

  // floatstr: float.__repr__ for finite values, else the JavaScript names
  // (or ValueError without allow_nan; encoder.py adds the value).
  std::string float_text(double x) const {
    if (std::isfinite(x)) return float_repr(x);
    if (!options_.allow_nan) {
      std::string message = "Out of range float values are not JSON compliant";
      if (options_.python_encoder) message += ": " + float_repr(x);
      raise_error(&value_error_type, std::move(message));
    }
    return std::isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  }

  // markers[id(o)] = o, after checking it is not there yet.
  void enter_marker(const Object& o) {
    if (!options_.check_circular) return;
    for (const HeapObject* marked : markers_) {
      if (marked == o.heap()) raise_error(&value_error_type, "Circular reference detected");
    }
    markers_.push_back(o.heap());
  }
  void leave_marker() {
    if (options_.check_circular) markers_.pop_back();
  }

  std::string newline_indent(int level) const {
    std::string text = "\n";
    for (int i = 0; i < level; ++i) text += options_.indent;
    return text;
  }

  // A list or tuple's item or a dict's value that is not a scalar: the
  // nested generator (_iterencode_list, _iterencode_dict or _iterencode).
  void encode_nested(const Object& value, int level) {
    if (const std::vector<Object>* items = array_items(value)) {
      encode_list(value, *items, level);
    } else if (is_dict(value)) {
      encode_dict(value, level);
    } else {
      encode_value(value, level);
    }
  }

  // _iterencode
  void encode_value(const Object& o, int level) {
    if (append_scalar(o)) {
      yield_chunk();
    } else if (const std::vector<Object>* items = array_items(o)) {
      encode_list(o, *items, level);
    } else if (is_dict(o)) {
      encode_dict(o, level);
    } else {
      enter_marker(o);
      Object replacement;
      if (options_.default_function.is_bound()) {
        replacement = call(options_.default_function, {o});
      } else {
        raise_error(&type_error_type, "Object of type {} is not JSON serializable", o.type()->name());
      }
      {
        JsonNesting nesting(depth_, " while encoding a JSON object");
        encode_value(replacement, level);
      }
      leave_marker();
    }
  }

  // _iterencode_list of `sequence`, whose items are `items`. A list is
  // read afresh at each item: `default` may change it.
  void encode_list(const Object& sequence, const std::vector<Object>& items, int level) {
    JsonNesting nesting(depth_, " while encoding a JSON object");
    if (items.empty()) {
      out += "[]";
      yield_chunk();
      return;
    }
    enter_marker(sequence);
    std::string separator = options_.item_separator;
    std::string buf = "[";
    if (options_.indented) {
      ++level;
      std::string newline = newline_indent(level);
      separator += newline;
      buf += newline;
    }
    for (size_t i = 0; i < items.size(); ++i) {
      Object value = items[i];
      out += i == 0 ? buf : separator;
      if (append_scalar(value)) {
        yield_chunk();
      } else {
        yield_chunk();
        encode_nested(value, level);
      }
    }
    if (options_.indented) {
      out += newline_indent(level - 1);
      yield_chunk();
    }
    out += ']';
    yield_chunk();
    leave_marker();
  }

  // _iterencode_dict
  void encode_dict(const Object& dict, int level) {
    JsonNesting nesting(depth_, " while encoding a JSON object");
    if (cast<Dict>(dict)->size() == 0) {
      out += "{}";
      yield_chunk();
      return;
    }
    enter_marker(dict);
    out += '{';
    yield_chunk();
    std::string item_separator = options_.item_separator;
    if (options_.indented) {
      ++level;
      std::string newline = newline_indent(level);
      item_separator += newline;
      out += newline;
      yield_chunk();
    }
    // The items as a list: `sorted(dct.items())` sorts (key, value) tuples.
    std::vector<std::pair<Object, Object>> items;
    items.reserve(cast<Dict>(dict)->size());
    if (options_.sort_keys) {
      std::vector<Object> tuples;
      size_t pos = 0;
      Object key, value;
      while (dict_next(dict, pos, key, value)) tuples.push_back(new_tuple({key, value}));
      Object sorted = new_list(std::move(tuples));
      list_sort(sorted, Object(), false);
      for (const Object& item : cast<List>(sorted)->items) {
        const auto& pair = cast<Tuple>(item)->items;
        items.emplace_back(pair[0], pair[1]);
      }
    } else {
      size_t pos = 0;
      Object key, value;
      while (dict_next(dict, pos, key, value)) items.emplace_back(key, value);
    }
    bool first = true;
    std::string key_text;
    for (const auto& [key, value] : items) {
      const std::string* text = &key_text;
      if (is_str(key)) {
        text = &cast<Str>(key)->data;
      } else if (key.is_float()) {
        key_text = float_text(key.as_float());
      } else if (key.is_bool()) {
        key_text = key.as_bool() ? "true" : "false";
      } else if (key.is_none()) {
        key_text = "null";
      } else if (is_int(key)) {
        key_text = int_repr(key);
      } else if (options_.skipkeys) {
        continue;
      } else {
        raise_error(&type_error_type, "keys must be str, int, float, bool or None, not {}", key.type()->name());
      }
      if (first) {
        first = false;
      } else {
        out += item_separator;
        yield_chunk();
      }
      json_append_string(out, *text, options_.ensure_ascii);
      yield_chunk();
      out += options_.key_separator;
      yield_chunk();
      if (append_scalar(value)) {
        yield_chunk();
      } else {
        encode_nested(value, level);
      }
    }
    if (options_.indented) {
      out += newline_indent(level - 1);
      yield_chunk();
    }
    out += '}';
    yield_chunk();
    leave_marker();
  }

  const JsonEncoderOptions& options_;
  Object fp_;
  std::vector<const HeapObject*> markers_;  // the containers being encoded
  int depth_ = 0;
};

}  // namespace

void json_append_string(std::string& out, const std::string& utf8, bool ensure_ascii) {
  out += '"';
  size_t run = 0;  // start of the pending run of characters copied as they are
  auto flush = [&](size_t i) { out.append(utf8, run, i - run); };
  for (size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c >= 0x80) {
      if (!ensure_ascii) {
        ++i;
        continue;
      }
      flush(i);
      char32_t cp = unicode::decode_utf8(utf8, i);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        append_u_escape(out, 0xD800 | (cp >> 10));
        append_u_escape(out, 0xDC00 | (cp & 0x3FF));
      } else {
        append_u_escape(out, cp);
      }
      run = i;
      continue;
    }
    // S_CHAR: printable ASCII but the backslash and the quote (and DEL for
    // ensure_ascii=False, which copies everything above 0x1f).
    bool plain = c >= 0x20 && c != '\\' && c != '"' && (c != 0x7F || !ensure_ascii);
    if (plain) {
      ++i;
      continue;
    }
    flush(i);
    if (char e = short_escape(c)) {
      out += '\\';
      out += e;
    } else {
      append_u_escape(out, c);
    }
    run = ++i;
  }
  flush(utf8.size());
  out += '"';
}

Object json_encode(const Object& obj, const JsonEncoderOptions& options, const Object& fp) {
  Encoder encoder(options, fp);
  encoder.encode(obj);
  if (fp.is_bound()) return None;
  return new_str(std::move(encoder.out));
}

void JsonNesting::raise_too_deep(const char* where) {
  raise_error(&recursion_error_type, std::string("maximum recursion depth exceeded") + where);
}

}  // namespace py
