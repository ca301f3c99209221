// Python's layout rules on top of the generated lexer, as CPython's
// tokenizer (Parser/tokenizer.c) applies them: NEWLINE is dropped inside
// brackets and on blank or comment-only lines, indentation is measured with
// tabs to the next multiple of 8 and checked again with tabs as 1 column
// (TabError when the two disagree), and the end of the file closes the
// last line and every open block. Tokenizer errors use CPython's wording
// and positions; the first one ends the stream.
#include "frontend/token_source.hpp"

#include <cctype>
#include <optional>

#include "PythonLexer.h"
#include "frontend/dump_ast.hpp"

namespace yieldc::frontend {

namespace {

using antlr4::CommonToken;
using antlr4::Token;
using yieldc_grammar::PythonLexer;

// Indentation of a line: `col` with tabs to multiples of 8, `alt_col` with
// tabs as one column; CPython rejects a line whose two orders disagree.
struct Indent {
  int col = 0;
  int alt_col = 0;
};

// CPython's tokenizer limits (Parser/tokenizer.h MAXLEVEL, MAXINDENT).
constexpr size_t kMaxBrackets = 200;
constexpr size_t kMaxIndentLevels = 100;
// How deep an expression may nest (prefix operators, binary operators,
// trailers, lambdas, conditionals, brackets). CPython gives up around
// here too (RecursionError or MemoryError while compiling); the limit
// keeps the recursive parser, AST walks and destructors within the stack.
constexpr int kMaxExpressionDepth = 1000;

// An upper bound of the AST depth of the expression being tokenized,
// kept per bracket level and reset at each comma, so that long flat lists
// stay cheap while `- - - - x`, `a.b.c.d...` or `1 + 1 + ...` count.
class NestingMeter {
 public:
  // Returns false when `token` takes the expression past the limit.
  bool add(const Token& token, size_t previous_type) {
    size_t type = token.getType();
    bool after_operand = ends_operand(previous_type);
    switch (type) {
      case PythonLexer::OPEN_PAREN:
      case PythonLexer::OPEN_BRACK:
      case PythonLexer::OPEN_BRACE:
        // A call or subscript wraps what it follows.
        outer_.push_back(after_operand ? depth_ + 1 : depth_);
        depth_ = outer_.back() + 1;
        base_.push_back(depth_);
        break;
      case PythonLexer::CLOSE_PAREN:
      case PythonLexer::CLOSE_BRACK:
      case PythonLexer::CLOSE_BRACE:
        if (!outer_.empty()) {
          depth_ = outer_.back();
          outer_.pop_back();
          base_.pop_back();
        }
        break;
      case PythonLexer::COMMA:
      case PythonLexer::SEMI: depth_ = base_.empty() ? 0 : base_.back(); break;
      case PythonLexer::MINUS:
      case PythonLexer::ADD:
      case PythonLexer::STAR:
      case PythonLexer::DIV:
      case PythonLexer::IDIV:
      case PythonLexer::MOD:
      case PythonLexer::AT:
      case PythonLexer::POWER:
      case PythonLexer::LEFT_SHIFT:
      case PythonLexer::RIGHT_SHIFT:
      case PythonLexer::AND_OP:
      case PythonLexer::OR_OP:
      case PythonLexer::XOR:
      case PythonLexer::NOT_OP:
      case PythonLexer::NOT:
      case PythonLexer::AWAIT:
      case PythonLexer::LAMBDA:
      case PythonLexer::IF:
      case PythonLexer::DOT:
      case PythonLexer::AND:
      case PythonLexer::OR:
      case PythonLexer::WALRUS: ++depth_; break;
      default: break;
    }
    return depth_ <= kMaxExpressionDepth;
  }
  void reset() {
    depth_ = 0;
    outer_.clear();
    base_.clear();
  }

 private:
  static bool ends_operand(size_t type) {
    return type == PythonLexer::NAME || type == PythonLexer::CLOSE_PAREN ||
           type == PythonLexer::CLOSE_BRACK || type == PythonLexer::CLOSE_BRACE ||
           type == PythonLexer::STRING || type == PythonLexer::NUMBER;
  }

  int depth_ = 0;
  std::vector<int> outer_;
  std::vector<int> base_;
};

class Layout {
 public:
  Layout(std::u32string text, const TokenizeOptions& options)
      : text_(std::move(text)), options_(options) {}

  // Consumes the raw tokens; returns the laid-out stream.
  TokenizedText run(std::vector<std::unique_ptr<Token>> raw);

 private:
  // Each takes ownership of `token` only when it emits it.
  void on_significant(std::unique_ptr<Token>& token, const Token* previous_raw);
  void on_newline(std::unique_ptr<Token>& token);
  void on_eof(std::unique_ptr<Token>& token);
  bool start_logical_line(const Token& first);
  bool check_bracket(const Token& token);
  void report_error_char(const Token& token, const Token* previous_raw);
  void mark_match_statement();
  bool opens_unterminated_triple(const Token& token) const;
  bool check_number_end(const Token& token, const Token* previous_raw);
  void fail(TokenizerFailure how, DiagKind kind, SourcePos pos, const std::string& arg = {});
  void fail_message(SourcePos pos, const std::string& message);
  Indent measure_indent(const Token& first) const;
  void emit(std::unique_ptr<Token> token) { out_.push_back(std::move(token)); }
  std::unique_ptr<Token> synth(size_t type, const Token& at, int col_shift = 0) const;
  SourcePos pos(const Token& token) const { return token_begin(&token); }
  SourcePos to_file(SourcePos at) const;
  char32_t char_at(size_t index) const { return index < text_.size() ? text_[index] : 0; }

  std::u32string text_;
  const TokenizeOptions& options_;

  std::vector<std::unique_ptr<Token>> out_;
  std::vector<Indent> indents_{Indent{}};
  std::vector<const Token*> brackets_;
  bool at_line_start_ = true;
  // Where the current logical line starts in out_, and the indentation
  // depth before it: a fatal error cuts the stream back to there.
  size_t line_out_start_ = 0;
  size_t line_depth_ = 1;
  size_t line_first_ = 0;
  const Token* last_significant_ = nullptr;
  NestingMeter nesting_;
  bool failed_ = false;
  TokenizerFailure failure_ = TokenizerFailure::None;
  std::optional<Diagnostic> error_;
  uint32_t unclosed_line_ = 0;
};

std::unique_ptr<Token> Layout::synth(size_t type, const Token& at, int col_shift) const {
  auto token = std::make_unique<CommonToken>(type, "");
  token->setLine(at.getLine());
  token->setCharPositionInLine(static_cast<size_t>(
      std::max<int>(0, static_cast<int>(at.getCharPositionInLine()) + col_shift)));
  token->setStartIndex(at.getStartIndex());
  token->setStopIndex(at.getStartIndex() - 1);
  return token;
}

SourcePos Layout::to_file(SourcePos at) const {
  if (at.line == 1) at.col += options_.origin.col - 1;
  at.line += options_.origin.line - 1;
  return at;
}

void Layout::fail(TokenizerFailure how, DiagKind kind, SourcePos at, const std::string& arg) {
  if (failed_) return;
  failed_ = true;
  failure_ = how;
  at = to_file(at);
  SourceSpan span{at, SourcePos{at.line, at.col + 1}};
  error_ = Diagnostic{kind, diag_severity(kind), span,
                      fmt::format(fmt::runtime(diag_format(kind)), arg)};
}

void Layout::fail_message(SourcePos at, const std::string& message) {
  fail(TokenizerFailure::Immediate, DiagKind::SyntaxError, at, message);
}

Indent Layout::measure_indent(const Token& first) const {
  Indent indent;
  size_t start = first.getStartIndex() - first.getCharPositionInLine();
  for (size_t i = start; i < first.getStartIndex(); ++i) {
    char32_t c = char_at(i);
    if (c == ' ') {
      ++indent.col;
      ++indent.alt_col;
    } else if (c == '\t') {
      indent.col = (indent.col / 8 + 1) * 8;
      ++indent.alt_col;
    } else if (c == '\f') {
      // CPython resets the count at a form feed.
      indent = Indent{};
    }
  }
  return indent;
}

// Emits the INDENT or DEDENTs that the first token of a logical line calls
// for. Returns false after a fatal indentation error.
bool Layout::start_logical_line(const Token& first) {
  line_out_start_ = out_.size();
  line_depth_ = indents_.size();
  at_line_start_ = false;
  if (options_.inside_brackets) return true;
  Indent indent = measure_indent(first);
  const Indent& top = indents_.back();
  SourcePos tab_error_pos{static_cast<uint32_t>(first.getLine()), 1};
  if (indent.col == top.col) {
    if (indent.alt_col != top.alt_col) {
      fail(TokenizerFailure::AtSentinel, DiagKind::InconsistentTabs, tab_error_pos);
      return false;
    }
  } else if (indent.col > top.col) {
    if (indent.alt_col <= top.alt_col) {
      fail(TokenizerFailure::AtSentinel, DiagKind::InconsistentTabs, tab_error_pos);
      return false;
    }
    if (indents_.size() >= kMaxIndentLevels) {
      fail(TokenizerFailure::AtSentinel, DiagKind::SyntaxError, tab_error_pos,
           "too many levels of indentation");
      return false;
    }
    indents_.push_back(indent);
    // Positioned one column before the first token: CPython reports an
    // unexpected indent at the last character of the indentation.
    emit(synth(PythonLexer::INDENT, first, -1));
  } else {
    while (indents_.size() > 1 && indent.col < indents_.back().col) {
      indents_.pop_back();
      emit(synth(PythonLexer::DEDENT, first));
    }
    if (indent.col != indents_.back().col) {
      // CPython has read the whole line when it notices.
      size_t line_end = first.getStartIndex();
      while (line_end < text_.size() && text_[line_end] != '\n') ++line_end;
      auto length =
          static_cast<uint32_t>(line_end - (first.getStartIndex() - first.getCharPositionInLine()));
      fail(TokenizerFailure::AtSentinel, DiagKind::UnindentMismatch,
           SourcePos{static_cast<uint32_t>(first.getLine()), length + 1});
      return false;
    }
    if (indent.alt_col != indents_.back().alt_col) {
      fail(TokenizerFailure::AtSentinel, DiagKind::InconsistentTabs, tab_error_pos);
      return false;
    }
  }
  return true;
}

// Tracks (), [] and {}; returns false on an unmatched or mismatched closer.
bool Layout::check_bracket(const Token& token) {
  size_t type = token.getType();
  if (type == PythonLexer::OPEN_PAREN || type == PythonLexer::OPEN_BRACK ||
      type == PythonLexer::OPEN_BRACE) {
    if (brackets_.size() >= kMaxBrackets) {
      fail_message(pos(token), "too many nested parentheses");
      return false;
    }
    brackets_.push_back(&token);
    return true;
  }
  char expected_open = 0;
  if (type == PythonLexer::CLOSE_PAREN) expected_open = '(';
  if (type == PythonLexer::CLOSE_BRACK) expected_open = '[';
  if (type == PythonLexer::CLOSE_BRACE) expected_open = '{';
  if (expected_open == 0) return true;
  std::string closer = token.getText();
  if (brackets_.empty()) {
    fail(TokenizerFailure::Immediate, DiagKind::UnmatchedBracket, pos(token), closer);
    return false;
  }
  const Token* open = brackets_.back();
  std::string opener = open->getText();
  if (opener[0] != expected_open) {
    std::string message =
        fmt::format(fmt::runtime(diag_format(DiagKind::MismatchedBracket)), closer, opener);
    // CPython names the line of the opening bracket when it is another one.
    if (open->getLine() != token.getLine())
      message += fmt::format(" on line {}", to_file(pos(*open)).line);
    fail_message(pos(token), message);
    return false;
  }
  brackets_.pop_back();
  return true;
}

bool is_string_prefix(const std::string& text) {
  if (text.empty() || text.size() > 2) return false;
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "r" || lower == "u" || lower == "b" || lower == "f" || lower == "br" ||
         lower == "rb" || lower == "fr" || lower == "rf";
}

bool is_string_prefix_or_empty(const std::string& text) {
  return text.empty() || is_string_prefix(text);
}

bool adjacent(const Token* before, const Token& after) {
  return before != nullptr && before->getStopIndex() + 1 == after.getStartIndex();
}

// A character no rule accepts. Quotes start unterminated strings and a
// backslash is a misplaced line continuation: both end tokenizing, as in
// CPython. Other characters are left to the parser ("invalid syntax"),
// except non-ASCII ones, which CPython's tokenizer names.
void Layout::report_error_char(const Token& token, const Token* previous_raw) {
  std::string text = token.getText();
  SourcePos at = pos(token);
  if (text == "'" || text == "\"") {
    // `'''abc` lexes as the empty string `''` then a stray quote.
    bool triple = false;
    if (adjacent(previous_raw, token) && previous_raw->getType() == PythonLexer::STRING) {
      std::string prev = previous_raw->getText();
      std::string prefix = prev.size() >= 2 ? prev.substr(0, prev.size() - 2) : "x";
      if (prev.substr(prefix.size()) == text + text &&
          (prefix.empty() || is_string_prefix(prefix))) {
        triple = true;
        at = pos(*previous_raw);
      }
    } else if (adjacent(previous_raw, token) && previous_raw->getType() == PythonLexer::NAME &&
               is_string_prefix(previous_raw->getText())) {
      at = pos(*previous_raw);
    }
    if (triple) {
      fail(TokenizerFailure::Immediate, DiagKind::UnterminatedTripleString, at,
           std::to_string(options_.file_line_count));
    } else {
      fail(TokenizerFailure::Immediate, DiagKind::UnterminatedString, at,
           std::to_string(token.getLine()));
    }
    return;
  }
  if (text == "\\") {
    bool at_eof = true;
    for (size_t i = token.getStopIndex() + 1; i < text_.size() && at_eof; ++i) {
      char32_t c = text_[i];
      at_eof = c == ' ' || c == '\t' || c == '\f' || c == '\n';
    }
    SourcePos after{at.line, at.col + 1};
    fail_message(after, at_eof ? "unexpected EOF while parsing"
                               : "unexpected character after line continuation character");
    return;
  }
  auto code_point = static_cast<uint32_t>(char_at(token.getStartIndex()));
  if (code_point < 0x80) return;
  if (is_printable_code_point(code_point)) {
    fail_message(at, fmt::format("invalid character '{}' (U+{:04X})", text, code_point));
  } else {
    fail_message(at, fmt::format("invalid non-printable character U+{:04X}", code_point));
  }
}

// CPython's verify_end_of_number: a number may not run into a name
// (`1abc`, `0x`, `1_`), except into the keywords that once made `1if x
// else y` legal.
bool Layout::check_number_end(const Token& token, const Token* previous_raw) {
  if (previous_raw == nullptr || !adjacent(previous_raw, token)) return true;
  size_t previous_type = previous_raw->getType();
  if (previous_type != PythonLexer::NUMBER && previous_type != PythonLexer::IMAG_NUMBER)
    return true;
  char32_t first = char_at(token.getStartIndex());
  bool identifier = first == '_' || first >= 0x80 || std::isalpha(static_cast<int>(first));
  if (!identifier) return true;
  switch (token.getType()) {
    case PythonLexer::AND:
    case PythonLexer::ELSE:
    case PythonLexer::FOR:
    case PythonLexer::IF:
    case PythonLexer::IN:
    case PythonLexer::IS:
    case PythonLexer::NOT:
    case PythonLexer::OR: return true;
    default: break;
  }
  std::string number = previous_raw->getText();
  std::string kind = "decimal";
  char marker =
      number.size() > 1 && number[0] == '0' ? static_cast<char>(std::tolower(number[1])) : 0;
  if (number == "0") marker = static_cast<char>(std::tolower(static_cast<int>(first)));
  if (marker == 'x') kind = "hexadecimal";
  if (marker == 'o') kind = "octal";
  if (marker == 'b') kind = "binary";
  SourcePos at = first == '_' || number == "0" ? pos(token) : pos(*previous_raw);
  fail_message(at, fmt::format("invalid {} literal", kind));
  return false;
}

// The lexer reads an unterminated `'''abc` as the empty string `''` and
// more: an empty string directly followed by its own quote character can
// only be the start of a triple-quoted string that never ends.
bool Layout::opens_unterminated_triple(const Token& token) const {
  std::string text = token.getText();
  if (text.size() < 2 || text.size() > 4) return false;
  char quote = text.back();
  if (text[text.size() - 2] != quote || !is_string_prefix_or_empty(text.substr(0, text.size() - 2)))
    return false;
  return char_at(token.getStopIndex() + 1) == static_cast<char32_t>(quote);
}

// `match x:` at the start of a line is a match statement (a soft keyword,
// PEP 634): an expression statement cannot end in a colon.
void Layout::mark_match_statement() {
  if (line_first_ >= out_.size()) return;
  Token* first = out_[line_first_].get();
  if (first->getType() != PythonLexer::NAME || first->getText() != "match") return;
  if (out_.size() - line_first_ < 3 || out_.back()->getType() != PythonLexer::COLON) return;
  size_t next = out_[line_first_ + 1]->getType();
  if (next == PythonLexer::ASSIGN || next == PythonLexer::DOT || next == PythonLexer::COLON ||
      next == PythonLexer::COMMA || next == PythonLexer::WALRUS) {
    return;
  }
  static_cast<CommonToken*>(first)->setType(PythonLexer::MATCH_START);
}

void Layout::on_significant(std::unique_ptr<Token>& token, const Token* previous_raw) {
  if (token->getType() == PythonLexer::LEADING_ZERO_INT) {
    fail_message(
        pos(*token),
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
        "integers");
    return;
  }
  // CPython measures a line's indentation before it reads its first token.
  if (at_line_start_) {
    if (!start_logical_line(*token)) return;
    line_first_ = out_.size();
  }
  if (token->getType() == PythonLexer::ERRORCHAR) {
    report_error_char(*token, previous_raw);
    if (failed_) return;
  }
  if (token->getType() == PythonLexer::STRING && opens_unterminated_triple(*token)) {
    fail(TokenizerFailure::Immediate, DiagKind::UnterminatedTripleString, pos(*token),
         std::to_string(options_.file_line_count));
    return;
  }
  if (!check_number_end(*token, previous_raw)) return;
  if (!check_bracket(*token)) return;
  size_t previous_type = last_significant_ ? last_significant_->getType() : Token::EOF;
  if (!nesting_.add(*token, previous_type)) {
    fail_message(pos(*token),
                 fmt::format("expression too deeply nested for yieldc (more than {} levels)",
                             kMaxExpressionDepth));
    return;
  }
  last_significant_ = token.get();
  emit(std::move(token));
}

void Layout::on_newline(std::unique_ptr<Token>& token) {
  if (at_line_start_ || !brackets_.empty() || options_.inside_brackets) return;
  mark_match_statement();
  emit(std::move(token));
  at_line_start_ = true;
  nesting_.reset();
}

void Layout::on_eof(std::unique_ptr<Token>& token) {
  if (!brackets_.empty() && !options_.inside_brackets) {
    const Token* open = brackets_.back();
    fail(TokenizerFailure::Unclosed, DiagKind::UnclosedBracket, pos(*open), open->getText());
    unclosed_line_ = to_file(pos(*open)).line;
    return;
  }
  if (!at_line_start_ && !options_.inside_brackets && last_significant_ != nullptr) {
    mark_match_statement();
    SourcePos end = token_end(last_significant_);
    auto newline = std::make_unique<CommonToken>(PythonLexer::NEWLINE, "");
    newline->setLine(end.line);
    newline->setCharPositionInLine(end.col - 1);
    emit(std::move(newline));
  }
  for (size_t i = 1; i < indents_.size(); ++i) emit(synth(PythonLexer::DEDENT, *token));
  emit(std::move(token));
}

TokenizedText Layout::run(std::vector<std::unique_ptr<Token>> raw) {
  TokenizedText result;
  const Token* previous_raw = nullptr;
  // Raw tokens stay owned here until emitted, so that previous_raw stays
  // valid for the adjacency checks of the next token.
  std::vector<std::unique_ptr<Token>> dropped;
  for (auto& token : raw) {
    if (failed_) break;
    Token* current = token.get();
    size_t type = token->getType();
    if (type == Token::EOF) {
      on_eof(token);
    } else if (type == PythonLexer::NEWLINE) {
      on_newline(token);
    } else {
      on_significant(token, previous_raw);
    }
    if (token) dropped.push_back(std::move(token));
    previous_raw = current;
  }
  if (failed_) {
    result.failure = failure_;
    result.error = error_;
    result.unclosed_line = unclosed_line_;
    // At the point where CPython's parser would receive the error token,
    // put a TOKENIZER_ERROR token: for an indentation error the start of
    // the bad line, for an unclosed bracket the end of the file.
    if (failure_ == TokenizerFailure::AtSentinel) out_.resize(line_out_start_);
    const Token* at = out_.empty() ? nullptr : out_.back().get();
    auto add = [&](size_t type) {
      auto token = std::make_unique<CommonToken>(type, "");
      token->setLine(at ? at->getLine() : 1);
      token->setCharPositionInLine(at ? at->getCharPositionInLine() : 0);
      out_.push_back(std::move(token));
    };
    result.sentinel = out_.size();
    add(PythonLexer::TOKENIZER_ERROR);
    add(Token::EOF);
  }
  result.tokens = std::move(out_);
  // Keep dropped tokens alive as long as the result: emitted tokens may
  // have been compared against them, but nothing refers to them afterwards.
  return result;
}

// Shifts positions of a sub-text (an f-string expression) to the file.
void move_to_origin(Token& token, const SourcePos& origin) {
  auto& common = static_cast<CommonToken&>(token);
  size_t line = token.getLine();
  if (line == 1) common.setCharPositionInLine(token.getCharPositionInLine() + origin.col - 1);
  common.setLine(line + origin.line - 1);
}

// The text as code points, the unit of ANTLR's token indexes. The caller
// has checked that the text is valid UTF-8.
std::u32string decode_utf8(const std::string& text) {
  std::u32string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    char32_t c = extra == 0 ? byte : byte & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < text.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    out.push_back(c);
    i += 1 + extra;
  }
  return out;
}

}  // namespace

SourcePos token_end(const Token* token) {
  SourcePos pos = token_begin(token);
  std::string text = token->getText();
  if (token->getType() == Token::EOF) return pos;
  size_t last_newline = text.rfind('\n');
  if (last_newline == std::string::npos) {
    pos.col += static_cast<uint32_t>(utf8_length(text));
    return pos;
  }
  for (char c : text) pos.line += c == '\n' ? 1 : 0;
  pos.col = static_cast<uint32_t>(utf8_length(std::string_view(text).substr(last_newline + 1))) + 1;
  return pos;
}

TokenizedText tokenize(const std::string& text, const TokenizeOptions& options) {
  // ANTLR's input stream would silently drop a leading byte order mark
  // (the file's own one is already gone) and shift every index.
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
    TokenizedText result;
    result.failure = TokenizerFailure::Immediate;
    SourceSpan at{options.origin, SourcePos{options.origin.line, options.origin.col + 1}};
    result.error = Diagnostic{DiagKind::SyntaxError, Severity::Error, at,
                              "invalid non-printable character U+FEFF"};
    return result;
  }
  auto input = std::make_unique<antlr4::ANTLRInputStream>(text);
  auto lexer = std::make_unique<PythonLexer>(input.get());
  lexer->removeErrorListeners();
  std::vector<std::unique_ptr<Token>> raw;
  for (;;) {
    std::unique_ptr<Token> token = lexer->nextToken();
    bool eof = token->getType() == Token::EOF;
    raw.push_back(std::move(token));
    if (eof) break;
  }
  Layout layout(decode_utf8(text), options);
  TokenizedText result = layout.run(std::move(raw));
  if (options.origin.line != 1 || options.origin.col != 1) {
    for (auto& token : result.tokens) move_to_origin(*token, options.origin);
  }
  result.input = std::move(input);
  result.lexer = std::move(lexer);
  return result;
}

}  // namespace yieldc::frontend
