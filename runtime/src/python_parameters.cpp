// PythonParameters: binding a call to a runtime module's function with the
// argument errors of the Python function CPython implements it as, by way
// of bind_arguments() (function.cpp), which emitted functions use.
#include "modules_internal.hpp"

namespace py {

PythonParameters::PythonParameters(const char* qualname, std::initializer_list<const char*> names, uint32_t kwonly,
                                   std::initializer_list<Object> defaults, std::initializer_list<Object> kwdefaults,
                                   const char* varkw)
    : names_(names),
      signature_{qualname, nullptr, 0, static_cast<uint32_t>(names.size()) - kwonly, kwonly, nullptr, varkw},
      function_(new Function(&signature_, nullptr)) {
  signature_.names = names_.data();
  function_->defaults.assign(defaults.begin(), defaults.end());
  function_->kwdefaults.assign(kwdefaults.begin(), kwdefaults.end());
}

void PythonParameters::bind(const Args& args, Object* slots) const { bind_arguments(*function_, args, slots); }

void PythonParameters::bind_method(const Object& self, const Args& args, Object* slots) const {
  constexpr size_t kInline = 8;
  Object inline_positional[kInline];
  std::vector<Object> heap_positional(args.npos + 1 > kInline ? args.npos + 1 : 0);
  Object* positional = heap_positional.empty() ? inline_positional : heap_positional.data();
  positional[0] = self;
  for (size_t i = 0; i < args.npos; ++i) positional[i + 1] = args.pos[i];
  bind_arguments(*function_, Args(positional, args.npos + 1, args.kw, args.nkw), slots);
}

}  // namespace py
