// Running child processes: the C++ compiler, compiled programs, CPython.
#pragma once

#include <string>
#include <vector>

namespace yieldc::driver {

struct ProcessResult {
  int status = -1;        // exit status; 128 + signal when killed by one
  bool timed_out = false;
  bool failed_to_start = false;
  std::string out;        // captured stdout
  std::string err;        // captured stderr
};

struct ProcessSpec {
  std::vector<std::string> argv;
  // The program to run when argv[0] is not its path (a compiled program
  // run under its script's name, as CPython's sys.argv[0] is); empty:
  // argv[0], looked up on PATH.
  std::string executable;
  std::string stdin_path = "/dev/null";
  std::string cwd;              // empty: inherit
  double timeout_seconds = 0;   // 0: none
};

// Runs the process to completion, capturing stdout and stderr.
ProcessResult run_process(const ProcessSpec& spec);

// Finds an executable on PATH (or checks a path with a slash); empty if none.
std::string find_executable(const std::string& name);

}  // namespace yieldc::driver
