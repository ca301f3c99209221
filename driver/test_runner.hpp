// `yieldc test`: the golden-output runner. Each `NAME.py` under the given
// paths is compiled and run, and compared with the goldens CPython recorded
// beside it: NAME.out (stdout), NAME.rc (exit status, when not 0) and
// NAME.err (stderr as normalize_stderr keeps it, when there was any). NAME.in
// is the program's stdin and NAME.args its arguments (separated by
// whitespace). Files whose name starts with `_` are helpers that other
// programs import, not tests.
//
// Three modes: the default compiles and runs each program (with --sanitize
// under ASan+UBSan); --update re-records the goldens by running the
// reference interpreter; --check-goldens runs the reference interpreter and
// compares what it prints today with the stored goldens, compiling nothing.
#pragma once

#include <string>
#include <vector>

#include "driver/options.hpp"

namespace yieldc::driver {

struct TestOptions {
  std::vector<std::string> paths;
  bool update = false;          // re-record goldens with the reference interpreter
  bool check_goldens = false;   // compare the goldens with what the reference interpreter prints now
  std::string reference = "python3";  // the interpreter of --update and --check-goldens
  std::string filter;           // only programs whose path matches (see matches_filter)
  unsigned jobs = 0;            // 0: one per core
  double timeout_seconds = 30;
};

// --filter: a glob (fnmatch, `*` also crosses `/`) when PATTERN has one of
// `*?[`, matched against the whole path or any tail of it after a `/`
// (`protocol/cl0*` matches `corpus/protocol/cl01_x.py`); otherwise a
// substring of the path. An empty pattern matches everything.
bool matches_filter(const std::string& path, const std::string& pattern);

int command_test(const TestOptions& test_options, const Options& options);

}  // namespace yieldc::driver
