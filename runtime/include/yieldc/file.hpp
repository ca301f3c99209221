// Files: what `open()` returns, a text file (TextIOWrapper: str in and
// out, universal newlines on reading) or a binary one (BufferedReader,
// BufferedWriter, BufferedRandom: bytes), over C stdio; and the OSError
// that a failed system call raises, with CPython's errno subclasses and
// message (`[Errno 2] No such file or directory: 'name'`).
#pragma once

#include <cstdio>
#include <string>

#include "yieldc/call.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

extern Type text_io_wrapper_type;
extern Type buffered_reader_type;
extern Type buffered_writer_type;
extern Type buffered_random_type;
extern Type unsupported_operation_type;  // io.UnsupportedOperation(OSError)

class File : public HeapObject {
 public:
  File(Type* type, std::FILE* fp, std::string name, std::string mode, std::string encoding, bool readable,
       bool writable);
  ~File() override;

  std::string repr() const override;
  Object iter() override;
  bool next(Object& out) override;
  // name, mode, closed, encoding (text files)
  bool get_attribute(const char* name, Object& out) override;

  bool is_text() const { return type() == &text_io_wrapper_type; }
  // Raises ValueError `I/O operation on closed file.` once closed, or for
  // a binary file `binary_closed` when given (`read of closed file`).
  std::FILE* stream(const char* binary_closed = nullptr) const;
  bool closed() const { return fp_ == nullptr; }
  // The next line (up to and including its newline), empty at the end; at
  // most `limit` characters (bytes) of it when `limit` >= 0.
  Object readline(int64_t limit = -1);
  void close();

  bool readable, writable;
  std::string name, mode;
  std::string encoding;         // text files only
  std::string errors = "strict";  // open()'s error handler (text files)
  // The last operation, since C stdio needs a seek between reading and
  // writing the same stream.
  enum class Op { None, Read, Write } last_op = Op::None;
  // False for sys.stdin/stdout/stderr: closing them flushes but leaves the
  // process's stream open (print and tracebacks still use it).
  bool owns_stream = true;
  // open()'s newline argument for text files: None (universal newlines:
  // read "\r\n" and "\r" as "\n"), '' (lines end at any of them, kept as
  // they are), or one fixed line ending ("\n" written as it).
  enum class Newline { Universal, Untranslated, LF, CR, CRLF } newline = Newline::Universal;
  // tempfile.NamedTemporaryFile(delete=True): the path removed when the
  // file is closed or released.
  std::string delete_on_close;

 private:
  std::FILE* fp_;
};

// sys.stdin, sys.stdout, sys.stderr: text files over the process's streams.
Object standard_stream(std::FILE* fp, const char* name, bool writable);

// What `print()` without `file=` writes to: unbound while sys.stdout is the
// process's stdout (print then writes to the C stream directly), else the
// object assigned to sys.stdout (contextlib.redirect_stdout, or a script's
// own `sys.stdout = f`). Kept by the sys module's attribute assignment.
const Object& redirected_stdout();

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
Object open_file(const Args& args);

// The OSError for `errnum` (FileNotFoundError for ENOENT, ...):
// args (errno, strerror), and `filename` when given.
// The OSError subclass an errno stands for (CPython's errmap: ENOENT is
// FileNotFoundError, ...), OSError itself for the rest.
Type* os_error_type_for(int64_t errnum);
[[noreturn]] void raise_os_error(int errnum, const std::string& filename);

}  // namespace py
