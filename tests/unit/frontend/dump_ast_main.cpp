// yieldc_dump_ast FILE: prints dump_ast(parse_module(FILE)), which must equal
// CPython's ast.dump(ast.parse(...)) for the same file, or the rendered
// diagnostics on stderr with exit status 1. Used by
// tests/frontend/compare_ast.py.
#include <fstream>
#include <iostream>
#include <sstream>

#include "frontend/dump_ast.hpp"
#include "frontend/frontend.hpp"

int main(int argc, char** argv) {
  using namespace yieldc::frontend;
  if (argc != 2) {
    std::cerr << "usage: yieldc_dump_ast FILE.py\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "yieldc_dump_ast: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::stringstream text;
  text << in.rdbuf();
  SourceFile source(argv[1], text.str());
  DiagnosticSink sink;
  std::optional<Module> module = parse_module(source, sink);
  if (sink.has_errors() || !module) {
    std::cerr << sink.render(source);
    return 1;
  }
  std::cout << dump_ast(*module) << "\n";
  return 0;
}
