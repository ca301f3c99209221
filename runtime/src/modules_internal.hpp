// The init functions of the runtime's modules, one per module file.
#pragma once

#include "yieldc/module.hpp"

namespace py {

void init_sys_module(Module& module);

}  // namespace py
