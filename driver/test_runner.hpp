// `yieldc test`: the golden-output runner. Each `NAME.py` under the given
// paths is compiled and run, and compared with the goldens CPython recorded
// beside it: NAME.out (stdout), NAME.rc (exit status, when not 0) and
// NAME.err (the last stderr line, when the status is not 0). NAME.in is the
// program's stdin and NAME.args its arguments. Files whose name starts with
// `_` are helpers that other programs import, not tests.
#pragma once

#include <string>
#include <vector>

#include "driver/options.hpp"

namespace yieldc::driver {

struct TestOptions {
  std::vector<std::string> paths;
  bool update = false;        // re-record goldens with python3
  unsigned jobs = 0;          // 0: one per core
  double timeout_seconds = 30;
};

int command_test(const TestOptions& test_options, const Options& options);

}  // namespace yieldc::driver
