// The tempfile module: gettempdir/gettempprefix, mkstemp, mkdtemp,
// NamedTemporaryFile and TemporaryDirectory, as CPython's tempfile.py
// does them: names are the prefix ('tmp'), eight characters drawn from
// "abcdefghijklmnopqrstuvwxyz0123456789_" and the suffix, created with
// O_EXCL (retried on a clash), files with mode 0600 and directories 0700.
//
// One difference: NamedTemporaryFile returns the file object itself (the
// open() result, removed on close when delete=True) rather than CPython's
// _TemporaryFileWrapper around it; attributes, methods, iteration and
// `with` behave the same, only type(f) differs.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <random>
#include <string>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "method_tables.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

constexpr int kMaxTries = 10000;  // tempfile.TMP_MAX

Module* tempfile_module = nullptr;

// The candidate names' random part, from a generator seeded by the kernel.
std::string random_name() {
  static std::mt19937_64 generator = [] {
    uint64_t seed = 0;
    if (::getrandom(&seed, sizeof seed, 0) != sizeof seed) seed = static_cast<uint64_t>(::getpid()) ^ ::time(nullptr);
    return std::mt19937_64(seed);
  }();
  static const char characters[] = "abcdefghijklmnopqrstuvwxyz0123456789_";
  std::string name;
  for (int i = 0; i < 8; ++i) name += characters[generator() % (sizeof characters - 1)];
  return name;
}

bool usable_directory(const std::string& dir) {
  struct stat info {};
  return ::stat(dir.c_str(), &info) == 0 && S_ISDIR(info.st_mode) && ::access(dir.c_str(), W_OK | X_OK) == 0;
}

// _get_default_tempdir: $TMPDIR, $TEMP, $TMP, then the usual places, then
// the current directory; the first writable one, made absolute.
std::string default_tempdir() {
  std::vector<std::string> candidates;
  for (const char* variable : {"TMPDIR", "TEMP", "TMP"}) {
    if (const char* value = std::getenv(variable); value && *value) candidates.emplace_back(value);
  }
  for (const char* dir : {"/tmp", "/var/tmp", "/usr/tmp"}) candidates.emplace_back(dir);
  for (std::string& dir : candidates) {
    if (!usable_directory(dir)) continue;
    if (dir[0] != '/') {
      char cwd[4096];
      if (::getcwd(cwd, sizeof cwd)) dir = std::string(cwd) + "/" + dir;
    }
    while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    return dir;
  }
  char cwd[4096];
  if (::getcwd(cwd, sizeof cwd)) return cwd;
  raise_error(&file_not_found_error_type, "[Errno 2] No usable temporary directory found");
}

// gettempdir(), cached in tempfile.tempdir as CPython's is (a script that
// assigns tempfile.tempdir changes where later files go).
std::string tempdir() {
  Object* current = tempfile_module->attrs.find("tempdir");
  if (current && is_str(*current)) return cast<Str>(*current)->data;
  std::string dir = default_tempdir();
  tempfile_module->attrs.set("tempdir", new_str(dir));
  return dir;
}

std::string optional_str(const Object& o, const char* fallback, const char* what) {
  if (!o.is_bound() || o.is_none()) return fallback;
  if (!is_str(o)) raise_error(&type_error_type, "{} must be str, not {}", what, o.type()->name());
  return cast<Str>(o)->data;
}

struct NameParts {
  std::string prefix, suffix, dir;
};

NameParts name_parts(const Object& suffix, const Object& prefix, const Object& dir) {
  NameParts parts{optional_str(prefix, "tmp", "prefix"), optional_str(suffix, "", "suffix"), ""};
  parts.dir = dir.is_bound() && !dir.is_none() ? optional_str(dir, "", "dir") : tempdir();
  return parts;
}

std::string join(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

// Creates a new file (O_EXCL) under a fresh name; returns its descriptor
// and sets `path`.
int create_file(const NameParts& parts, std::string& path) {
  for (int attempt = 0; attempt < kMaxTries; ++attempt) {
    path = join(parts.dir, parts.prefix + random_name() + parts.suffix);
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) return fd;
    if (errno == EEXIST) continue;
    raise_os_error(errno, path);
  }
  raise_error(&file_exists_error_type, "[Errno 17] No usable temporary file name found");
}

std::string create_directory(const NameParts& parts) {
  for (int attempt = 0; attempt < kMaxTries; ++attempt) {
    std::string path = join(parts.dir, parts.prefix + random_name() + parts.suffix);
    if (::mkdir(path.c_str(), 0700) == 0) return path;
    if (errno == EEXIST) continue;
    raise_os_error(errno, path);
  }
  raise_error(&file_exists_error_type, "[Errno 17] No usable temporary directory name found");
}

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (!::getcwd(cwd, sizeof cwd)) raise_os_error(errno, "");
  return join(cwd, path);
}

Object tempfile_gettempdir(const Args& args) {
  expect_positional(args, "gettempdir", 0, 0);
  return new_str(tempdir());
}

Object tempfile_gettempprefix(const Args& args) {
  expect_positional(args, "gettempprefix", 0, 0);
  return new_str("tmp");
}

// mkstemp(suffix=None, prefix=None, dir=None, text=False) -> (fd, path)
Object tempfile_mkstemp(const Args& args) {
  Object a[4];
  bind_args(args, "mkstemp", {"suffix", "prefix", "dir", "text"}, 0, a);
  std::string path;
  int fd = create_file(name_parts(a[0], a[1], a[2]), path);
  return new_tuple({Object::from_int(fd), new_str(absolute(path))});
}

// mkdtemp(suffix=None, prefix=None, dir=None) -> path
Object tempfile_mkdtemp(const Args& args) {
  Object a[3];
  bind_args(args, "mkdtemp", {"suffix", "prefix", "dir"}, 0, a);
  return new_str(absolute(create_directory(name_parts(a[0], a[1], a[2]))));
}

// NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
//                    suffix=None, prefix=None, dir=None, delete=True, *, errors=None)
Object tempfile_named_temporary_file(const Args& args) {
  Object a[9];
  bind_args(args, "NamedTemporaryFile",
            {"mode", "buffering", "encoding", "newline", "suffix", "prefix", "dir", "delete", "errors"}, 0, a);
  std::string path;
  int fd = create_file(name_parts(a[4], a[5], a[6]), path);
  ::close(fd);
  // The file exists (empty, 0600); open() gives it the requested mode,
  // which for the default 'w+b' truncates nothing that matters.
  Object mode = a[0].is_bound() ? a[0] : new_str("w+b");
  std::vector<KwArg> keywords{{"mode", mode}};
  if (a[2].is_bound()) keywords.push_back({"encoding", a[2]});
  if (a[3].is_bound()) keywords.push_back({"newline", a[3]});
  if (a[8].is_bound()) keywords.push_back({"errors", a[8]});
  Object name = new_str(path);
  Object file;
  try {
    file = open_file(Args(&name, 1, keywords.data(), keywords.size()));
  } catch (Raised&) {
    ::unlink(path.c_str());
    throw;
  }
  if (!a[7].is_bound() || truthy(a[7])) cast<File>(file)->delete_on_close = path;
  return file;
}

// ---------------------------------------------------------------- TemporaryDirectory

// shutil.rmtree for what the directory holds: files, links and
// subdirectories, depth first. Errors raise unless `ignore_errors`.
void remove_tree(const std::string& path, bool ignore_errors) {
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) {
    if (!ignore_errors) raise_os_error(errno, path);
    return;
  }
  std::vector<std::string> entries;
  while (dirent* entry = ::readdir(dir)) {
    if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0) {
      entries.emplace_back(entry->d_name);
    }
  }
  ::closedir(dir);
  for (const std::string& name : entries) {
    std::string child = join(path, name);
    struct stat info {};
    if (::lstat(child.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      remove_tree(child, ignore_errors);
    } else if (::unlink(child.c_str()) != 0 && !ignore_errors) {
      raise_os_error(errno, child);
    }
  }
  if (::rmdir(path.c_str()) != 0 && !ignore_errors) raise_os_error(errno, path);
}

extern Type temporary_directory_type;

class TemporaryDirectory final : public HeapObject {
 public:
  TemporaryDirectory(std::string name, bool ignore_errors)
      : HeapObject(&temporary_directory_type), name(std::move(name)), ignore_errors(ignore_errors) {}
  // Like CPython's weakref.finalize: a directory not cleaned up explicitly
  // goes when the object does.
  ~TemporaryDirectory() override {
    if (!cleaned) {
      try {
        remove_tree(name, true);
      } catch (...) {
      }
    }
  }

  std::string repr() const override { return "<TemporaryDirectory '" + name + "'>"; }
  bool get_attribute(const char* attribute, Object& out) override {
    if (std::strcmp(attribute, "name") != 0) return false;
    out = new_str(name);
    return true;
  }

  // Removes the directory, once; later calls do nothing (as CPython's).
  void cleanup() {
    if (cleaned) return;
    cleaned = true;
    remove_tree(name, ignore_errors);
  }

  std::string name;
  bool ignore_errors;
  bool cleaned = false;
};

Object temporary_directory_enter(const Object& self, const Args& args) {
  expect_no_args(args, "TemporaryDirectory.__enter__");
  return new_str(cast<TemporaryDirectory>(self)->name);
}
Object temporary_directory_exit(const Object& self, const Args&) {
  cast<TemporaryDirectory>(self)->cleanup();
  return None;
}
Object temporary_directory_cleanup(const Object& self, const Args& args) {
  expect_no_args(args, "TemporaryDirectory.cleanup");
  cast<TemporaryDirectory>(self)->cleanup();
  return None;
}

const MethodDef temporary_directory_methods[] = {
    {"__enter__", temporary_directory_enter},
    {"__exit__", temporary_directory_exit},
    {"cleanup", temporary_directory_cleanup},
};

Type temporary_directory_type("TemporaryDirectory", &object_type,
                              {temporary_directory_methods, std::size(temporary_directory_methods)});

// TemporaryDirectory(suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False)
Object construct_temporary_directory(Type*, const Args& args) {
  Object a[4];
  bind_args(args, "TemporaryDirectory", {"suffix", "prefix", "dir", "ignore_cleanup_errors"}, 0, a);
  std::string path = absolute(create_directory(name_parts(a[0], a[1], a[2])));
  return make<TemporaryDirectory>(std::move(path), a[3].is_bound() && truthy(a[3]));
}

const BuiltinFunctionDef gettempdir_def{"gettempdir", tempfile_gettempdir};
const BuiltinFunctionDef gettempprefix_def{"gettempprefix", tempfile_gettempprefix};
const BuiltinFunctionDef mkstemp_def{"mkstemp", tempfile_mkstemp};
const BuiltinFunctionDef mkdtemp_def{"mkdtemp", tempfile_mkdtemp};
const BuiltinFunctionDef named_temporary_file_def{"NamedTemporaryFile", tempfile_named_temporary_file};

}  // namespace

void init_tempfile_module(Module& module) {
  tempfile_module = &module;
  for (const BuiltinFunctionDef* def :
       {&gettempdir_def, &gettempprefix_def, &mkstemp_def, &mkdtemp_def, &named_temporary_file_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
  temporary_directory_type.set_module("tempfile");
  temporary_directory_type.set_constructor(construct_temporary_directory);
  module.attrs.set("TemporaryDirectory", type_object(temporary_directory_type));
  module.attrs.set("tempdir", None);
  module.attrs.set("TMP_MAX", Object::from_int(kMaxTries));
}

}  // namespace py
