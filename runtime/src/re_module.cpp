// The re module: compile, search, match, fullmatch, split, findall,
// finditer, sub, subn, escape, purge and template as CPython 3.11's
// Lib/re/__init__.py defines them (the module-level functions compile
// through the same cache of 512 patterns, oldest dropped first), the flag
// constants, re.error with its msg/pattern/pos/lineno/colno, and the
// Pattern and Match types. Matching itself is PCRE2's (re_pattern.cpp) on
// a translation of the pattern (re_parser.cpp).
//
// The flags are plain ints here: re.I is 2, where CPython's is a RegexFlag
// whose repr is `re.IGNORECASE` (values and arithmetic are the same).
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/frame.hpp"
#include "yieldc/function.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "modules_internal.hpp"
#include "re_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "traceback.hpp"

namespace py::re {

Type error_type("error", &exception_type);

namespace {

// An re.error (or a subclass) with its attributes; `args` is (full,).
Object new_error(Type* type, Object msg, Object pattern, Object pos, Object lineno, Object colno, Object full) {
  Object e = make<ExceptionObject>(type, new_tuple({std::move(full)}));
  auto* exception = cast<ExceptionObject>(e);
  exception->attrs.set("msg", msg);
  exception->attrs.set("pattern", pattern);
  exception->attrs.set("pos", pos);
  exception->attrs.set("lineno", lineno);
  exception->attrs.set("colno", colno);
  return e;
}

// error.__init__(msg, pattern=None, pos=None); `text` is the pattern's
// code points (for the line and column).
Object make_error(Type* type, const Object& msg, const Object& pattern, int64_t pos, std::u32string_view text) {
  if (pos < 0 || !pattern.is_bound() || pattern.is_none()) {
    return new_error(type, msg, pattern.is_bound() ? pattern : None, None, None, None, msg);
  }
  size_t end = std::min(static_cast<size_t>(pos), text.size());
  int64_t lineno = 1, last_newline = -1;
  for (size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++lineno;
      last_newline = static_cast<int64_t>(i);
    }
  }
  int64_t colno = pos - last_newline;
  std::string full = fmt::format("{} at position {}", py::str(msg), pos);
  if (text.find(U'\n') != std::u32string_view::npos) full += fmt::format(" (line {}, column {})", lineno, colno);
  return new_error(type, msg, pattern, Object::from_int(pos), Object::from_int(lineno), Object::from_int(colno),
                   new_str(std::move(full)));
}

std::u32string code_points_of(const Object& o) {
  if (is_str(o)) return decode_code_points(cast<Str>(o)->data);
  std::u32string text;
  if (is_bytes_like(o)) {
    for (unsigned char c : cast<Bytes>(o)->data) text += static_cast<char32_t>(c);
  }
  return text;
}

// re.error(msg, pattern=None, pos=None) called from a script.
Object construct_error(Type* type, const Args& args) {
  Object a[3];
  bind_args(args, "error", {"msg", "pattern", "pos"}, 1, a);
  Object pattern = a[1].is_bound() ? a[1] : None;
  bool positioned = !pattern.is_none() && a[2].is_bound() && !a[2].is_none();
  if (!positioned) return new_error(type, a[0], pattern, a[2].is_bound() ? a[2] : None, None, None, a[0]);
  return make_error(type, a[0], pattern, ssize_argument(a[2]), code_points_of(pattern));
}

}  // namespace

void raise_re_error(const std::string& msg, const Object& pattern, int64_t pos, std::u32string_view text) {
  raise(make_error(&error_type, new_str(msg), pattern, pos, text));
}

void future_warning(const std::string& message) { warn_caller("FutureWarning", message); }

void raise_re_error(const std::string& msg) { raise(make_error(&error_type, new_str(msg), None, -1, {})); }

namespace {

// ---------------------------------------------------------------- arguments

// One of re.py's functions as the runtime's binder for Python functions
// sees it (so a bad call gets CPython's `search() missing 1 required
// positional argument: 'string'`): positional-or-keyword parameters, the
// last ones defaulted to 0.
class Def {
 public:
  Def(const char* name, std::vector<const char*> names, size_t defaults)
      : names_(std::move(names)),
        signature_{name, names_.data(), 0, static_cast<uint32_t>(names_.size()), 0, nullptr, nullptr},
        function_(new Function(&signature_, nullptr)) {  // immortal, never called
    function_->defaults.assign(defaults, Object::from_int(0));
  }
  Def(const Def&) = delete;
  Def& operator=(const Def&) = delete;

  // Fills names().size() slots.
  void bind(const Args& args, Object* slots) const { bind_arguments(*function_, args, slots); }

 private:
  std::vector<const char*> names_;
  Signature signature_;
  Function* function_;
};

// ---------------------------------------------------------------- the cache

struct CacheKey {
  bool is_bytes;
  std::string pattern;
  int64_t flags;
  bool operator<(const CacheKey& o) const {
    return std::tie(is_bytes, pattern, flags) < std::tie(o.is_bytes, o.pattern, o.flags);
  }
};

constexpr size_t kMaxCache = 512;  // re._MAXCACHE

struct Cache {
  std::map<CacheKey, Object> patterns;
  std::deque<CacheKey> order;  // oldest first
};
Cache& cache() {
  static auto* c = new Cache;  // immortal
  return *c;
}

int64_t flags_value(const Object& flags) {
  if (!flags.is_bound()) return 0;
  if (flags.is_small_int() || flags.is_bool()) return flags.as_small_int();
  py::hash(flags);  // the cache key: an unhashable flags fails there first
  if (is_int(flags)) py::raise_error(&overflow_error_type, "Python int too large to convert to C int");
  py::raise_error(&type_error_type, "unsupported operand type(s) for &: '{}' and 'RegexFlag'", flags.type()->name());
}

// re._compile(pattern, flags)
Object compile_pattern(const Object& pattern, const Object& flags) {
  py::hash(pattern);  // the cache key: an unhashable pattern fails there first
  int64_t value = flags_value(flags);
  if (pattern.is_heap() && pattern.heap()->type() == &pattern_type) {
    if (value != 0) py::raise_error(&value_error_type, "cannot process flags argument with a compiled pattern");
    return pattern;
  }
  if (!is_str(pattern) && !is_bytes(pattern)) {
    py::raise_error(&type_error_type, "first argument must be string or compiled pattern");
  }
  CacheKey key{!is_str(pattern), is_str(pattern) ? cast<Str>(pattern)->data : cast<Bytes>(pattern)->data, value};
  Cache& c = cache();
  if (auto found = c.patterns.find(key); found != c.patterns.end()) return found->second;
  Object compiled = make<Pattern>(pattern, parse_pattern(pattern, static_cast<uint32_t>(value)));
  if (!(value & kDebug)) {
    if (c.order.size() >= kMaxCache) {
      c.patterns.erase(c.order.front());
      c.order.pop_front();
    }
    c.order.push_back(key);
    c.patterns.emplace(std::move(key), compiled);
  }
  return compiled;
}

// ---------------------------------------------------------------- functions

Object re_compile(const Args& args) {
  static const Def def("compile", {"pattern", "flags"}, 1);
  Object a[2];
  def.bind(args, a);
  return compile_pattern(a[0], a[1]);
}

// pattern, string, flags=0 -> _compile(pattern, flags).<method>(string)
Object call_with_string(const Args& args, const Def& def, const char* name) {
  Object a[3];
  def.bind(args, a);
  return call_method(compile_pattern(a[0], a[2]), name, Args{a[1]});
}

Object re_search(const Args& args) {
  static const Def def("search", {"pattern", "string", "flags"}, 1);
  return call_with_string(args, def, "search");
}
Object re_match(const Args& args) {
  static const Def def("match", {"pattern", "string", "flags"}, 1);
  return call_with_string(args, def, "match");
}
Object re_fullmatch(const Args& args) {
  static const Def def("fullmatch", {"pattern", "string", "flags"}, 1);
  return call_with_string(args, def, "fullmatch");
}
Object re_findall(const Args& args) {
  static const Def def("findall", {"pattern", "string", "flags"}, 1);
  return call_with_string(args, def, "findall");
}
Object re_finditer(const Args& args) {
  static const Def def("finditer", {"pattern", "string", "flags"}, 1);
  return call_with_string(args, def, "finditer");
}

Object re_split(const Args& args) {
  static const Def def("split", {"pattern", "string", "maxsplit", "flags"}, 2);
  Object a[4];
  def.bind(args, a);
  return call_method(compile_pattern(a[0], a[3]), "split", Args{a[1], a[2]});
}

Object substitute(const Args& args, const Def& def, const char* name) {
  Object a[5];
  def.bind(args, a);
  return call_method(compile_pattern(a[0], a[4]), name, Args{a[1], a[2], a[3]});
}

Object re_sub(const Args& args) {
  static const Def def("sub", {"pattern", "repl", "string", "count", "flags"}, 2);
  return substitute(args, def, "sub");
}
Object re_subn(const Args& args) {
  static const Def def("subn", {"pattern", "repl", "string", "count", "flags"}, 2);
  return substitute(args, def, "subn");
}

// template(pattern, flags=0): compile with re.TEMPLATE (deprecated).
Object re_template(const Args& args) {
  static const Def def("template", {"pattern", "flags"}, 1);
  Object a[2];
  def.bind(args, a);
  return compile_pattern(a[0], Object::from_int(flags_value(a[1]) | kTemplate));
}

// escape(pattern): a backslash before each character in
// `()[]{}?*+-|^$\.&~# \t\n\r\v\f`.
Object re_escape(const Args& args) {
  static const Def def("escape", {"pattern"}, 0);
  Object a[1];
  def.bind(args, a);
  const Object& pattern = a[0];
  if (!is_str(pattern) && !is_bytes_like(pattern)) {
    py::raise_error(&type_error_type, "decoding to str: need a bytes-like object, {} found", pattern.type()->name());
  }
  static constexpr std::string_view kSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  const std::string& data = is_str(pattern) ? cast<Str>(pattern)->data : cast<Bytes>(pattern)->data;
  std::string out;
  out.reserve(data.size());
  for (char c : data) {
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return is_str(pattern) ? new_str(std::move(out)) : new_bytes(std::move(out));
}

Object re_purge(const Args& args) {
  static const Def def("purge", {}, 0);
  def.bind(args, nullptr);
  cache().patterns.clear();
  cache().order.clear();
  return None;
}

const BuiltinFunctionDef compile_def{"compile", re_compile};
const BuiltinFunctionDef search_def{"search", re_search};
const BuiltinFunctionDef match_def{"match", re_match};
const BuiltinFunctionDef fullmatch_def{"fullmatch", re_fullmatch};
const BuiltinFunctionDef findall_def{"findall", re_findall};
const BuiltinFunctionDef finditer_def{"finditer", re_finditer};
const BuiltinFunctionDef split_def{"split", re_split};
const BuiltinFunctionDef sub_def{"sub", re_sub};
const BuiltinFunctionDef subn_def{"subn", re_subn};
const BuiltinFunctionDef template_def{"template", re_template};
const BuiltinFunctionDef escape_def{"escape", re_escape};
const BuiltinFunctionDef purge_def{"purge", re_purge};

}  // namespace

}  // namespace py::re

namespace py {

void init_re_module(Module& module) {
  using namespace re;
  for (const BuiltinFunctionDef* def : {&compile_def, &search_def, &match_def, &fullmatch_def, &findall_def,
                                        &finditer_def, &split_def, &sub_def, &subn_def, &template_def, &escape_def,
                                        &purge_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
  static const std::pair<const char*, int64_t> kFlags[] = {
      {"NOFLAG", 0},          {"A", kAscii},       {"ASCII", kAscii},         {"DEBUG", kDebug},
      {"I", kIgnoreCase},     {"IGNORECASE", kIgnoreCase}, {"L", kLocale},    {"LOCALE", kLocale},
      {"M", kMultiline},      {"MULTILINE", kMultiline},   {"S", kDotAll},    {"DOTALL", kDotAll},
      {"T", kTemplate},       {"TEMPLATE", kTemplate},     {"U", kUnicode},   {"UNICODE", kUnicode},
      {"X", kVerbose},        {"VERBOSE", kVerbose},
  };
  for (auto [name, value] : kFlags) module.attrs.set(name, Object::from_int(value));
  for (Type* type : {&error_type, &pattern_type, &match_type}) type->set_module("re");
  error_type.set_constructor(construct_error);
  module.attrs.set("error", type_object(error_type));
  module.attrs.set("Pattern", type_object(pattern_type));
  module.attrs.set("Match", type_object(match_type));
}

}  // namespace py
