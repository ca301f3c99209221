// The golden runner: finds the programs, runs them in parallel (each build
// and run is a child process, so nothing is shared between workers), then
// reports failures in a stable order with a diff and the command that
// reproduces each one, ending with `N passed, M failed`.
#include "driver/test_runner.hpp"

#include <fmt/format.h>
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

std::string unified_diff(const std::string& expected, const std::string& actual) {
  char dir_template[] = "/tmp/yieldc-diff-XXXXXX";
  if (!mkdtemp(dir_template)) return "(cannot make a temporary directory for the diff)\n";
  fs::path dir(dir_template);
  write_text(dir / "expected", expected);
  write_text(dir / "actual", actual);
  ProcessSpec spec;
  spec.argv = {"diff", "-u", "--label", "expected (CPython)", "--label", "actual (yieldc)", (dir / "expected").string(),
               (dir / "actual").string()};
  ProcessResult r = run_process(spec);
  std::error_code ec;
  fs::remove_all(dir, ec);
  return r.out;
}

std::vector<fs::path> find_programs(const std::vector<std::string>& paths) {
  std::vector<fs::path> programs;
  auto consider = [&](const fs::path& p) {
    if (p.extension() == ".py" && p.filename().string()[0] != '_') programs.push_back(p);
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

void record_golden(Case& c, double timeout) {
  ProcessSpec spec;
  spec.argv = {"python3", c.program.filename().string()};
  for (const std::string& a : read_args(c.program)) spec.argv.push_back(a);
  spec.stdin_path = stdin_for(c.program);
  spec.cwd = c.program.parent_path().empty() ? "." : c.program.parent_path().string();
  spec.timeout_seconds = timeout;
  ProcessResult r = run_process(spec);
  if (r.failed_to_start || r.timed_out) {
    c.report = r.timed_out ? "python3 timed out\n" : "cannot run python3\n";
    return;
  }
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

  ProcessSpec spec;
  spec.argv = {binary};
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
  if (r.out != expected_out) report += "stdout differs:\n" + unified_diff(expected_out, r.out);
  if (r.status != expected_rc) report += fmt::format("exit status {} (CPython: {})\n", r.status, expected_rc);
  std::string expected_err = fs::exists(err_file) ? read_text(err_file) : "";
  std::string actual_err = normalize_stderr(r.err, c.program);
  if (expected_err != actual_err) report += "stderr differs:\n" + unified_diff(expected_err, actual_err);
  c.passed = report.empty();
  c.report = report;
}

}  // namespace

int command_test(const TestOptions& test_options, const Options& options) {
  std::vector<std::string> paths = test_options.paths;
  if (paths.empty()) paths.push_back("corpus");
  for (const std::string& p : paths) {
    if (!fs::exists(p)) {
      print_error(fmt::format("no such file or directory: '{}'", p));
      return kExitUsage;
    }
  }
  auto toolchain = locate_toolchain();
  if (!test_options.update && !toolchain) {
    print_error("cannot find the yieldc runtime next to this yieldc executable");
    return kExitUsage;
  }
  std::vector<Case> cases;
  for (const fs::path& p : find_programs(paths)) cases.push_back(Case{p, false, ""});

  unsigned jobs = test_options.jobs ? test_options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::atomic<size_t> next{0};
  std::string self = toolchain ? toolchain->exe_path : "";
  auto worker = [&] {
    for (size_t i = next++; i < cases.size(); i = next++) {
      if (test_options.update) record_golden(cases[i], test_options.timeout_seconds);
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
    std::cout << fmt::format("FAIL {}\n{}  reproduce: yieldc run {}\n\n", c.program.string(), c.report,
                             c.program.string());
  }
  if (test_options.update) {
    std::cout << fmt::format("{} recorded, {} failed\n", passed, failed);
  } else {
    std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
  }
  return failed == 0 ? kExitOk : kExitDiagnostics;
}

}  // namespace yieldc::driver
