// Python's regular-expression syntax, parsed as CPython 3.11's
// Lib/re/_parser.py parses it — function by function, so that what is
// rejected, the message and the position are CPython's — and translated to
// PCRE2 on the way. Every item becomes one PCRE2 atom written so that its
// meaning does not depend on PCRE2's own syntax: literals escaped, classes
// rebuilt member by member, named groups and references turned into
// numbers, verbose-mode whitespace and comments dropped here. Also the
// replacement templates of sub() and Match.expand() (parse_template).
//
// Where PCRE2 means something else, the translation says what Python means:
//   \Z is \z; {,n} is {0,n}; a `{` that is no quantifier is a literal;
//   \v is the vertical tab, \uXXXX and \UXXXXXXXX are code points;
//   \d \w \s \b follow the ASCII or Unicode mode of their scope, so
//   (?a:...) and (?u:...) get explicit classes; Python's Unicode \s is the
//   str.isspace() set, and its \B never matches in an empty string;
//   IGNORECASE folds as SRE's does (a few characters PCRE2 folds apart are
//   put together, and under re.ASCII only ASCII letters fold);
//   look-behinds must have a fixed width as a whole, as in Python.
// Rejected with re.error as not supported: \N{name} escapes, repeat
// counts above PCRE2's 65535, and lone surrogates in a pattern.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "re_internal.hpp"
#include "raise.hpp"
#include "str_internal.hpp"
#include "unicode.hpp"

namespace py::re {

namespace {

constexpr uint64_t kMaxWidth = UINT64_MAX;  // _parser.MAXWIDTH (1 << 64), saturated
constexpr uint64_t kMaxCode = 0xFFFFFFFFu;  // _sre.MAXCODE
constexpr uint64_t kPcreMaxRepeat = 65535;
constexpr uint32_t kTypeFlags = kAscii | kLocale | kUnicode;
constexpr uint32_t kGlobalFlags = kDebug | kTemplate;

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_octal(char32_t c) { return c >= '0' && c <= '7'; }
bool is_hex(char32_t c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_whitespace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

std::string utf8(std::u32string_view s) { return encode_code_points(s); }

std::string hex_escape(char32_t c) { return fmt::format("\\x{{{:x}}}", static_cast<uint32_t>(c)); }

uint32_t flag_of(char32_t c) {
  switch (c) {
    case 'i': return kIgnoreCase;
    case 'L': return kLocale;
    case 'm': return kMultiline;
    case 's': return kDotAll;
    case 'x': return kVerbose;
    case 'a': return kAscii;
    case 't': return kTemplate;
    case 'u': return kUnicode;
    default: return 0;
  }
}

bool is_identifier(std::u32string_view name) {
  if (name.empty()) return false;
  if (name[0] != '_' && !unicode::has(name[0], unicode::kXidStart)) return false;
  for (size_t i = 1; i < name.size(); ++i) {
    if (!unicode::has(name[i], unicode::kXidContinue)) return false;
  }
  return true;
}

// int(name) for a group number: ASCII digits only (CPython also takes other
// forms int() accepts, with a DeprecationWarning). nullopt if not a number.
std::optional<uint64_t> group_number(std::u32string_view name) {
  if (name.empty()) return std::nullopt;
  uint64_t value = 0;
  for (char32_t c : name) {
    if (!is_digit(c)) return std::nullopt;
    value = value > kMaxGroups ? value : value * 10 + (c - '0');
  }
  return value;
}

uint64_t add_width(uint64_t a, uint64_t b) { return a > kMaxWidth - b ? kMaxWidth : a + b; }
uint64_t mul_width(uint64_t a, uint64_t b) {
  if (a == 0 || b == 0) return 0;
  return a > kMaxWidth / b ? kMaxWidth : a * b;
}

// SubPattern.getwidth(): the least and most characters an item matches.
struct Width {
  uint64_t lo = 0, hi = 0;
};

// ---------------------------------------------------------------- Tokenizer

// `this` of _parser.py: one character, or a backslash and the next one.
struct Token {
  char32_t c = 0;
  bool escaped = false;
  bool end = true;

  size_t size() const { return end ? 0 : escaped ? 2 : 1; }
  bool is(char32_t ch) const { return !end && !escaped && c == ch; }
  bool is_one_of(std::u32string_view chars) const { return !end && !escaped && chars.find(c) != chars.npos; }
  std::u32string text() const {
    if (end) return {};
    return escaped ? std::u32string{U'\\', c} : std::u32string{c};
  }
};

class Tokenizer {
 public:
  // `text` (the code points of `source`) must outlive the tokenizer.
  Tokenizer(std::u32string_view text, const Object& source, bool is_bytes)
      : text_(text), source_(source), is_bytes_(is_bytes) {
    advance();
  }

  const Token& next() const { return next_; }
  bool match(char32_t ch) {
    if (!next_.is(ch)) return false;
    advance();
    return true;
  }
  Token get() {
    Token t = next_;
    advance();
    return t;
  }
  size_t tell() const { return index_ - next_.size(); }
  void seek(size_t index) {
    index_ = index;
    advance();
  }
  std::u32string getwhile(size_t n, bool (*accept)(char32_t)) {
    std::u32string result;
    for (size_t i = 0; i < n; ++i) {
      if (next_.end || next_.escaped || !accept(next_.c)) break;
      result += next_.c;
      advance();
    }
    return result;
  }
  std::u32string getuntil(char32_t terminator, const char* name) {
    std::u32string result;
    while (true) {
      Token c = get();
      if (c.end) {
        if (result.empty()) error(std::string("missing ") + name);
        error(fmt::format("missing {}, unterminated name", static_cast<char>(terminator)), result.size());
      }
      if (c.is(terminator)) {
        if (result.empty()) error(std::string("missing ") + name, 1);
        break;
      }
      result += c.text();
    }
    return result;
  }

  [[noreturn]] void error(std::string msg, size_t offset = 0) const {
    if (is_bytes_) msg = ascii_backslashreplace(msg);
    raise_re_error(msg, source_, static_cast<int64_t>(tell() - offset), text_);
  }
  void checkgroupname(const std::u32string& name, size_t offset) const {
    if (!is_identifier(name)) error("bad character in group name " + str_repr(utf8(name)), name.size() + offset);
  }
  bool is_bytes() const { return is_bytes_; }
  std::u32string_view text() const { return text_; }

 private:
  void advance() {
    size_t index = index_;
    if (index >= text_.size()) {
      next_ = Token{};
      return;
    }
    char32_t c = text_[index];
    bool escaped = false;
    if (c == '\\') {
      ++index;
      if (index >= text_.size()) {
        raise_re_error("bad escape (end of pattern)", source_, static_cast<int64_t>(text_.size()) - 1, text_);
      }
      c = text_[index];
      escaped = true;
    }
    index_ = index + 1;
    next_ = Token{c, escaped, false};
  }

  // msg.encode('ascii', 'backslashreplace').decode('ascii'), for bytes
  // patterns (whose text was decoded as latin-1).
  static std::string ascii_backslashreplace(const std::string& msg) {
    std::string out;
    for (char32_t c : decode_code_points(msg)) {
      if (c < 0x80) out += static_cast<char>(c);
      else if (c < 0x100) out += fmt::format("\\x{:02x}", static_cast<uint32_t>(c));
      else if (c < 0x10000) out += fmt::format("\\u{:04x}", static_cast<uint32_t>(c));
      else out += fmt::format("\\U{:08x}", static_cast<uint32_t>(c));
    }
    return out;
  }

  std::u32string_view text_;
  const Object& source_;
  bool is_bytes_;
  size_t index_ = 0;
  Token next_;
};

// ---------------------------------------------------------------- items

enum class Op {
  Literal, NotLiteral, Any, In, At, Repeat, Subpattern, Atomic, Assert, GroupRef, GroupRefExists, Branch
};

// One item of a SubPattern, already as PCRE2 text (a single atom).
struct Item {
  Op op;
  std::string text;
  Width width;
  size_t pos = 0;  // where it starts in the pattern (for compile-time errors' order)
};

struct Seq {
  std::vector<Item> items;

  Width width() const {
    Width w;
    for (const Item& item : items) {
      w.lo = add_width(w.lo, item.width.lo);
      w.hi = add_width(w.hi, item.width.hi);
    }
    return w;
  }
  std::string text() const {
    std::string out;
    for (const Item& item : items) out += item.text;
    return out;
  }
};

enum class Cat { Digit, NotDigit, Space, NotSpace, Word, NotWord };

// A member of a character class.
struct Member {
  enum Kind { Literal, Range, Category } kind;
  char32_t lo = 0, hi = 0;
  Cat cat = Cat::Digit;
};

// The scope's ASCII/Unicode mode, when a (?a:...) or (?u:...) sets one,
// and its IGNORECASE when (?i:...) or (?-i:...) does (-1: the pattern's).
enum class TypeMode { Inherit, Ascii, Unicode };
struct Scope {
  TypeMode type = TypeMode::Inherit;
  int ignorecase = -1;
};

struct State {
  uint32_t flags = 0;
  std::vector<std::optional<Width>> groupwidths{std::nullopt};  // group 0 first
  std::vector<std::pair<std::u32string, size_t>> groupdict;
  std::optional<size_t> lookbehindgroups;
  std::vector<std::pair<uint64_t, size_t>> grouprefpos;  // (group, pos), as inserted
  std::vector<size_t> parents{0};
  std::vector<size_t> open;  // the capturing groups being parsed, innermost last

  size_t groups() const { return groupwidths.size(); }
  bool checkgroup(uint64_t gid) const { return gid < groups() && groupwidths[gid].has_value(); }
  std::optional<size_t> find_group(const std::u32string& name) const {
    for (const auto& [n, gid] : groupdict) {
      if (n == name) return gid;
    }
    return std::nullopt;
  }
};

// An error _compiler.py raises after parsing: the first one in the order it
// walks the pattern (outer items before the items inside them).
struct CompileError {
  size_t pos;
  int rank;  // a repeat is compiled before the look-behind it repeats
  std::string msg;
};

class Parser {
 public:
  Parser(Tokenizer& source, State& state) : src_(source), state_(state) {}

  Seq parse_sub(bool verbose, int nested, Scope scope);
  // The first repeat (an error under re.TEMPLATE) and the first bad
  // look-behind.
  std::optional<CompileError> repeat_error, lookbehind_error;

 private:
  Seq parse(bool verbose, int nested, bool first, Scope scope);
  Item escape(const Token& token, Scope scope);
  Member class_escape(const Token& token);
  Item character_class(size_t here, Scope scope);
  void repeat(Seq& sub, const Token& token, size_t item_pos);
  // Returns false for global flags (state_.flags updated).
  bool parse_flags(Token ch, uint32_t& add_flags, uint32_t& del_flags);
  void checklookbehindgroup(uint64_t gid) const;
  std::optional<char32_t> unicode_escape(char32_t c, std::u32string& escape);
  static void note(std::optional<CompileError>& slot, size_t pos, int rank, std::string msg) {
    if (!slot || pos < slot->pos) slot = CompileError{pos, rank, std::move(msg)};
  }

  // ---- emitting PCRE2
  bool global_ascii() const { return src_.is_bytes() || (state_.flags & (kAscii | kLocale)) != 0; }
  bool scope_ascii(Scope scope) const {
    if (src_.is_bytes()) return true;
    if (scope.type == TypeMode::Ascii) return true;
    if (scope.type == TypeMode::Unicode) return false;
    return global_ascii();
  }
  bool scope_ignorecase(Scope scope) const {
    return scope.ignorecase >= 0 ? scope.ignorecase != 0 : (state_.flags & kIgnoreCase) != 0;
  }
  std::string literal(char32_t c) const;
  std::string category(Cat cat, bool ascii, bool in_class) const;
  std::string boundary(bool negate, bool ascii) const;
  std::string member(const Member& m, bool ascii) const;
  Item literal_item(char32_t c, size_t pos, Scope scope) const;
  std::string class_text(std::vector<Member> set, bool negate, Scope scope) const;

  Tokenizer& src_;
  State& state_;
};

// ---------------------------------------------------------------- emitting

std::string Parser::literal(char32_t c) const {
  if (c < 0x80) {
    if (is_digit(c) || is_ascii_letter(c)) return std::string(1, static_cast<char>(c));
    if (c >= 0x20 && c < 0x7F) return std::string{'\\', static_cast<char>(c)};
    return hex_escape(c);
  }
  if (src_.is_bytes()) return hex_escape(c);
  if (c >= 0xD800 && c <= 0xDFFF) src_.error("yieldc's re does not support lone surrogates in a pattern");
  std::string out;
  unicode::append_utf8(out, c);
  return out;
}

// The characters of ASCII \d, \w and \s as ranges, and their complements.
struct Ranges {
  std::vector<std::pair<char32_t, char32_t>> ranges;
};
const Ranges kAsciiDigit{{{'0', '9'}}};
const Ranges kAsciiWord{{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}};
const Ranges kAsciiSpace{{{'\t', '\r'}, {' ', ' '}}};

std::string range_text(const Ranges& set, bool complement) {
  std::vector<std::pair<char32_t, char32_t>> ranges = set.ranges;
  if (complement) {
    std::vector<std::pair<char32_t, char32_t>> inverse;
    char32_t next = 0;
    for (auto [lo, hi] : ranges) {
      if (lo > next) inverse.emplace_back(next, lo - 1);
      next = hi + 1;
    }
    inverse.emplace_back(next, 0x10FFFF);
    ranges = std::move(inverse);
  }
  std::string out;
  for (auto [lo, hi] : ranges) {
    out += hex_escape(lo);
    if (hi != lo) out += "-" + hex_escape(hi);
  }
  return out;
}

// Python's Unicode \s: the characters str.isspace() is true for (PCRE2's
// own \s lacks \x1c-\x1f and NEL, and has U+180E).
const Ranges kUnicodeSpace{{{'\t', '\r'}, {0x1C, 0x20}, {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680},
                            {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
                            {0x3000, 0x3000}}};

std::string Parser::category(Cat cat, bool ascii, bool in_class) const {
  // PCRE2 compiles with UCP exactly when the pattern's own mode is Unicode,
  // so \d and \w of that mode are PCRE2's.
  bool native = ascii == global_ascii();
  if (ascii) {
    if (native) {
      static const char* const names[] = {"\\d", "\\D", "\\s", "\\S", "\\w", "\\W"};
      return names[static_cast<int>(cat)];
    }
    const Ranges& set = cat == Cat::Digit || cat == Cat::NotDigit ? kAsciiDigit
                        : cat == Cat::Space || cat == Cat::NotSpace ? kAsciiSpace
                                                                    : kAsciiWord;
    bool negated = cat == Cat::NotDigit || cat == Cat::NotSpace || cat == Cat::NotWord;
    if (in_class) return range_text(set, negated);
    return std::string(negated ? "[^" : "[") + range_text(set, false) + "]";
  }
  switch (cat) {
    case Cat::Digit: return native ? "\\d" : "\\p{Nd}";
    case Cat::NotDigit: return native ? "\\D" : "\\P{Nd}";
    case Cat::Word: return native ? "\\w" : "\\p{Xwd}";
    case Cat::NotWord: return native ? "\\W" : "\\P{Xwd}";
    case Cat::Space:
      return in_class ? range_text(kUnicodeSpace, false) : "[" + range_text(kUnicodeSpace, false) + "]";
    case Cat::NotSpace:
      return in_class ? range_text(kUnicodeSpace, true) : "[^" + range_text(kUnicodeSpace, false) + "]";
  }
  return {};
}

std::string Parser::boundary(bool negate, bool ascii) const {
  // SRE's \B fails in an empty string, PCRE2's matches there.
  const char* not_empty = "(?!\\A\\z)";
  if (ascii == global_ascii()) return negate ? std::string(not_empty) + "\\B" : "\\b";
  std::string w = ascii ? "[" + range_text(kAsciiWord, false) + "]" : "\\p{Xwd}";
  if (negate) return std::string(not_empty) + "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))";
  return "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
}

std::string Parser::member(const Member& m, bool ascii) const {
  switch (m.kind) {
    case Member::Literal: return literal(m.lo);
    case Member::Range: return literal(m.lo) + "-" + literal(m.hi);
    case Member::Category: return category(m.cat, ascii, true);
  }
  return {};
}

// The characters SRE's IGNORECASE matches with each other and PCRE2's
// caseless matching does not (found by comparing every cased character).
const std::vector<char32_t> kCaseGroups[] = {
    {0x49, 0x69, 0x130, 0x131}, {0x390, 0x1FD3}, {0x3B0, 0x1FE3}, {0xFB05, 0xFB06}};

const std::vector<char32_t>* case_group(char32_t c) {
  for (const auto& group : kCaseGroups) {
    if (std::find(group.begin(), group.end(), c) != group.end()) return &group;
  }
  return nullptr;
}

char32_t ascii_other_case(char32_t c) { return c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c; }

Item Parser::literal_item(char32_t c, size_t pos, Scope scope) const {
  std::string text;
  if (src_.is_bytes() || !scope_ignorecase(scope)) {
    text = literal(c);
  } else if (scope_ascii(scope)) {
    // SRE folds ASCII letters only; PCRE2's UTF mode folds k with the
    // Kelvin sign, s with the long s, é with É.
    if (c >= 0x80) {
      text = "(?-i:" + literal(c) + ")";
    } else if (c == 'k' || c == 'K' || c == 's' || c == 'S') {
      text = "(?-i:[" + literal(c) + literal(ascii_other_case(c)) + "])";
    } else {
      text = literal(c);
    }
  } else if (const auto* group = case_group(c)) {
    text = "[";
    for (char32_t m : *group) text += literal(m);
    text += ']';
  } else {
    text = literal(c);
  }
  return Item{Op::Literal, std::move(text), {1, 1}, pos};
}

std::string Parser::class_text(std::vector<Member> set, bool negate, Scope scope) const {
  bool ascii = scope_ascii(scope);
  bool caseless = !src_.is_bytes() && scope_ignorecase(scope);
  if (caseless) {
    std::vector<Member> extra;
    if (ascii) {
      // Each ASCII letter with its other case, the class then matched
      // case-sensitively.
      for (const Member& m : set) {
        if (m.kind == Member::Category) continue;
        for (auto [lo, hi] : {std::pair<char32_t, char32_t>{'A', 'Z'}, {'a', 'z'}}) {
          char32_t from = std::max(m.lo, lo), to = std::min(m.hi, hi);
          if (from <= to) extra.push_back(Member{Member::Range, ascii_other_case(from), ascii_other_case(to)});
        }
      }
    } else {
      for (const auto& group : kCaseGroups) {
        bool covered = std::any_of(group.begin(), group.end(), [&](char32_t c) {
          return std::any_of(set.begin(), set.end(),
                             [&](const Member& m) { return m.kind != Member::Category && m.lo <= c && c <= m.hi; });
        });
        if (!covered) continue;
        for (char32_t c : group) extra.push_back(Member{Member::Literal, c, c});
      }
    }
    set.insert(set.end(), extra.begin(), extra.end());
  }
  std::string text = negate ? "[^" : "[";
  for (const Member& m : set) text += member(m, ascii);
  text += ']';
  return caseless && ascii ? "(?-i:" + text + ")" : text;
}

// ---------------------------------------------------------------- escapes

std::optional<Cat> category_of(char32_t c) {
  switch (c) {
    case 'd': return Cat::Digit;
    case 'D': return Cat::NotDigit;
    case 's': return Cat::Space;
    case 'S': return Cat::NotSpace;
    case 'w': return Cat::Word;
    case 'W': return Cat::NotWord;
    default: return std::nullopt;
  }
}

// ESCAPES of _parser.py (\b is the backspace only inside a class).
std::optional<char32_t> simple_escape(char32_t c) {
  switch (c) {
    case 'a': return U'\a';
    case 'b': return U'\b';
    case 'f': return U'\f';
    case 'n': return U'\n';
    case 'r': return U'\r';
    case 't': return U'\t';
    case 'v': return U'\v';
    case '\\': return U'\\';
    default: return std::nullopt;
  }
}

// \x, \u, \U and \N, which both contexts parse alike. Returns nullopt
// when `c` is none of them (or a bad \U value: "bad escape" follows).
std::optional<char32_t> Parser::unicode_escape(char32_t c, std::u32string& escape) {
  auto fixed = [&](size_t digits) -> std::optional<char32_t> {
    escape += src_.getwhile(digits, is_hex);
    if (escape.size() != digits + 2) src_.error("incomplete escape " + utf8(escape), escape.size());
    uint64_t value = std::stoull(utf8(escape.substr(2)), nullptr, 16);
    if (value > 0x10FFFF) return std::nullopt;
    return static_cast<char32_t>(value);
  };
  if (c == 'x') return fixed(2);
  if (src_.is_bytes()) return std::nullopt;
  if (c == 'u') return fixed(4);
  if (c == 'U') return fixed(8);
  if (c == 'N') {
    if (!src_.match('{')) src_.error("missing {");
    std::u32string name = src_.getuntil('}', "character name");
    src_.error("yieldc's re does not support \\N{...} escapes (" + str_repr(utf8(name)) + ")", name.size() + 4);
  }
  return std::nullopt;
}

// _class_escape: an escape inside [...].
Member Parser::class_escape(const Token& token) {
  char32_t c = token.c;
  if (auto ch = simple_escape(c)) return Member{Member::Literal, *ch, *ch};
  if (auto cat = category_of(c)) return Member{Member::Category, 0, 0, *cat};
  std::u32string escape = token.text();
  if (c == 'x' || c == 'u' || c == 'U' || c == 'N') {
    if (auto ch = unicode_escape(c, escape); ch) return Member{Member::Literal, *ch, *ch};
    if (c == 'x' || !src_.is_bytes()) src_.error("bad escape " + utf8(escape), escape.size());
  }
  if (is_octal(c)) {
    escape += src_.getwhile(2, is_octal);
    uint32_t value = static_cast<uint32_t>(std::stoul(utf8(escape.substr(1)), nullptr, 8));
    if (value > 0377) {
      src_.error("octal escape value " + utf8(escape) + " outside of range 0-0o377", escape.size());
    }
    return Member{Member::Literal, value, value};
  }
  if (is_digit(c) || is_ascii_letter(c)) src_.error("bad escape " + utf8(escape), escape.size());
  return Member{Member::Literal, c, c};
}

// _escape: an escape outside a class.
Item Parser::escape(const Token& token, Scope scope) {
  size_t pos = src_.tell() - token.size();
  char32_t c = token.c;
  bool ascii = scope_ascii(scope);
  switch (c) {
    case 'A': return Item{Op::At, "\\A", {}, pos};
    case 'Z': return Item{Op::At, "\\z", {}, pos};
    case 'b': return Item{Op::At, boundary(false, ascii), {}, pos};
    case 'B': return Item{Op::At, boundary(true, ascii), {}, pos};
    default: break;
  }
  if (auto cat = category_of(c)) return Item{Op::In, category(*cat, ascii, false), {1, 1}, pos};
  if (auto ch = simple_escape(c)) return literal_item(*ch, pos, scope);
  std::u32string escape = token.text();
  if (c == 'x' || c == 'u' || c == 'U' || c == 'N') {
    if (auto ch = unicode_escape(c, escape); ch) return literal_item(*ch, pos, scope);
    if (c == 'x' || !src_.is_bytes()) src_.error("bad escape " + utf8(escape), escape.size());
  }
  if (c == '0') {
    escape += src_.getwhile(2, is_octal);
    return literal_item(static_cast<char32_t>(std::stoul(utf8(escape.substr(1)), nullptr, 8)), pos, scope);
  }
  if (is_digit(c)) {
    // An octal escape or a group reference.
    const Token& next = src_.next();
    if (!next.end && !next.escaped && is_digit(next.c)) {
      escape += src_.get().c;
      const Token& third = src_.next();
      if (is_octal(escape[1]) && is_octal(escape[2]) && !third.end && !third.escaped && is_octal(third.c)) {
        escape += src_.get().c;
        uint32_t value = static_cast<uint32_t>(std::stoul(utf8(escape.substr(1)), nullptr, 8));
        if (value > 0377) {
          src_.error("octal escape value " + utf8(escape) + " outside of range 0-0o377", escape.size());
        }
        return literal_item(value, pos, scope);
      }
    }
    uint64_t group = std::stoull(utf8(escape.substr(1)));
    if (group < state_.groups()) {
      if (!state_.checkgroup(group)) src_.error("cannot refer to an open group", escape.size());
      checklookbehindgroup(group);
      return Item{Op::GroupRef, fmt::format("\\g{{{}}}", group), *state_.groupwidths[group], pos};
    }
    src_.error(fmt::format("invalid group reference {}", group), escape.size() - 1);
  }
  if (is_ascii_letter(c)) src_.error("bad escape " + utf8(escape), escape.size());
  return literal_item(c, pos, scope);
}

void Parser::checklookbehindgroup(uint64_t gid) const {
  if (!state_.lookbehindgroups) return;
  if (!state_.checkgroup(gid)) src_.error("cannot refer to an open group");
  if (gid >= *state_.lookbehindgroups) src_.error("cannot refer to group defined in the same lookbehind subpattern");
}

// ---------------------------------------------------------------- parsing

Seq Parser::parse_sub(bool verbose, int nested, Scope scope) {
  std::vector<Seq> items;
  while (true) {
    items.push_back(parse(verbose, nested + 1, nested == 0 && items.empty(), scope));
    if (!src_.match('|')) break;
    if (nested == 0) verbose = (state_.flags & kVerbose) != 0;
  }
  if (items.size() == 1) return std::move(items[0]);
  Item branch{Op::Branch, "", {kMaxWidth, 0}, 0};
  for (size_t i = 0; i < items.size(); ++i) {
    Width w = items[i].width();
    branch.width.lo = std::min(branch.width.lo, w.lo);
    branch.width.hi = std::max(branch.width.hi, w.hi);
    if (i) branch.text += '|';
    branch.text += items[i].text();
  }
  Seq seq;
  seq.items.push_back(std::move(branch));
  return seq;
}

Item Parser::character_class(size_t here, Scope scope) {
  std::vector<Member> set;
  if (src_.next().is('[')) future_warning(fmt::format("Possible nested set at position {}", src_.tell()));
  bool negate = src_.match('^');
  auto token_text = [](const Token& t) { return utf8(t.text()); };
  while (true) {
    Token t = src_.get();
    if (t.end) src_.error("unterminated character set", src_.tell() - here);
    if (t.is(']') && !set.empty()) break;
    if (!set.empty() && t.is_one_of(U"-&~|") && src_.next().is(t.c)) {
      const char* kind = t.c == '-'   ? "difference"
                         : t.c == '&' ? "intersection"
                         : t.c == '~' ? "symmetric difference"
                                      : "union";
      future_warning(fmt::format("Possible set {} at position {}", kind, src_.tell() - 1));
    }
    Member code1 = t.escaped ? class_escape(t) : Member{Member::Literal, t.c, t.c};
    if (src_.match('-')) {
      // A potential range.
      Token that = src_.get();
      if (that.end) src_.error("unterminated character set", src_.tell() - here);
      if (that.is(']')) {
        set.push_back(code1);
        set.push_back(Member{Member::Literal, '-', '-'});
        break;
      }
      if (that.is('-')) future_warning(fmt::format("Possible set difference at position {}", src_.tell() - 2));
      Member code2 = that.escaped ? class_escape(that) : Member{Member::Literal, that.c, that.c};
      if (code1.kind != Member::Literal || code2.kind != Member::Literal || code2.lo < code1.lo) {
        src_.error("bad character range " + token_text(t) + "-" + token_text(that), t.size() + 1 + that.size());
      }
      set.push_back(Member{Member::Range, code1.lo, code2.lo});
    } else {
      set.push_back(code1);
    }
  }
  if (set.size() == 1 && set[0].kind == Member::Literal) {
    if (negate) return Item{Op::NotLiteral, class_text(set, true, scope), {1, 1}, here};
    return literal_item(set[0].lo, here, scope);
  }
  return Item{Op::In, class_text(std::move(set), negate, scope), {1, 1}, here};
}

void Parser::repeat(Seq& sub, const Token& token, size_t item_pos) {
  size_t here = src_.tell();
  uint64_t min = 0, max = kMaxRepeat;
  if (token.c == '?') {
    max = 1;
  } else if (token.c == '+') {
    min = 1;
  } else if (token.c == '{') {
    if (src_.next().is('}')) {
      sub.items.push_back(Item{Op::Literal, literal('{'), {1, 1}, item_pos});
      return;
    }
    std::u32string lo = src_.getwhile(SIZE_MAX, is_digit), hi;
    if (src_.match(',')) hi = src_.getwhile(SIZE_MAX, is_digit);
    else hi = lo;
    if (!src_.match('}')) {
      sub.items.push_back(Item{Op::Literal, literal('{'), {1, 1}, item_pos});
      src_.seek(here);
      return;
    }
    auto number = [](const std::u32string& digits) {
      uint64_t value = 0;
      for (char32_t c : digits) value = value >= kMaxRepeat ? value : value * 10 + (c - '0');
      if (value >= kMaxRepeat) py::raise_error(&overflow_error_type, "the repetition number is too large");
      return value;
    };
    if (!lo.empty()) min = number(lo);
    if (!hi.empty()) {
      max = number(hi);
      if (max < min) src_.error("min repeat greater than max repeat", src_.tell() - here);
    }
    if (min > kPcreMaxRepeat || (max != kMaxRepeat && max > kPcreMaxRepeat)) {
      src_.error("yieldc's re does not support repeat counts above 65535", src_.tell() - here + 1);
    }
  }
  if (sub.items.empty() || sub.items.back().op == Op::At) {
    src_.error("nothing to repeat", src_.tell() - here + token.size());
  }
  if (sub.items.back().op == Op::Repeat) src_.error("multiple repeat", src_.tell() - here + token.size());
  Item& item = sub.items.back();
  std::string quantifier;
  if (min == 0 && max == kMaxRepeat) quantifier = "*";
  else if (min == 1 && max == kMaxRepeat) quantifier = "+";
  else if (min == 0 && max == 1) quantifier = "?";
  else if (max == kMaxRepeat) quantifier = fmt::format("{{{},}}", min);
  else if (min == max) quantifier = fmt::format("{{{}}}", min);
  else quantifier = fmt::format("{{{},{}}}", min, max);
  const char* op_name = "MAX_REPEAT";
  if (src_.match('?')) {
    quantifier += '?';
    op_name = "MIN_REPEAT";
  } else if (src_.match('+')) {
    quantifier += '+';
    op_name = "POSSESSIVE_REPEAT";
  }
  // (TEMPLATE is checked once the flags are final; the first repeat in
  // compile order is the outermost, which starts first.)
  note(repeat_error, item.pos, 0, std::string("internal: unsupported template operator ") + op_name);
  Width w = item.width;
  uint64_t hi = max == kMaxRepeat && w.hi ? kMaxWidth : mul_width(w.hi, max);
  item = Item{Op::Repeat, item.text + quantifier, {mul_width(w.lo, min), hi}, item.pos};
}

bool Parser::parse_flags(Token ch, uint32_t& add_flags, uint32_t& del_flags) {
  auto is_flag = [](const Token& t) { return !t.end && !t.escaped && flag_of(t.c) != 0; };
  auto is_alpha = [](const Token& t) { return !t.end && !t.escaped && unicode::has(t.c, unicode::kAlpha); };
  if (!ch.is('-')) {
    while (true) {
      uint32_t flag = flag_of(ch.c);
      if (!src_.is_bytes()) {
        if (ch.c == 'L') src_.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (ch.c == 'u') {
        src_.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      add_flags |= flag;
      if ((flag & kTypeFlags) && (add_flags & kTypeFlags) != flag) {
        src_.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      ch = src_.get();
      if (ch.end) src_.error("missing -, : or )");
      if (ch.is(')') || ch.is('-') || ch.is(':')) break;
      if (!is_flag(ch)) src_.error(is_alpha(ch) ? "unknown flag" : "missing -, : or )", ch.size());
    }
  }
  if (ch.is(')')) {
    state_.flags |= add_flags;
    return false;
  }
  if (add_flags & kGlobalFlags) src_.error("bad inline flags: cannot turn on global flag", 1);
  if (ch.is('-')) {
    ch = src_.get();
    if (ch.end) src_.error("missing flag");
    if (!is_flag(ch)) src_.error(is_alpha(ch) ? "unknown flag" : "missing flag", ch.size());
    while (true) {
      uint32_t flag = flag_of(ch.c);
      if (flag & kTypeFlags) src_.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del_flags |= flag;
      ch = src_.get();
      if (ch.end) src_.error("missing :");
      if (ch.is(':')) break;
      if (!is_flag(ch)) src_.error(is_alpha(ch) ? "unknown flag" : "missing :", ch.size());
    }
  }
  if (del_flags & kGlobalFlags) src_.error("bad inline flags: cannot turn off global flag", 1);
  if (add_flags & del_flags) src_.error("bad inline flags: flag turned on and off", 1);
  return true;
}

// The PCRE2 letters of the flags a scoped group turns on or off.
std::string pcre_letters(uint32_t flags) {
  std::string out;
  if (flags & kIgnoreCase) out += 'i';
  if (flags & kMultiline) out += 'm';
  if (flags & kDotAll) out += 's';
  return out;
}

Seq Parser::parse(bool verbose, int nested, bool first, Scope scope) {
  Seq sub;
  while (true) {
    const Token& peek = src_.next();
    if (peek.end || peek.is('|') || peek.is(')')) break;
    size_t item_pos = src_.tell();
    Token t = src_.get();

    if (verbose) {
      // Whitespace and comments are skipped.
      if (!t.escaped && is_whitespace(t.c)) continue;
      if (t.is('#')) {
        while (true) {
          Token c = src_.get();
          if (c.end || c.is('\n')) break;
        }
        continue;
      }
    }

    if (t.escaped) {
      sub.items.push_back(escape(t, scope));
      continue;
    }
    switch (t.c) {
      case '[':
        sub.items.push_back(character_class(item_pos, scope));
        continue;
      case '*':
      case '+':
      case '?':
      case '{':
        repeat(sub, t, item_pos);
        continue;
      case '.':
        sub.items.push_back(Item{Op::Any, ".", {1, 1}, item_pos});
        continue;
      case '^':
        sub.items.push_back(Item{Op::At, "^", {}, item_pos});
        continue;
      case '$':
        sub.items.push_back(Item{Op::At, "$", {}, item_pos});
        continue;
      case '(':
        break;
      default:
        sub.items.push_back(literal_item(t.c, item_pos, scope));
        continue;
    }

    // A group or an extension.
    size_t start = item_pos;
    bool capture = true, atomic = false;
    std::optional<std::u32string> name;
    uint32_t add_flags = 0, del_flags = 0;
    if (src_.match('?')) {
      Token ch = src_.get();
      if (ch.end) src_.error("unexpected end of pattern");
      if (ch.is('P')) {
        if (src_.match('<')) {
          // A named group.
          name = src_.getuntil('>', "group name");
          src_.checkgroupname(*name, 1);
        } else if (src_.match('=')) {
          // A named back-reference.
          std::u32string ref = src_.getuntil(')', "group name");
          src_.checkgroupname(ref, 1);
          std::optional<size_t> gid = state_.find_group(ref);
          if (!gid) src_.error("unknown group name " + str_repr(utf8(ref)), ref.size() + 1);
          if (!state_.checkgroup(*gid)) src_.error("cannot refer to an open group", ref.size() + 1);
          checklookbehindgroup(*gid);
          sub.items.push_back(Item{Op::GroupRef, fmt::format("\\g{{{}}}", *gid), *state_.groupwidths[*gid], start});
          continue;
        } else {
          Token c = src_.get();
          if (c.end) src_.error("unexpected end of pattern");
          src_.error("unknown extension ?P" + utf8(c.text()), c.size() + 2);
        }
      } else if (ch.is(':')) {
        capture = false;
      } else if (ch.is('#')) {
        while (true) {
          if (src_.next().end) src_.error("missing ), unterminated comment", src_.tell() - start);
          if (src_.get().is(')')) break;
        }
        continue;
      } else if (ch.is_one_of(U"=!<")) {
        // Look-ahead and look-behind assertions.
        bool behind = false;
        std::optional<size_t> saved = state_.lookbehindgroups;
        if (ch.is('<')) {
          ch = src_.get();
          if (ch.end) src_.error("unexpected end of pattern");
          if (!ch.is_one_of(U"=!")) src_.error("unknown extension ?<" + utf8(ch.text()), ch.size() + 2);
          behind = true;
          if (!saved) state_.lookbehindgroups = state_.groups();
        }
        Seq p = parse_sub(verbose, nested + 1, scope);
        if (behind && !saved) state_.lookbehindgroups = std::nullopt;
        if (!src_.match(')')) src_.error("missing ), unterminated subpattern", src_.tell() - start);
        if (behind) {
          Width w = p.width();
          if (w.lo > kMaxCode) note(lookbehind_error, start, 1, "looks too much behind");
          else if (w.lo != w.hi) note(lookbehind_error, start, 1, "look-behind requires fixed-width pattern");
        }
        std::string open = std::string(behind ? "(?<" : "(?") + (ch.is('=') ? "=" : "!");
        sub.items.push_back(Item{Op::Assert, open + p.text() + ")", {}, start});
        continue;
      } else if (ch.is('(')) {
        // A conditional back-reference group.
        std::u32string condname = src_.getuntil(')', "group name");
        uint64_t condgroup = 0;
        if (is_identifier(condname)) {
          src_.checkgroupname(condname, 1);
          std::optional<size_t> gid = state_.find_group(condname);
          if (!gid) src_.error("unknown group name " + str_repr(utf8(condname)), condname.size() + 1);
          condgroup = *gid;
        } else {
          std::optional<uint64_t> number = group_number(condname);
          if (!number) src_.error("bad character in group name " + str_repr(utf8(condname)), condname.size() + 1);
          condgroup = *number;
          if (condgroup == 0) src_.error("bad group number", condname.size() + 1);
          if (condgroup >= kMaxGroups) {
            src_.error(fmt::format("invalid group reference {}", condgroup), condname.size() + 1);
          }
          bool known = std::any_of(state_.grouprefpos.begin(), state_.grouprefpos.end(),
                                   [&](const auto& entry) { return entry.first == condgroup; });
          if (!known) state_.grouprefpos.emplace_back(condgroup, src_.tell() - condname.size() - 1);
        }
        checklookbehindgroup(condgroup);
        Seq yes = parse(verbose, nested + 1, false, scope);
        std::optional<Seq> no;
        if (src_.match('|')) {
          no = parse(verbose, nested + 1, false, scope);
          if (src_.next().is('|')) src_.error("conditional backref with more than two branches");
        }
        if (!src_.match(')')) src_.error("missing ), unterminated subpattern", src_.tell() - start);
        Width w = yes.width();
        if (no) {
          Width n = no->width();
          w.lo = std::min(w.lo, n.lo);
          w.hi = std::max(w.hi, n.hi);
        } else {
          w.lo = 0;
        }
        std::string text = fmt::format("(?({})", condgroup) + yes.text();
        if (no) text += "|" + no->text();
        sub.items.push_back(Item{Op::GroupRefExists, text + ")", w, start});
        continue;
      } else if (ch.is('>')) {
        // A non-capturing, atomic group.
        capture = false;
        atomic = true;
      } else if (!ch.escaped && (flag_of(ch.c) != 0 || ch.c == '-')) {
        if (!parse_flags(ch, add_flags, del_flags)) {
          // Global flags.
          if (!first || !sub.items.empty()) {
            src_.error("global flags not at the start of the expression", src_.tell() - start);
          }
          verbose = (state_.flags & kVerbose) != 0;
          continue;
        }
        capture = false;
      } else {
        src_.error("unknown extension ?" + utf8(ch.text()), ch.size() + 1);
      }
    }

    // The group's contents.
    size_t group = 0;
    if (capture) {
      group = state_.groups();
      if (group > kPcreMaxRepeat) src_.error("too many groups", name ? name->size() + 1 : 0);
      if (name) {
        if (std::optional<size_t> old = state_.find_group(*name)) {
          src_.error(fmt::format("redefinition of group name {} as group {}; was group {}", str_repr(utf8(*name)),
                                 group, *old),
                     name->size() + 1);
        }
        state_.groupdict.emplace_back(*name, group);
      }
      state_.groupwidths.emplace_back(std::nullopt);
      state_.parents.push_back(state_.open.empty() ? 0 : state_.open.back());
      state_.open.push_back(group);
    }
    bool sub_verbose = (verbose || (add_flags & kVerbose)) && !(del_flags & kVerbose);
    Scope sub_scope = scope;
    if (add_flags & kUnicode) sub_scope.type = TypeMode::Unicode;
    else if (add_flags & (kAscii | kLocale)) sub_scope.type = TypeMode::Ascii;
    if (add_flags & kIgnoreCase) sub_scope.ignorecase = 1;
    if (del_flags & kIgnoreCase) sub_scope.ignorecase = 0;
    Seq p = parse_sub(sub_verbose, nested + 1, sub_scope);
    if (!src_.match(')')) src_.error("missing ), unterminated subpattern", src_.tell() - start);
    Width w = p.width();
    if (capture) {
      state_.groupwidths[group] = w;
      state_.open.pop_back();
    }
    std::string open;
    if (atomic) {
      open = "(?>";
    } else if (capture) {
      open = "(";
    } else {
      std::string on = pcre_letters(add_flags), off = pcre_letters(del_flags);
      open = "(?" + on + (off.empty() ? "" : "-" + off) + ":";
    }
    Op op = atomic ? Op::Atomic : Op::Subpattern;
    sub.items.push_back(Item{op, open + p.text() + ")", w, start});
  }
  return sub;
}

std::u32string pattern_text(const Object& pattern, bool is_bytes) {
  if (!is_bytes) return decode_code_points(cast<Str>(pattern)->data);
  std::u32string text;
  for (unsigned char c : cast<Bytes>(pattern)->data) text += static_cast<char32_t>(c);
  return text;
}

}  // namespace

ParsedPattern parse_pattern(const Object& pattern, uint32_t flags) {
  bool is_bytes = !is_str(pattern);
  std::u32string text = pattern_text(pattern, is_bytes);
  Tokenizer source(text, pattern, is_bytes);
  State state;
  state.flags = flags;
  Parser parser(source, state);
  Seq p = parser.parse_sub((flags & kVerbose) != 0, 0, Scope{});

  // fix_flags
  uint32_t final_flags = state.flags;
  if (!is_bytes) {
    if (final_flags & kLocale) py::raise_error(&value_error_type, "cannot use LOCALE flag with a str pattern");
    if (!(final_flags & kAscii)) final_flags |= kUnicode;
    else if (final_flags & kUnicode) py::raise_error(&value_error_type, "ASCII and UNICODE flags are incompatible");
  } else {
    if (final_flags & kUnicode) py::raise_error(&value_error_type, "cannot use UNICODE flag with a bytes pattern");
    if ((final_flags & kLocale) && (final_flags & kAscii)) {
      py::raise_error(&value_error_type, "ASCII and LOCALE flags are incompatible");
    }
  }
  if (!source.next().end) source.error("unbalanced parenthesis");
  for (const auto& [group, pos] : state.grouprefpos) {
    if (group >= state.groups()) {
      raise_re_error(fmt::format("invalid group reference {}", group), pattern, static_cast<int64_t>(pos),
                     source.text());
    }
  }
  std::optional<CompileError> error = parser.lookbehind_error;
  if ((final_flags & kTemplate) && parser.repeat_error) {
    const CompileError& r = *parser.repeat_error;
    if (!error || r.pos < error->pos || (r.pos == error->pos && r.rank < error->rank)) error = r;
  }
  if (error) raise_re_error(error->msg);

  ParsedPattern parsed;
  parsed.pcre = p.text();
  parsed.flags = final_flags;
  parsed.groups = state.groups() - 1;
  for (const auto& [name, gid] : state.groupdict) parsed.names.emplace_back(utf8(name), gid);
  parsed.parents = std::move(state.parents);
  return parsed;
}

// ---------------------------------------------------------------- templates

Template parse_template(const Object& repl, const Pattern& pattern) {
  bool is_bytes = !is_str(repl);
  std::u32string text = pattern_text(repl, is_bytes);
  Tokenizer s(text, repl, is_bytes);
  Template result;
  std::u32string literal;
  auto flush = [&] {
    if (literal.empty()) return;
    std::string text;
    if (is_bytes) {
      for (char32_t c : literal) text += static_cast<char>(c);
    } else {
      text = utf8(literal);
    }
    result.pieces.push_back(TemplatePiece{std::move(text), -1});
    literal.clear();
  };
  auto addgroup = [&](uint64_t index, size_t pos) {
    if (index > pattern.groups) s.error(fmt::format("invalid group reference {}", index), pos);
    flush();
    result.pieces.push_back(TemplatePiece{"", static_cast<int64_t>(index)});
  };
  while (true) {
    Token t = s.get();
    if (t.end) break;
    if (!t.escaped) {
      literal += t.c;
      continue;
    }
    char32_t c = t.c;
    if (c == 'g') {
      if (!s.match('<')) s.error("missing <");
      std::u32string name = s.getuntil('>', "group name");
      uint64_t index = 0;
      if (is_identifier(name)) {
        s.checkgroupname(name, 1);
        std::string key = utf8(name);
        bool found = false;
        for (const auto& [n, gid] : pattern.names) {
          if (n == key) {
            index = gid;
            found = true;
          }
        }
        if (!found) py::raise_error(&index_error_type, "unknown group name " + str_repr(key));
      } else {
        std::optional<uint64_t> number = group_number(name);
        if (!number) s.error("bad character in group name " + str_repr(utf8(name)), name.size() + 1);
        index = *number;
        if (index >= kMaxGroups) s.error(fmt::format("invalid group reference {}", index), name.size() + 1);
      }
      addgroup(index, name.size() + 1);
    } else if (c == '0') {
      std::u32string digits{c};
      if (!s.next().end && !s.next().escaped && is_octal(s.next().c)) {
        digits += s.get().c;
        if (!s.next().end && !s.next().escaped && is_octal(s.next().c)) digits += s.get().c;
      }
      literal += static_cast<char32_t>(std::stoul(utf8(digits), nullptr, 8) & 0xff);
    } else if (is_digit(c)) {
      std::u32string digits{c};
      bool octal = false;
      if (!s.next().end && !s.next().escaped && is_digit(s.next().c)) {
        digits += s.get().c;
        if (is_octal(c) && is_octal(digits[1]) && !s.next().end && !s.next().escaped && is_octal(s.next().c)) {
          digits += s.get().c;
          octal = true;
          uint32_t value = static_cast<uint32_t>(std::stoul(utf8(digits), nullptr, 8));
          if (value > 0377) {
            s.error("octal escape value \\" + utf8(digits) + " outside of range 0-0o377", digits.size() + 1);
          }
          literal += static_cast<char32_t>(value);
        }
      }
      if (!octal) addgroup(std::stoull(utf8(digits)), digits.size());
    } else if (auto ch = simple_escape(c)) {
      literal += *ch;
    } else {
      if (is_ascii_letter(c)) s.error("bad escape " + utf8(t.text()), 2);
      literal += t.text();
    }
  }
  flush();
  return result;
}

}  // namespace py::re
