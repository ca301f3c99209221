// The os module's file-system and process corner, and os.path (CPython's
// posixpath): the string functions (join, split, basename, dirname,
// splitext, normpath, abspath, isabs) follow posixpath.py line by line, so
// their results match for every input; the stat-based ones (exists, isfile,
// isdir, islink, getsize) call the system as CPython does.
//
// Paths are str only: bytes paths and os.PathLike objects are not part of
// the subset. os.environ is a dict (of type os._Environ) filled from the
// process environment at import, whose keys and values must be str as
// _Environ's encodekey/encodevalue demand (CPython's also calls putenv;
// nothing in the subset starts a child process to see it).
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/bytes.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/dict.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/int.hpp"
#include "yieldc/module.hpp"
#include "yieldc/ops.hpp"
#include "builtin_functions_internal.hpp"
#include "hash_tables.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

extern char** environ;

namespace py {

extern Type environ_type;

namespace {

// A path argument of an os function: `remove: path should be string,
// bytes or os.PathLike, not int`.
const std::string& path_argument(const Object& o, const char* function) {
  if (!is_str(o)) {
    raise_error(&type_error_type, "{}: path should be string, bytes or os.PathLike, not {}", function,
                o.type()->name());
  }
  return cast<Str>(o)->data;
}

// A path argument of a posixpath function: `expected str, bytes or
// os.PathLike object, not int` (os.fspath's message).
const std::string& fspath(const Object& o) {
  if (!is_str(o)) {
    raise_error(&type_error_type, "expected str, bytes or os.PathLike object, not {}", o.type()->name());
  }
  return cast<Str>(o)->data;
}

std::string current_directory() {
  std::vector<char> buffer(PATH_MAX);
  while (::getcwd(buffer.data(), buffer.size()) == nullptr) {
    if (errno != ERANGE) raise_os_error(errno, "");
    buffer.resize(buffer.size() * 2);
  }
  return buffer.data();
}

// ---- os -------------------------------------------------------------------

Object os_remove(const Args& args) {
  expect_positional(args, "remove", 1, 1);
  const std::string& path = path_argument(args[0], "remove");
  if (::unlink(path.c_str()) != 0) raise_os_error(errno, path);
  return None;
}

Object os_rmdir(const Args& args) {
  expect_positional(args, "rmdir", 1, 1);
  const std::string& path = path_argument(args[0], "rmdir");
  if (::rmdir(path.c_str()) != 0) raise_os_error(errno, path);
  return None;
}

Object os_getcwd(const Args& args) {
  expect_positional(args, "getcwd", 0, 0);
  return new_str(current_directory());
}

Object os_chdir(const Args& args) {
  expect_positional(args, "chdir", 1, 1);
  const std::string& path = path_argument(args[0], "chdir");
  if (::chdir(path.c_str()) != 0) raise_os_error(errno, path);
  return None;
}

// listdir(path='.'): the entries in the directory's own order (readdir's,
// as CPython's), without '.' and '..'.
Object os_listdir(const Args& args) {
  Object bound[1];
  bind_args(args, "listdir", {"path"}, 0, bound);
  std::string path = !bound[0].is_bound() || bound[0].is_none() ? "." : path_argument(bound[0], "listdir");
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) raise_os_error(errno, path);
  std::vector<Object> names;
  while (dirent* entry = ::readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    names.push_back(new_str(std::string(name)));
  }
  ::closedir(dir);
  return new_list(std::move(names));
}

mode_t mode_argument(const Object& mode) {
  if (!mode.is_bound()) return 0777;
  return static_cast<mode_t>(int_argument(mode));
}

Object os_mkdir(const Args& args) {
  Object bound[2];
  bind_args(args, "mkdir", {"path", "mode"}, 1, bound);
  const std::string& path = path_argument(bound[0], "mkdir");
  if (::mkdir(path.c_str(), mode_argument(bound[1])) != 0) raise_os_error(errno, path);
  return None;
}

bool is_directory(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::string split_head(const std::string& path);
std::string split_tail(const std::string& path);

// makedirs(name, mode=0o777, exist_ok=False), as os.py: the missing
// parents first, then the leaf; an existing leaf is an error unless
// exist_ok and it is a directory.
void make_directories(const std::string& name, mode_t mode, bool exist_ok) {
  std::string head = split_head(name);
  std::string tail = split_tail(name);
  if (tail.empty()) {
    tail = split_tail(head);
    head = split_head(head);
  }
  if (!head.empty() && !tail.empty() && ::access(head.c_str(), F_OK) != 0) {
    try {
      make_directories(head, mode, true);
    } catch (Raised& raised) {
      // A parent created meanwhile is fine (FileExistsError), as in os.py.
      if (!isinstance(raised.exception, &file_exists_error_type)) throw;
      exception_caught_natively(raised.exception);
    }
    if (tail == ".") return;
  }
  if (::mkdir(name.c_str(), mode) != 0) {
    int error = errno;
    if (!exist_ok || !is_directory(name)) raise_os_error(error, name);
  }
}

Object os_makedirs(const Args& args) {
  Object bound[3];
  bind_args(args, "makedirs", {"name", "mode", "exist_ok"}, 1, bound);
  const std::string& name = path_argument(bound[0], "makedirs");
  make_directories(name, mode_argument(bound[1]), bound[2].is_bound() && truthy(bound[2]));
  return None;
}

Object os_rename(const Args& args, const char* function) {
  expect_positional(args, function, 2, 2);
  const std::string& source = path_argument(args[0], function);
  const std::string& target = path_argument(args[1], function);
  if (::rename(source.c_str(), target.c_str()) != 0) raise_os_error(errno, source);
  return None;
}
Object os_rename_fn(const Args& args) { return os_rename(args, "rename"); }
Object os_replace_fn(const Args& args) { return os_rename(args, "replace"); }


Object os_close(const Args& args) {
  expect_positional(args, "close", 1, 1);
  if (::close(int_argument(args[0])) != 0) raise_os_error(errno, "");
  return None;
}

// write(fd, data): the number of bytes written.
Object os_write(const Args& args) {
  expect_positional(args, "write", 2, 2);
  int fd = int_argument(args[0]);
  if (!is_bytes_like(args[1])) {
    raise_error(&type_error_type, "a bytes-like object is required, not '{}'", args[1].type()->name());
  }
  const std::string& data = cast<Bytes>(args[1])->data;
  ssize_t written = ::write(fd, data.data(), data.size());
  if (written < 0) raise_os_error(errno, "");
  return Object::from_int(written);
}

Object os_getpid(const Args& args) {
  expect_positional(args, "getpid", 0, 0);
  return Object::from_int(::getpid());
}

Object environ_object();

// getenv(key, default=None): os.environ.get(key, default).
Object os_getenv(const Args& args) {
  Object bound[2];
  bind_args(args, "getenv", {"key", "default"}, 1, bound);
  if (!is_str(bound[0])) raise_error(&type_error_type, "str expected, not {}", bound[0].type()->name());
  const Object* value = cast<Dict>(environ_object())->find(bound[0], hash(bound[0]));
  if (value != nullptr) return *value;
  return !bound[1].is_bound() ? None : bound[1];
}

// ---- os.path --------------------------------------------------------------

std::string_view::size_type last_sep(std::string_view p) { return p.rfind('/'); }

std::string strip_trailing_seps(std::string head) {
  // head.rstrip('/') unless head is all slashes.
  if (head.find_first_not_of('/') == std::string::npos) return head;
  while (!head.empty() && head.back() == '/') head.pop_back();
  return head;
}

std::string split_head(const std::string& p) {
  auto i = last_sep(p);
  std::string head = i == std::string::npos ? std::string() : p.substr(0, i + 1);
  return strip_trailing_seps(head);
}

std::string split_tail(const std::string& p) {
  auto i = last_sep(p);
  return i == std::string::npos ? p : p.substr(i + 1);
}

Object path_join(const Args& args) {
  if (args.has_keywords()) raise_error(&type_error_type, "join() takes no keyword arguments");
  if (args.size() == 0) raise_error(&type_error_type, "join() missing 1 required positional argument: 'a'");
  std::string path = fspath(args[0]);
  for (size_t i = 1; i < args.size(); ++i) {
    if (!is_str(args[i])) {
      raise_error(&type_error_type, "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                  args[i].type()->name());
    }
  }
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& b = cast<Str>(args[i])->data;
    if (!b.empty() && b[0] == '/') {
      path = b;
    } else if (path.empty() || path.back() == '/') {
      path += b;
    } else {
      path += '/';
      path += b;
    }
  }
  return new_str(std::move(path));
}

Object path_split(const Args& args) {
  expect_positional(args, "split", 1, 1);
  const std::string& p = fspath(args[0]);
  return new_tuple({new_str(split_head(p)), new_str(split_tail(p))});
}

Object path_basename(const Args& args) {
  expect_positional(args, "basename", 1, 1);
  return new_str(split_tail(fspath(args[0])));
}

Object path_dirname(const Args& args) {
  expect_positional(args, "dirname", 1, 1);
  return new_str(split_head(fspath(args[0])));
}

// splitext as genericpath._splitext: the extension starts at the last dot
// of the last component, unless that component is all dots before it.
Object path_splitext(const Args& args) {
  expect_positional(args, "splitext", 1, 1);
  const std::string& p = fspath(args[0]);
  auto sep_index = last_sep(p);
  auto dot_index = p.rfind('.');
  if (dot_index != std::string::npos && (sep_index == std::string::npos || dot_index > sep_index)) {
    size_t filename_index = sep_index == std::string::npos ? 0 : sep_index + 1;
    while (filename_index < dot_index) {
      if (p[filename_index] != '.') {
        return new_tuple({new_str(p.substr(0, dot_index)), new_str(p.substr(dot_index))});
      }
      ++filename_index;
    }
  }
  return new_tuple({new_str(p), new_str("")});
}

Object path_isabs(const Args& args) {
  expect_positional(args, "isabs", 1, 1);
  const std::string& p = fspath(args[0]);
  return Object::from_bool(!p.empty() && p[0] == '/');
}

std::string normalise(const std::string& path) {
  if (path.empty()) return ".";
  // POSIX allows one implementation-defined meaning for exactly two
  // leading slashes, which posixpath keeps.
  size_t initial_slashes = path[0] == '/' ? 1 : 0;
  if (initial_slashes && path.size() > 1 && path[1] == '/' && (path.size() == 2 || path[2] != '/')) {
    initial_slashes = 2;
  }
  std::vector<std::string> components;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string comp = path.substr(start, end - start);
    start = end + 1;
    if (comp.empty() || comp == ".") continue;
    if (comp != ".." || (!initial_slashes && components.empty()) ||
        (!components.empty() && components.back() == "..")) {
      components.push_back(std::move(comp));
    } else if (!components.empty()) {
      components.pop_back();
    }
  }
  std::string result(initial_slashes, '/');
  for (size_t i = 0; i < components.size(); ++i) {
    if (i) result += '/';
    result += components[i];
  }
  return result.empty() ? "." : result;
}

Object path_normpath(const Args& args) {
  expect_positional(args, "normpath", 1, 1);
  return new_str(normalise(fspath(args[0])));
}

Object path_abspath(const Args& args) {
  expect_positional(args, "abspath", 1, 1);
  const std::string& p = fspath(args[0]);
  if (!p.empty() && p[0] == '/') return new_str(normalise(p));
  std::string cwd = current_directory();
  return new_str(normalise(p.empty() ? cwd : cwd + (cwd.back() == '/' ? "" : "/") + p));
}

// exists/isfile/isdir/islink: false for a path that cannot be stat'ed.
Object stat_test(const Args& args, const char* name, bool follow_links, bool (*test)(mode_t)) {
  expect_positional(args, name, 1, 1);
  if (!is_str(args[0])) {
    if (is_int(args[0]) || is_bytes(args[0])) return False;
    raise_error(&type_error_type, "stat: path should be string, bytes, os.PathLike or integer, not {}",
                args[0].type()->name());
  }
  struct stat info {};
  const char* path = cast<Str>(args[0])->data.c_str();
  int rc = follow_links ? ::stat(path, &info) : ::lstat(path, &info);
  return Object::from_bool(rc == 0 && test(info.st_mode));
}

Object path_exists(const Args& args) {
  return stat_test(args, "exists", true, [](mode_t) { return true; });
}
Object path_isfile(const Args& args) {
  return stat_test(args, "isfile", true, [](mode_t m) { return S_ISREG(m); });
}
Object path_isdir(const Args& args) {
  return stat_test(args, "isdir", true, [](mode_t m) { return S_ISDIR(m); });
}
Object path_islink(const Args& args) {
  return stat_test(args, "islink", false, [](mode_t m) { return S_ISLNK(m); });
}

Object path_getsize(const Args& args) {
  expect_positional(args, "getsize", 1, 1);
  const std::string& p = path_argument(args[0], "stat");
  struct stat info {};
  if (::stat(p.c_str(), &info) != 0) raise_os_error(errno, p);
  return Object::from_int(static_cast<int64_t>(info.st_size));
}

const BuiltinFunctionDef remove_def{"remove", os_remove};
const BuiltinFunctionDef unlink_def{"unlink", os_remove};
const BuiltinFunctionDef rmdir_def{"rmdir", os_rmdir};
const BuiltinFunctionDef getcwd_def{"getcwd", os_getcwd};
const BuiltinFunctionDef chdir_def{"chdir", os_chdir};
const BuiltinFunctionDef listdir_def{"listdir", os_listdir};
const BuiltinFunctionDef mkdir_def{"mkdir", os_mkdir};
const BuiltinFunctionDef makedirs_def{"makedirs", os_makedirs};
const BuiltinFunctionDef rename_def{"rename", os_rename_fn};
const BuiltinFunctionDef replace_def{"replace", os_replace_fn};
const BuiltinFunctionDef close_def{"close", os_close};
const BuiltinFunctionDef write_def{"write", os_write};
const BuiltinFunctionDef getpid_def{"getpid", os_getpid};
const BuiltinFunctionDef getenv_def{"getenv", os_getenv};

const BuiltinFunctionDef join_def{"join", path_join};
const BuiltinFunctionDef split_def{"split", path_split};
const BuiltinFunctionDef basename_def{"basename", path_basename};
const BuiltinFunctionDef dirname_def{"dirname", path_dirname};
const BuiltinFunctionDef splitext_def{"splitext", path_splitext};
const BuiltinFunctionDef isabs_def{"isabs", path_isabs};
const BuiltinFunctionDef normpath_def{"normpath", path_normpath};
const BuiltinFunctionDef abspath_def{"abspath", path_abspath};
const BuiltinFunctionDef exists_def{"exists", path_exists};
const BuiltinFunctionDef isfile_def{"isfile", path_isfile};
const BuiltinFunctionDef isdir_def{"isdir", path_isdir};
const BuiltinFunctionDef islink_def{"islink", path_islink};
const BuiltinFunctionDef getsize_def{"getsize", path_getsize};

// os._Environ's str checks: `str expected, not int`.
const Object& env_str(const Object& o) {
  if (!is_str(o)) raise_error(&type_error_type, "str expected, not {}", o.type()->name());
  return o;
}

class Environ : public Dict {
 public:
  Environ() : Dict(&environ_type) {}
  std::string repr() const override { return "environ(" + Dict::repr() + ")"; }
  Object getitem(const Object& key) override { return Dict::getitem(env_str(key)); }
  void setitem(const Object& key, Object value) override {
    env_str(key);
    Dict::setitem(key, env_str(value));
  }
  void delitem(const Object& key) override { Dict::delitem(env_str(key)); }
  bool contains(const Object& key) override { return Dict::contains(env_str(key)); }
};

// MutableMapping.update and setdefault, which store through __setitem__.
Object environ_update(const Object& self, const Args& args) {
  Object items = new_dict();
  dict_update_common(items, args, "update");
  size_t pos = 0;
  Object key, value;
  while (dict_next(items, pos, key, value)) setitem(self, key, value);
  return None;
}

Object environ_setdefault(const Object& self, const Args& args) {
  Object slots[2];
  bind_args(args, "setdefault", {"key", "default"}, 1, slots);
  Object value = slots[1].is_bound() ? slots[1] : None;
  if (contains(self, slots[0])) return getitem(self, slots[0]);
  setitem(self, slots[0], value);
  return value;
}

const MethodDef environ_methods[] = {{"update", environ_update}, {"setdefault", environ_setdefault}};

Object environ_object() {
  static Object environ_dict = [] {
    Object d = make<Environ>();
    for (char** entry = environ; *entry != nullptr; ++entry) {
      std::string_view text = *entry;
      auto eq = text.find('=');
      if (eq == std::string_view::npos) continue;
      cast<Dict>(d)->Dict::setitem(new_str(std::string(text.substr(0, eq))), new_str(std::string(text.substr(eq + 1))));
    }
    return d;
  }();
  return environ_dict;
}

}  // namespace

Type environ_type("_Environ", &dict_type, {environ_methods, std::size(environ_methods)});

void init_os_path_module(Module& module) {
  for (const BuiltinFunctionDef* def : {&join_def, &split_def, &basename_def, &dirname_def, &splitext_def, &isabs_def,
                                        &normpath_def, &abspath_def, &exists_def, &isfile_def, &isdir_def, &islink_def,
                                        &getsize_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
  module.attrs.set("sep", new_str("/"));
  module.attrs.set("curdir", new_str("."));
  module.attrs.set("pardir", new_str(".."));
  module.attrs.set("extsep", new_str("."));
}

void init_os_module(Module& module) {
  for (const BuiltinFunctionDef* def : {&remove_def, &unlink_def, &rmdir_def, &getcwd_def, &chdir_def, &listdir_def,
                                        &mkdir_def, &makedirs_def, &rename_def, &replace_def, &close_def, &write_def,
                                        &getpid_def, &getenv_def}) {
    module.attrs.set(def->name, builtin_object(*def));
  }
  module.attrs.set("path", import_module("os.path"));
  environ_type.set_module("os");
  module.attrs.set("environ", environ_object());
  module.attrs.set("name", new_str("posix"));
  module.attrs.set("sep", new_str("/"));
  module.attrs.set("linesep", new_str("\n"));
  module.attrs.set("SEEK_SET", Object::from_int(0));
  module.attrs.set("SEEK_CUR", Object::from_int(1));
  module.attrs.set("SEEK_END", Object::from_int(2));
  module.attrs.set("curdir", new_str("."));
  module.attrs.set("pardir", new_str(".."));
  module.attrs.set("extsep", new_str("."));
}

}  // namespace py
