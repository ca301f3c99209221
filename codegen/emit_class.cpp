// The `class` statement. The body runs inline, where the statement stands,
// with its names stored in a namespace dict; then py::make_class builds the
// class from the bases and the namespace, the decorators apply, and the
// name is bound. Each class statement also has a C++ global holding its
// class object, which zero-argument super() in its methods reads (the role
// of CPython's __class__ cell).
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"

namespace yieldc::codegen {

void Emitter::emit_class(const ClassDef& cls, const Stmt& stmt, CppWriter& w) {
  for (const Keyword& k : cls.keywords) {
    unsupported(k.span, k.arg && *k.arg == "metaclass" ? "metaclasses" : "class keyword arguments");
  }
  if (cls.bases.size() > 1) {
    unsupported(cls.bases[1].span, "multiple inheritance");
    return;
  }
  const Scope& scope = scopes_[cls.scope];
  w.line("{");
  w.indent();
  // Decorators first, then the bases, as CPython evaluates them.
  std::vector<std::string> decorators;
  for (const Expr& d : cls.decorator_list) {
    std::string t = new_temp("decorator");
    w.line(fmt::format("py::Object {} = {};", t, object(d)));
    decorators.push_back(t);
  }
  std::string bases = new_temp("bases");
  std::string base_list;
  for (const Expr& b : cls.bases) base_list += (base_list.empty() ? "" : ", ") + object(b);
  w.line(fmt::format("py::Object {} = py::new_tuple({{{}}});", bases, base_list));
  std::string ns = new_temp("namespace");
  w.line(fmt::format("py::Object {} = py::new_dict();", ns));
  std::string class_object = "yc_cls::" + cpp_name(cls.scope);
  class_objects_.push_back(class_object.substr(8));

  FunctionState state;
  state.scope = &scope;
  state.scope_id = cls.scope;
  state.parent = fn_;
  state.is_class = true;
  state.class_ns = ns;
  state.class_object = class_object;
  FunctionState* saved = fn_;
  fn_ = &state;
  emit_body(cls.body, w);
  fn_ = saved;

  w.line(fmt::format("{} = py::make_class({}, {}, {}, {});", class_object, cpp_string_literal(cls.name),
                     cpp_string_literal(scope.qualname), bases, ns));
  std::string value = class_object;
  for (auto it = decorators.rbegin(); it != decorators.rend(); ++it) value = fmt::format("py::call({}, {{{}}})", *it, value);
  store_name(cls.name, value, w);
  w.dedent();
  w.line("}");
  (void)stmt;
}

std::string Emitter::zero_arg_super(const SourceSpan& span) {
  // The method is the function whose parent is a class body.
  for (FunctionState* f = fn_; f && f->parent; f = f->parent) {
    if (!f->parent->is_class || f->is_class) continue;
    const Scope& method = *f->scope;
    std::string self;
    for (const std::string& n : method.names) {
      const Symbol* s = method.find(n);
      if (s->parameter) {
        self = n;
        break;
      }
    }
    if (self.empty() || f != fn_) break;
    return fmt::format("py::make_super({}, {})", f->parent->class_object, load_name(self, span).code);
  }
  unsupported(span, "super() outside a method's own body");
  return "py::None";
}

}  // namespace yieldc::codegen
