// Modules: `import sys` binds a Module object whose attributes are the
// module's functions and values. Each runtime module registers an init
// function in src/modules.cpp; a module is built once, on first import.
#pragma once

#include <string>

#include "yieldc/attr_map.hpp"
#include "yieldc/object.hpp"
#include "yieldc/type.hpp"

namespace py {

extern Type module_type;

class Module : public HeapObject {
 public:
  explicit Module(std::string name) : HeapObject(&module_type), name(std::move(name)) {}

  std::string repr() const override { return "<module '" + name + "' (built-in)>"; }
  bool get_attribute(const char* attribute, Object& out) override;
  bool set_attribute(const char* attribute, const Object& value) override;
  bool del_attribute(const char* attribute) override { return attrs.erase(attribute); }

  std::string name;
  AttrMap attrs;
};

// `import name`: the module (built on first use), or ModuleNotFoundError.
Object import_module(const char* name);
// `from module import name`: ImportError with CPython's wording if missing.
Object import_from(const Object& module, const char* name);

// The program's command line, for sys.argv (set by run_main).
void set_program_arguments(int argc, char** argv);

}  // namespace py
