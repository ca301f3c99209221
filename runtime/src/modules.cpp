// The module registry and `import`. Each module is a name and an init
// function that fills the Module's attributes; the registry is the one
// list of what a script may import (codegen checks the same names).
#include <cstring>
#include <fmt/format.h>
#include <vector>

#include "yieldc/builtin_functions.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/module.hpp"
#include "modules_internal.hpp"
#include "raise.hpp"

namespace py {

Type module_type("module", &object_type);

bool Module::get_attribute(const char* attribute, Object& out) {
  if (std::strcmp(attribute, "__name__") == 0) {
    out = new_str(name);
    return true;
  }
  if (Object* value = attrs.find(attribute)) {
    out = *value;
    return true;
  }
  return false;
}

bool Module::set_attribute(const char* attribute, const Object& value) {
  if (name == "sys" && std::strcmp(attribute, "stdout") == 0) sys_stdout_assigned(value);
  attrs.set(attribute, value);
  return true;
}

namespace {

struct ModuleEntry {
  const char* name;  // as imported
  void (*init)(Module&);
  const char* module_name = nullptr;  // __name__, when not `name`
};

const ModuleEntry kModules[] = {
    {"sys", init_sys_module},
    {"collections", init_collections_module},
    {"itertools", init_itertools_module},
    {"inspect", init_inspect_module},
    {"os", init_os_module},
    {"os.path", init_os_path_module, "posixpath"},
    {"contextlib", init_contextlib_module},
    {"time", init_time_module},
    {"tempfile", init_tempfile_module},
    {"hashlib", init_hashlib_module},
    {"random", init_random_module},
    {"string", init_string_module},
    {"functools", init_functools_module},
    {"operator", init_operator_module},
    {"math", init_math_module},
    {"heapq", init_heapq_module},
    {"bisect", init_bisect_module},
    {"re", init_re_module},
    {"json", init_json_module},
    {"types", init_types_module},
    {"asyncio", init_asyncio_module},
};

}  // namespace

Object import_module(const char* name) {
  static std::vector<std::pair<const char*, Object>> loaded;
  for (auto& [n, module] : loaded) {
    if (std::strcmp(n, name) == 0) return module;
  }
  for (const ModuleEntry& entry : kModules) {
    if (std::strcmp(entry.name, name) != 0) continue;
    auto* module = new Module(entry.module_name ? entry.module_name : name);
    Object result = Object::steal(module);
    // Immortal, like CPython's sys.modules entries.
    module->incref();
    loaded.emplace_back(entry.name, result);
    entry.init(*module);
    return result;
  }
  raise_error(&module_not_found_error_type, "No module named '{}'", name);
}

Object import_from(const Object& module, const char* name) {
  Object out;
  if (module.heap()->get_attribute(name, out)) return out;
  raise_error(&import_error_type, "cannot import name '{}' from '{}' (unknown location)", name,
              cast<Module>(module)->name);
}

}  // namespace py
