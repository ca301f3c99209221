// re.Pattern: a pattern compiled by PCRE2 (with its JIT where the platform
// has one), and the methods that run it — match, fullmatch, search,
// findall, finditer (a lazy iterator), sub, subn and split — with the
// loops of CPython 3.11's Modules/_sre/sre.c, so empty matches are found,
// skipped and substituted exactly where SRE finds them: after an empty
// match, the next one may not be empty at the same place
// (PCRE2_NOTEMPTY_ATSTART is SRE's must_advance). Also the subjects
// matched against, with the code-point index <-> byte offset mapping of
// non-ASCII strs.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/function.hpp"
#include "yieldc/ops.hpp"
#include "re_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py::re {

Type scanner_iterator_type("callable_iterator", &object_type);

// ---------------------------------------------------------------- subjects

CodePointIndex::CodePointIndex(std::string_view utf8) : text_(utf8) {
  size_t count = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (unicode::is_continuation(c)) continue;
    if (count % kStep == 0) marks_.push_back(i);
    ++count;
    // U+D800..U+DFFF encode as ED A0..BF xx.
    if (c == 0xED && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0xA0) surrogates_ = true;
  }
  length_ = count;
}

size_t CodePointIndex::byte_offset(size_t index) const {
  if (index >= length_) return text_.size();
  size_t pos = marks_[index / kStep];
  for (size_t k = index % kStep; k > 0; --k) {
    pos += unicode::utf8_sequence_length(static_cast<unsigned char>(text_[pos]));
  }
  return pos;
}

size_t CodePointIndex::index_of(size_t offset) const {
  auto mark = std::upper_bound(marks_.begin(), marks_.end(), offset);
  if (mark == marks_.begin()) return 0;
  --mark;
  size_t index = static_cast<size_t>(mark - marks_.begin()) * kStep;
  for (size_t pos = *mark; pos < offset; ++index) {
    pos += unicode::utf8_sequence_length(static_cast<unsigned char>(text_[pos]));
  }
  return index;
}

namespace {

// The indexes of the last few non-ASCII strs matched against, so that a
// loop of p.match(text, pos) over one text builds its index once. Each
// entry holds its str (so the pointer cannot be reused meanwhile).
std::shared_ptr<const CodePointIndex> code_point_index(const Object& str) {
  struct Entry {
    Object str;
    std::shared_ptr<const CodePointIndex> index;
  };
  constexpr size_t kEntries = 4;
  static auto* entries = new Entry[kEntries];  // immortal
  static size_t next_slot = 0;
  for (size_t i = 0; i < kEntries; ++i) {
    if (entries[i].str.is(str)) return entries[i].index;
  }
  Entry& entry = entries[next_slot];
  next_slot = (next_slot + 1) % kEntries;
  entry.str = str;
  entry.index = std::make_shared<const CodePointIndex>(cast<Str>(str)->data);
  return entry.index;
}

}  // namespace

Subject make_subject(const Object& string, bool pattern_is_bytes) {
  Subject s;
  s.string = string;
  if (is_str(string)) {
    if (pattern_is_bytes) py::raise_error(&type_error_type, "cannot use a bytes pattern on a string-like object");
    auto* str = cast<Str>(string);
    s.owner = string;
    s.length = str->len();
    if (!str->is_ascii()) s.index = code_point_index(string);
    s.data = str->data.data();
    s.size = str->data.size();
    return s;
  }
  if (is_bytes_like(string)) {
    if (!pattern_is_bytes) py::raise_error(&type_error_type, "cannot use a string pattern on a bytes-like object");
    // A bytearray is matched as it is now (CPython's buffer export stops
    // it from being resized meanwhile; a copy does as well).
    s.owner = is_bytes(string) ? string : new_bytes(cast<Bytes>(string)->data);
    s.is_bytes = true;
    s.data = cast<Bytes>(s.owner)->data.data();
    s.size = s.length = cast<Bytes>(s.owner)->data.size();
    return s;
  }
  py::raise_error(&type_error_type, "expected string or bytes-like object, got '{}'", string.type()->name());
}

Object Subject::slice(size_t begin, size_t end) const {
  if (begin == 0 && end == size && (is_str(string) || py::is_bytes(string))) return string;
  std::string part(data + begin, end - begin);
  return is_bytes ? new_bytes(std::move(part)) : new_str(std::move(part));
}

void bind_clinic(const Args& args, const char* name, std::initializer_list<const char*> names, size_t required,
                 Object* out) {
  if (args.npos + args.nkw <= names.size()) {
    for (size_t i = args.npos; i < required; ++i) {
      const char* parameter = names.begin()[i];
      bool given = false;
      for (size_t k = 0; k < args.nkw; ++k) given |= std::strcmp(args.kw[k].name, parameter) == 0;
      if (!given) {
        py::raise_error(&type_error_type, "{}() missing required argument '{}' (pos {})", name, parameter, i + 1);
      }
    }
  }
  bind_args(args, name, names, required, out);
}

namespace {

// pos/endpos of match(), search(), findall()...: CPython clamps them to
// [0, len(string)].
size_t clamp_index(const Object& value, size_t length, size_t fallback) {
  if (!value.is_bound()) return fallback;
  int64_t i = ssize_argument(value);
  if (i < 0) return 0;
  return static_cast<size_t>(i) > length ? length : static_cast<size_t>(i);
}

}  // namespace

// ---------------------------------------------------------------- PCRE2

namespace {

pcre2_compile_context* compile_context() {
  static pcre2_compile_context* context = [] {
    pcre2_compile_context* c = pcre2_compile_context_create(nullptr);
    pcre2_set_newline(c, PCRE2_NEWLINE_LF);
    // SRE nests groups as deep as Python's recursion limit lets its parser go.
    pcre2_set_parens_nest_limit(c, 1000);
    return c;
  }();
  return context;
}

// SRE backtracks for as long as it takes, so PCRE2's match limit is lifted;
// the JIT gets a stack that grows up to 64 MB.
pcre2_match_context* match_context() {
  static pcre2_match_context* context = [] {
    pcre2_match_context* c = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(c, UINT32_MAX);
    pcre2_jit_stack* stack = pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, nullptr);
    if (stack) pcre2_jit_stack_assign(c, nullptr, stack);
    return c;
  }();
  return context;
}

std::string pcre2_message(int code) {
  PCRE2_UCHAR buffer[256];
  if (pcre2_get_error_message(code, buffer, sizeof buffer) < 0) return fmt::format("PCRE2 error {}", code);
  return reinterpret_cast<const char*>(buffer);
}

}  // namespace

Pattern::Pattern(Object source, ParsedPattern parsed)
    : HeapObject(&pattern_type),
      source(std::move(source)),
      flags(parsed.flags),
      groups(parsed.groups),
      is_bytes(!is_str(this->source)),
      names(std::move(parsed.names)),
      parents(std::move(parsed.parents)),
      pcre_(std::move(parsed.pcre)) {
  options_ = PCRE2_ALT_CIRCUMFLEX;  // a multiline ^ also matches after a final \n, as SRE's
  if (!is_bytes) {
    options_ |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
    if (!(flags & kAscii)) options_ |= PCRE2_UCP;
  }
  if (flags & kIgnoreCase) options_ |= PCRE2_CASELESS;
  if (flags & kMultiline) options_ |= PCRE2_MULTILINE;
  if (flags & kDotAll) options_ |= PCRE2_DOTALL;
  code_for(Mode::Search);  // raises now if PCRE2 rejects the translation
}

Pattern::~Pattern() {
  for (pcre2_code* code : codes_) pcre2_code_free(code);
  pcre2_match_data_free(match_data_);
}

// match() and fullmatch() are compiled anchored (PCRE2's JIT does not take
// the anchoring options at match time).
pcre2_code* Pattern::code_for(Mode mode) {
  pcre2_code*& code = codes_[static_cast<int>(mode)];
  if (code) return code;
  uint32_t options = options_;
  if (mode != Mode::Search) options |= PCRE2_ANCHORED;
  if (mode == Mode::FullMatch) options |= PCRE2_ENDANCHORED;
  int error = 0;
  PCRE2_SIZE offset = 0;
  code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pcre_.data()), pcre_.size(), options, &error, &offset,
                       compile_context());
  if (!code) raise_re_error("yieldc's re could not compile this pattern with PCRE2: " + pcre2_message(error));
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // without a JIT, the interpreter runs it
  if (!match_data_) match_data_ = pcre2_match_data_create_from_pattern(code, nullptr);
  return code;
}

bool Pattern::exec(const Subject& subject, size_t start, size_t end, Mode mode, bool not_empty_at_start,
                   std::vector<size_t>& offsets) {
  if (start > end) return false;
  pcre2_code* code = code_for(mode);
  uint32_t options = not_empty_at_start ? PCRE2_NOTEMPTY_ATSTART : 0;
  // A str is valid UTF-8 (lone surrogates aside, which PCRE2 then reports).
  if (!subject.is_bytes && !(subject.index && subject.index->has_surrogates())) options |= PCRE2_NO_UTF_CHECK;
  auto text = reinterpret_cast<PCRE2_SPTR>(subject.data);
  int rc = pcre2_match(code, text, end, start, options, match_data_, match_context());
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
    rc = pcre2_match(code, text, end, start, options | PCRE2_NO_JIT, match_data_, match_context());
  }
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  if (rc < 0) {
    if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) {
      py::raise_error(&value_error_type, "yieldc's re cannot match a str with lone surrogates");
    }
    py::raise_error(&runtime_error_type, "regular expression matching failed: {}", pcre2_message(rc));
  }
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match_data_);
  offsets.assign(ovector, ovector + 2 * (groups + 1));
  return true;
}

int64_t Pattern::group_of(const Object& name) const {
  if (!is_str(name)) return -1;
  const std::string& key = cast<Str>(name)->data;
  for (const auto& [n, gid] : names) {
    if (n == key) return static_cast<int64_t>(gid);
  }
  return -1;
}

namespace {

// The first `n` code points of `utf8` (%.200R and %.50R of CPython).
std::string truncate_chars(const std::string& utf8, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (unicode::is_continuation(static_cast<unsigned char>(utf8[i]))) continue;
    if (count++ == n) return utf8.substr(0, i);
  }
  return utf8;
}

}  // namespace

std::string Pattern::repr() const {
  std::string text = "re.compile(" + truncate_chars(py::repr(source), 200);
  uint32_t shown = flags;
  // re.UNICODE goes without saying for a str pattern.
  if (!is_bytes && (shown & (kLocale | kUnicode | kAscii)) == kUnicode) shown &= ~kUnicode;
  if (shown == 0) return text + ")";
  static const std::pair<const char*, uint32_t> kNames[] = {
      {"re.TEMPLATE", kTemplate}, {"re.IGNORECASE", kIgnoreCase}, {"re.LOCALE", kLocale},
      {"re.MULTILINE", kMultiline}, {"re.DOTALL", kDotAll}, {"re.UNICODE", kUnicode},
      {"re.VERBOSE", kVerbose}, {"re.DEBUG", kDebug}, {"re.ASCII", kAscii},
  };
  std::string names;
  for (auto [name, value] : kNames) {
    if (!(shown & value)) continue;
    if (!names.empty()) names += '|';
    names += name;
    shown &= ~value;
  }
  if (shown) names += fmt::format("{}0x{:x}", names.empty() ? "" : "|", shown);
  return text + ", " + names + ")";
}

int64_t Pattern::hash() const {
  int64_t h = py::hash(source) ^ static_cast<int64_t>(flags) ^ static_cast<int64_t>(is_bytes);
  return h == -1 ? -2 : h;
}

int Pattern::eq(const Object& other) const {
  if (!other.is_heap() || other.heap()->type() != &pattern_type) return -1;
  const auto* p = cast<Pattern>(other);
  return p->flags == flags && p->is_bytes == is_bytes && py::eq(p->source, source);
}

bool Pattern::get_attribute(const char* name, Object& out) {
  if (std::strcmp(name, "pattern") == 0) {
    out = source;
  } else if (std::strcmp(name, "flags") == 0) {
    out = Object::from_int(flags);
  } else if (std::strcmp(name, "groups") == 0) {
    out = Object::from_int(static_cast<int64_t>(groups));
  } else if (std::strcmp(name, "groupindex") == 0) {
    // CPython's is a read-only mappingproxy over this dict.
    out = new_dict();
    for (const auto& [n, gid] : names) dict_set(out, new_str(n), Object::from_int(static_cast<int64_t>(gid)));
  } else {
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- methods

namespace {

Pattern& pattern_of(const Object& self) { return *cast<Pattern>(self); }

// The [pos, endpos) window of a call, as Python indices.
struct Bounds {
  size_t start, end;
};
Bounds bounds(const Object& pos, const Object& endpos, size_t length) {
  return Bounds{clamp_index(pos, length, 0), clamp_index(endpos, length, length)};
}

Object match_method(const Object& self, const Args& args, const char* name, Pattern::Mode mode) {
  Object a[3];
  bind_clinic(args, name, {"string", "pos", "endpos"}, 1, a);
  Pattern& p = pattern_of(self);
  Subject subject = make_subject(a[0], p.is_bytes);
  Bounds b = bounds(a[1], a[2], subject.length);
  std::vector<size_t> offsets;
  if (b.start > b.end || !p.exec(subject, subject.to_byte(b.start), subject.to_byte(b.end), mode, false, offsets)) {
    return None;
  }
  return make<Match>(self, std::move(subject), std::move(offsets), b.start, b.end);
}

Object pattern_match(const Object& self, const Args& args) {
  return match_method(self, args, "match", Pattern::Mode::Match);
}
Object pattern_fullmatch(const Object& self, const Args& args) {
  return match_method(self, args, "fullmatch", Pattern::Mode::FullMatch);
}
Object pattern_search(const Object& self, const Args& args) {
  return match_method(self, args, "search", Pattern::Mode::Search);
}

// findall(string, pos=0, endpos=sys.maxsize): group 0, group 1, or a tuple
// of the groups for each match; "" for a group that did not take part.
Object pattern_findall(const Object& self, const Args& args) {
  Object a[3];
  bind_clinic(args, "findall", {"string", "pos", "endpos"}, 1, a);
  Pattern& p = pattern_of(self);
  Subject subject = make_subject(a[0], p.is_bytes);
  Bounds b = bounds(a[1], a[2], subject.length);
  Object result = new_list({});
  if (b.start > b.end) return result;
  auto& items = cast<List>(result)->items;
  size_t start = subject.to_byte(b.start), end = subject.to_byte(b.end);
  bool must_advance = false;
  std::vector<size_t> offsets;
  auto group = [&](size_t g) {
    size_t s = offsets[2 * g], e = offsets[2 * g + 1];
    return s == PCRE2_UNSET ? subject.slice(0, 0) : subject.slice(s, e);
  };
  while (start <= end && p.exec(subject, start, end, Pattern::Mode::Search, must_advance, offsets)) {
    if (p.groups == 0) {
      items.push_back(group(0));
    } else if (p.groups == 1) {
      items.push_back(group(1));
    } else {
      std::vector<Object> fields;
      fields.reserve(p.groups);
      for (size_t g = 1; g <= p.groups; ++g) fields.push_back(group(g));
      items.push_back(new_tuple(std::move(fields)));
    }
    must_advance = offsets[1] == offsets[0];
    start = offsets[1];
  }
  return result;
}

// finditer's iterator: the scanner's search(), one match per step.
class ScannerIterator final : public HeapObject {
 public:
  ScannerIterator(Object pattern, Subject subject, Bounds b)
      : HeapObject(&scanner_iterator_type), pattern_(std::move(pattern)), subject_(std::move(subject)), bounds_(b) {
    start_ = subject_.to_byte(b.start);
    end_ = subject_.to_byte(b.end);
    done_ = b.start > b.end;
  }

  Object iter() override { return Object::borrow(this); }
  bool next(Object& out) override {
    if (done_) return false;
    std::vector<size_t> offsets;
    if (!pattern_of(pattern_).exec(subject_, start_, end_, Pattern::Mode::Search, must_advance_, offsets)) {
      done_ = true;
      return false;
    }
    must_advance_ = offsets[1] == offsets[0];
    start_ = offsets[1];
    out = make<Match>(pattern_, subject_, std::move(offsets), bounds_.start, bounds_.end);
    return true;
  }

 private:
  Object pattern_;
  Subject subject_;
  Bounds bounds_;
  size_t start_, end_;
  bool must_advance_ = false;
  bool done_;
};

Object pattern_finditer(const Object& self, const Args& args) {
  Object a[3];
  bind_clinic(args, "finditer", {"string", "pos", "endpos"}, 1, a);
  Subject subject = make_subject(a[0], pattern_of(self).is_bytes);
  Bounds b = bounds(a[1], a[2], subject.length);
  return make<ScannerIterator>(self, std::move(subject), b);
}

// split(string, maxsplit=0): the pieces between matches, each match's
// groups among them.
Object pattern_split(const Object& self, const Args& args) {
  Object a[2];
  bind_clinic(args, "split", {"string", "maxsplit"}, 1, a);
  Pattern& p = pattern_of(self);
  Subject subject = make_subject(a[0], p.is_bytes);
  int64_t maxsplit = a[1].is_bound() ? ssize_argument(a[1]) : 0;
  Object result = new_list({});
  auto& items = cast<List>(result)->items;
  size_t last = 0, start = 0;
  int64_t n = 0;
  bool must_advance = false;
  std::vector<size_t> offsets;
  while ((maxsplit == 0 || n < maxsplit) &&
         p.exec(subject, start, subject.size, Pattern::Mode::Search, must_advance, offsets)) {
    items.push_back(subject.slice(last, offsets[0]));
    for (size_t g = 1; g <= p.groups; ++g) {
      size_t s = offsets[2 * g];
      items.push_back(s == PCRE2_UNSET ? None : subject.slice(s, offsets[2 * g + 1]));
    }
    ++n;
    must_advance = offsets[1] == offsets[0];
    last = start = offsets[1];
  }
  items.push_back(subject.slice(last, subject.size));
  return result;
}

// The str.join/bytes.join check of CPython's join_list: the result is
// joined from the pieces between matches and the replacements.
[[noreturn]] void raise_join_error(bool is_bytes, size_t item, const Object& value) {
  if (is_bytes) {
    py::raise_error(&type_error_type, "sequence item {}: expected a bytes-like object, {} found", item,
                    value.type()->name());
  }
  py::raise_error(&type_error_type, "sequence item {}: expected str instance, {} found", item, value.type()->name());
}

bool joinable(const Object& value, bool is_bytes) { return is_bytes ? is_bytes_like(value) : is_str(value); }

const std::string& joinable_data(const Object& value) {
  return is_str(value) ? cast<Str>(value)->data : cast<Bytes>(value)->data;
}

// The template for `repl` (a str or bytes with a backslash), cached on
// the pattern for the next call with the same repl.
std::shared_ptr<const Template> template_for(Pattern& p, const Object& repl) {
  if (p.cached_template && p.cached_repl.is_bound() && p.cached_repl.type() == repl.type() &&
      joinable_data(p.cached_repl) == joinable_data(repl)) {
    return p.cached_template;
  }
  auto parsed = std::make_shared<const Template>(parse_template(repl, p));
  p.cached_repl = repl;
  p.cached_template = parsed;
  return parsed;
}

// pattern_subx: sub() and subn().
Object substitute(const Object& self, const Args& args, const char* name, bool with_count) {
  Object a[3];
  bind_clinic(args, name, {"repl", "string", "count"}, 2, a);
  Pattern& p = pattern_of(self);
  const Object& repl = a[0];
  Subject subject = make_subject(a[1], p.is_bytes);
  int64_t count = a[2].is_bound() ? ssize_argument(a[2]) : 0;

  // The replacement: a callable, a literal, or a template.
  bool callable = is_callable(repl);
  std::shared_ptr<const Template> tmpl;
  if (!callable) {
    // Not a literal: re._subx parses it, through an lru_cache (so an
    // unhashable repl fails there first).
    bool literal = (is_str(repl) || is_bytes_like(repl)) && joinable_data(repl).find('\\') == std::string::npos;
    if (!literal) {
      py::hash(repl);
      if (!is_str(repl) && !is_bytes_like(repl)) {
        py::raise_error(&type_error_type, "decoding to str: need a bytes-like object, {} found", repl.type()->name());
      }
      tmpl = template_for(p, repl);
    }
  }
  // A replacement of the wrong kind (str for bytes...) fails at the join,
  // after every match was replaced.
  bool repl_joinable = callable || joinable(repl, p.is_bytes);

  std::string out;
  size_t pieces = 0;       // the join list's length so far
  size_t bad_item = SIZE_MAX;
  Object bad_value;
  auto note_bad = [&](const Object& value) {
    if (bad_item == SIZE_MAX) {
      bad_item = pieces;
      bad_value = value;
    }
  };

  size_t last = 0, start = 0;
  int64_t n = 0;
  bool must_advance = false;
  std::vector<size_t> offsets;
  while ((count == 0 || n < count) &&
         p.exec(subject, start, subject.size, Pattern::Mode::Search, must_advance, offsets)) {
    size_t b = offsets[0], e = offsets[1];
    if (last < b) {
      out.append(subject.data + last, b - last);
      ++pieces;
    }
    if (callable) {
      Object match = make<Match>(self, subject, offsets, 0, subject.length);
      Object item = call(repl, {match});
      if (!item.is_none()) {
        if (joinable(item, p.is_bytes)) out += joinable_data(item);
        else note_bad(item);
        ++pieces;
      }
    } else if (tmpl) {
      if (repl_joinable) expand_template(*tmpl, subject, offsets, out);
      else note_bad(repl);
      ++pieces;
    } else {
      if (repl_joinable) out += joinable_data(repl);
      else note_bad(repl);
      ++pieces;
    }
    last = e;
    ++n;
    must_advance = e == b;
    start = e;
  }
  if (last < subject.size) out.append(subject.data + last, subject.size - last);
  if (bad_item != SIZE_MAX) raise_join_error(p.is_bytes, bad_item, bad_value);

  Object result;
  if (n == 0) result = subject.slice(0, subject.size);
  else result = p.is_bytes ? new_bytes(std::move(out)) : new_str(std::move(out));
  if (with_count) return new_tuple({result, Object::from_int(n)});
  return result;
}

Object pattern_sub(const Object& self, const Args& args) { return substitute(self, args, "sub", false); }
Object pattern_subn(const Object& self, const Args& args) { return substitute(self, args, "subn", true); }

Object pattern_copy(const Object& self, const Args& args) {
  expect_no_args(args, "Pattern.__copy__");
  return self;
}
Object pattern_deepcopy(const Object& self, const Args& args) {
  expect_one_arg(args, "Pattern.__deepcopy__");
  return self;
}

const MethodDef pattern_methods[] = {
    {"match", pattern_match},       {"fullmatch", pattern_fullmatch}, {"search", pattern_search},
    {"findall", pattern_findall},   {"finditer", pattern_finditer},   {"split", pattern_split},
    {"sub", pattern_sub},           {"subn", pattern_subn},           {"__copy__", pattern_copy},
    {"__deepcopy__", pattern_deepcopy},
};

}  // namespace

Type pattern_type("Pattern", &object_type, {pattern_methods, std::size(pattern_methods)});

}  // namespace py::re
