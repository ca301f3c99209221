// open(), file objects, the os module and OSError against CPython 3.11:
// the expected values are what python3 printed for the same calls (text
// mode translates "\r\n" and "\r" on reading, counts characters in read(n)
// and write(); the errors carry CPython's messages).
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <string>

#include "yieldc/runtime.hpp"

namespace {

const char* const kName = "yieldc_file_test.txt";

py::Object open_file(std::initializer_list<py::Object> args, std::initializer_list<py::KwArg> kw = {}) {
  return py::bi::open.fn(py::Args(args, kw));
}

py::Object method(const py::Object& f, const char* name, std::initializer_list<py::Object> args = {}) {
  return py::call_method(f, name, py::Args(args));
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const py::Raised& r) {
    return py::format_exception_only(r.exception);
  }
  return "no error";
}

class FileTest : public ::testing::Test {
 protected:
  void TearDown() override { std::remove(kName); }
};

TEST_F(FileTest, TextWriteThenRead) {
  py::Object f = open_file({py::new_str(kName), py::new_str("w")});
  EXPECT_EQ(py::repr(method(f, "write", {py::new_str("a\r\nb\rc\n\xe2\x82\xac")})), "8");
  EXPECT_EQ(py::str(py::getattr(f, "mode")), "w");
  method(f, "close");
  EXPECT_EQ(py::repr(py::getattr(f, "closed")), "True");
  f = open_file({py::new_str(kName)});
  EXPECT_EQ(py::repr(method(f, "read", {py::Int(3)})), "'a\\nb'");
  EXPECT_EQ(py::repr(method(f, "readline")), "'\\n'");
  EXPECT_EQ(py::repr(method(f, "readlines")), "['c\\n', '\xe2\x82\xac']");
  EXPECT_EQ(py::repr(method(f, "tell")), "10");
  method(f, "close");
  f = open_file({py::new_str(kName), py::new_str("rb")});
  EXPECT_EQ(py::repr(method(f, "read")), "b'a\\r\\nb\\rc\\n\\xe2\\x82\\xac'");
  EXPECT_EQ(py::repr(f), "<_io.BufferedReader name='yieldc_file_test.txt'>");
}

TEST_F(FileTest, ModeAndArgumentErrors) {
  auto open_with = [](const char* mode) { return [mode] { open_file({py::new_str(kName), py::new_str(mode)}); }; };
  EXPECT_EQ(error_of(open_with("rw")), "ValueError: must have exactly one of create/read/write/append mode");
  EXPECT_EQ(error_of(open_with("rr")), "ValueError: invalid mode: 'rr'");
  EXPECT_EQ(error_of(open_with("q")), "ValueError: invalid mode: 'q'");
  EXPECT_EQ(error_of(open_with("rtb")), "ValueError: can't have text and binary mode at once");
  EXPECT_EQ(error_of([] { open_file({py::new_str(kName), py::new_str("rb")}, {{"encoding", py::new_str("utf-8")}}); }),
            "ValueError: binary mode doesn't take an encoding argument");
  EXPECT_EQ(error_of([] { open_file({py::new_str(kName), py::new_str("r")}, {{"encoding", py::new_str("nope")}}); }),
            "LookupError: unknown encoding: nope");
  EXPECT_EQ(error_of([] { open_file({py::Float(5.5)}); }),
            "TypeError: expected str, bytes or os.PathLike object, not float");
}

TEST_F(FileTest, OperationErrors) {
  py::Object w = open_file({py::new_str(kName), py::new_str("w")});
  EXPECT_EQ(error_of([&] { method(w, "read"); }), "UnsupportedOperation: not readable");
  EXPECT_EQ(error_of([&] { method(w, "write", {py::bytes_literal("x", 1)}); }),
            "TypeError: write() argument must be str, not bytes");
  method(w, "close");
  EXPECT_EQ(error_of([&] { method(w, "write", {py::new_str("x")}); }), "ValueError: I/O operation on closed file.");
  py::Object r = open_file({py::new_str(kName)});
  EXPECT_EQ(error_of([&] { method(r, "seek", {py::Int(1), py::Int(1)}); }),
            "UnsupportedOperation: can't do nonzero cur-relative seeks");
  py::Object b = open_file({py::new_str(kName), py::new_str("wb")});
  EXPECT_EQ(error_of([&] { method(b, "write", {py::new_str("s")}); }),
            "TypeError: a bytes-like object is required, not 'str'");
}

TEST_F(FileTest, OSErrors) {
  EXPECT_EQ(error_of([] { open_file({py::new_str("/nonexistent/dir/x")}); }),
            "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/dir/x'");
  EXPECT_EQ(error_of([] { open_file({py::new_str("/")}); }), "IsADirectoryError: [Errno 21] Is a directory: '/'");
  py::Object os = py::import_module("os");
  EXPECT_EQ(error_of([&] { py::call(py::getattr(os, "remove"), py::Args{py::new_str("/nonexistent_zz")}); }),
            "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent_zz'");
  try {
    open_file({py::new_str("nope_zz")});
    FAIL() << "no error";
  } catch (const py::Raised& r) {
    EXPECT_EQ(py::repr(py::getattr(r.exception, "args")), "(2, 'No such file or directory')");
    EXPECT_EQ(py::repr(py::getattr(r.exception, "errno")), "2");
    EXPECT_EQ(py::repr(py::getattr(r.exception, "strerror")), "'No such file or directory'");
    EXPECT_EQ(py::repr(py::getattr(r.exception, "filename")), "'nope_zz'");
    EXPECT_EQ(py::repr(r.exception), "FileNotFoundError(2, 'No such file or directory')");
  }
  open_file({py::new_str(kName), py::new_str("x")});
  py::Object exists = py::getattr(py::getattr(os, "path"), "exists");
  EXPECT_EQ(py::repr(py::call(exists, py::Args{py::new_str(kName)})), "True");
  EXPECT_EQ(error_of([] { open_file({py::new_str(kName), py::new_str("x")}); }),
            "FileExistsError: [Errno 17] File exists: 'yieldc_file_test.txt'");
}

}  // namespace

namespace {

TEST(StandardStream, ClosingItLeavesTheProcessStreamOpen) {
  std::FILE* tmp = std::tmpfile();
  ASSERT_NE(tmp, nullptr);
  {
    py::Object f = py::standard_stream(tmp, "<stdout>", true);
    EXPECT_EQ(py::repr(f), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    EXPECT_EQ(method(f, "write", {py::str_literal("hi\n", 3)}).as_small_int(), 3);
    method(f, "close");
    EXPECT_EQ(error_of([&] { method(f, "write", {py::str_literal("x", 1)}); }),
              "ValueError: I/O operation on closed file.");
  }
  // Neither close() nor the object's end closed the FILE: it is still usable.
  EXPECT_GE(std::fputs("more\n", tmp), 0);
  std::rewind(tmp);
  char line[16] = {};
  ASSERT_NE(std::fgets(line, sizeof line, tmp), nullptr);
  EXPECT_STREQ(line, "hi\n");
  std::fclose(tmp);
}

}  // namespace
