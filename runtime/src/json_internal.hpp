// What the json module's files share: the encoder's and the decoder's
// options as CPython's JSONEncoder and JSONDecoder hold them, the two
// engines (json_encoder.cpp, json_decoder.cpp) and json.JSONDecodeError.
// json_module.cpp binds the arguments of dumps/dump/loads/load to these.
#pragma once

#include <cstddef>
#include <string>

#include "yieldc/call.hpp"
#include "yieldc/frame.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

// json.decoder.JSONDecodeError, a ValueError.
extern Type json_decode_error_type;

// _Py_EnterRecursiveCall around each nested container (and each call of
// `default`) of the encoder and the scanner: nesting past the recursion
// limit raises RecursionError `maximum recursion depth exceeded` + `where`
// (` while encoding a JSON object`, ...). The count is CPython 3.11's: the
// running Python frames, the three frames of json's Python code under the
// C one (dumps, encode, iterencode; loads, decode, raw_decode) and one per
// level.
class JsonNesting {
 public:
  JsonNesting(int& depth, const char* where) : depth_(depth) {
    constexpr int kJsonFrames = 3;
    int running = frames::top != nullptr ? frames::top->depth : 0;
    if (running + kJsonFrames + ++depth_ >= frames::recursion_limit ||
        reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < frames::stack_floor) {
      --depth_;
      raise_too_deep(where);
    }
  }
  ~JsonNesting() { --depth_; }
  JsonNesting(const JsonNesting&) = delete;
  JsonNesting& operator=(const JsonNesting&) = delete;

 private:
  [[noreturn]] static void raise_too_deep(const char* where);
  int& depth_;
};

// JSONDecodeError(msg, doc, pos) called from Python (the constructor hook
// of the type).
Object json_decode_error_construct(Type* type, const Args& args);

// A JSONEncoder's settings. There are two encoders in CPython and their
// messages differ: _json's C encoder (dumps without indent) and
// encoder.py's _make_iterencode (dumps with an indent, and every dump):
// `python_encoder` says which one to follow.
struct JsonEncoderOptions {
  bool skipkeys = false;
  bool ensure_ascii = true;
  bool check_circular = true;
  bool allow_nan = true;
  bool sort_keys = false;
  bool indented = false;
  std::string indent;  // one level of indentation, when `indented`
  std::string item_separator = ", ";
  std::string key_separator = ": ";
  Object default_function;  // unbound: JSONEncoder.default's TypeError
  bool python_encoder = false;
};

// Encodes `obj`. With `fp` unbound the result is the JSON text (dumps);
// else every chunk encoder.py's generators yield goes to fp.write(chunk)
// as it is made (dump), and the result is None.
Object json_encode(const Object& obj, const JsonEncoderOptions& options, const Object& fp);

// encode_basestring_ascii / encode_basestring of a str's UTF-8 text,
// appended to `out` with its quotes.
void json_append_string(std::string& out, const std::string& utf8, bool ensure_ascii);

// A JSONDecoder's settings: unbound or None hooks are the defaults.
struct JsonDecoderOptions {
  bool strict = true;
  Object object_hook;
  Object object_pairs_hook;
  Object parse_float;
  Object parse_int;
  Object parse_constant;
};

// JSONDecoder.decode(s) for a str `s`.
Object json_decode(const Object& s, const JsonDecoderOptions& options);

// Raises JSONDecodeError(msg, doc, pos) for a str `doc`, with `pos` the
// byte offset in its UTF-8 text (reported in code points, as CPython's);
// `from_stop_iteration` for "Expecting value", which CPython raises from
// the scanner's StopIteration.
[[noreturn]] void raise_json_decode_error(const char* msg, const Object& doc, size_t byte_offset,
                                          bool from_stop_iteration = false);

}  // namespace py
