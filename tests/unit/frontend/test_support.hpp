// Helpers shared by the frontend unit tests: parse a snippet, get its dump
// or its diagnostics.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "frontend/dump_ast.hpp"
#include "frontend/frontend.hpp"

namespace yieldc::frontend::testing {

struct Parsed {
  std::optional<Module> module;
  DiagnosticSink sink;
  std::string rendered;
};

inline Parsed parse(const std::string& text, const std::string& path = "t.py") {
  Parsed parsed;
  SourceFile source(path, text);
  parsed.module = parse_module(source, parsed.sink);
  parsed.rendered = parsed.sink.render(source);
  return parsed;
}

// The dump of a snippet that must parse without diagnostics.
inline std::string dump(const std::string& text) {
  Parsed parsed = parse(text);
  EXPECT_FALSE(parsed.sink.has_errors()) << parsed.rendered;
  if (!parsed.module) return "<no module>";
  return dump_ast(*parsed.module);
}

// "line:col: message" of the first diagnostic, or "" when there is none.
inline std::string first_error(const std::string& text) {
  Parsed parsed = parse(text);
  auto all = parsed.sink.sorted();
  if (all.empty()) return "";
  const Diagnostic& d = all.front();
  return std::to_string(d.span.begin.line) + ":" + std::to_string(d.span.begin.col) + ": " +
         d.message;
}

}  // namespace yieldc::frontend::testing
