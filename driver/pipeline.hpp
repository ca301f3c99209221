// The compile pipeline as the commands use it: Python file → C++ text
// (frontend + codegen, diagnostics on stderr) → binary (clang++ against the
// runtime), with the compile cache in between for `run` and `test`.
#pragma once

#include <optional>
#include <string>

#include "codegen/plan.hpp"
#include "driver/options.hpp"

namespace yieldc::driver {

// Where the runtime headers and library are, found relative to the yieldc
// executable: <prefix>/bin/yieldc, <prefix>/include/yieldc/, <prefix>/lib/.
struct Toolchain {
  std::string exe_path;
  std::string include_dir;
  std::string runtime_lib;
  std::string asan_runtime_lib;  // libyieldc_rt_asan.a (may be absent: built only with clang++)
};

std::optional<Toolchain> locate_toolchain();

// A failure the driver reports as one line `yieldc: error: ...`.
struct DriverError {
  int status;
  std::string message;
};

// Reads and translates `path`. Diagnostics are printed to stderr; the
// result is the C++ text, or the exit status to return.
struct Translation {
  std::optional<std::string> cpp;
  int status = kExitOk;
  std::vector<codegen::GeneratorPlan> plans;  // with Options::dump_plan
};
Translation translate(const std::string& path, const Options& options);

// Compiles emitted C++ into an executable at `output`.
std::optional<DriverError> compile_cpp(const std::string& cpp, const std::string& output, const Options& options,
                                       const Toolchain& toolchain);

// translate + compile into the cache; returns the cached binary's path.
// A second call for an unchanged script, flags and yieldc is served from the
// cache without running the C++ compiler (`*from_cache` tells).
std::optional<std::string> build_cached(const std::string& path, const Options& options, const Toolchain& toolchain,
                                        int* status, bool* from_cache = nullptr);

// The C++ compiler to use: --cxx, else $YIELDC_CXX, else clang++.
std::string resolve_cxx(const Options& options);

void print_error(const std::string& message);

std::string yieldc_version();

}  // namespace yieldc::driver
