// The random module's Mersenne Twister against CPython: random.Random(seed)
// for int, float, str and bytes seeds gives CPython's first outputs and the
// same long run of outputs (random_cases.inc, written by gen_random_cases.py).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "python_cases.hpp"
#include "yieldc/runtime.hpp"

namespace yieldc_test {
namespace {

struct RandomCase {
  const char* seed_repr;
  py::Object (*seed)();
  const char* first;  // six getrandbits(32), random(), getrandbits(100)
  uint64_t long_run_checksum;
};

#include "random_cases.inc"

py::Object bits(const py::Object& r, int64_t k) { return py::call_method(r, "getrandbits", {py::Int(k)}); }
py::Object uniform01(const py::Object& r) { return py::call_method(r, "random", {}); }

// gen_random_cases.py's run_summary().
std::string long_run(const py::Object& r) {
  std::string out;
  for (int64_t i = 0; i < 3000; ++i) {
    if (i) out += '\n';
    out += i % 3 ? py::repr(uniform01(r)) : py::repr(bits(r, 1 + i % 97));
  }
  return out;
}

TEST(Random, SeedsGiveCPythonsSequences) {
  py::Object random_class = py::getattr(py::import_module("random"), "Random");
  for (const RandomCase& c : kRandomCases) {
    py::Object r = py::call(random_class, {c.seed()});
    std::string first;
    for (int i = 0; i < 6; ++i) first += py::repr(bits(r, 32)) + " ";
    first += py::repr(uniform01(r));
    first += " " + py::repr(bits(r, 100));
    EXPECT_EQ(first, c.first) << "seed " << c.seed_repr;
    EXPECT_EQ(fnv1a64(long_run(r)), c.long_run_checksum) << "seed " << c.seed_repr;
  }
}

TEST(Random, StateRoundTrips) {
  py::Object random_class = py::getattr(py::import_module("random"), "Random");
  py::Object a = py::call(random_class, {py::Int(7)});
  py::Object state = py::call_method(a, "getstate", {});
  std::string before = long_run(a);
  py::Object b = py::call(random_class, {});
  py::call_method(b, "setstate", {state});
  EXPECT_EQ(long_run(b), before);
}

}  // namespace
}  // namespace yieldc_test
