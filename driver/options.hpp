// Everything the command line decides, in one struct passed down to the
// stages that need it (no global flags).
#pragma once

#include <string>
#include <vector>

namespace yieldc::driver {

struct Options {
  int opt_level = 2;              // -O0..-O3
  std::string cxx;                // --cxx, else $YIELDC_CXX, else clang++
  std::string emit_dir;           // --emit-dir: keep the emitted C++ here
  bool verbose = false;           // -v: print the C++ compiler command
  bool line_directives = true;    // --no-line-directives drops `#line`
  std::string dump_plan;          // check --dump-plan[=text|dot]: "" when not asked
  bool sanitize = false;          // --sanitize: -fsanitize=address,undefined, link libyieldc_rt_asan.a
  bool strip_debug = false;       // link without debug info (the run/test cache's binaries)
};

// Exit statuses of the yieldc command (DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitDiagnostics = 1;  // the Python program has errors
inline constexpr int kExitUsage = 2;        // bad command line, missing file, no compiler, unwritable output

}  // namespace yieldc::driver
