// open() and file objects over C stdio, with CPython 3.11's argument
// checks and messages. Text files encode and decode with the runtime's
// codecs (utf-8, ascii, latin-1) and handle line endings as open()'s
// newline argument says (by default "\r\n" and "\r" read as "\n");
// tell() is the byte offset, which is CPython's cookie whenever the
// decoder holds no state, as it never does here.
#include "yieldc/file.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <sys/stat.h>

#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/ops.hpp"
#include "bytes_internal.hpp"
#include "method_tables.hpp"
#include "raise.hpp"
#include "str_internal.hpp"

namespace py {

Type* os_error_type_for(int64_t errnum) {
  switch (errnum) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return &blocking_io_error_type;
    case ECHILD: return &child_process_error_type;
    case EPIPE:
    case ESHUTDOWN: return &broken_pipe_error_type;
    case ECONNABORTED: return &connection_aborted_error_type;
    case ECONNREFUSED: return &connection_refused_error_type;
    case ECONNRESET: return &connection_reset_error_type;
    case EEXIST: return &file_exists_error_type;
    case ENOENT: return &file_not_found_error_type;
    case EISDIR: return &is_a_directory_error_type;
    case ENOTDIR: return &not_a_directory_error_type;
    case EINTR: return &interrupted_error_type;
    case EACCES:
    case EPERM: return &permission_error_type;
    case ESRCH: return &process_lookup_error_type;
    case ETIMEDOUT: return &timeout_error_type;
    default: return &os_error_type;
  }
}

[[noreturn]] void raise_os_error(int errnum, const std::string& filename) {
  Type* type = os_error_type_for(errnum);
  Object e = make<ExceptionObject>(type, new_tuple({Object::from_int(errnum), new_str(std::strerror(errnum))}));
  cast<ExceptionObject>(e)->attrs.set("filename", new_str(filename));
  raise(e);
}

File::File(Type* type, std::FILE* fp, std::string name, std::string mode, std::string encoding, bool readable,
           bool writable)
    : HeapObject(type), readable(readable), writable(writable), name(std::move(name)), mode(std::move(mode)),
      encoding(std::move(encoding)), fp_(fp) {}

File::~File() {
  if (!fp_) return;
  if (owns_stream) {
    std::fclose(fp_);
  } else {
    std::fflush(fp_);
  }
  if (!delete_on_close.empty()) ::unlink(delete_on_close.c_str());
}

Object standard_stream(std::FILE* fp, const char* name, bool writable) {
  Object f = make<File>(&text_io_wrapper_type, fp, name, writable ? "w" : "r", "utf-8", !writable, writable);
  cast<File>(f)->owns_stream = false;
  return f;
}

std::string File::repr() const {
  if (is_text()) return fmt::format("<_io.TextIOWrapper name={} mode={} encoding={}>", str_repr(name),
                                    str_repr(mode), str_repr(encoding));
  return fmt::format("<_io.{} name={}>", type()->name(), str_repr(name));
}

std::FILE* File::stream(const char* binary_closed) const {
  if (fp_) return fp_;
  // The buffered binary files name the operation (buffered_closed checks).
  if (binary_closed != nullptr && !is_text()) raise_error(&value_error_type, "{}", binary_closed);
  raise_error(&value_error_type, "I/O operation on closed file.");
}

void File::close() {
  if (!fp_) return;
  std::FILE* fp = fp_;
  fp_ = nullptr;
  int rc = owns_stream ? std::fclose(fp) : std::fflush(fp);
  int error = errno;
  if (!delete_on_close.empty()) {
    ::unlink(delete_on_close.c_str());
    delete_on_close.clear();
  }
  if (rc != 0) raise_os_error(error, name);
}

Object File::iter() {
  stream();
  return Object::borrow(this);
}

bool File::next(Object& out) {
  out = readline();
  return py::truthy(out);
}

bool File::get_attribute(const char* attribute, Object& out) {
  if (std::strcmp(attribute, "name") == 0) {
    out = new_str(name);
  } else if (std::strcmp(attribute, "mode") == 0) {
    out = new_str(mode);
  } else if (std::strcmp(attribute, "closed") == 0) {
    out = Object::from_bool(fp_ == nullptr);
  } else if (std::strcmp(attribute, "encoding") == 0 && is_text()) {
    out = new_str(encoding);
  } else if (std::strcmp(attribute, "errors") == 0 && is_text()) {
    out = new_str(errors);
  } else {
    return false;
  }
  return true;
}

namespace {

File* as_file(const Object& o) { return cast<File>(o); }

// The stream, checked open and `readable` (or writable), and positioned for
// switching between reading and writing. `binary_closed` is a binary
// file's message when it is closed.
std::FILE* stream_for(File* f, File::Op op, const char* binary_closed) {
  std::FILE* fp = f->stream(binary_closed);
  bool allowed = op == File::Op::Read ? f->readable : f->writable;
  if (!allowed) raise_error(&unsupported_operation_type, op == File::Op::Read ? "not readable" : "not writable");
  if (f->last_op != File::Op::None && f->last_op != op) std::fseek(fp, 0, SEEK_CUR);
  // Every read looks past an earlier end of file: another writer may have
  // appended since (the `tail -f` loop), and Python's reads are not sticky.
  if (op == File::Op::Read) std::clearerr(fp);
  f->last_op = op;
  return fp;
}

// One character of a text file as raw bytes; false at the end. With
// universal newlines (newline=None) "\r\n" and "\r" are read as "\n". A
// UTF-8 lead byte brings its continuation bytes.
bool read_char(File* f, std::FILE* fp, std::string& out) {
  int c = std::getc(fp);
  if (c == EOF) return false;
  if (c == '\r' && f->newline == File::Newline::Universal) {
    int after = std::getc(fp);
    if (after != '\n' && after != EOF) std::ungetc(after, fp);
    out += '\n';
    return true;
  }
  out += static_cast<char>(c);
  if (f->encoding != "utf-8" || c < 0xC0) return true;
  // Only continuation bytes belong to the character: an invalid sequence
  // is left for the decoder's error handler, one byte at a time.
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  for (int i = 0; i < extra; ++i) {
    int next = std::getc(fp);
    if (next == EOF) break;
    if ((next & 0xC0) != 0x80) {
      std::ungetc(next, fp);
      break;
    }
    out += static_cast<char>(next);
  }
  return true;
}

Object text_of(const File* f, const std::string& raw) { return decode_bytes(raw, f->encoding, f->errors); }

// An optional size (_Py_convert_optional_to_ssize_t): None is -1.
int64_t optional_size(const Object& size) {
  if (size.is_none()) return -1;
  if (!is_int_like(size)) {
    raise_error(&type_error_type, "argument should be integer or None, not '{}'", size.type()->name());
  }
  return ssize_argument(size);
}

// read(size=-1): everything left, or up to `size` characters (bytes).
Object file_read(const Object& self, const Args& args) {
  expect_positional(args, "read", 0, 1);
  File* f = as_file(self);
  int64_t size = args.npos ? optional_size(args[0]) : -1;
  std::FILE* fp = stream_for(f, File::Op::Read, "read of closed file");
  std::string raw;
  if (f->is_text()) {
    for (int64_t n = 0; (size < 0 || n < size) && read_char(f, fp, raw); ++n) {
    }
    return text_of(f, raw);
  }
  char buffer[8192];
  while (size < 0 || static_cast<int64_t>(raw.size()) < size) {
    size_t want = size < 0 ? sizeof buffer : std::min(sizeof buffer, static_cast<size_t>(size) - raw.size());
    size_t got = std::fread(buffer, 1, want, fp);
    raw.append(buffer, got);
    if (got < want) break;
  }
  return new_bytes(std::move(raw));
}

// readline(size=-1, /): a text file's size is a Py_ssize_t (None is an
// error), a binary file's an optional one.
Object file_readline(const Object& self, const Args& args) {
  File* f = as_file(self);
  expect_no_keywords(args, fmt::format("{}.readline", f->type()->name()).c_str());
  expect_positional(args, "readline", 0, 1);
  int64_t limit = -1;
  if (args.npos) limit = f->is_text() ? ssize_argument(args[0]) : optional_size(args[0]);
  return f->readline(limit);
}

// readlines(hint=-1, /): IOBase.readlines iterates the file (so a closed
// one fails as iter() does) and stops after the line that takes the total
// length past a positive hint.
Object file_readlines(const Object& self, const Args& args) {
  expect_no_keywords(args, "_IOBase.readlines");
  expect_positional(args, "readlines", 0, 1);
  File* f = as_file(self);
  int64_t hint = args.npos ? optional_size(args[0]) : -1;
  f->stream();
  std::vector<Object> lines;
  int64_t total = 0;
  for (Object line = f->readline(); py::truthy(line); line = f->readline()) {
    total += static_cast<int64_t>(line.heap()->len());
    lines.push_back(std::move(line));
    if (hint > 0 && total > hint) break;
  }
  return new_list(std::move(lines));
}

// write(s): a str to a text file (returns its length in characters),
// bytes-like data to a binary one (returns the byte count).
Object file_write(const Object& self, const Args& args) {
  File* f = as_file(self);
  expect_one_arg(args, fmt::format("{}.write", f->type()->name()).c_str());
  std::FILE* fp = stream_for(f, File::Op::Write, "write to closed file");
  const Object& data = args[0];
  std::string raw;
  Object written;
  if (f->is_text()) {
    // The argument parser's message says `None`, not `NoneType`.
    if (!is_str(data)) {
      raise_error(&type_error_type, "write() argument must be str, not {}",
                  data.is_none() ? "None" : data.type()->name());
    }
    raw = cast<Bytes>(encode_str(data, f->encoding, f->errors))->data;
    // newline='\r' or '\r\n' writes each "\n" as that; None writes
    // os.linesep, which is "\n" here.
    if (f->newline == File::Newline::CR || f->newline == File::Newline::CRLF) {
      const char* ending = f->newline == File::Newline::CR ? "\r" : "\r\n";
      std::string translated;
      for (char c : raw) {
        if (c == '\n') {
          translated += ending;
        } else {
          translated += c;
        }
      }
      raw = std::move(translated);
    }
    written = Object::from_int(static_cast<int64_t>(cast<Str>(data)->len()));
  } else {
    raw = bytes_argument(data);
    written = Object::from_int(static_cast<int64_t>(raw.size()));
  }
  if (std::fwrite(raw.data(), 1, raw.size(), fp) != raw.size()) raise_os_error(errno, f->name);
  return written;
}

Object file_writelines(const Object& self, const Args& args) {
  expect_one_arg(args, "writelines");
  Object it = iter(args[0]), line;
  while (py::next(it, line)) file_write(self, Args{line});
  return None;
}

Object file_close(const Object& self, const Args& args) {
  expect_positional(args, "close", 0, 0);
  as_file(self)->close();
  return None;
}

Object file_flush(const Object& self, const Args& args) {
  expect_positional(args, "flush", 0, 0);
  std::fflush(as_file(self)->stream());
  return None;
}

Object file_tell(const Object& self, const Args& args) {
  expect_positional(args, "tell", 0, 0);
  return Object::from_int(std::ftell(as_file(self)->stream("I/O operation on closed file")));
}

// seek(offset, whence=0); a text file seeks relative to the current
// position or the end only by 0.
Object file_seek(const Object& self, const Args& args) {
  expect_positional(args, "seek", 1, 2);
  File* f = as_file(self);
  std::FILE* fp = f->stream("seek of closed file");
  int64_t offset = ssize_argument(args[0]);
  int64_t whence = args.npos > 1 ? ssize_argument(args[1]) : 0;
  if (whence < 0 || whence > 2) {
    raise_error(&value_error_type, "invalid whence ({}, should be 0, 1 or 2)", whence);
  }
  if (f->is_text() && whence != 0 && offset != 0) {
    raise_error(&unsupported_operation_type, "can't do nonzero {}-relative seeks", whence == 1 ? "cur" : "end");
  }
  if (f->is_text() && offset < 0) raise_error(&value_error_type, "negative seek position {}", offset);
  int origin = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
  if (std::fseek(fp, offset, origin) != 0) raise_os_error(errno, f->name);
  f->last_op = File::Op::None;
  return Object::from_int(std::ftell(fp));
}

// readable() and writable() check the raw file, whose message has no
// final period, in either mode.
void check_open(File* f) {
  if (f->closed()) raise_error(&value_error_type, "I/O operation on closed file");
}

Object file_readable(const Object& self, const Args& args) {
  expect_positional(args, "readable", 0, 0);
  check_open(as_file(self));
  return Object::from_bool(as_file(self)->readable);
}

Object file_writable(const Object& self, const Args& args) {
  expect_positional(args, "writable", 0, 0);
  check_open(as_file(self));
  return Object::from_bool(as_file(self)->writable);
}

Object file_enter(const Object& self, const Args& args) {
  expect_positional(args, "__enter__", 0, 0);
  as_file(self)->stream();
  return self;
}

Object file_exit(const Object& self, const Args&) {
  as_file(self)->close();
  return None;
}

// CPython's mode checks (_io.open): one of r/w/x/a, at most one '+',
// not both 't' and 'b'.
struct Mode {
  bool read = false, write = false, create = false, append = false, plus = false, text = false, binary = false;
};

Mode parse_mode(const std::string& mode) {
  Mode m;
  for (char c : mode) {
    bool* flag = nullptr;
    switch (c) {
      case 'r': flag = &m.read; break;
      case 'w': flag = &m.write; break;
      case 'x': flag = &m.create; break;
      case 'a': flag = &m.append; break;
      case '+': flag = &m.plus; break;
      case 't': flag = &m.text; break;
      case 'b': flag = &m.binary; break;
      default: break;
    }
    if (!flag || *flag) raise_error(&value_error_type, "invalid mode: '{}'", mode);
    *flag = true;
  }
  if (m.text && m.binary) raise_error(&value_error_type, "can't have text and binary mode at once");
  // _io.open rejects two of them; FileIO then rejects none.
  if (m.read + m.write + m.create + m.append > 1) {
    raise_error(&value_error_type, "must have exactly one of create/read/write/append mode");
  }
  if (m.read + m.write + m.create + m.append == 0) {
    raise_error(&value_error_type, "Must have exactly one of create/read/write/append mode and at most one plus");
  }
  return m;
}

// CPython's spellings of the codecs a text file can use.
std::string normalized_encoding(const Object& encoding) {
  if (!encoding.is_bound() || encoding.is_none()) return "utf-8";
  if (!is_str(encoding)) {
    raise_error(&type_error_type, "open() argument 'encoding' must be str or None, not {}", encoding.type()->name());
  }
  std::string name = cast<Str>(encoding)->data;
  decode_bytes("", name, "strict");  // LookupError `unknown encoding: NAME`
  std::string lower = map_ascii(name, CaseOp::Lower);
  for (char& c : lower) {
    if (c == '_') c = '-';
  }
  if (lower == "utf8" || lower == "utf-8") return "utf-8";
  return name;
}

// Whether `raw`, just extended by read_char, ends a line under the file's
// newline setting ("" ends lines at "\n", "\r\n" or a lone "\r").
bool ends_line(File* f, std::FILE* fp, std::string& raw) {
  char last = raw.back();
  switch (f->newline) {
    case File::Newline::Universal:
    case File::Newline::LF: return last == '\n';
    case File::Newline::CR: return last == '\r';
    case File::Newline::CRLF: return last == '\n' && raw.size() >= 2 && raw[raw.size() - 2] == '\r';
    case File::Newline::Untranslated:
      if (last == '\n') return true;
      if (last != '\r') return false;
      if (int after = std::getc(fp); after == '\n') {
        raw += '\n';
      } else if (after != EOF) {
        std::ungetc(after, fp);
      }
      return true;
  }
  return false;
}

// open()'s newline argument: None, '', '\n', '\r' or '\r\n'.
File::Newline newline_setting(const Object& newline) {
  if (!newline.is_bound() || newline.is_none()) return File::Newline::Universal;
  if (!is_str(newline)) {
    raise_error(&type_error_type, "open() argument 'newline' must be str or None, not {}", newline.type()->name());
  }
  const std::string& text = cast<Str>(newline)->data;
  if (text.empty()) return File::Newline::Untranslated;
  if (text == "\n") return File::Newline::LF;
  if (text == "\r") return File::Newline::CR;
  if (text == "\r\n") return File::Newline::CRLF;
  raise_error(&value_error_type, "illegal newline value: {}", text);
}

}  // namespace

Object File::readline(int64_t limit) {
  std::FILE* fp = stream_for(this, Op::Read, "readline of closed file");
  std::string raw;
  if (is_text()) {
    for (int64_t n = 0; (limit < 0 || n < limit) && read_char(this, fp, raw) && !ends_line(this, fp, raw); ++n) {
    }
    return text_of(this, raw);
  }
  while (limit < 0 || static_cast<int64_t>(raw.size()) < limit) {
    int c = std::getc(fp);
    if (c == EOF) break;
    raw += static_cast<char>(c);
    if (c == '\n') break;
  }
  return new_bytes(std::move(raw));
}

Object open_file(const Args& args) {
  Object a[6];
  bind_args(args, "open", {"file", "mode", "buffering", "encoding", "errors", "newline"}, 1, a);
  if (!is_str(a[0])) {
    raise_error(&type_error_type, "expected str, bytes or os.PathLike object, not {}", a[0].type()->name());
  }
  std::string name = cast<Str>(a[0])->data;
  std::string mode_text = "r";
  if (a[1].is_bound()) {
    if (!is_str(a[1])) {
      raise_error(&type_error_type, "open() argument 'mode' must be str, not {}", a[1].type()->name());
    }
    mode_text = cast<Str>(a[1])->data;
  }
  Mode m = parse_mode(mode_text);
  bool has_encoding = a[3].is_bound() && !a[3].is_none();
  if (m.binary && has_encoding) raise_error(&value_error_type, "binary mode doesn't take an encoding argument");
  std::string encoding = m.binary ? "" : normalized_encoding(a[3]);
  bool has_errors = a[4].is_bound() && !a[4].is_none();
  if (has_errors && !is_str(a[4])) {
    raise_error(&type_error_type, "open() argument 'errors' must be str or None, not {}", a[4].type()->name());
  }
  if (m.binary && has_errors) raise_error(&value_error_type, "binary mode doesn't take an errors argument");
  bool has_newline = a[5].is_bound() && !a[5].is_none();
  if (m.binary && has_newline) raise_error(&value_error_type, "binary mode doesn't take a newline argument");
  File::Newline newline = newline_setting(a[5]);
  const char* stdio_mode = m.read ? "rb" : m.write ? "wb" : m.create ? "wbx" : "ab";
  std::string fopen_mode = std::string(stdio_mode) + (m.plus ? "+" : "");
  std::FILE* fp = std::fopen(name.c_str(), fopen_mode.c_str());
  if (!fp) raise_os_error(errno, name);
  // stdio opens a directory for reading; CPython's open() refuses it.
  struct stat info {};
  if (::fstat(::fileno(fp), &info) == 0 && S_ISDIR(info.st_mode)) {
    std::fclose(fp);
    raise_os_error(EISDIR, name);
  }
  bool readable = m.read || m.plus, writable = !m.read || m.plus;
  Type* type = !m.binary ? &text_io_wrapper_type
               : m.plus  ? &buffered_random_type
               : m.read  ? &buffered_reader_type
                         : &buffered_writer_type;
  // The mode attribute: a text file shows the mode as given; a binary one
  // shows its FileIO's normalised mode ('w+b' is 'rb+').
  std::string shown_mode = mode_text;
  if (m.binary) {
    shown_mode = m.create ? "xb" : m.append ? "ab" : readable ? "rb" : "wb";
    if (m.plus) shown_mode += '+';
  }
  Object file = make<File>(type, fp, std::move(name), std::move(shown_mode), std::move(encoding), readable, writable);
  cast<File>(file)->newline = newline;
  if (has_errors) cast<File>(file)->errors = cast<Str>(a[4])->data;
  return file;
}

const MethodDef file_methods[] = {
    {"read", file_read},         {"readline", file_readline}, {"readlines", file_readlines},
    {"write", file_write},       {"writelines", file_writelines}, {"close", file_close},
    {"flush", file_flush},       {"seek", file_seek},         {"tell", file_tell},
    {"readable", file_readable}, {"writable", file_writable}, {"__enter__", file_enter},
    {"__exit__", file_exit},
};
const size_t file_method_count = std::size(file_methods);

}  // namespace py
