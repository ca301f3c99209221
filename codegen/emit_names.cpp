// Names: where each Python name lives at a use site (C++ local or frame
// field, cell, module global, builtin), and the constant pools.
#include <fmt/format.h>

#include <algorithm>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"
#include "codegen/runtime_api.hpp"

namespace yieldc::codegen {

std::string Emitter::attr_site(const std::string& attr) {
  std::string name = fmt::format("yc_site{}", ++next_site_);
  decls_.line(fmt::format("static py::AttrSite {}{{{}}};", name, cpp_string_literal(attr)));
  return name;
}

std::string Emitter::new_temp(const char* stem) {
  // Inlined comprehensions share their function's C++ scope: number their
  // temporaries in the outermost function's sequence.
  FunctionState* f = fn_;
  while (f->is_inlined || f->is_class) f = f->parent;
  return fmt::format("yc_{}{}", stem, ++f->next_temp);
}

std::string Emitter::local_name(const std::string& python_name) const { return mangle(python_name); }

std::string Emitter::global_name(const std::string& python_name) const {
  if (python_name == "__name__") return "yc_g::yc_dunder_name";
  return "yc_g::" + mangle(python_name);
}

NameRef Emitter::lookup(const std::string& name) const {
  const FunctionState* f = fn_;
  const Symbol* s = f->scope->find(name);
  for (;;) {
    // A class body keeps the names it binds in its namespace; for others
    // it reads through to the enclosing scope (then globals, builtins).
    if (f->is_class) {
      if (s && s->assigned && s->binding != Binding::Global) {
        return NameRef{NameRef::Kind::ClassNamespace, f->class_ns, false};
      }
      if (s && s->binding == Binding::Global) break;
      f = f->parent;
      s = f->scope->find(name);
      continue;
    }
    // An inlined comprehension reads its function's variables directly.
    if (f->is_inlined && (!s || s->binding == Binding::Free)) {
      f = f->parent;
      s = f->scope->find(name);
      continue;
    }
    break;
  }
  if (s && !f->is_module && f->scope->kind != ScopeKind::Class) {
    switch (s->binding) {
      case Binding::Local: return NameRef{NameRef::Kind::Local, mangle(name), s->parameter};
      case Binding::Cell: return NameRef{NameRef::Kind::Cell, mangle(name), false};
      case Binding::Free: {
        auto it = std::find(f->free_vars.begin(), f->free_vars.end(), name);
        auto index = static_cast<size_t>(it - f->free_vars.begin());
        return NameRef{NameRef::Kind::Cell, fmt::format("yc_closure[{}]", index), false, true};
      }
      case Binding::Global:
      case Binding::Implicit: break;
    }
  }
  if (name == "__name__") return NameRef{NameRef::Kind::Global, global_name(name), false};
  if (assigned_globals_.count(name)) return NameRef{NameRef::Kind::Global, global_name(name), false};
  if (find_builtin_type(name) || is_builtin_function_object(name) || name == "NotImplemented" ||
      name == "Ellipsis") {
    return NameRef{NameRef::Kind::Builtin, name, true};
  }
  return NameRef{NameRef::Kind::Missing, name, false};
}

NameRef Emitter::lookup_outside_class(const std::string& name) const {
  FunctionState* saved = fn_;
  FunctionState* f = fn_;
  while (f->is_class) f = f->parent;
  const_cast<Emitter*>(this)->fn_ = f;
  NameRef ref = lookup(name);
  const_cast<Emitter*>(this)->fn_ = saved;
  return ref;
}

Value Emitter::load_name(const std::string& name, const SourceSpan& span) {
  NameRef ref = lookup(name);
  std::string quoted = cpp_string_literal(name);
  switch (ref.kind) {
    case NameRef::Kind::Local:
      if (ref.always_bound) return Value{ref.storage, Value::Kind::Object, false};
      return Value{fmt::format("py::load_local({}, {})", ref.storage, quoted), Value::Kind::Object, false};
    case NameRef::Kind::Cell:
      return Value{fmt::format("py::{}({}, {})", ref.free ? "cell_get" : "cell_get_local", ref.storage, quoted),
                   Value::Kind::Object, false};
    case NameRef::Kind::Global:
      return Value{fmt::format("py::load_global({}, {})", ref.storage, quoted), Value::Kind::Object, false};
    case NameRef::Kind::Builtin: {
      if (name == "NotImplemented") return Value{"py::not_implemented()", Value::Kind::Object, false};
      if (name == "Ellipsis") return Value{"py::ellipsis()", Value::Kind::Object, false};
      if (const BuiltinType* type = find_builtin_type(name)) {
        return Value{fmt::format("py::type_object({})", type->cpp_name), Value::Kind::Object, false};
      }
      return Value{fmt::format("py::builtin_object(py::bi::{})", name), Value::Kind::Object, false};
    }
    case NameRef::Kind::ClassNamespace: {
      // CPython's LOAD_NAME: the class namespace, then globals, builtins.
      NameRef outer = lookup_outside_class(name);
      std::string fallback = outer.kind == NameRef::Kind::Global ? "&" + outer.storage : "nullptr";
      return Value{fmt::format("py::class_namespace_load({}, {}, {})", ref.storage, string_constant(name), fallback),
                   Value::Kind::Object, false};
    }
    case NameRef::Kind::Missing:
      if (find_builtin(name) || name == "print") {
        unsupported(span, fmt::format("using the builtin '{}' as a value yet", name));
        return Value{"py::None", Value::Kind::Object, false};
      }
      // Bound nowhere: NameError when (and only if) this runs.
      return Value{fmt::format("(py::raise_name_error({}), py::Object())", quoted)};
  }
  return Value{"py::None"};
}

void Emitter::store_name(const std::string& name, const std::string& value, CppWriter& w) {
  NameRef ref = lookup(name);
  switch (ref.kind) {
    case NameRef::Kind::Local:
    case NameRef::Kind::Global: w.line(fmt::format("{} = {};", ref.storage, value)); return;
    case NameRef::Kind::Cell: w.line(fmt::format("py::cell_set({}, {});", ref.storage, value)); return;
    case NameRef::Kind::ClassNamespace:
      w.line(fmt::format("py::dict_set({}, {}, {});", ref.storage, string_constant(name), value));
      return;
    case NameRef::Kind::Builtin:
    case NameRef::Kind::Missing:
      // Only reachable for names no scope binds, which cannot be stored to.
      w.line(fmt::format("{} = {};", global_name(name), value));
      return;
  }
}

namespace {

// The name of `text` in `pool`, added as PREFIX<n> the first time.
std::string pooled(std::vector<std::pair<std::string, std::string>>& pool, const char* prefix,
                   const std::string& text) {
  for (const auto& [name, pooled_text] : pool) {
    if (pooled_text == text) return "yc_k::" + name;
  }
  std::string name = fmt::format("{}{}", prefix, pool.size() + 1);
  pool.emplace_back(name, text);
  return "yc_k::" + name;
}

}  // namespace

std::string Emitter::string_constant(const std::string& utf8) { return pooled(string_pool_, "str", utf8); }

std::string Emitter::int_constant(const std::string& digits) { return pooled(int_pool_, "int", digits); }

std::string Emitter::bytes_constant(const std::string& data) { return pooled(bytes_pool_, "bytes", data); }

bool Emitter::is_direct_function(const std::string& name) const {
  return functions_.count(name) != 0 && lookup(name).kind == NameRef::Kind::Global;
}

}  // namespace yieldc::codegen
