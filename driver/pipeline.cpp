// The compile pipeline: reading, translating, compiling, caching.
#include "driver/pipeline.hpp"

#include <fmt/format.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "codegen/codegen.hpp"
#include "driver/process.hpp"
#include "frontend/check_subset.hpp"
#include "frontend/frontend.hpp"
#include "frontend/scope.hpp"

namespace yieldc::driver {

namespace fs = std::filesystem;

namespace {

// Libraries the runtime itself needs, after libyieldc_rt.a.
constexpr const char* kRuntimeLinkLibraries[] = {"-lfmt", "-lgmp", "-lpcre2-8", "-lcrypto", "-lb2"};

// --sanitize: what runtime/CMakeLists.txt builds libyieldc_rt_asan.a with.
// UBSan does not recover, so the first report ends the program (and the
// test fails even when the report is not the last stderr line).
constexpr const char* kSanitizerFlags[] = {"-fsanitize=address,undefined", "-fno-sanitize-recover=undefined",
                                           "-fno-omit-frame-pointer", "-g"};

std::optional<std::string> read_file(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string sha256_hex(const std::string& data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr);
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

// Size and modification time: enough to notice a rebuilt runtime or driver.
std::string file_identity(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return "missing";
  return fmt::format("{}:{}.{}", st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

std::string cache_root() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/yieldc";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/yieldc";
  return "/tmp/yieldc-cache";
}

// Keeps the cache under its size limit ($YIELDC_CACHE_MB, default 2048 MiB)
// by removing the least recently used entries. Entries used in the last
// minute stay (another yieldc may be about to run one), as does `keep`.
// Errors are ignored: a cache that cannot be pruned still works.
void prune_cache(const fs::path& root, const fs::path& keep) {
  uint64_t limit_mb = 2048;
  if (const char* env = std::getenv("YIELDC_CACHE_MB"); env && *env) limit_mb = std::strtoull(env, nullptr, 10);
  const uint64_t limit = limit_mb << 20;
  struct Entry {
    fs::path path;
    fs::file_time_type used;
    uint64_t bytes;
  };
  std::vector<Entry> entries;
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& shard : fs::directory_iterator(root, ec)) {
    for (const auto& dir : fs::directory_iterator(shard.path(), ec)) {
      Entry e{dir.path(), fs::last_write_time(dir.path(), ec), 0};
      for (const auto& file : fs::directory_iterator(dir.path(), ec)) {
        auto size = file.file_size(ec);
        if (!ec) e.bytes += size;
      }
      total += e.bytes;
      entries.push_back(std::move(e));
    }
  }
  if (total <= limit) return;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
  const auto recent = fs::file_time_type::clock::now() - std::chrono::minutes(1);
  for (const Entry& e : entries) {
    if (total <= limit) break;
    if (e.path == keep || e.used > recent) continue;
    fs::remove_all(e.path, ec);
    if (!ec) total -= e.bytes;
  }
}

}  // namespace

std::string yieldc_version() { return YIELDC_VERSION; }

void print_error(const std::string& message) { std::cerr << "yieldc: error: " << message << '\n'; }

std::optional<Toolchain> locate_toolchain() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return std::nullopt;
  fs::path prefix = exe.parent_path().parent_path();
  Toolchain t;
  t.exe_path = exe.string();
  t.include_dir = (prefix / YIELDC_INCLUDEDIR).string();
  t.runtime_lib = (prefix / YIELDC_LIBDIR / "libyieldc_rt.a").string();
  t.asan_runtime_lib = (prefix / YIELDC_LIBDIR / "libyieldc_rt_asan.a").string();
  if (!fs::exists(t.runtime_lib) || !fs::exists(fs::path(t.include_dir) / "yieldc" / "runtime.hpp")) {
    return std::nullopt;
  }
  return t;
}

std::string resolve_cxx(const Options& options) {
  if (!options.cxx.empty()) return options.cxx;
  if (const char* env = std::getenv("YIELDC_CXX"); env && *env) return env;
  return "clang++";
}

Translation translate(const std::string& path, const Options& options) {
  Translation result;
  std::string error;
  std::optional<std::string> text = read_file(path, &error);
  if (!text) {
    print_error(fmt::format("cannot read '{}': {}", path, error));
    result.status = kExitUsage;
    return result;
  }
  frontend::SourceFile source(path, std::move(*text));
  frontend::DiagnosticSink sink;
  std::optional<frontend::Module> module = frontend::parse_module(source, sink);
  if (module && !sink.has_errors()) {
    frontend::ScopeTable scopes = frontend::resolve(*module, sink);
    frontend::check_module(*module, scopes, sink);
    if (!sink.has_errors()) {
      codegen::EmitOptions emit_options;
      emit_options.line_directives = options.line_directives;
      emit_options.yieldc_version = yieldc_version();
      if (!options.dump_plan.empty()) emit_options.plans = &result.plans;
      result.cpp = codegen::emit_program(*module, scopes, source, emit_options, sink);
    }
  }
  if (sink.has_errors()) {
    std::cerr << sink.render(source);
    result.cpp.reset();
    result.status = kExitDiagnostics;
  }
  return result;
}

std::optional<DriverError> compile_cpp(const std::string& cpp, const std::string& output, const Options& options,
                                       const Toolchain& toolchain) {
  std::string cxx = resolve_cxx(options);
  std::string cxx_path = find_executable(cxx);
  if (cxx_path.empty()) {
    return DriverError{kExitUsage, fmt::format("C++ compiler '{}' not found (install clang, or choose one with "
                                               "--cxx or $YIELDC_CXX)", cxx)};
  }
  if (options.sanitize && !fs::exists(toolchain.asan_runtime_lib)) {
    return DriverError{kExitUsage, fmt::format("--sanitize needs the sanitized runtime '{}' (build yieldc with "
                                               "clang++ installed and -DYIELDC_ASAN_RUNTIME=ON)",
                                               toolchain.asan_runtime_lib)};
  }
  // Write the C++ beside the output, compile, then move into place, so a
  // failed build never leaves a half-written binary behind.
  fs::path out_path(output);
  fs::path dir = out_path.has_parent_path() ? out_path.parent_path() : fs::path(".");
  std::string stem = fmt::format(".{}.yieldc-{}", out_path.filename().string(), getpid());
  fs::path cpp_path = dir / (stem + ".cpp");
  fs::path tmp_binary = dir / (stem + ".out");
  {
    std::ofstream file(cpp_path, std::ios::binary);
    if (!file || !(file << cpp) || !(file.flush())) {
      return DriverError{kExitUsage, fmt::format("cannot write '{}': {}", output, std::strerror(errno))};
    }
  }
  if (!options.emit_dir.empty()) {
    std::error_code ec;
    fs::create_directories(options.emit_dir, ec);
    fs::path kept = fs::path(options.emit_dir) / (out_path.filename().string() + ".cpp");
    std::ofstream keep(kept, std::ios::binary);
    if (!keep || !(keep << cpp)) {
      fs::remove(cpp_path, ec);
      return DriverError{kExitUsage, fmt::format("cannot write '{}': {}", kept.string(), std::strerror(errno))};
    }
  }
  ProcessSpec spec;
  spec.argv = {cxx_path, "-std=c++20", fmt::format("-O{}", options.opt_level), "-w"};
  if (options.sanitize) spec.argv.insert(spec.argv.end(), std::begin(kSanitizerFlags), std::end(kSanitizerFlags));
  spec.argv.insert(spec.argv.end(), {"-I", toolchain.include_dir, cpp_path.string(),
                                     options.sanitize ? toolchain.asan_runtime_lib : toolchain.runtime_lib});
  for (const char* lib : kRuntimeLinkLibraries) spec.argv.emplace_back(lib);
  if (options.strip_debug) spec.argv.emplace_back("-Wl,--strip-debug");
  spec.argv.insert(spec.argv.end(), {"-o", tmp_binary.string()});
  if (options.verbose) {
    std::string line;
    for (const std::string& a : spec.argv) line += (line.empty() ? "" : " ") + a;
    std::cerr << line << '\n';
  }
  ProcessResult compiled = run_process(spec);
  std::error_code ec;
  fs::remove(cpp_path, ec);
  if (compiled.failed_to_start || compiled.status != 0) {
    fs::remove(tmp_binary, ec);
    // The emitted C++ should always compile: a failure is yieldc's bug, so
    // say so instead of showing the user C++ errors about their Python.
    std::string first_error = compiled.err.substr(0, compiled.err.find('\n'));
    return DriverError{kExitDiagnostics,
                       fmt::format("internal error: the C++ compiler rejected the emitted code ({}); rerun with "
                                   "--emit-dir DIR -v to see it", first_error)};
  }
  fs::rename(tmp_binary, out_path, ec);
  if (ec) {
    fs::remove(tmp_binary, ec);
    return DriverError{kExitUsage, fmt::format("cannot write '{}': {}", output, ec.message())};
  }
  return std::nullopt;
}

std::optional<std::string> build_cached(const std::string& path, const Options& options, const Toolchain& toolchain,
                                        int* status, bool* from_cache) {
  std::string error;
  std::optional<std::string> text = read_file(path, &error);
  if (!text) {
    print_error(fmt::format("cannot read '{}': {}", path, error));
    *status = kExitUsage;
    return std::nullopt;
  }
  // The key covers everything the binary depends on: the script (and its
  // path, which #line and tracebacks show), the flags, the compiler, this
  // yieldc and its runtime.
  std::string key_material =
      fmt::format("{}\n{}\n{}\nO{}\n{}\n{}\n{}\n{}\n", yieldc_version(), path, resolve_cxx(options),
                  options.opt_level, options.line_directives, file_identity(toolchain.exe_path),
                  options.sanitize ? "sanitize " + file_identity(toolchain.asan_runtime_lib)
                                   : file_identity(toolchain.runtime_lib),
                  *text);
  std::string key = sha256_hex(key_material);
  fs::path entry = fs::path(cache_root()) / key.substr(0, 2) / key;
  fs::path binary = entry / "program";
  if (access(binary.c_str(), X_OK) == 0 && options.emit_dir.empty()) {
    if (from_cache) *from_cache = true;
    std::error_code touched;
    fs::last_write_time(entry, fs::file_time_type::clock::now(), touched);  // recently used
    return binary.string();
  }
  if (from_cache) *from_cache = false;
  Translation translation = translate(path, options);
  if (!translation.cpp) {
    *status = translation.status;
    return std::nullopt;
  }
  std::error_code ec;
  fs::create_directories(entry, ec);
  if (ec) {
    print_error(fmt::format("cannot create the cache directory '{}': {}", entry.string(), ec.message()));
    *status = kExitUsage;
    return std::nullopt;
  }
  // Cached binaries leave out the runtime's debug info (ten times their
  // size); a sanitized one keeps it for the sanitizers' reports.
  Options cached = options;
  cached.strip_debug = !options.sanitize;
  if (auto failure = compile_cpp(*translation.cpp, binary.string(), cached, toolchain)) {
    print_error(failure->message);
    *status = failure->status;
    return std::nullopt;
  }
  prune_cache(fs::path(cache_root()), entry);
  return binary.string();
}

}  // namespace yieldc::driver
