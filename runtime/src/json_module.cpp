// The json module: dumps, dump, loads, load and JSONDecodeError, with the
// signatures and the argument handling of CPython 3.11's
// Lib/json/__init__.py: keyword-only options, **kw passed on to the
// encoder or decoder class (`JSONEncoder.__init__() got an unexpected
// keyword argument 'x'`), `cls` called as CPython calls it, separators
// unpacked as `item_separator, key_separator = separators`, indent made
// `' ' * indent` unless it is a str, bytes decoded after detect_encoding.
// The encoding and decoding themselves are json_encoder.cpp's and
// json_decoder.cpp's.
#include <string>
#include <string_view>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "json_internal.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// The encoder options of dumps and dump after `obj` (and `fp`), in
// signature order, then the **kw dict.
enum EncoderSlot { kSkipkeys, kEnsureAscii, kCheckCircular, kAllowNan, kCls, kIndent, kSeparators, kDefault,
                   kSortKeys, kEncoderKw, kEncoderSlots };
constexpr const char* kEncoderNames[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                         "indent",   "separators",   "default",        "sort_keys"};

// The decoder options of loads and load after `s` (or `fp`), then **kw.
enum DecoderSlot { kDecoderCls, kObjectHook, kParseFloat, kParseInt, kParseConstant, kObjectPairsHook, kDecoderKw,
                   kDecoderSlots };

// Keyword arguments for a call: literal names, or the str keys of a
// **kw dict, which `keep` holds while their text names the arguments.
struct KeywordCall {
  std::vector<Object> keep;
  std::vector<KwArg> kw;
  void add(const char* name, const Object& value) { kw.push_back({name, value}); }
  void add_dict(const Object& dict) {
    size_t pos = 0;
    Object key, value;
    while (dict_next(dict, pos, key, value)) {
      keep.push_back(key);
      kw.push_back({cast<Str>(key)->data.c_str(), value});
    }
  }
  Args args() const { return Args(nullptr, 0, kw.data(), kw.size()); }
};

// The first key of a non-empty **kw, for the unexpected-keyword error.
[[noreturn]] void raise_unexpected_keyword(const char* function, const Object& kw) {
  size_t pos = 0;
  Object key, value;
  dict_next(kw, pos, key, value);
  raise_error(&type_error_type, "{}() got an unexpected keyword argument '{}'", function, cast<Str>(key)->data);
}

// `cls(skipkeys=skipkeys, ..., sort_keys=sort_keys, **kw)`
Object custom_encoder(const Object* o) {
  KeywordCall call_kw;
  for (int slot : {kSkipkeys, kEnsureAscii, kCheckCircular, kAllowNan, kIndent, kSeparators, kDefault, kSortKeys}) {
    call_kw.add(kEncoderNames[slot], o[slot]);
  }
  call_kw.add_dict(o[kEncoderKw]);
  return call(o[kCls], call_kw.args());
}

// A JSONEncoder made from dumps' or dump's options: its __init__'s work
// (the separators unpacked as `item_separator, key_separator = separators`)
// and then, in finish(), iterencode's (indent made `' ' * indent` unless it
// is a str; the separators checked as c_make_encoder's "U" arguments,
// where encoder.py would fail later on concatenating them).
class EncoderSetup {
 public:
  explicit EncoderSetup(const Object* o) : o_(o) {
    if (cast<Dict>(o[kEncoderKw])->size() != 0) raise_unexpected_keyword("JSONEncoder.__init__", o[kEncoderKw]);
    options.skipkeys = truthy(o[kSkipkeys]);
    options.ensure_ascii = truthy(o[kEnsureAscii]);
    options.check_circular = truthy(o[kCheckCircular]);
    options.allow_nan = truthy(o[kAllowNan]);
    options.sort_keys = truthy(o[kSortKeys]);
    if (!o[kSeparators].is_none()) {
      Object parts[2];
      unpack(o[kSeparators], parts, 2);
      item_separator_ = parts[0];
      key_separator_ = parts[1];
    } else if (!o[kIndent].is_none()) {
      item_separator_ = new_str(",");
    }
    if (!o[kDefault].is_none()) options.default_function = o[kDefault];
  }

  // `python_encoder`: encoder.py's generators do the work (an indent, or dump).
  const JsonEncoderOptions& finish(bool python_encoder) {
    options.python_encoder = python_encoder;
    if (const Object& indent = o_[kIndent]; !indent.is_none()) {
      options.indented = true;
      options.indent = py::str(is_str(indent) ? indent : mul(new_str(" "), indent));
    }
    options.key_separator = separator_text(key_separator_, 5);
    options.item_separator = separator_text(item_separator_, 6);
    return options;
  }

  JsonEncoderOptions options;

 private:
  static const std::string& separator_text(const Object& separator, int argument) {
    if (!is_str(separator)) {
      raise_error(&type_error_type, "make_encoder() argument {} must be str, not {}", argument,
                  separator.type()->name());
    }
    return cast<Str>(separator)->data;
  }

  const Object* o_;
  Object item_separator_ = new_str(", ");
  Object key_separator_ = new_str(": ");
};

Object json_dumps(const Args& args) {
  static const PythonParameters params("dumps",
                                       {"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                        "indent", "separators", "default", "sort_keys"},
                                       9, {}, {False, True, True, True, None, None, None, None, False}, "kw");
  Object slots[1 + kEncoderSlots];
  params.bind(args, slots);
  const Object& obj = slots[0];
  const Object* o = slots + 1;
  if (!o[kCls].is_none()) return call_method(custom_encoder(o), "encode", {obj});
  EncoderSetup encoder(o);
  // JSONEncoder.encode's shortcut for a str.
  if (is_str(obj)) {
    std::string out;
    json_append_string(out, cast<Str>(obj)->data, encoder.options.ensure_ascii);
    return new_str(std::move(out));
  }
  return json_encode(obj, encoder.finish(!o[kIndent].is_none()), Object());
}

Object json_dump(const Args& args) {
  static const PythonParameters params("dump",
                                       {"obj", "fp", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
                                        "indent", "separators", "default", "sort_keys"},
                                       9, {}, {False, True, True, True, None, None, None, None, False}, "kw");
  Object slots[2 + kEncoderSlots];
  params.bind(args, slots);
  const Object& obj = slots[0];
  const Object& fp = slots[1];
  const Object* o = slots + 2;
  if (!o[kCls].is_none()) {
    // for chunk in cls(...).iterencode(obj): fp.write(chunk)
    Object chunks = iter(call_method(custom_encoder(o), "iterencode", {obj}));
    Object chunk;
    while (next(chunks, chunk)) call_method(fp, "write", {chunk});
    return None;
  }
  EncoderSetup encoder(o);
  return json_encode(obj, encoder.finish(true), fp);
}

// detect_encoding(b): the encoding a JSON text in bytes is in, by its BOM
// or the pattern of zero bytes the first characters make.
const char* detect_encoding(std::string_view b) {
  auto starts = [&](std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xfe\xff"sv) || starts("\xff\xfe\x00\x00"sv)) return "utf-32";
  if (starts("\xfe\xff"sv) || starts("\xff\xfe"sv)) return "utf-16";
  if (starts("\xef\xbb\xbf"sv)) return "utf-8-sig";
  if (b.size() >= 4) {
    if (b[0] == 0) return b[1] ? "utf-16-be" : "utf-32-be";
    if (b[1] == 0) return b[2] || b[3] ? "utf-16-le" : "utf-32-le";
  } else if (b.size() == 2) {
    if (b[0] == 0) return "utf-16-be";
    if (b[1] == 0) return "utf-16-le";
  }
  return "utf-8";
}

// loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
//       parse_constant=None, object_pairs_hook=None, **kw), `s` bound.
Object loads_with(Object s, const Object* o) {
  if (is_str(s)) {
    if (cast<Str>(s)->data.rfind("\xef\xbb\xbf", 0) == 0) {
      raise_json_decode_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
    }
  } else if (is_bytes_like(s)) {
    std::string_view data = cast<Bytes>(s)->data;
    std::string_view encoding = detect_encoding(data);
    // utf-8 with 'surrogatepass' decodes what strict does: a str holds no
    // surrogates here.
    if (encoding == "utf-8-sig") {
      s = decode_bytes(data.substr(3), "utf-8", "strict");
    } else if (encoding == "utf-8") {
      s = decode_bytes(data, "utf-8", "strict");
    } else {
      s = decode_bytes(data, encoding, "surrogatepass");
    }
  } else {
    raise_error(&type_error_type, "the JSON object must be str, bytes or bytearray, not {}", s.type()->name());
  }
  const Object& kw = o[kDecoderKw];
  if (!o[kDecoderCls].is_none()) {
    // cls(**kw).decode(s), the hooks given added to kw.
    KeywordCall call_kw;
    call_kw.add_dict(kw);
    constexpr std::pair<int, const char*> kHooks[] = {{kObjectHook, "object_hook"},
                                                      {kObjectPairsHook, "object_pairs_hook"},
                                                      {kParseFloat, "parse_float"},
                                                      {kParseInt, "parse_int"},
                                                      {kParseConstant, "parse_constant"}};
    for (const auto& [slot, name] : kHooks) {
      if (!o[slot].is_none()) call_kw.add(name, o[slot]);
    }
    return call_method(call(o[kDecoderCls], call_kw.args()), "decode", {s});
  }
  JsonDecoderOptions options;
  size_t pos = 0;
  Object key, value;
  while (dict_next(kw, pos, key, value)) {
    if (cast<Str>(key)->data != "strict") {
      raise_error(&type_error_type, "JSONDecoder.__init__() got an unexpected keyword argument '{}'",
                  cast<Str>(key)->data);
    }
    options.strict = truthy(value);
  }
  options.object_hook = o[kObjectHook];
  options.object_pairs_hook = o[kObjectPairsHook];
  options.parse_float = o[kParseFloat];
  options.parse_int = o[kParseInt];
  options.parse_constant = o[kParseConstant];
  return json_decode(s, options);
}

Object json_loads(const Args& args) {
  static const PythonParameters params(
      "loads", {"s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}, 6, {},
      {None, None, None, None, None, None}, "kw");
  Object slots[1 + kDecoderSlots];
  params.bind(args, slots);
  return loads_with(slots[0], slots + 1);
}

Object json_load(const Args& args) {
  static const PythonParameters params(
      "load", {"fp", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"}, 6, {},
      {None, None, None, None, None, None}, "kw");
  Object slots[1 + kDecoderSlots];
  params.bind(args, slots);
  return loads_with(call_method(slots[0], "read", Args{}), slots + 1);
}

const BuiltinFunctionDef dumps_def{"dumps", json_dumps};
const BuiltinFunctionDef dump_def{"dump", json_dump};
const BuiltinFunctionDef loads_def{"loads", json_loads};
const BuiltinFunctionDef load_def{"load", json_load};

}  // namespace

void init_json_module(Module& module) {
  json_decode_error_type.set_module("json.decoder");
  json_decode_error_type.set_constructor(json_decode_error_construct);
  for (const BuiltinFunctionDef* def : {&dump_def, &dumps_def, &load_def, &loads_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
  module.attrs.set("JSONDecodeError", type_object(json_decode_error_type));
}

}  // namespace py
