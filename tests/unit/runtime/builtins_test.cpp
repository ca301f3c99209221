// The builtins against CPython: the cases of builtins_cases.inc (written by
// gen_builtins_cases.py, which ran each snippet on python3) call the
// builtins through their defs and compare the result and what was printed;
// then the scenarios of that file replayed by hand with generator frames
// (finalisation inside zip and map, next() and return values, input()).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "yieldc/runtime.hpp"

namespace {

const py::CodeInfo kGenCode = {"gen", "gen", "test.py"};

struct BuiltinCase {
  const char* python;
  py::Object (*run)();
  const char* expected;
  const char* printed;  // nullptr when the snippet prints nothing
};

// ---- the helper functions of gen_builtins_cases.py's HELPERS

const char* const kX[] = {"x"};
const char* const kT[] = {"t"};
const char* const kABC[] = {"a", "b", "c"};
const py::Signature kNegSignature{"neg", kX, 0, 1, 0, nullptr, nullptr};
const py::Signature kFirstSignature{"first", kT, 0, 1, 0, nullptr, nullptr};
const py::Signature kSecondSignature{"second", kT, 0, 1, 0, nullptr, nullptr};
const py::Signature kBoomSignature{"boom", kX, 0, 0, 0, "args", nullptr};
const py::Signature kParitySignature{"parity", kX, 0, 1, 0, nullptr, nullptr};
const py::Signature kAdd3Signature{"add3", kABC, 0, 3, 0, nullptr, nullptr};
const py::Signature kStopSignature{"stop", kX, 0, 0, 0, "args", nullptr};

py::Object helper_neg() {
  static py::Object f = py::new_function(&kNegSignature, [](py::Function&, py::Object* s) { return py::neg(s[0]); });
  return f;
}
py::Object helper_first() {
  static py::Object f = py::new_function(&kFirstSignature,
                                         [](py::Function&, py::Object* s) { return py::getitem(s[0], py::Int(0)); });
  return f;
}
[[maybe_unused]] py::Object helper_second() {
  static py::Object f = py::new_function(&kSecondSignature,
                                         [](py::Function&, py::Object* s) { return py::getitem(s[0], py::Int(1)); });
  return f;
}
py::Object helper_boom() {
  static py::Object f = py::new_function(&kBoomSignature, [](py::Function&, py::Object*) -> py::Object {
    py::raise_error(&py::value_error_type, "boom");
  });
  return f;
}
py::Object helper_parity() {
  static py::Object f =
      py::new_function(&kParitySignature, [](py::Function&, py::Object* s) { return py::mod(s[0], py::Int(2)); });
  return f;
}
py::Object helper_add3() {
  static py::Object f = py::new_function(
      &kAdd3Signature, [](py::Function&, py::Object* s) { return py::add(py::add(s[0], s[1]), s[2]); });
  return f;
}
py::Object helper_stop() {
  static py::Object f = py::new_function(&kStopSignature, [](py::Function&, py::Object*) -> py::Object {
    py::raise(py::new_exception(&py::stop_iteration_type));
  });
  return f;
}

#include "builtins_cases.inc"

std::string outcome(const BuiltinCase& c) {
  try {
    return py::repr(c.run());
  } catch (const py::Raised& r) {
    return py::format_exception_only(r.exception);
  }
}

TEST(Builtins, MatchesCPython) {
  for (const BuiltinCase& c : kBuiltinCases) {
    testing::internal::CaptureStdout();
    std::string result = outcome(c);
    std::fflush(stdout);
    std::string printed = testing::internal::GetCapturedStdout();
    EXPECT_EQ(result, c.expected) << "case: " << c.python;
    EXPECT_EQ(printed, c.printed ? c.printed : "") << "case: " << c.python;
  }
}

// ---- generator frames for the scenarios

// Yields `values` in turn, logging `name + index` before each yield when
// a name is given, and "closed" when its `finally` runs (on return, on an
// exception thrown in, or on close()); then returns `result`.
class ListFrame final : public py::Generator {
 public:
  ListFrame(std::vector<py::Object> values, std::vector<std::string>* log, std::string name, bool log_finally,
            py::Object result = py::None)
      : py::Generator(kGenCode),
        values_(std::move(values)),
        log_(log),
        name_(std::move(name)),
        log_finally_(log_finally),
        result_(std::move(result)) {}

  py::Step resume(py::ResumeKind kind, py::Object sent) override {
    try {
      if (state_ != 0) take_sent(kind, std::move(sent));
      if (index_ < values_.size()) {
        if (!name_.empty()) log_->push_back(name_ + std::to_string(index_));
        state_ = 1;
        return py::Step::yielded(values_[index_++]);
      }
    } catch (...) {
      if (log_finally_) log_->push_back("closed");
      throw;
    }
    if (log_finally_) log_->push_back("closed");
    return py::Step::returned(result_);
  }

 private:
  std::vector<py::Object> values_;
  size_t index_ = 0;
  std::vector<std::string>* log_;
  std::string name_;
  bool log_finally_;
  py::Object result_;
};

// The scenarios' gen(): yields 1 and 2 inside a try/finally that logs.
py::Object closing_gen(std::vector<std::string>& log) {
  return py::make<ListFrame>(std::vector<py::Object>{py::Int(1), py::Int(2)}, &log, "", true);
}

std::string joined(const std::vector<std::string>& log) {
  std::string out;
  for (size_t i = 0; i < log.size(); ++i) out += (i ? "," : "") + log[i];
  return out + "\n";
}

py::Object text(const char* s) { return py::new_str(s); }

TEST(Builtins, ZipOwnsItsGenerator) {
  std::vector<std::string> log;
  py::Object z = py::bi::zip.fn({closing_gen(log), py::new_list({py::Int(10)})});
  log.push_back(py::repr(py::bi::next.fn({z})));
  log.push_back(py::repr(py::bi::next.fn({z, text("end")})));
  log.push_back("exhausted");
  z = py::Object();  // del z
  log.push_back("deleted");
  EXPECT_EQ(joined(log), kZipOwnsGenerator[0]);
}

TEST(Builtins, MapEnumerateFilterOwnTheirGenerators) {
  std::vector<std::string> log;
  py::Object m = py::bi::map.fn({py::type_object(py::str_type), closing_gen(log)});
  log.push_back(py::str(py::bi::next.fn({m})));
  m = py::Object();
  log.push_back("deleted");
  py::Object e = py::bi::enumerate.fn({closing_gen(log)});
  log.push_back(py::repr(py::bi::next.fn({e})));
  e = py::Object();
  log.push_back("deleted");
  py::Object f = py::bi::filter.fn({py::None, closing_gen(log)});
  log.push_back(py::repr(py::bi::next.fn({f})));
  f = py::Object();
  log.push_back("deleted");
  EXPECT_EQ(joined(log), kMapOwnsGenerator[0]);
}

TEST(Builtins, NextDeliversTheReturnValue) {
  auto gen = [] {
    return py::make<ListFrame>(std::vector<py::Object>{py::Int(1)}, nullptr, "", false, text("result"));
  };
  std::string out;
  py::Object g = gen();
  out += py::str(py::bi::next.fn({g})) + "\n";
  try {
    py::bi::next.fn({g});
    out += "no StopIteration\n";
  } catch (const py::Raised& r) {
    out += py::repr(py::getattr(r.exception, "value")) + "\n";
  }
  out += py::str(py::bi::next.fn({g, text("default")})) + "\n";
  g = gen();
  py::bi::next.fn({g});
  out += py::str(py::bi::next.fn({g, text("default")})) + "\n";
  EXPECT_EQ(out, kNextReturnValue[0]);
}

TEST(Builtins, ZipStrictOverGenerators) {
  std::vector<std::string> log;
  auto gen = [&](int n, const char* name) {
    std::vector<py::Object> values;
    for (int i = 0; i < n; ++i) values.push_back(py::Int(i));
    return py::make<ListFrame>(std::move(values), &log, name, false);
  };
  try {
    py::list(py::bi::zip.fn(py::Args{{gen(2, "a"), gen(3, "b")}, {{"strict", py::True}}}));
  } catch (const py::Raised& r) {
    log.push_back(py::str(r.exception));
  }
  EXPECT_EQ(joined(log), kZipStrictGenerators[0]);
}

TEST(Builtins, ConsumersOfGenerators) {
  auto gen = [] {
    return py::make<ListFrame>(std::vector<py::Object>{py::Int(3), py::Int(1), py::Int(2)}, nullptr, "", false);
  };
  testing::internal::CaptureStdout();
  py::Object reversed_sorted = py::list(py::bi::reversed.fn({py::bi::sorted.fn({gen()})}));
  py::bi::print.fn({py::bi::sum.fn({gen()}), py::bi::sorted.fn({gen()}), py::bi::min.fn({gen()}),
                    py::bi::max.fn({gen()}), py::bi::all.fn({gen()}), py::bi::any.fn({gen()}), reversed_sorted});
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), kConsumers[0]);
}

TEST(Builtins, LoopVariableKeepsTheLastItem) {
  std::string out;
  auto last_of = [&](const py::Object& iterator) {
    py::Object t;
    while (py::next(iterator, t)) {
    }
    out += py::repr(t) + "\n";
  };
  last_of(py::bi::zip.fn({text("ab"), text("x")}));
  last_of(py::bi::zip.fn({text("abc"), text("xyz"), text("123"), text("!@#"), text("$%^")}));
  last_of(py::bi::enumerate.fn({text("ab")}));
  EXPECT_EQ(out, kLoopVariableKeepsLast[0]);
}

const char* const kKeyNames[] = {"x"};
const py::Signature kKeySignature{"key", kKeyNames, 0, 1, 0, nullptr, nullptr};
py::Object sorted_list;
py::Object seen_lengths;

TEST(Builtins, SortEmptiesTheListAndNoticesChanges) {
  sorted_list = py::new_list({py::Int(3), py::Int(1), py::Int(2)});
  seen_lengths = py::new_list({});
  py::Object key = py::new_function(&kKeySignature, [](py::Function&, py::Object* s) {
    py::list_append(seen_lengths, py::len(sorted_list));
    py::list_append(sorted_list, s[0]);
    return s[0];
  });
  std::string out;
  try {
    py::call_method(sorted_list, "sort", py::Args{{}, {{"key", key}}});
  } catch (const py::Raised& r) {
    out += py::str(r.exception) + "\n";
  }
  out += py::repr(sorted_list) + " " + py::repr(seen_lengths) + "\n";
  EXPECT_EQ(out, kSortModified[0]);
  sorted_list = py::Object();
  seen_lengths = py::Object();
}

TEST(Builtins, InputReadsLinesFromStdin) {
  std::string path = testing::TempDir() + "yieldc_input_test.txt";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs(kInputText[0], f);
  std::fclose(f);
  ASSERT_NE(std::freopen(path.c_str(), "r", stdin), nullptr);
  testing::internal::CaptureStdout();
  std::string error;
  try {
    py::bi::print.fn({py::repr_builtin(py::bi::input.fn({text("> ")}))});
    py::bi::print.fn({py::repr_builtin(py::bi::input.fn({}))});
    py::bi::print.fn({py::repr_builtin(py::bi::input.fn({text("")}))});
    py::bi::print.fn({py::repr_builtin(py::bi::input.fn({py::Int(5)}))});
    py::bi::input.fn({text("gone? ")});
  } catch (const py::Raised& r) {
    error = py::format_exception_only(r.exception);
  }
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout() + error, kInputOutput[0]);
  std::remove(path.c_str());
}

TEST(Builtins, FunctionObjectsAreSharedAndCallable) {
  py::Object a = py::builtin_object(py::bi::len);
  EXPECT_TRUE(a.is(py::builtin_object(py::bi::len)));
  // py::call reaches the def with the keywords as written.
  const py::Object positional[] = {py::new_list({py::Int(1), py::Int(2)})};
  const py::KwArg keywords[] = {{"reverse", py::True}};
  py::Args args(positional, 1, keywords, 1);
  EXPECT_EQ(py::repr(py::call(py::builtin_object(py::bi::sorted), args)), py::repr(py::bi::sorted.fn(args)));
  // The builtins that are classes in Python are their types.
  EXPECT_TRUE(py::builtin_object(py::bi::zip).is(py::type_object(py::zip_type)));
  EXPECT_TRUE(py::builtin_object(py::bi::range).is(py::type_object(py::range_type)));
}

// What `[*a, b, *c]` and `(*a, b)` displays compile to.
TEST(StarredDisplays, ListExtendAndListToTuple) {
  py::Object list = py::new_list({py::Int(1)});
  py::list_extend(list, list);
  py::list_extend(list, py::new_str("ab"));
  py::list_extend(list, py::range(py::Int(2)));
  EXPECT_EQ(py::repr(list), "[1, 1, 'a', 'b', 0, 1]");
  EXPECT_EQ(py::repr(py::list_to_tuple(list)), "(1, 1, 'a', 'b', 0, 1)");
  try {
    py::list_extend(list, py::Int(5));
    FAIL() << "no error";
  } catch (const py::Raised& r) {
    EXPECT_EQ(py::format_exception_only(r.exception), "TypeError: 'int' object is not iterable");
  }
}

}  // namespace
