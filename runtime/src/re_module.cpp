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

void future_warning(const std::string& message) {
  const Frame* frame = frames::top;
  if (frame == nullptr) return;
  static auto* shown = new std::set<std::tuple<std::string, std::string, int>>;  // __warningregistry__
  if (!shown->emplace(message, frame->code->filename, frame->line).second) return;
  std::string out = fmt::format("{}:{}: FutureWarning: {}\n", frame->code->filename, frame->line, message);
  std::string text = source_line(frame->code->filename, frame->line);
  if (!text.empty()) out += "  " + text + "\n";
  std::fflush(stdout);
  std::fputs(out.c_str(), stderr);
}

void raise_re_error(const std::string& msg) { raise(make_error(&error_type, new_str(msg), None, -1, {})); }

namespace {

// ---------------------------------------------------------------- arguments

// Binds a call of one of re.py's functions (positional-or-keyword
// parameters, the last ones defaulted) with the messages CPython gives a
// Python function.
void bind_def(const Args& args, const char* name, std::initializer_list<const char*> names, size_t required,
              Object* out) {
  size_t n = names.size();
  if (args.npos > n) {
    std::string takes = required == n ? fmt::format("{} positional argument{}", n, n == 1 ? "" : "s")
                                      : fmt::format("from {} to {} positional arguments", required, n);
    py::raise_error(&type_error_type, "{}() takes {} but {} {} given", name, takes, args.npos,
                    args.npos == 1 ? "was" : "were");
  }
  for (size_t i = 0; i < args.npos; ++i) out[i] = args.pos[i];
  for (size_t k = 0; k < args.nkw; ++k) {
    size_t index = n;
    for (size_t i = 0; i < n; ++i) {
      if (std::strcmp(names.begin()[i], args.kw[k].name) == 0) index = i;
    }
    if (index == n) {
      py::raise_error(&type_error_type, "{}() got an unexpected keyword argument '{}'", name, args.kw[k].name);
    }
    if (out[index].is_bound()) {
      py::raise_error(&type_error_type, "{}() got multiple values for argument '{}'", name, args.kw[k].name);
    }
    out[index] = args.kw[k].value;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < required; ++i) {
    if (!out[i].is_bound()) missing.push_back(std::string("'") + names.begin()[i] + "'");
  }
  if (missing.empty()) return;
  std::string list;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) list += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
    list += missing[i];
  }
  py::raise_error(&type_error_type, "{}() missing {} required positional argument{}: {}", name, missing.size(),
                  missing.size() == 1 ? "" : "s", list);
}

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
  Object a[2];
  bind_def(args, "compile", {"pattern", "flags"}, 1, a);
  return compile_pattern(a[0], a[1]);
}

// pattern, string, flags=0 -> _compile(pattern, flags).<method>(string)
Object call_with_string(const Args& args, const char* name) {
  Object a[3];
  bind_def(args, name, {"pattern", "string", "flags"}, 2, a);
  return call_method(compile_pattern(a[0], a[2]), name, Args{a[1]});
}

Object re_search(const Args& args) { return call_with_string(args, "search"); }
Object re_match(const Args& args) { return call_with_string(args, "match"); }
Object re_fullmatch(const Args& args) { return call_with_string(args, "fullmatch"); }
Object re_findall(const Args& args) { return call_with_string(args, "findall"); }
Object re_finditer(const Args& args) { return call_with_string(args, "finditer"); }

Object re_split(const Args& args) {
  Object a[4];
  bind_def(args, "split", {"pattern", "string", "maxsplit", "flags"}, 2, a);
  Object maxsplit = a[2].is_bound() ? a[2] : Object::from_int(0);
  return call_method(compile_pattern(a[0], a[3]), "split", Args{a[1], maxsplit});
}

Object substitute(const Args& args, const char* name) {
  Object a[5];
  bind_def(args, name, {"pattern", "repl", "string", "count", "flags"}, 3, a);
  Object count = a[3].is_bound() ? a[3] : Object::from_int(0);
  return call_method(compile_pattern(a[0], a[4]), name, Args{a[1], a[2], count});
}

Object re_sub(const Args& args) { return substitute(args, "sub"); }
Object re_subn(const Args& args) { return substitute(args, "subn"); }

// template(pattern, flags=0): compile with re.TEMPLATE (deprecated).
Object re_template(const Args& args) {
  Object a[2];
  bind_def(args, "template", {"pattern", "flags"}, 1, a);
  return compile_pattern(a[0], Object::from_int(flags_value(a[1]) | kTemplate));
}

// escape(pattern): a backslash before each character in
// `()[]{}?*+-|^$\.&~# \t\n\r\v\f`.
Object re_escape(const Args& args) {
  Object a[1];
  bind_def(args, "escape", {"pattern"}, 1, a);
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
  bind_def(args, "purge", {}, 0, nullptr);
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
