// The os module's file-system corner: os.remove/os.unlink, and os.path
// (CPython's posixpath) with exists, isfile and isdir.
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/file.hpp"
#include "yieldc/module.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

namespace {

// A path argument: a str (`remove: path should be string, bytes or
// os.PathLike, not int`).
const std::string& path_argument(const Object& o, const char* function) {
  if (!is_str(o)) {
    raise_error(&type_error_type, "{}: path should be string, bytes or os.PathLike, not {}", function,
                o.type()->name());
  }
  return cast<Str>(o)->data;
}

Object os_remove(const Args& args) {
  expect_positional(args, "remove", 1, 1);
  const std::string& path = path_argument(args[0], "remove");
  if (::unlink(path.c_str()) != 0) raise_os_error(errno, path);
  return None;
}

// os.path.exists/isfile/isdir: false for a path that cannot be stat'ed.
Object stat_test(const Args& args, const char* name, bool (*test)(mode_t)) {
  expect_positional(args, name, 1, 1);
  if (!is_str(args[0])) return False;
  struct stat info {};
  return Object::from_bool(::stat(cast<Str>(args[0])->data.c_str(), &info) == 0 && test(info.st_mode));
}

Object path_exists(const Args& args) {
  return stat_test(args, "exists", [](mode_t) { return true; });
}
Object path_isfile(const Args& args) {
  return stat_test(args, "isfile", [](mode_t m) { return S_ISREG(m); });
}
Object path_isdir(const Args& args) {
  return stat_test(args, "isdir", [](mode_t m) { return S_ISDIR(m); });
}

const BuiltinFunctionDef remove_def{"remove", os_remove};
const BuiltinFunctionDef unlink_def{"unlink", os_remove};
const BuiltinFunctionDef exists_def{"exists", path_exists};
const BuiltinFunctionDef isfile_def{"isfile", path_isfile};
const BuiltinFunctionDef isdir_def{"isdir", path_isdir};

}  // namespace

void init_os_module(Module& module) {
  module.attrs.set("remove", builtin_object(remove_def));
  module.attrs.set("unlink", builtin_object(unlink_def));
  Object path = make<Module>("posixpath");
  auto* p = cast<Module>(path);
  p->attrs.set("exists", builtin_object(exists_def));
  p->attrs.set("isfile", builtin_object(isfile_def));
  p->attrs.set("isdir", builtin_object(isdir_def));
  module.attrs.set("path", path);
  module.attrs.set("sep", new_str("/"));
}

}  // namespace py
