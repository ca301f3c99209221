// The indentation-aware token source around the generated PythonLexer: it
// turns the lexer's raw tokens into the stream the parser grammar expects
// (INDENT/DEDENT, NEWLINE only at the end of a logical line, `match`
// statements marked) and reports CPython's tokenizer errors. Internal to
// the frontend's parsing files; nothing else includes ANTLR headers.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "antlr4-runtime.h"
#include "frontend/diagnostics.hpp"
#include "frontend/source.hpp"

namespace yieldc::frontend {

struct TokenizeOptions {
  // Where the text starts in the file (f-string expressions are tokenized
  // on their own but report positions in the file).
  SourcePos origin{1, 1};
  // The text is the inside of an implicit pair of brackets: newlines are
  // insignificant and there is no indentation (f-string expressions).
  bool inside_brackets = false;
  // Total number of lines of the file, for "detected at line N".
  uint32_t file_line_count = 0;
};

// How a tokenizer error interacts with parsing, following CPython 3.11
// (Parser/pegen_errors.c): most tokenizer errors raise at once and win over
// any parse error in the file; an indentation error is only seen when the
// parser reaches it; an unclosed bracket is reported when the parser runs
// into the end of the file, or instead of a parse error on a later line.
enum class TokenizerFailure { None, Immediate, AtSentinel, Unclosed };

// The tokens of one text, ending with EOF. The lexer and its input stay
// alive because tokens refer back to them.
struct TokenizedText {
  std::unique_ptr<antlr4::ANTLRInputStream> input;
  std::unique_ptr<antlr4::Lexer> lexer;
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
  TokenizerFailure failure = TokenizerFailure::None;
  // The tokenizer error, not yet reported: the caller decides (see above).
  std::optional<Diagnostic> error;
  // For AtSentinel and Unclosed: the index of the TOKENIZER_ERROR token
  // that stands where the tokenizer stopped.
  size_t sentinel = static_cast<size_t>(-1);
  // For Unclosed: the line of the innermost unclosed bracket.
  uint32_t unclosed_line = 0;
};

// Tokenizes `text` (already normalised to "\n" line ends). The first
// tokenizer error ends tokenizing and is returned in the result.
TokenizedText tokenize(const std::string& text, const TokenizeOptions& options);

// The position just past `token` (tokens may span lines).
SourcePos token_end(const antlr4::Token* token);
// The position of the first character of `token`.
inline SourcePos token_begin(const antlr4::Token* token) {
  return SourcePos{static_cast<uint32_t>(token->getLine()),
                   static_cast<uint32_t>(token->getCharPositionInLine() + 1)};
}

}  // namespace yieldc::frontend
