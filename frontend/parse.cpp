// parse_module: text -> tokens -> parse tree -> Module. Parsing is two-stage
// (SLL prediction, then full LL only when SLL reports a syntax error), and
// syntax errors never come from ANTLR's console listener: a recording error
// strategy stops at the first error, which is turned into CPython's message
// and position here. To report several errors per file without cascades,
// parsing then restarts at the next statement after the bad one.
#include <exception>
#include <type_traits>

#include "PythonLexer.h"
#include "frontend/ast_builder.hpp"
#include "frontend/frontend.hpp"
#include "frontend/literals.hpp"
#include "frontend/token_source.hpp"

namespace yieldc::frontend {

namespace {

using antlr4::Token;
using yieldc_grammar::PythonLexer;

struct SyntaxErrorInfo {
  Token* offending = nullptr;
  antlr4::misc::IntervalSet expected;
  antlr4::RuleContext* ctx = nullptr;
};

// Records the first error and unwinds the whole parse (like
// BailErrorStrategy, but keeping what the message needs).
class RecordingErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  void reportError(antlr4::Parser* parser, const antlr4::RecognitionException& e) override {
    if (error) return;
    error = SyntaxErrorInfo{e.getOffendingToken(), e.getExpectedTokens(), e.getCtx()};
    if (error->offending == nullptr) error->offending = parser->getCurrentToken();
  }
  void recover(antlr4::Parser*, std::exception_ptr) override {
    throw antlr4::ParseCancellationException();
  }
  Token* recoverInline(antlr4::Parser* parser) override {
    throw antlr4::InputMismatchException(parser);
  }
  void sync(antlr4::Parser*) override {}
  void reset(antlr4::Parser* parser) override {
    DefaultErrorStrategy::reset(parser);
    error.reset();
  }

  std::optional<SyntaxErrorInfo> error;
};

// One parser over a list of tokens (copies, so that the same tokens can be
// parsed again from a later statement).
class ParseSession {
 public:
  explicit ParseSession(std::vector<std::unique_ptr<Token>> tokens)
      : source_(std::move(tokens)), stream_(&source_), parser_(&stream_) {
    parser_.removeErrorListeners();
    parser_.setErrorHandler(strategy_);
    parser_.setBuildParseTree(true);
  }

  // Runs `entry` with SLL prediction, then with LL if that failed. Returns
  // nullptr on a syntax error, described by error().
  template <class Context>
  Context* run(Context* (P::*entry)()) {
    auto* interpreter = parser_.getInterpreter<antlr4::atn::ParserATNSimulator>();
    interpreter->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    try {
      return (parser_.*entry)();
    } catch (const antlr4::ParseCancellationException&) {
    }
    parser_.reset();
    interpreter->setPredictionMode(antlr4::atn::PredictionMode::LL);
    try {
      return (parser_.*entry)();
    } catch (const antlr4::ParseCancellationException&) {
    }
    return nullptr;
  }

  const SyntaxErrorInfo& error() const { return *strategy_->error; }
  antlr4::CommonTokenStream& stream() { return stream_; }

 private:
  antlr4::ListTokenSource source_;
  antlr4::CommonTokenStream stream_;
  P parser_;
  // Owned by the parser once installed.
  std::shared_ptr<RecordingErrorStrategy> strategy_ = std::make_shared<RecordingErrorStrategy>();
};

std::vector<std::unique_ptr<Token>> copy_tokens(const std::vector<std::unique_ptr<Token>>& tokens,
                                                size_t begin, std::vector<size_t>* origin) {
  std::vector<std::unique_ptr<Token>> out;
  // A restart may begin inside blocks: drop the INDENTs it starts with and
  // the DEDENTs that would close blocks opened before it.
  long depth = 0;
  bool leading = begin > 0;
  for (size_t i = begin; i < tokens.size(); ++i) {
    size_t type = tokens[i]->getType();
    if (leading && type == PythonLexer::INDENT) continue;
    leading = false;
    if (type == PythonLexer::INDENT) ++depth;
    if (type == PythonLexer::DEDENT && --depth < 0) {
      depth = 0;
      continue;
    }
    out.push_back(std::make_unique<antlr4::CommonToken>(tokens[i].get()));
    if (origin) origin->push_back(i);
  }
  return out;
}

// Where to restart after an error at `index`: the statement after the bad
// one. A bad compound-statement header skips its block and its
// elif/else/except/finally clauses too, which would only cascade.
size_t resync_point(const std::vector<std::unique_ptr<Token>>& tokens, size_t index) {
  auto type = [&](size_t i) { return i < tokens.size() ? tokens[i]->getType() : Token::EOF; };
  auto skip_line = [&](size_t i) {
    while (i < tokens.size() && type(i) != PythonLexer::NEWLINE && type(i) != Token::EOF) ++i;
    return i < tokens.size() && type(i) == PythonLexer::NEWLINE ? i + 1 : i;
  };
  auto skip_block = [&](size_t i) {
    if (type(i) != PythonLexer::INDENT) return i;
    long depth = 0;
    for (; i < tokens.size(); ++i) {
      if (type(i) == PythonLexer::INDENT) ++depth;
      if (type(i) == PythonLexer::DEDENT && --depth == 0) return i + 1;
      if (type(i) == Token::EOF) return i;
    }
    return i;
  };
  size_t i = type(index) == PythonLexer::INDENT ? index + 1 : index;
  i = skip_block(skip_line(i));
  while (type(i) == PythonLexer::ELIF || type(i) == PythonLexer::ELSE ||
         type(i) == PythonLexer::EXCEPT || type(i) == PythonLexer::FINALLY) {
    i = skip_block(skip_line(i));
  }
  return std::max(i, index + 1);
}

// The statement an expected-but-missing block belongs to, in CPython's
// words ("'if' statement", "function definition").
std::optional<std::pair<std::string, size_t>> block_owner(antlr4::RuleContext* ctx) {
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::RuleContext*>(ctx->parent)) {
    auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(ctx);
    if (rule == nullptr) continue;
    size_t line = rule->getStart()->getLine();
    auto keyword = [&](const char* word) {
      return std::optional<std::pair<std::string, size_t>>(
          {fmt::format("'{}' statement", word), line});
    };
    if (dynamic_cast<P::If_stmtContext*>(rule)) return keyword("if");
    if (dynamic_cast<P::Elif_clauseContext*>(rule)) return keyword("elif");
    if (dynamic_cast<P::Else_clauseContext*>(rule)) return keyword("else");
    if (dynamic_cast<P::While_stmtContext*>(rule)) return keyword("while");
    if (dynamic_cast<P::For_stmtContext*>(rule)) return keyword("for");
    if (dynamic_cast<P::Try_stmtContext*>(rule)) return keyword("try");
    if (dynamic_cast<P::Except_clauseContext*>(rule)) return keyword("except");
    if (dynamic_cast<P::Finally_clauseContext*>(rule)) return keyword("finally");
    if (dynamic_cast<P::With_stmtContext*>(rule)) return keyword("with");
    if (dynamic_cast<P::Match_stmtContext*>(rule)) return keyword("match");
    if (dynamic_cast<P::FuncdefContext*>(rule)) {
      return std::optional<std::pair<std::string, size_t>>({"function definition", line});
    }
    if (dynamic_cast<P::ClassdefContext*>(rule)) {
      return std::optional<std::pair<std::string, size_t>>({"class definition", line});
    }
  }
  return std::nullopt;
}

bool before(const SourcePos& a, const SourcePos& b) {
  return a.line != b.line ? a.line < b.line : a.col < b.col;
}

bool starts_expression(size_t type) {
  switch (type) {
    case PythonLexer::NAME:
    case PythonLexer::NUMBER:
    case PythonLexer::IMAG_NUMBER:
    case PythonLexer::STRING:
    case PythonLexer::OPEN_PAREN:
    case PythonLexer::OPEN_BRACK:
    case PythonLexer::OPEN_BRACE:
    case PythonLexer::NONE:
    case PythonLexer::TRUE:
    case PythonLexer::FALSE:
    case PythonLexer::ELLIPSIS:
    case PythonLexer::NOT_OP:
    case PythonLexer::AWAIT:
    case PythonLexer::LAMBDA:
    case PythonLexer::NOT: return true;
    default: return false;
  }
}

bool ends_expression(size_t type) {
  switch (type) {
    case PythonLexer::NAME:
    case PythonLexer::NUMBER:
    case PythonLexer::IMAG_NUMBER:
    case PythonLexer::STRING:
    case PythonLexer::CLOSE_PAREN:
    case PythonLexer::CLOSE_BRACK:
    case PythonLexer::CLOSE_BRACE:
    case PythonLexer::NONE:
    case PythonLexer::TRUE:
    case PythonLexer::FALSE:
    case PythonLexer::ELLIPSIS: return true;
    default: return false;
  }
}

bool starts_statement(Token* token) {
  if (token == nullptr) return true;
  size_t type = token->getType();
  return type == PythonLexer::NEWLINE || type == PythonLexer::INDENT ||
         type == PythonLexer::DEDENT || type == PythonLexer::SEMI;
}

// Bracket depth just before token `index`.
int bracket_depth(antlr4::CommonTokenStream& stream, size_t index) {
  int depth = 0;
  for (size_t i = 0; i < index; ++i) {
    size_t type = stream.get(i)->getType();
    if (type == PythonLexer::OPEN_PAREN || type == PythonLexer::OPEN_BRACK ||
        type == PythonLexer::OPEN_BRACE)
      ++depth;
    if (type == PythonLexer::CLOSE_PAREN || type == PythonLexer::CLOSE_BRACK ||
        type == PythonLexer::CLOSE_BRACE)
      --depth;
  }
  return depth;
}

// The expression that ends with `last`, found in the partial parse tree
// around the error, and the rule that holds it.
struct EndingExpression {
  Token* start;
  antlr4::RuleContext* container;
};
EndingExpression expression_ending_at(antlr4::RuleContext* ctx, Token* last) {
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::RuleContext*>(ctx->parent)) {
    if (ctx->children.empty()) continue;
    auto* child = dynamic_cast<antlr4::ParserRuleContext*>(ctx->children.back());
    if (child != nullptr && child->getStop() == last) return {child->getStart(), ctx};
  }
  return {last, nullptr};
}

struct SpecialError {
  SourceSpan span;
  std::string message;
};

// The messages of CPython's invalid_* grammar rules that the common
// mistakes trigger, recognised from the tokens around the error.
std::optional<SpecialError> special_error(const SyntaxErrorInfo& info,
                                          antlr4::CommonTokenStream& stream, bool inside_brackets) {
  Token* offending = info.offending;
  size_t index = offending->getTokenIndex();
  // The parse stopped early: make every token visible.
  stream.fill();
  auto token_at = [&](long i) -> Token* {
    return i >= 0 && static_cast<size_t>(i) < stream.size() ? stream.get(static_cast<size_t>(i))
                                                            : nullptr;
  };
  Token* prev = token_at(static_cast<long>(index) - 1);
  Token* prev2 = token_at(static_cast<long>(index) - 2);
  size_t type = offending->getType();
  SourceSpan at{token_begin(offending), token_end(offending)};

  auto expects = [&](size_t token_type) { return info.expected.contains(token_type); };
  auto in_rule = [&](auto* typed) {
    using Context = std::remove_pointer_t<decltype(typed)>;
    for (antlr4::RuleContext* c = info.ctx; c != nullptr;
         c = dynamic_cast<antlr4::RuleContext*>(c->parent)) {
      if (auto* found = dynamic_cast<Context*>(c)) return found;
      if (dynamic_cast<P::StmtContext*>(c)) break;
    }
    return static_cast<Context*>(nullptr);
  };

  // invalid_try_stmt: a `try` block with neither handler.
  if (dynamic_cast<P::Try_stmtContext*>(info.ctx) && expects(PythonLexer::EXCEPT) &&
      expects(PythonLexer::FINALLY)) {
    return SpecialError{at, "expected 'except' or 'finally' block"};
  }
  // The forced tokens of CPython's grammar (`&&':'`, `&&'('`), and the
  // invalid_*_stmt rules for a header line that ends without its colon.
  if (expects(PythonLexer::COLON) && !expects(PythonLexer::INDENT)) {
    antlr4::RuleContext* c = info.ctx;
    bool forced = dynamic_cast<P::FuncdefContext*>(c) || dynamic_cast<P::Try_stmtContext*>(c) ||
                  dynamic_cast<P::Finally_clauseContext*>(c) ||
                  dynamic_cast<P::Else_clauseContext*>(c);
    bool at_newline =
        type == PythonLexer::NEWLINE &&
        (dynamic_cast<P::If_stmtContext*>(c) || dynamic_cast<P::Elif_clauseContext*>(c) ||
         dynamic_cast<P::While_stmtContext*>(c) || dynamic_cast<P::With_stmtContext*>(c) ||
         dynamic_cast<P::Except_clauseContext*>(c) || dynamic_cast<P::For_stmtContext*>(c) ||
         dynamic_cast<P::ClassdefContext*>(c));
    if (forced || at_newline) return SpecialError{at, "expected ':'"};
  }
  if (dynamic_cast<P::FuncdefContext*>(info.ctx) && expects(PythonLexer::OPEN_PAREN)) {
    return SpecialError{at, "expected '('"};
  }
  // invalid_expression: `a if b` without `else`.
  if (auto* t = dynamic_cast<P::TestContext*>(info.ctx);
      t && expects(PythonLexer::ELSE) && type != PythonLexer::COLON) {
    Token* body = t->getStart();
    return SpecialError{{token_begin(body), token_end(body)},
                        "expected 'else' after 'if' expression"};
  }
  // invalid_except_stmt: `except A, B:`.
  if (auto* e = dynamic_cast<P::Except_clauseContext*>(info.ctx);
      e && type == PythonLexer::COMMA && e->test()) {
    Token* first = e->test()->getStart();
    return SpecialError{{token_begin(first), token_end(offending)},
                        "multiple exception types must be parenthesized"};
  }
  // invalid_kvpair: `{'k': }`.
  if (in_rule(static_cast<P::Dict_entryContext*>(nullptr)) && prev &&
      prev->getType() == PythonLexer::COLON &&
      (type == PythonLexer::CLOSE_BRACE || type == PythonLexer::COMMA)) {
    return SpecialError{{token_begin(prev), token_end(prev)},
                        "expression expected after dictionary key and ':'"};
  }
  // invalid_assignment: `yield = 1`.
  if (type == PythonLexer::ASSIGN) {
    long i = static_cast<long>(index) - 1;
    while (i > 0 && !starts_statement(token_at(i - 1))) --i;
    Token* first = token_at(i);
    if (first && first->getType() == PythonLexer::YIELD) {
      return SpecialError{{token_begin(first), token_end(prev)},
                          "assignment to yield expression not possible"};
    }
  }
  // invalid_kvpair: `{1: 2, 3}`.
  if (dynamic_cast<P::Dict_entryContext*>(info.ctx) &&
      info.expected.contains(static_cast<size_t>(PythonLexer::COLON))) {
    Token* key = static_cast<P::Dict_entryContext*>(info.ctx)->getStart();
    return SpecialError{{token_begin(key), token_end(key)}, "':' expected after dictionary key"};
  }
  // invalid_named_expression: `if x = 1:`.
  if (type == PythonLexer::ASSIGN && prev && prev->getType() == PythonLexer::NAME && prev2) {
    size_t before = prev2->getType();
    // A `=` after a name fails only where a keyword argument cannot be:
    // in a condition or anywhere inside brackets.
    bool condition = before == PythonLexer::IF || before == PythonLexer::ELIF ||
                     before == PythonLexer::WHILE || inside_brackets ||
                     bracket_depth(stream, index) > 0;
    Token* next = token_at(static_cast<long>(index) + 1);
    if (condition && next && starts_expression(next->getType())) {
      return SpecialError{{token_begin(prev), token_end(next)},
                          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"};
    }
  }
  // invalid_legacy_expression: `print "x"`.
  if (prev && prev->getType() == PythonLexer::NAME &&
      (prev->getText() == "print" || prev->getText() == "exec") && starts_statement(prev2) &&
      type != PythonLexer::OPEN_PAREN && starts_expression(type)) {
    return SpecialError{{token_begin(prev), token_end(offending)},
                        fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?",
                                    prev->getText(), prev->getText())};
  }
  // invalid_expression: two expressions side by side inside brackets.
  if (prev && ends_expression(prev->getType()) && starts_expression(type) &&
      !(prev->getType() == PythonLexer::NAME && type == PythonLexer::STRING) &&
      (inside_brackets || bracket_depth(stream, index) > 0)) {
    EndingExpression ending = expression_ending_at(info.ctx, prev);
    Token* start = ending.start;
    std::string first = start->getText();
    bool soft_keyword = start->getType() == PythonLexer::NAME &&
                        (first == "match" || first == "case" || first == "_");
    // Comprehension clauses hold disjunctions, which have no such rule.
    bool in_clause = dynamic_cast<P::Comp_ifContext*>(ending.container) ||
                     dynamic_cast<P::Comp_forContext*>(ending.container);
    if (!soft_keyword && !in_clause) {
      return SpecialError{{token_begin(start), at.end},
                          "invalid syntax. Perhaps you forgot a comma?"};
    }
  }
  return std::nullopt;
}

Diagnostic make_diagnostic(DiagKind kind, SourceSpan span, const std::string& arg = {}) {
  return Diagnostic{kind, diag_severity(kind), span,
                    fmt::format(fmt::runtime(diag_format(kind)), arg)};
}

// One syntax error with CPython's wording and position.
Diagnostic describe_syntax_error(const SyntaxErrorInfo& info, antlr4::CommonTokenStream& stream,
                                 const std::string& prefix) {
  Token* offending = info.offending;
  size_t type = offending->getType();
  // At the end of the input, CPython points at the last line's end.
  std::optional<SourcePos> end_of_input;
  if (type == Token::EOF || type == PythonLexer::DEDENT) {
    for (long i = static_cast<long>(offending->getTokenIndex()) - 1; i >= 0; --i) {
      Token* previous = stream.get(static_cast<size_t>(i));
      if (previous->getType() == PythonLexer::NEWLINE) {
        offending = previous;
        break;
      }
      // An f-string expression has no NEWLINE: point past its last token.
      if (previous->getType() != PythonLexer::DEDENT) {
        end_of_input = token_end(previous);
        break;
      }
    }
  }
  SourcePos at = end_of_input ? *end_of_input : token_begin(offending);
  SourceSpan span{at, SourcePos{at.line, at.col + 1}};
  if (type == PythonLexer::INDENT && !dynamic_cast<P::Try_stmtContext*>(info.ctx)) {
    return make_diagnostic(DiagKind::UnexpectedIndent, span);
  }
  if (info.expected.contains(static_cast<size_t>(PythonLexer::INDENT))) {
    // A dedented next line: CPython reports column 0 of that line.
    if (type == PythonLexer::DEDENT)
      span = SourceSpan{{static_cast<uint32_t>(info.offending->getLine()), 0},
                        {static_cast<uint32_t>(info.offending->getLine()), 1}};
    if (auto owner = block_owner(info.ctx)) {
      DiagKind kind = DiagKind::ExpectedIndent;
      return Diagnostic{kind, diag_severity(kind), span,
                        fmt::format(fmt::runtime(diag_format(kind)), owner->first, owner->second)};
    }
  }
  if (auto special = special_error(info, stream, !prefix.empty())) {
    return make_diagnostic(DiagKind::SyntaxError, special->span, prefix + special->message);
  }
  if (type != Token::EOF && type != PythonLexer::NEWLINE) span.end = token_end(offending);
  if (prefix.empty()) return make_diagnostic(DiagKind::InvalidSyntax, span);
  return make_diagnostic(DiagKind::SyntaxError, span, prefix + "invalid syntax");
}

// Whether CPython would report "'(' was never closed" instead of the parse
// error: when the error is on a later line than the bracket, or when the
// rule that explains the error reads on to the end of the input (it then
// meets the end of the file inside the bracket first).
bool unclosed_wins(const TokenizedText& tokens, const SyntaxErrorInfo& info,
                   const Diagnostic& diagnostic) {
  if (tokens.failure != TokenizerFailure::Unclosed) return false;
  if (info.offending->getLine() > tokens.unclosed_line) return true;
  bool reads_on = diagnostic.message.find("Perhaps you forgot a comma?") != std::string::npos ||
                  diagnostic.message.find("Maybe you meant '==' or ':='") != std::string::npos;
  return reads_on && !before(token_begin(info.offending), tokens.error->span.begin);
}

// Normalises line ends to "\n" (CPython's universal newlines) and drops a
// UTF-8 byte order mark.
std::string normalise(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  for (; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::optional<Module> parse_checked(const SourceFile& source, DiagnosticSink& sink) {
  std::string text = normalise(source.text());
  if (auto bad = find_invalid_utf8(text)) {
    SourcePos at = advance_pos(SourcePos{1, 1}, std::string_view(text).substr(0, *bad));
    sink.report(
        DiagKind::SyntaxError, SourceSpan{{at.line, 1}, {at.line, 2}},
        fmt::format("Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no "
                    "encoding declared; see https://peps.python.org/pep-0263/ for details",
                    static_cast<unsigned char>(text[*bad]), source.path(), at.line));
    return std::nullopt;
  }
  if (size_t nul = text.find('\0'); nul != std::string::npos) {
    SourcePos at = advance_pos(SourcePos{1, 1}, std::string_view(text).substr(0, nul));
    sink.report(DiagKind::SyntaxError, SourceSpan{at, {at.line, at.col + 1}},
                "source code cannot contain null bytes");
    return std::nullopt;
  }
  TokenizeOptions options;
  options.file_line_count = source.line_count();
  TokenizedText tokens = tokenize(text, options);
  if (tokens.failure == TokenizerFailure::Immediate) {
    sink.add(*tokens.error);
    return std::nullopt;
  }

  ParseSession session(copy_tokens(tokens.tokens, 0, nullptr));
  P::File_inputContext* tree = session.run(&P::file_input);
  if (tree != nullptr) {
    AstBuilder builder(sink, source.line_count());
    return builder.build_module(tree);
  }

  // Report the error, then restart after the bad statement until the end
  // or until the parser reaches the point where the tokenizer failed.
  const int kMaxErrors = 100;
  std::vector<size_t> origin(tokens.tokens.size());
  for (size_t i = 0; i < origin.size(); ++i) origin[i] = i;
  std::unique_ptr<ParseSession> restarted;
  ParseSession* active = &session;
  for (int reported = 0; reported < kMaxErrors; ++reported) {
    const SyntaxErrorInfo& info = active->error();
    size_t index = origin[std::min(info.offending->getTokenIndex(), origin.size() - 1)];
    bool at_tokenizer_error = tokens.error && index >= tokens.sentinel;
    Diagnostic diagnostic = describe_syntax_error(info, active->stream(), "");
    if (at_tokenizer_error || (reported == 0 && unclosed_wins(tokens, info, diagnostic))) {
      sink.add(*tokens.error);
      break;
    }
    sink.add(std::move(diagnostic));
    size_t start = resync_point(tokens.tokens, index);
    if (start >= tokens.tokens.size() - 1) break;
    origin.clear();
    restarted = std::make_unique<ParseSession>(copy_tokens(tokens.tokens, start, &origin));
    active = restarted.get();
    if (active->run(&P::file_input) != nullptr) break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Expr> parse_fstring_expression(const std::string& text, SourcePos origin,
                                             AstBuilder& builder) {
  TokenizeOptions options;
  options.origin = origin;
  options.inside_brackets = true;
  options.file_line_count = builder.file_line_count();
  DiagnosticSink& sink = builder.sink();
  TokenizedText tokens = tokenize(text, options);
  if (tokens.error) {
    sink.add(*tokens.error);
    return std::nullopt;
  }
  ParseSession session(copy_tokens(tokens.tokens, 0, nullptr));
  P::Fstring_exprContext* tree = session.run(&P::fstring_expr);
  if (tree == nullptr) {
    sink.add(describe_syntax_error(session.error(), session.stream(), "f-string: "));
    return std::nullopt;
  }
  return builder.build_fstring_expr(tree);
}

std::optional<Module> parse_module(const SourceFile& source, DiagnosticSink& sink) {
  // The ANTLR runtime reports broken invariants by throwing; none of that
  // may escape as a C++ error.
  try {
    return parse_checked(source, sink);
  } catch (const std::exception& e) {
    sink.report(DiagKind::Internal, SourceSpan{{1, 1}, {1, 2}}, e.what());
  } catch (...) {
    sink.report(DiagKind::Internal, SourceSpan{{1, 1}, {1, 2}}, "unknown exception while parsing");
  }
  return std::nullopt;
}

}  // namespace yieldc::frontend
