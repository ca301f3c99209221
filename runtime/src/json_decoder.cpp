// The JSON decoder behind json.loads and json.load, as CPython 3.11's
// Modules/_json.c scanner (which Lib/json/decoder.py's JSONDecoder uses)
// decodes: its grammar (NaN, Infinity and -Infinity included, numbers as
// NUMBER_RE matches them), its hooks (object_hook, object_pairs_hook,
// parse_float, parse_int, parse_constant, strict) and its errors, each at
// the position CPython reports: `Expecting value`, `Expecting ',' delimiter`,
// `Unterminated string starting at`, `Invalid \escape`, ... as
// json.decoder.JSONDecodeError with msg, doc, pos, lineno and colno.
//
// The scanner walks the str's UTF-8 bytes; positions become code-point
// indices only when an error reports them. A str cannot hold a lone
// surrogate in yieldc, so a string with an unpaired \ud800-style escape is
// refused with NotImplementedError (once it has ended without an error).
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/format.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/ops.hpp"
#include "json_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py {

namespace {

// What JSONDecodeError.__init__ sets: the message as args, and the
// attributes.
void set_decode_error(const Object& self, const Object& msg, const Object& doc, const Object& pos,
                      const Object& lineno, const Object& colno) {
  auto* e = cast<ExceptionObject>(self);
  e->set_args(new_tuple(
      {percent_format(new_str("%s: line %d column %d (char %d)"), new_tuple({msg, lineno, colno, pos}))}));
  e->attrs.set("msg", msg);
  e->attrs.set("doc", doc);
  e->attrs.set("pos", pos);
  e->attrs.set("lineno", lineno);
  e->attrs.set("colno", colno);
}

// JSONDecodeError.__init__(self, msg, doc, pos), for any str-like doc:
// lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos)
Object json_decode_error_init(const Object& self, const Args& args) {
  static const PythonParameters params("JSONDecodeError.__init__", {"self", "msg", "doc", "pos"}, 0, {});
  Object slots[4];
  params.bind_method(self, args, slots);
  const Object& doc = slots[2];
  const Object& pos = slots[3];
  Object newline = new_str("\n");
  Object zero = Object::from_int(0);
  Object lineno = add(call_method(doc, "count", {newline, zero, pos}), Object::from_int(1));
  Object colno = sub(pos, call_method(doc, "rfind", {newline, zero, pos}));
  set_decode_error(self, slots[1], doc, pos, lineno, colno);
  return None;
}

const MethodDef json_decode_error_methods[] = {{"__init__", json_decode_error_init}};

}  // namespace

Type json_decode_error_type("JSONDecodeError", &value_error_type,
                            {json_decode_error_methods, std::size(json_decode_error_methods)});

Object json_decode_error_construct(Type* type, const Args& args) {
  // BaseException.__new__ keeps the arguments as args; __init__ replaces them.
  Object self = make<ExceptionObject>(type, new_tuple(std::vector<Object>(args.pos, args.pos + args.npos)));
  json_decode_error_init(self, args);
  return self;
}

void raise_json_decode_error(const char* msg, const Object& doc, size_t byte_offset, bool from_stop_iteration) {
  const Str* s = cast<Str>(doc);
  std::string_view before = std::string_view(s->data).substr(0, byte_offset);
  auto pos = static_cast<int64_t>(str_index_of_offset(s, byte_offset));
  size_t last_newline = before.rfind('\n');
  int64_t lineno = 1;
  for (char c : before) lineno += c == '\n';
  int64_t colno = last_newline == std::string_view::npos
                      ? pos + 1
                      : pos - static_cast<int64_t>(str_index_of_offset(s, last_newline));
  Object error = make<ExceptionObject>(&json_decode_error_type, new_tuple({}));
  set_decode_error(error, new_str(msg), doc, Object::from_int(pos), Object::from_int(lineno), Object::from_int(colno));
  if (from_stop_iteration) {
    // raw_decode's `except StopIteration as err: raise JSONDecodeError(...)
    // from None`: the scanner's StopIteration(pos) is the context.
    Object stop = make<ExceptionObject>(&stop_iteration_type, new_tuple({Object::from_int(pos)}));
    if (Object handled = current_exception(); handled.is_bound()) cast<ExceptionObject>(stop)->context = handled;
    cast<ExceptionObject>(error)->suppress_context = true;
    HandlingScope scope(stop);
    raise(std::move(error));
  }
  raise(std::move(error));
}

namespace {

// The scanner's StopIteration(idx): no JSON value starts at `pos`.
struct NoValue {
  size_t pos;
};

bool is_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A hook given as something other than None.
bool given(const Object& hook) { return hook.is_bound() && !hook.is_none(); }

class Scanner {
 public:
  Scanner(const Object& doc, const JsonDecoderOptions& options)
      : doc_(doc), s_(cast<Str>(doc)->data), n_(s_.size()), options_(options) {
    // JSONDecoder: `parse_float or float` and the like; the C scanner
    // calls them only when they are not float and int themselves.
    auto custom = [](const Object& f, Type& builtin) {
      return f.is_bound() && truthy(f) && !(f.is_heap() && f.heap() == &builtin) ? f : Object();
    };
    parse_float_ = custom(options.parse_float, float_type);
    parse_int_ = custom(options.parse_int, int_type);
    if (options.parse_constant.is_bound() && truthy(options.parse_constant)) parse_constant_ = options.parse_constant;
  }

  // JSONDecoder.decode
  Object decode() {
    size_t end = 0;
    Object obj;
    try {
      obj = scan_once(skip_whitespace(0), end);
    } catch (const NoValue& e) {
      raise_json_decode_error("Expecting value", doc_, e.pos, true);
    }
    end = skip_whitespace(end);
    if (end != n_) fail("Extra data", end);
    return obj;
  }

 private:
  [[noreturn]] void fail(const char* msg, size_t pos) { raise_json_decode_error(msg, doc_, pos); }

  size_t skip_whitespace(size_t i) const {
    while (i < n_ && is_whitespace(s_[i])) ++i;
    return i;
  }
  bool at(size_t i, char c) const { return i < n_ && s_[i] == c; }
  bool matches(size_t i, const char* word) const {
    size_t len = std::strlen(word);
    return i + len <= n_ && s_.compare(i, len, word) == 0;
  }

  // scan_once_unicode: the value starting at `idx`; `next` is set past it.
  Object scan_once(size_t idx, size_t& next) {
    if (idx >= n_) throw NoValue{idx};
    switch (s_[idx]) {
      case '"':
        return scan_string(idx + 1, next);
      case '{': {
        JsonNesting nesting(depth_, " while decoding a JSON object from a unicode string");
        return parse_object(idx + 1, next);
      }
      case '[': {
        JsonNesting nesting(depth_, " while decoding a JSON array from a unicode string");
        return parse_array(idx + 1, next);
      }
      case 'n':
        if (matches(idx, "null")) {
          next = idx + 4;
          return None;
        }
        break;
      case 't':
        if (matches(idx, "true")) {
          next = idx + 4;
          return True;
        }
        break;
      case 'f':
        if (matches(idx, "false")) {
          next = idx + 5;
          return False;
        }
        break;
      case 'N':
        if (matches(idx, "NaN")) return constant("NaN", idx, next);
        break;
      case 'I':
        if (matches(idx, "Infinity")) return constant("Infinity", idx, next);
        break;
      case '-':
        if (matches(idx, "-Infinity")) return constant("-Infinity", idx, next);
        break;
      default:
        break;
    }
    return match_number(idx, next);
  }

  // parse_constant(name), by default _CONSTANTS[name].
  Object constant(const char* name, size_t idx, size_t& next) {
    next = idx + std::strlen(name);
    if (parse_constant_.is_bound()) return call(parse_constant_, {new_str(name)});
    if (name[0] == 'N') return Object::from_float(std::nan(""));
    return Object::from_float(name[0] == '-' ? -HUGE_VAL : HUGE_VAL);
  }

  // _match_number_unicode: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
  Object match_number(size_t start, size_t& next) {
    size_t idx = start;
    const size_t end_idx = n_ - 1;
    if (s_[idx] == '-') {
      if (++idx > end_idx) throw NoValue{start};
    }
    if (s_[idx] >= '1' && s_[idx] <= '9') {
      ++idx;
      while (idx <= end_idx && is_digit(s_[idx])) ++idx;
    } else if (s_[idx] == '0') {
      ++idx;
    } else {
      throw NoValue{start};
    }
    bool is_float = false;
    if (idx < end_idx && s_[idx] == '.' && is_digit(s_[idx + 1])) {
      is_float = true;
      idx += 2;
      while (idx <= end_idx && is_digit(s_[idx])) ++idx;
    }
    if (idx < end_idx && (s_[idx] == 'e' || s_[idx] == 'E')) {
      size_t e_start = idx++;
      if (idx < end_idx && (s_[idx] == '-' || s_[idx] == '+')) ++idx;
      while (idx <= end_idx && is_digit(s_[idx])) ++idx;
      if (is_digit(s_[idx - 1])) {
        is_float = true;
      } else {
        idx = e_start;  // not an exponent after all
      }
    }
    next = idx;
    std::string_view text = std::string_view(s_).substr(start, idx - start);
    const Object& custom = is_float ? parse_float_ : parse_int_;
    if (custom.is_bound()) return call(custom, {new_str(std::string(text))});
    if (is_float) {
      // float(text): strtod, as the runtime's float() reads a str.
      char small[64];
      std::string large;
      const char* c_text = small;
      if (text.size() < sizeof small) {
        text.copy(small, text.size());
        small[text.size()] = '\0';
      } else {
        large = text;
        c_text = large.c_str();
      }
      return Object::from_float(std::strtod(c_text, nullptr));
    }
    if (text.size() <= 18) {
      int64_t value = 0;
      for (char c : text) value = c == '-' ? value : value * 10 + (c - '0');
      return Object::from_int(text[0] == '-' ? -value : value);
    }
    return int_from_decimal(text);
  }

  // Four hex digits at s_[i..i+4), or -1.
  int hex4(size_t i) const {
    int value = 0;
    for (size_t k = i; k < i + 4; ++k) {
      char c = s_[k];
      int digit = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
      if (digit < 0) return -1;
      value = value << 4 | digit;
    }
    return value;
  }

  // scanstring_unicode: the string whose opening quote is before `end`.
  Object scan_string(size_t end, size_t& next_end) {
    const size_t begin = end - 1;
    std::string chunks;
    bool escaped = false;  // chunks holds the text (else it is s_[end, next))
    char32_t lone_surrogate = 0;  // the first \uXXXX surrogate without its pair
    while (true) {
      size_t next = end;
      for (; next < n_; ++next) {
        auto d = static_cast<unsigned char>(s_[next]);
        if (d == '"' || d == '\\') break;
        if (d <= 0x1F && options_.strict) fail("Invalid control character at", next);
      }
      if (next == n_) fail("Unterminated string starting at", begin);
      if (s_[next] == '"' && !escaped) {
        next_end = next + 1;
        return new_str(s_.substr(end, next - end));
      }
      chunks.append(s_, end, next - end);
      escaped = true;
      if (s_[next++] == '"') {
        if (lone_surrogate != 0) {
          raise_error(&not_implemented_error_type,
                      "yieldc does not support lone surrogates in str ('\\u{:04x}' in the string at char {})",
                      static_cast<uint32_t>(lone_surrogate), str_index_of_offset(cast<Str>(doc_), begin));
        }
        next_end = next;
        return new_str(std::move(chunks));
      }
      if (next == n_) fail("Unterminated string starting at", begin);
      char c = s_[next];
      if (c != 'u') {
        end = next + 1;
        switch (c) {
          case '"': case '\\': case '/': break;
          case 'b': c = '\b'; break;
          case 'f': c = '\f'; break;
          case 'n': c = '\n'; break;
          case 'r': c = '\r'; break;
          case 't': c = '\t'; break;
          default: fail("Invalid \\escape", end - 2);
        }
        chunks += c;
        continue;
      }
      ++next;
      end = next + 4;
      if (end >= n_) fail("Invalid \\uXXXX escape", next - 1);
      int unit = hex4(next);
      if (unit < 0) fail("Invalid \\uXXXX escape", end - 5);
      char32_t cp = static_cast<char32_t>(unit);
      // A high surrogate joins the \uXXXX low surrogate after it.
      if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < n_ && s_[end] == '\\' && s_[end + 1] == 'u') {
        int low = hex4(end + 2);
        if (low < 0) fail("Invalid \\uXXXX escape", end + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + (((cp - 0xD800) << 10) | static_cast<char32_t>(low - 0xDC00));
          end += 6;
        }
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        // Refused once the string has ended well (CPython would make it).
        if (lone_surrogate == 0) lone_surrogate = cp;
        continue;
      }
      unicode::append_utf8(chunks, cp);
    }
  }

  // A key: `memo.setdefault(key, key)`, so that equal keys of one document
  // are one str. A key without escapes is looked up before it is made.
  Object scan_key(size_t end, size_t& next) {
    size_t i = end;
    while (i < n_ && s_[i] != '"' && s_[i] != '\\' && static_cast<unsigned char>(s_[i]) > 0x1F) ++i;
    if (i < n_ && s_[i] == '"') {
      auto found = memo_.find(std::string_view(s_).substr(end, i - end));
      if (found != memo_.end()) {
        next = i + 1;
        return found->second;
      }
    }
    Object key = scan_string(end, next);
    auto [entry, added] = memo_.try_emplace(cast<Str>(key)->data, key);
    return added ? key : entry->second;
  }

  // _parse_object_unicode: after the '{' at idx - 1.
  Object parse_object(size_t idx, size_t& next) {
    bool pairs_hook = given(options_.object_pairs_hook);
    Object result = pairs_hook ? new_list({}) : new_dict();
    idx = skip_whitespace(idx);
    if (!at(idx, '}')) {
      while (true) {
        if (!at(idx, '"')) fail("Expecting property name enclosed in double quotes", idx);
        size_t after;
        Object key = scan_key(idx + 1, after);
        idx = skip_whitespace(after);
        if (!at(idx, ':')) fail("Expecting ':' delimiter", idx);
        idx = skip_whitespace(idx + 1);
        Object value = scan_once(idx, after);
        if (pairs_hook) {
          list_append(result, new_tuple({std::move(key), std::move(value)}));
        } else {
          dict_set(result, std::move(key), std::move(value));
        }
        idx = skip_whitespace(after);
        if (at(idx, '}')) break;
        if (!at(idx, ',')) fail("Expecting ',' delimiter", idx);
        idx = skip_whitespace(idx + 1);
      }
    }
    next = idx + 1;
    if (pairs_hook) return call(options_.object_pairs_hook, {result});
    if (given(options_.object_hook)) return call(options_.object_hook, {result});
    return result;
  }

  // _parse_array_unicode: after the '[' at idx - 1.
  Object parse_array(size_t idx, size_t& next) {
    Object result = new_list({});
    idx = skip_whitespace(idx);
    if (!at(idx, ']')) {
      while (true) {
        size_t after;
        list_append(result, scan_once(idx, after));
        idx = skip_whitespace(after);
        if (at(idx, ']')) break;
        if (!at(idx, ',')) fail("Expecting ',' delimiter", idx);
        idx = skip_whitespace(idx + 1);
      }
    }
    next = idx + 1;
    return result;
  }

  Object doc_;
  const std::string& s_;
  const size_t n_;
  const JsonDecoderOptions& options_;
  Object parse_float_, parse_int_, parse_constant_;  // unbound: the defaults
  // The keys seen so far, by their text (which the str object holds).
  std::unordered_map<std::string_view, Object> memo_;
  int depth_ = 0;
};

}  // namespace

Object json_decode(const Object& s, const JsonDecoderOptions& options) { return Scanner(s, options).decode(); }

}  // namespace py
