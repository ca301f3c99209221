// libFuzzer target over the whole frontend and codegen: any bytes in, and
// parse_module -> resolve -> check_module -> emit_program must neither crash,
// hang, leak nor trip a sanitizer; errors must only ever be diagnostics.
// Built with -DYIELDC_FUZZ=ON under clang (see scripts/fuzz.sh); the same
// entry point is linked into fuzz_replay for the regression corpus.
#include <cstddef>
#include <cstdint>
#include <string>

#include "codegen/codegen.hpp"
#include "frontend/check_subset.hpp"
#include "frontend/frontend.hpp"
#include "frontend/scope.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace yieldc::frontend;
  SourceFile source("fuzz.py", std::string(reinterpret_cast<const char*>(data), size));
  DiagnosticSink sink;
  std::optional<Module> module = parse_module(source, sink);
  if (module && !sink.has_errors()) {
    ScopeTable scopes = resolve(*module, sink);
    check_module(*module, scopes, sink);
    if (!sink.has_errors()) {
      yieldc::codegen::EmitOptions options;
      options.yieldc_version = "fuzz";
      (void)yieldc::codegen::emit_program(*module, scopes, source, options, sink);
    }
  }
  // Rendering walks every span against the source: it must stay in range.
  (void)sink.render(source);
  return 0;
}
