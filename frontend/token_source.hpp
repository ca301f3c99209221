// The indentation-aware token source around the generated PythonLexer: it
// turns the lexer's raw tokens into the stream the parser grammar expects
// (INDENT/DEDENT, NEWLINE only at the end of a logical line, `match`
// statements marked) and reports CPython's tokenizer errors. Internal to
// the frontend's parsing files; nothing else includes ANTLR headers.
#pragma once

#include <memory>
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

// The tokens of one text, ending with EOF. The lexer and its input stay
// alive because tokens refer back to them.
struct TokenizedText {
  std::unique_ptr<antlr4::ANTLRInputStream> input;
  std::unique_ptr<antlr4::Lexer> lexer;
  std::vector<std::unique_ptr<antlr4::Token>> tokens;
  // Tokens from this index on were synthesised after a tokenizer error cut
  // the stream short (closing DEDENTs and EOF); a parse error there is an
  // echo of the tokenizer error and is not reported.
  size_t valid_end = 0;
};

// Tokenizes `text` (already normalised to "\n" line ends). Tokenizer errors
// go to `sink`; after the first one the stream is cut at the start of the
// logical line that holds it.
TokenizedText tokenize(const std::string& text, const TokenizeOptions& options,
                       DiagnosticSink& sink);

// The position just past `token` (tokens may span lines).
SourcePos token_end(const antlr4::Token* token);
// The position of the first character of `token`.
inline SourcePos token_begin(const antlr4::Token* token) {
  return SourcePos{static_cast<uint32_t>(token->getLine()),
                   static_cast<uint32_t>(token->getCharPositionInLine() + 1)};
}

}  // namespace yieldc::frontend
