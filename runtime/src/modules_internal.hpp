// The init functions of the runtime's modules, one per module file.
#pragma once

#include "yieldc/module.hpp"

namespace py {

void init_sys_module(Module& module);
void init_collections_module(Module& module);
void init_itertools_module(Module& module);
void init_inspect_module(Module& module);
void init_os_module(Module& module);
void init_os_path_module(Module& module);  // os.path, named posixpath
void init_contextlib_module(Module& module);
void init_time_module(Module& module);
void init_tempfile_module(Module& module);
void init_re_module(Module& module);

// Called when a script assigns sys.stdout (see redirected_stdout()).
void sys_stdout_assigned(const Object& value);

// The types of the collections and itertools modules (and namedtuple types)
// called as `T(...)`; unbound for any other type.
Object construct_stdlib_type(Type* type, const Args& args);
// contextlib's classes (suppress, closing, ...); unbound for other types.
Object contextlib_construct(Type* type, const Args& args);

}  // namespace py
