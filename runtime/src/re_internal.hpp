// What the re module's files share: the flag values, re.error, the
// translation of Python's pattern syntax to PCRE2 (re_parser.cpp), the
// compiled Pattern and its Match objects (re_pattern.cpp, re_match.cpp),
// and the mapping between a str's code-point indices and the byte offsets
// PCRE2 works in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "yieldc/call.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py::re {

// The SRE flag values of CPython's re (re.I is 2, ...).
enum Flag : uint32_t {
  kTemplate = 1,
  kIgnoreCase = 2,
  kLocale = 4,
  kMultiline = 8,
  kDotAll = 16,
  kUnicode = 32,
  kVerbose = 64,
  kDebug = 128,
  kAscii = 256,
};

// _sre.MAXREPEAT and _sre.MAXGROUPS on a 64-bit build.
constexpr uint64_t kMaxRepeat = 4294967295u;
constexpr uint64_t kMaxGroups = 1073741823u;

extern Type error_type;  // re.error
extern Type pattern_type;
extern Type match_type;
extern Type scanner_iterator_type;  // what finditer returns

// Raises re.error(msg, pattern, pos): the message gets " at position N"
// and, for a pattern of several lines, " (line L, column C)"; the exception
// has CPython's msg, pattern, pos, lineno and colno. `pos` < 0: no position.
// `text` is the pattern's code points (for the line and column).
[[noreturn]] void raise_re_error(const std::string& msg, const Object& pattern, int64_t pos,
                                 std::u32string_view text);
[[noreturn]] void raise_re_error(const std::string& msg);

// warnings.warn(message, FutureWarning) from the running script line, shown
// once per line as the default filters show it.
void future_warning(const std::string& message);

// ---------------------------------------------------------------- parsing

// A pattern parsed as CPython's re._parser parses it, with the PCRE2
// pattern that matches what it means.
struct ParsedPattern {
  std::string pcre;  // UTF-8 (str patterns) or bytes
  uint32_t flags = 0;  // the pattern's flags: given, inline and UNICODE
  size_t groups = 0;   // capturing groups, group 0 not counted
  // (name, group) in the order the groups were defined.
  std::vector<std::pair<std::string, size_t>> names;
  // The capturing group each group is nested in (0: none), by group.
  std::vector<size_t> parents;
};

// Parses `pattern` (a str or bytes object); raises re.error with CPython's
// message and position for what CPython rejects, and ValueError /
// OverflowError where CPython raises those.
ParsedPattern parse_pattern(const Object& pattern, uint32_t flags);

// A replacement template of sub() and expand(), parsed as
// re._parser.parse_template parses it: literal text and group references.
struct TemplatePiece {
  std::string literal;  // used when group < 0
  int64_t group = -1;
};
struct Template {
  std::vector<TemplatePiece> pieces;
};

class Pattern;
Template parse_template(const Object& repl, const Pattern& pattern);

// ---------------------------------------------------------------- subjects

// Code-point index <-> byte offset of one non-ASCII str, in O(1) after a
// single pass: the byte offset of every 64th code point is kept.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view utf8);
  size_t byte_offset(size_t index) const;
  size_t index_of(size_t offset) const;
  // Lone surrogates (which PCRE2 cannot match in UTF mode).
  bool has_surrogates() const { return surrogates_; }

 private:
  static constexpr size_t kStep = 64;
  std::string_view text_;
  std::vector<size_t> marks_;
  size_t length_ = 0;
  bool surrogates_ = false;
};

// The string a match runs over: its bytes, and how Python indices map to
// them (identity for bytes and ASCII strs).
struct Subject {
  Object string;        // as given (str, bytes or bytearray)
  Object owner;         // holds `data`: the str or bytes (a copy of a bytearray)
  const char* data = nullptr;
  size_t size = 0;      // bytes
  size_t length = 0;    // Python len()
  bool is_bytes = false;
  std::shared_ptr<const CodePointIndex> index;  // null: indices are byte offsets

  size_t to_byte(size_t i) const { return index ? index->byte_offset(i) : i; }
  size_t to_index(size_t offset) const { return index ? index->index_of(offset) : offset; }
  // string[begin:end) by byte offsets, as CPython's getslice: the string
  // itself when that is all of it and it is an exact str or bytes.
  Object slice(size_t begin, size_t end) const;
};

// `string` as the subject of `pattern`: CPython's TypeErrors for a wrong
// type or a str/bytes mismatch.
Subject make_subject(const Object& string, bool pattern_is_bytes);

// ---------------------------------------------------------------- objects

class Pattern final : public HeapObject {
 public:
  Pattern(Object source, ParsedPattern parsed);
  ~Pattern() override;

  std::string repr() const override;
  int64_t hash() const override;
  int eq(const Object& other) const override;
  bool get_attribute(const char* name, Object& out) override;

  enum class Mode { Search, Match, FullMatch };
  // One match attempt over subject bytes [0, end) from `start`; on success
  // `offsets` holds 2 * (groups + 1) byte offsets (PCRE2_UNSET: no match).
  bool exec(const Subject& subject, size_t start, size_t end, Mode mode, bool not_empty_at_start,
            std::vector<size_t>& offsets);
  // The group `name` stands for, or -1.
  int64_t group_of(const Object& name) const;

  Object source;  // the pattern str or bytes
  uint32_t flags;
  size_t groups;
  bool is_bytes;
  std::vector<std::pair<std::string, size_t>> names;
  std::vector<size_t> parents;

  // The template last used with sub() (CPython caches them too).
  Object cached_repl;
  std::shared_ptr<const Template> cached_template;

 private:
  pcre2_code* code_for(Mode mode);

  std::string pcre_;
  uint32_t options_;
  pcre2_code* codes_[3] = {nullptr, nullptr, nullptr};  // by Mode, compiled when first used
  pcre2_match_data* match_data_ = nullptr;
};

class Match final : public HeapObject {
 public:
  Match(Object pattern, Subject subject, std::vector<size_t> offsets, size_t pos, size_t endpos);

  std::string repr() const override;
  bool get_attribute(const char* name, Object& out) override;
  Object getitem(const Object& key) override;

  Pattern& pattern() const { return *cast<Pattern>(pattern_); }
  // The index of group `key` (an int or a name), or IndexError.
  size_t group_index(const Object& key) const;
  bool matched(size_t group) const { return offsets[2 * group] != PCRE2_UNSET; }
  // group(g), or `fallback` when it did not take part in the match.
  Object group(size_t g, const Object& fallback) const;
  int64_t start(size_t g) const;
  int64_t end(size_t g) const;
  int64_t lastindex() const;

  Object pattern_;
  Subject subject;
  std::vector<size_t> offsets;  // byte offsets
  size_t pos, endpos;           // Python indices, as adjusted
};

// The replacement for one match: `tmpl` expanded with its groups.
void expand_template(const Template& tmpl, const Subject& subject, const std::vector<size_t>& offsets,
                     std::string& out);

// Binds the arguments of a Pattern or Match method as Argument Clinic does:
// bind_args, with clinic's `match() missing required argument 'string'
// (pos 1)` for a required argument not given.
void bind_clinic(const Args& args, const char* name, std::initializer_list<const char*> names, size_t required,
                 Object* out);

}  // namespace py::re
