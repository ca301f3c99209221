// The golden runner: finds the programs, runs them in parallel (each build
// and run is a child process, so nothing is shared between workers), then
// reports failures in a stable order with a diff and the command that
// reproduces each one, ending with `N passed, M failed`.
#include "driver/test_runner.hpp"

#include <fmt/format.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "driver/pipeline.hpp"
#include "driver/process.hpp"

namespace yieldc::driver {

namespace fs = std::filesystem;

namespace {

struct Case {
  fs::path program;
  bool passed = false;
  std::string report;  // why it failed
};

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool write_text(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  return out && (out << text) && out.flush();
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

// `<generator object g at 0x7f1d3e4181e0>` → `<generator object g at 0x…>`.
std::string hide_addresses(const std::string& line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    if (line.compare(i, 6, " at 0x") == 0) {
      size_t j = i + 6;
      while (j < line.size() && std::isxdigit(static_cast<unsigned char>(line[j]))) ++j;
      out += " at 0x…";
      i = j;
    } else {
      out += line[i++];
    }
  }
  return out;
}

// Stderr as the goldens keep it: CPython's traceback with the parts that
// depend on the machine or on CPython's internals taken out. A frame of the
// program's own directory keeps only the file's name (the checkout moves); a
// frame of another file (CPython's own stdlib sources) goes with its source
// line; object addresses are hidden; the caret lines under a source line (`~~~^^~~`) go, since yieldc
// reports lines, not columns. A warning's `path:N: Category: message` line
// names the program's own file by its name, as a frame line does.
std::string normalize_stderr(const std::string& text, const fs::path& program) {
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(fs::absolute(program).parent_path(), ec);
  std::istringstream in(text);
  std::string out;
  bool skipping_frame = false;
  for (std::string line; std::getline(in, line);) {
    bool carets = line.find_first_of("^~") != std::string::npos &&
                  line.find_first_not_of(" ^~") == std::string::npos;
    if (carets) continue;
    const std::string file_prefix = "  File \"";
    if (line.rfind(file_prefix, 0) == 0) {
      size_t close = line.find('"', file_prefix.size());
      if (close != std::string::npos) {
        fs::path file(line.substr(file_prefix.size(), close - file_prefix.size()));
        if (file.is_absolute()) {
          if (fs::weakly_canonical(file.parent_path(), ec) != dir) {
            skipping_frame = true;
            continue;
          }
          line = file_prefix + file.filename().string() + line.substr(close);
        }
      }
      skipping_frame = false;
    } else if (size_t colon = line.find(".py:"); line.rfind('/', 0) == 0 && colon != std::string::npos) {
      fs::path file(line.substr(0, colon + 3));
      if (fs::weakly_canonical(file.parent_path(), ec) == dir) line = file.filename().string() + line.substr(colon + 3);
      skipping_frame = false;
    } else if (skipping_frame && line.rfind("    ", 0) == 0) {
      continue;  // the source line of a skipped frame
    } else {
      skipping_frame = false;
    }
    out += hide_addresses(line);
    out += '\n';
  }
  return out;
}

std::vector<std::string> read_args(const fs::path& program) {
  fs::path args_file = fs::path(program).replace_extension(".args");
  std::vector<std::string> args;
  if (!fs::exists(args_file)) return args;
  std::istringstream in(read_text(args_file));
  for (std::string a; in >> a;) args.push_back(a);
  return args;
}

std::string stdin_for(const fs::path& program) {
  fs::path in = fs::path(program).replace_extension(".in");
  return fs::exists(in) ? fs::absolute(in).string() : "/dev/null";
}

std::string unified_diff(const std::string& expected, const std::string& actual,
                         const std::string& expected_label = "expected (CPython)",
                         const std::string& actual_label = "actual (yieldc)") {
  char dir_template[] = "/tmp/yieldc-diff-XXXXXX";
  if (!mkdtemp(dir_template)) return "(cannot make a temporary directory for the diff)\n";
  fs::path dir(dir_template);
  write_text(dir / "expected", expected);
  write_text(dir / "actual", actual);
  ProcessSpec spec;
  spec.argv = {"diff", "-u", "--label", expected_label, "--label", actual_label, (dir / "expected").string(),
               (dir / "actual").string()};
  ProcessResult r = run_process(spec);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return r.out;
}

std::vector<fs::path> find_programs(const std::vector<std::string>& paths, const std::string& filter) {
  std::vector<fs::path> programs;
  auto consider = [&](const fs::path& p) {
    if (p.extension() == ".py" && p.filename().string()[0] != '_' && matches_filter(p.string(), filter)) {
      programs.push_back(p);
    }
  };
  for (const std::string& path : paths) {
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) consider(entry.path());
      }
    } else {
      consider(path);
    }
  }
  std::sort(programs.begin(), programs.end());
  return programs;
}

// The program run by the reference interpreter, as the goldens record it:
// in the program's directory, with NAME.in and NAME.args.
std::optional<ProcessResult> run_reference(Case& c, const TestOptions& test_options) {
  ProcessSpec spec;
  spec.argv = {test_options.reference, c.program.filename().string()};
  for (const std::string& a : read_args(c.program)) spec.argv.push_back(a);
  spec.stdin_path = stdin_for(c.program);
  spec.cwd = c.program.parent_path().empty() ? "." : c.program.parent_path().string();
  spec.timeout_seconds = test_options.timeout_seconds;
  ProcessResult r = run_process(spec);
  if (r.failed_to_start || r.timed_out) {
    c.report = r.timed_out ? fmt::format("{} timed out after {} s\n", test_options.reference,
                                         test_options.timeout_seconds)
                           : fmt::format("cannot run {}\n", test_options.reference);
    return std::nullopt;
  }
  return r;
}

void record_golden(Case& c, const TestOptions& test_options) {
  std::optional<ProcessResult> ran = run_reference(c, test_options);
  if (!ran) return;
  const ProcessResult& r = *ran;
  fs::path base = c.program;
  write_text(fs::path(base).replace_extension(".out"), r.out);
  std::error_code ec;
  if (r.status != 0) {
    write_text(fs::path(base).replace_extension(".rc"), fmt::format("{}\n", r.status));
  } else {
    fs::remove(fs::path(base).replace_extension(".rc"), ec);
  }
  if (!r.err.empty()) {
    write_text(fs::path(base).replace_extension(".err"), normalize_stderr(r.err, c.program));
  } else {
    fs::remove(fs::path(base).replace_extension(".err"), ec);
  }
  c.passed = true;
}

// --check-goldens: the goldens must be exactly what --update would write now.
void check_golden(Case& c, const TestOptions& test_options) {
  fs::path out_file = fs::path(c.program).replace_extension(".out");
  if (!fs::exists(out_file)) {
    c.report = "no golden output (record it with `yieldc test --update`)\n";
    return;
  }
  std::optional<ProcessResult> ran = run_reference(c, test_options);
  if (!ran) return;
  const ProcessResult& r = *ran;
  const std::string golden = "golden";
  const std::string now = fmt::format("{} now", test_options.reference);
  std::string report;
  std::string expected_out = read_text(out_file);
  if (r.out != expected_out) report += "stdout differs:\n" + unified_diff(expected_out, r.out, golden, now);
  fs::path rc_file = fs::path(c.program).replace_extension(".rc");
  int expected_rc = fs::exists(rc_file) ? std::stoi(read_text(rc_file)) : 0;
  if (r.status != expected_rc) report += fmt::format("exit status {} (golden: {})\n", r.status, expected_rc);
  fs::path err_file = fs::path(c.program).replace_extension(".err");
  std::string expected_err = fs::exists(err_file) ? read_text(err_file) : "";
  std::string actual_err = r.err.empty() ? "" : normalize_stderr(r.err, c.program);
  if (expected_err != actual_err) report += "stderr differs:\n" + unified_diff(expected_err, actual_err, golden, now);
  c.passed = report.empty();
  c.report = report;
}

// A report of AddressSanitizer, LeakSanitizer or UndefinedBehaviorSanitizer.
bool has_sanitizer_report(const std::string& err) {
  for (const char* marker : {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error: ",
                             "SUMMARY: UndefinedBehaviorSanitizer", "SUMMARY: AddressSanitizer"}) {
    if (err.find(marker) != std::string::npos) return true;
  }
  return false;
}

// CPython's report of a compile-time error, as the golden keeps it, ends
// `  File "x.py", line N` / source / `SyntaxError: message`; yieldc's first
// diagnostic is `path:N:C: error: message`.
bool compile_error_matches(const fs::path& program, const std::string& diagnostics) {
  fs::path err_file = fs::path(program).replace_extension(".err");
  if (!fs::exists(err_file)) return false;
  std::string expected = trim(read_text(err_file));
  size_t last_nl = expected.rfind('\n');
  std::string last = last_nl == std::string::npos ? expected : expected.substr(last_nl + 1);
  const std::string kind = "SyntaxError: ";
  if (last.rfind(kind, 0) != 0) return false;
  std::string message = last.substr(kind.size());
  size_t at = expected.rfind(", line ");
  if (at == std::string::npos) return false;
  std::string line = expected.substr(at + 7, expected.find_first_not_of("0123456789", at + 7) - (at + 7));
  std::string first = diagnostics.substr(0, diagnostics.find('\n'));
  std::string wanted_tail = ": error: " + message;
  if (first.size() < wanted_tail.size() ||
      first.compare(first.size() - wanted_tail.size(), wanted_tail.size(), wanted_tail) != 0) {
    return false;
  }
  std::string position = first.substr(0, first.size() - wanted_tail.size());  // path:N:C
  size_t colon2 = position.rfind(':');
  size_t colon1 = colon2 == std::string::npos ? std::string::npos : position.rfind(':', colon2 - 1);
  return colon1 != std::string::npos && position.substr(colon1 + 1, colon2 - colon1 - 1) == line;
}

void run_case(Case& c, const TestOptions& test_options, const Options& options, const std::string& self) {
  fs::path out_file = fs::path(c.program).replace_extension(".out");
  if (!fs::exists(out_file)) {
    c.report = "no golden output (record it with `yieldc test --update`)\n";
    return;
  }
  // Build (through the cache) in a child yieldc, so diagnostics are captured.
  ProcessSpec build;
  build.argv = {self, "run", "--compile-only", fmt::format("-O{}", options.opt_level)};
  if (!options.cxx.empty()) build.argv.insert(build.argv.end(), {"--cxx", options.cxx});
  if (options.sanitize) build.argv.push_back("--sanitize");
  build.argv.push_back(c.program.string());
  ProcessResult built = run_process(build);
  if (built.status != 0) {
    // A program CPython rejects with a SyntaxError passes when yieldc
    // rejects it at the same line with the same message.
    if (compile_error_matches(c.program, built.err)) {
      c.passed = true;
      return;
    }
    c.report = fmt::format("compilation failed:\n{}{}", built.out, built.err);
    return;
  }
  std::string binary = trim(built.out);

  // sys.argv[0] is the script's name, as run_reference gives it to CPython.
  ProcessSpec spec;
  spec.executable = binary;
  spec.argv = {c.program.filename().string()};
  for (const std::string& a : read_args(c.program)) spec.argv.push_back(a);
  spec.stdin_path = stdin_for(c.program);
  spec.cwd = c.program.parent_path().empty() ? "." : c.program.parent_path().string();
  spec.timeout_seconds = test_options.timeout_seconds;
  ProcessResult r = run_process(spec);
  if (r.timed_out) {
    c.report = fmt::format("timed out after {} s\n", test_options.timeout_seconds);
    return;
  }
  std::string expected_out = read_text(out_file);
  fs::path rc_file = fs::path(c.program).replace_extension(".rc");
  int expected_rc = fs::exists(rc_file) ? std::stoi(read_text(rc_file)) : 0;
  fs::path err_file = fs::path(c.program).replace_extension(".err");
  std::string report;
  if (options.sanitize && has_sanitizer_report(r.err)) {
    constexpr size_t kMaxReport = 16000;
    std::string text = r.err.size() > kMaxReport ? r.err.substr(0, kMaxReport) + "\n[... report cut]\n" : r.err;
    report += "sanitizer report (stderr):\n" + text;
    if (!report.empty() && report.back() != '\n') report += '\n';
  }
  if (r.out != expected_out) report += "stdout differs:\n" + unified_diff(expected_out, r.out);
  if (r.status != expected_rc) report += fmt::format("exit status {} (CPython: {})\n", r.status, expected_rc);
  std::string expected_err = fs::exists(err_file) ? read_text(err_file) : "";
  std::string actual_err = normalize_stderr(r.err, c.program);
  if (expected_err != actual_err) report += "stderr differs:\n" + unified_diff(expected_err, actual_err);
  c.passed = report.empty();
  c.report = report;
}

// The command that reproduces a failure by hand.
std::string reproduce_command(const fs::path& program, const TestOptions& test_options, const Options& options) {
  std::string command;
  if (test_options.check_goldens) {
    command = fmt::format("(cd {} && {} {}", program.parent_path().empty() ? "." : program.parent_path().string(),
                          test_options.reference, program.filename().string());
  } else {
    command = fmt::format("yieldc run{} {}", options.sanitize ? " --sanitize" : "", program.string());
  }
  for (const std::string& a : read_args(program)) command += " " + a;
  fs::path in = fs::path(program).replace_extension(".in");
  if (fs::exists(in)) command += fmt::format(" < {}", test_options.check_goldens ? in.filename().string() : in.string());
  if (test_options.check_goldens) command += ")";
  return command;
}

}  // namespace

bool matches_filter(const std::string& path, const std::string& pattern) {
  if (pattern.empty()) return true;
  if (pattern.find_first_of("*?[") == std::string::npos) return path.find(pattern) != std::string::npos;
  if (fnmatch(pattern.c_str(), path.c_str(), 0) == 0) return true;
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
    if (fnmatch(pattern.c_str(), path.c_str() + slash + 1, 0) == 0) return true;
  }
  return false;
}

int command_test(const TestOptions& test_options, const Options& options) {
  std::vector<std::string> paths = test_options.paths;
  if (paths.empty()) paths.push_back("corpus");
  for (const std::string& p : paths) {
    if (!fs::exists(p)) {
      print_error(fmt::format("no such file or directory: '{}'", p));
      return kExitUsage;
    }
  }
  if (test_options.update && test_options.check_goldens) {
    print_error("--update and --check-goldens exclude each other");
    return kExitUsage;
  }
  bool uses_reference = test_options.update || test_options.check_goldens;
  if (uses_reference && find_executable(test_options.reference).empty()) {
    print_error(fmt::format("reference interpreter '{}' not found (choose one with --reference)", test_options.reference));
    return kExitUsage;
  }
  auto toolchain = locate_toolchain();
  if (!uses_reference && !toolchain) {
    print_error("cannot find the yieldc runtime next to this yieldc executable");
    return kExitUsage;
  }
  if (!uses_reference && options.sanitize) {
    if (!fs::exists(toolchain->asan_runtime_lib)) {
      print_error(fmt::format("--sanitize needs the sanitized runtime '{}' (build yieldc with clang++ installed and "
                              "-DYIELDC_ASAN_RUNTIME=ON)", toolchain->asan_runtime_lib));
      return kExitUsage;
    }
    // The programs inherit these unless the caller chose its own. Leaks are
    // not reported by default: reference cycles (as in CPython without its
    // cycle collector) and objects still alive at exit are never freed, by
    // design; ASAN_OPTIONS=detect_leaks=1 turns the check on.
    setenv("ASAN_OPTIONS", "detect_leaks=0:halt_on_error=1:detect_stack_use_after_return=0", 0);
    setenv("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1", 0);
  }
  std::vector<Case> cases;
  for (const fs::path& p : find_programs(paths, test_options.filter)) cases.push_back(Case{p, false, ""});

  unsigned jobs = test_options.jobs ? test_options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::atomic<size_t> next{0};
  std::string self = toolchain ? toolchain->exe_path : "";
  auto worker = [&] {
    for (size_t i = next++; i < cases.size(); i = next++) {
      if (test_options.update) record_golden(cases[i], test_options);
      else if (test_options.check_goldens) check_golden(cases[i], test_options);
      else run_case(cases[i], test_options, options, self);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned j = 0; j < std::min<size_t>(jobs, cases.size()); ++j) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();

  size_t passed = 0, failed = 0;
  for (const Case& c : cases) {
    if (c.passed) {
      ++passed;
      continue;
    }
    ++failed;
    std::cout << fmt::format("FAIL {}\n{}  reproduce: {}\n\n", c.program.string(), c.report,
                             reproduce_command(c.program, test_options, options));
  }
  if (test_options.update) {
    std::cout << fmt::format("{} recorded, {} failed\n", passed, failed);
  } else {
    std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
  }
  return failed == 0 ? kExitOk : kExitDiagnostics;
}

}  // namespace yieldc::driver
