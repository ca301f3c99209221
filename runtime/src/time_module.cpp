// The time module: the clocks generator scripts time themselves with, and
// sleep. Clocks are CPython's: perf_counter and monotonic read
// CLOCK_MONOTONIC, time reads CLOCK_REALTIME, process_time the process's
// CPU clock.
#include <cerrno>
#include <cmath>
#include <ctime>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

int64_t clock_ns(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Object seconds(clockid_t clock) { return Object::from_float(static_cast<double>(clock_ns(clock)) * 1e-9); }

Object time_perf_counter(const Args& args) {
  expect_positional(args, "perf_counter", 0, 0);
  return seconds(CLOCK_MONOTONIC);
}
Object time_perf_counter_ns(const Args& args) {
  expect_positional(args, "perf_counter_ns", 0, 0);
  return Object::from_int(clock_ns(CLOCK_MONOTONIC));
}
Object time_monotonic(const Args& args) {
  expect_positional(args, "monotonic", 0, 0);
  return seconds(CLOCK_MONOTONIC);
}
Object time_monotonic_ns(const Args& args) {
  expect_positional(args, "monotonic_ns", 0, 0);
  return Object::from_int(clock_ns(CLOCK_MONOTONIC));
}
Object time_time(const Args& args) {
  expect_positional(args, "time", 0, 0);
  return seconds(CLOCK_REALTIME);
}
Object time_time_ns(const Args& args) {
  expect_positional(args, "time_ns", 0, 0);
  return Object::from_int(clock_ns(CLOCK_REALTIME));
}
Object time_process_time(const Args& args) {
  expect_positional(args, "process_time", 0, 0);
  return seconds(CLOCK_PROCESS_CPUTIME_ID);
}

// sleep(secs): an int or float number of seconds, waited for in full
// (nanosleep is resumed after a signal, as PEP 475 has CPython do).
Object time_sleep(const Args& args) {
  expect_positional(args, "sleep", 1, 1);
  const Object& secs = args[0];
  double value;
  if (secs.is_float()) {
    value = secs.as_float();
    if (std::isnan(value)) raise_error(&value_error_type, "Invalid value NaN (not a number)");
  } else if (secs.is_small_int() || secs.is_bool()) {
    value = static_cast<double>(secs.as_small_int());
  } else if (is_int(secs)) {
    raise_error(&overflow_error_type, "timestamp too large to convert to C _PyTime_t");
  } else {
    raise_error(&type_error_type, "'{}' object cannot be interpreted as an integer", secs.type()->name());
  }
  if (value < 0) raise_error(&value_error_type, "sleep length must be non-negative");
  if (value > 9.2e9) raise_error(&overflow_error_type, "timestamp too large to convert to C _PyTime_t");
  timespec request{};
  request.tv_sec = static_cast<time_t>(value);
  request.tv_nsec = static_cast<long>((value - static_cast<double>(request.tv_sec)) * 1e9);
  timespec remaining{};
  while (nanosleep(&request, &remaining) != 0 && errno == EINTR) request = remaining;
  return None;
}

const BuiltinFunctionDef perf_counter_def{"perf_counter", time_perf_counter};
const BuiltinFunctionDef perf_counter_ns_def{"perf_counter_ns", time_perf_counter_ns};
const BuiltinFunctionDef monotonic_def{"monotonic", time_monotonic};
const BuiltinFunctionDef monotonic_ns_def{"monotonic_ns", time_monotonic_ns};
const BuiltinFunctionDef time_def{"time", time_time};
const BuiltinFunctionDef time_ns_def{"time_ns", time_time_ns};
const BuiltinFunctionDef process_time_def{"process_time", time_process_time};
const BuiltinFunctionDef sleep_def{"sleep", time_sleep};

}  // namespace

void init_time_module(Module& module) {
  for (const BuiltinFunctionDef* def : {&perf_counter_def, &perf_counter_ns_def, &monotonic_def, &monotonic_ns_def,
                                        &time_def, &time_ns_def, &process_time_def, &sleep_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
}

}  // namespace py
