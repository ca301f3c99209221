// Text formatting against CPython: format(value, spec), the f-string
// conversions, str.format and `str % args`. Every expected value is in
// format_cases.inc, written by gen_format_cases.py from what python3
// prints; this file only decodes the inputs and replays them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "yieldc/dict.hpp"
#include "yieldc/format.hpp"
#include "yieldc/runtime.hpp"

namespace {

struct FormatCase {
  char kind;  // F format(), C conversion, S str.format, P %, B format builtin
  const char* a;
  const char* b;
  const char* c;
  const char* expected;  // "=" + output, or "!" + the exception line
};

const FormatCase kCases[] = {
#include "format_cases.inc"
};

// Decodes the value notation of gen_format_cases.py (see its `enc`).
class Decoder {
 public:
  explicit Decoder(std::string_view text) : text_(text) {}

  py::Object value() {
    char tag = text_[pos_++];
    switch (tag) {
      case 'N': return py::None;
      case 'T': return py::True;
      case 'F': return py::False;
      case 'i': return py::int_from_decimal(until(';'));
      case 'd': return py::Float(std::strtod(std::string(until(';')).c_str(), nullptr));
      case 's': {
        size_t n = count();
        std::string s(text_.substr(pos_, n));
        pos_ += n;
        return py::new_str(std::move(s));
      }
      case 't': return py::new_tuple(items(count()));
      case 'l': return py::new_list(items(count()));
      case 'D': {
        py::Object d = py::new_dict();
        size_t n = count();
        for (size_t i = 0; i < n; ++i) {
          py::Object key = value();
          py::dict_set(d, key, value());
        }
        return d;
      }
      default: ADD_FAILURE() << "bad value tag " << tag; return py::None;
    }
  }

  // k<n>: pairs of (str name, value).
  void keywords(std::vector<std::string>& names, std::vector<py::Object>& values) {
    if (text_[pos_++] != 'k') ADD_FAILURE() << "bad keywords";
    size_t n = count();
    for (size_t i = 0; i < n; ++i) {
      names.push_back(py::str(value()));
      values.push_back(value());
    }
  }

  std::vector<py::Object> items(size_t n) {
    std::vector<py::Object> out;
    for (size_t i = 0; i < n; ++i) out.push_back(value());
    return out;
  }

 private:
  std::string_view until(char end) {
    size_t stop = text_.find(end, pos_);
    std::string_view out = text_.substr(pos_, stop - pos_);
    pos_ = stop + 1;
    return out;
  }
  size_t count() { return static_cast<size_t>(std::stoul(std::string(until(':')))); }

  std::string_view text_;
  size_t pos_ = 0;
};

py::Object decode(const char* text) { return Decoder(text).value(); }

std::string run_case(const FormatCase& c) {
  switch (c.kind) {
    case 'F': return py::format_value(decode(c.a), c.b);
    case 'C': return py::format_conversion(decode(c.a), c.b[0]);
    case 'B': {
      py::Object spec = *c.b ? decode(c.b) : py::Object();
      return py::str(py::format_builtin(decode(c.a), spec));
    }
    case 'P': return py::str(py::mod(py::new_str(c.a), decode(c.b)));
    case 'S': {
      py::Object self = py::new_str(c.a);
      py::Object positional = decode(c.b);
      std::vector<std::string> names;
      std::vector<py::Object> values;
      Decoder(c.c).keywords(names, values);
      std::vector<py::KwArg> keywords;
      for (size_t i = 0; i < names.size(); ++i) keywords.push_back({names[i].c_str(), values[i]});
      const auto& items = py::cast<py::Tuple>(positional)->items;
      py::Args args(items.data(), items.size(), keywords.data(), keywords.size());
      return py::str(py::str_format(self, args));
    }
    default: ADD_FAILURE() << "bad case kind " << c.kind; return "";
  }
}

std::string outcome(const FormatCase& c) {
  try {
    return "=" + run_case(c);
  } catch (const py::Raised& r) {
    return "!" + py::format_exception_only(r.exception);
  }
}

// Replays every case of one kind; reports the first mismatches in full
// and then only their number, so a regression does not flood the log.
void replay(char kind) {
  size_t run = 0, failed = 0;
  for (const FormatCase& c : kCases) {
    if (c.kind != kind) continue;
    ++run;
    std::string got = outcome(c);
    if (got == c.expected) continue;
    if (++failed <= 40) {
      ADD_FAILURE() << "case " << c.kind << " a=[" << c.a << "] b=[" << c.b << "] c=[" << c.c << "]\n"
                    << "  expected: " << c.expected << "\n  got:      " << got;
    }
  }
  EXPECT_EQ(failed, 0u) << "of " << run << " cases";
  EXPECT_GT(run, 0u);
}

TEST(Format, FormatSpecMatchesCPython) { replay('F'); }
TEST(Format, ConversionsMatchCPython) { replay('C'); }
TEST(Format, StrFormatMatchesCPython) { replay('S'); }
TEST(Format, PercentFormatMatchesCPython) { replay('P'); }
TEST(Format, FormatBuiltinMatchesCPython) { replay('B'); }

// format() of a bool: the empty spec is str() ('True'); any other spec
// formats it as the int it is (CPython's int.__format__).
TEST(Format, BoolIsAnIntExceptForTheEmptySpec) {
  EXPECT_EQ(py::format_value(py::True, ""), "True");
  EXPECT_EQ(py::format_value(py::True, "d"), "1");
  EXPECT_EQ(py::format_value(py::False, ">3"), "  0");
}

// The `%` operator reaches printf-style formatting only for a str left
// operand; ints keep their modulo.
TEST(Format, ModuloOfStrFormats) {
  EXPECT_EQ(py::str(py::mod(py::new_str("%d-%s"), py::new_tuple({py::Int(7), py::new_str("x")}))), "7-x");
  EXPECT_EQ(py::repr(py::mod(py::Int(7), py::Int(3))), "1");
}

// str.format is reached through str's method table, as emitted code calls it.
TEST(Format, FormatIsAStrMethod) {
  py::Object result =
      py::call_method(py::new_str("{}-{x}"), "format", py::Args({py::Int(1)}, {{"x", py::new_str("y")}}));
  EXPECT_EQ(py::str(result), "1-y");
}

}  // namespace
