// The layout of an emitted program: banner; includes; module globals;
// constants; declarations of every function and frame; frame classes;
// definitions; the module body; `main`. Declaring everything first means
// Python definition order never matters to the C++ compiler.
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"

namespace yieldc::codegen {

namespace {

bool is_simple_signature(const Arguments& args) {
  return args.posonlyargs.empty() && !args.vararg && args.kwonlyargs.empty() && !args.kwarg &&
         args.defaults.empty();
}

}  // namespace

void Emitter::unsupported(const SourceSpan& span, const std::string& what) {
  sink_.report(DiagKind::Unsupported, span, what);
}

void Emitter::line_directive(const SourceSpan& span, CppWriter& w) {
  if (!options_.line_directives || !span.valid()) return;
  w.line_directive(span.begin.line, source_.path(), source_.line(span.begin.line));
}

std::string Emitter::cpp_parameters(const FunctionDef& def) const {
  std::string out;
  for (const Arg& a : def.args.args) {
    if (!out.empty()) out += ", ";
    out += "py::Object " + mangle(a.name);
  }
  return out;
}

void Emitter::collect_functions(const StmtList& body) {
  // A module-level name bound by exactly one `def` and nothing else (no
  // assignment anywhere, no `global` rebinding in a function) can be called
  // directly; any other binding makes calls go through the object.
  for (const Stmt& stmt : body) {
    const auto* def = std::get_if<FunctionDef>(&stmt.node);
    if (!def) continue;
    const Symbol* s = scopes_[0].find(def->name);
    bool direct = s && s->binding_sites == 1 && s->def_sites == 1;
    for (size_t i = 1; i < scopes_.scopes.size() && direct; ++i) {
      const Symbol* other = scopes_.scopes[i].find(def->name);
      if (other && other->assigned && other->binding == Binding::Global) direct = false;
    }
    if (direct) functions_[def->name] = def;
  }
}

void Emitter::emit_function(const FunctionDef& def, const Stmt& stmt, CppWriter& decls, CppWriter& defs) {
  const Scope& scope = scopes_[def.scope];
  FunctionState state;
  state.scope = &scope;
  state.scope_id = def.scope;
  state.is_generator = scope.function_kind == FunctionKind::Generator;
  if (scope.function_kind == FunctionKind::Coroutine || scope.function_kind == FunctionKind::AsyncGenerator) {
    unsupported(stmt.span, "'async def' functions yet");
    return;
  }
  if (!is_simple_signature(def.args)) {
    unsupported(stmt.span, "default, keyword-only, '*args' or '**kwargs' parameters yet");
  }
  for (const Expr& d : def.decorator_list) unsupported(d.span, "decorators yet");

  FunctionState* saved = fn_;
  fn_ = &state;
  CppWriter body;
  body.indent();
  if (state.is_generator) body.indent();
  emit_body(def.body, body);
  fn_ = saved;

  const std::string name = mangle(def.name);
  const std::string params = cpp_parameters(def);
  std::vector<std::string> locals;
  for (const std::string& n : scope.names) {
    const Symbol& s = *scope.find(n);
    if (s.binding == Binding::Local && !s.parameter) locals.push_back(mangle(n));
  }

  decls.line(fmt::format("namespace yc_fn {{ py::Object {}({}); }}", name, params));
  if (state.is_generator) {
    decls.line(fmt::format("namespace yc_frame {{ struct {}; }}", name));
    // The frame class: parameters, locals and loop iterators are fields, so
    // they survive between resumptions and `case` labels may sit in loops.
    defs.line(fmt::format("// Frame of generator {} ({}:{}).", scope.qualname, source_.path(), stmt.span.begin.line));
    defs.line(fmt::format("struct yc_frame::{} final : py::Generator {{", name));
    defs.indent();
    std::vector<std::string> fields;
    for (const Arg& a : def.args.args) fields.push_back(mangle(a.name));
    for (const std::string& l : locals) fields.push_back(l);
    for (const std::string& f : state.extra_fields) fields.push_back(f);
    for (const std::string& f : fields) defs.line(fmt::format("py::Object {};", f));
    std::string init = fmt::format("py::Generator({})", cpp_string_literal(scope.qualname));
    for (const Arg& a : def.args.args) init += fmt::format(", {0}(std::move({0}))", mangle(a.name));
    defs.line(fmt::format("explicit {}({}) : {} {{}}", name, params, init));
    defs.line("py::Step resume(py::ResumeKind yc_kind, py::Object yc_sent) override;");
    defs.line("void clear_frame() override {");
    defs.indent();
    for (const std::string& f : fields) defs.line(fmt::format("{} = py::Object();", f));
    defs.dedent();
    defs.line("}");
    defs.dedent();
    defs.line("};");
    defs.blank();
    defs.line(fmt::format("py::Object yc_fn::{}({}) {{", name, params));
    std::string args;
    for (const Arg& a : def.args.args) args += (args.empty() ? "" : ", ") + fmt::format("std::move({})", mangle(a.name));
    defs.line(fmt::format("  return py::make<yc_frame::{}>({});", name, args));
    defs.line("}");
    defs.blank();
    defs.line(fmt::format("py::Step yc_frame::{}::resume(py::ResumeKind yc_kind, py::Object yc_sent) {{", name));
    defs.line("  switch (state_) {");
    defs.line("  case 0:  // first resumption: the top of the body");
    defs.append(body);
    defs.line("  }");
    defs.line("  return py::Step::returned(py::None);");
    defs.line("}");
  } else {
    defs.line(fmt::format("py::Object yc_fn::{}({}) {{", name, params));
    for (const std::string& l : locals) defs.line(fmt::format("  py::Object {};", l));
    defs.append(body);
    defs.line("  return py::None;");
    defs.line("}");
  }
  defs.blank();

  // The uniform entry used when the function is called through its object.
  size_t arity = def.args.args.size();
  defs.line(fmt::format("static py::Object yc_entry_{}(const py::Object* args, size_t nargs) {{", name));
  std::string names;
  for (const Arg& a : def.args.args) names += (names.empty() ? "" : ", ") + cpp_string_literal(a.name);
  if (arity > 0) defs.line(fmt::format("  static const char* const params[] = {{{}}};", names));
  defs.line(fmt::format("  if (nargs != {}) py::raise_arity_error({}, {}, {}, nargs);", arity,
                        cpp_string_literal(def.name), arity > 0 ? "params" : "nullptr", arity));
  std::string call_args;
  for (size_t i = 0; i < arity; ++i) call_args += (i ? ", " : "") + fmt::format("args[{}]", i);
  defs.line(fmt::format("  return yc_fn::{}({});", name, call_args));
  defs.line("}");
  defs.blank();
}

std::string Emitter::emit_program(const Module& module) {
  collect_functions(module.body);

  CppWriter decls, defs;
  for (const Stmt& stmt : module.body) {
    if (const auto* def = std::get_if<FunctionDef>(&stmt.node)) emit_function(*def, stmt, decls, defs);
  }
  // Nested definitions are not lowered yet.
  FunctionState module_state;
  module_state.scope = &scopes_[0];
  module_state.scope_id = 0;
  module_state.is_module = true;
  fn_ = &module_state;
  CppWriter body;
  body.indent();
  emit_body(module.body, body);
  fn_ = nullptr;

  // Every name any scope binds as a global, in order of first appearance.
  std::vector<std::string> globals;
  std::map<std::string, bool> seen;
  for (const Scope& scope : scopes_.scopes) {
    for (const std::string& n : scope.names) {
      const Symbol& s = *scope.find(n);
      if (s.binding == Binding::Global && s.assigned && !seen[n]) {
        seen[n] = true;
        globals.push_back(n);
      }
    }
  }

  CppWriter out;
  out.line(fmt::format("// Generated by yieldc {} from {}. Do not edit: edit the Python and recompile.",
                       options_.yieldc_version, source_.path()));
  out.line("#include \"yieldc/runtime.hpp\"");
  out.blank();
  out.line("// Module globals: unbound until the module body assigns them.");
  out.line("namespace yc_g {");
  out.line("py::Object yc_dunder_name;");
  for (const std::string& g : globals) {
    if (g != "__name__") out.line(fmt::format("py::Object {};", mangle(g)));
  }
  out.line("}  // namespace yc_g");
  out.blank();
  if (!string_pool_.empty() || !int_pool_.empty()) {
    out.line("// Constants, created once.");
    out.line("namespace yc_k {");
    for (const auto& [name, text] : string_pool_) {
      out.line(fmt::format("const py::Object {} = py::str_literal({}, {});", name, cpp_string_literal(text), text.size()));
    }
    for (const auto& [name, digits] : int_pool_) {
      out.line(fmt::format("const py::Object {} = py::int_from_decimal(\"{}\");", name, digits));
    }
    out.line("}  // namespace yc_k");
    out.blank();
  }
  out.append(decls);
  out.blank();
  out.append(defs);
  out.line("static void yc_module_body() {");
  out.line("  yc_g::yc_dunder_name = py::str_literal(\"__main__\", 8);");
  out.append(body);
  out.line("}");
  out.blank();
  out.line("int main(int argc, char** argv) {");
  out.line(fmt::format("  return py::run_main(argc, argv, {}, yc_module_body);", cpp_string_literal(source_.path())));
  out.line("}");
  return out.text();
}

std::optional<std::string> emit_program(const Module& module, const ScopeTable& scopes, const SourceFile& source,
                                        const EmitOptions& options, DiagnosticSink& sink) {
  Emitter emitter(scopes, source, options, sink);
  std::string text = emitter.emit_program(module);
  if (sink.has_errors()) return std::nullopt;
  return text;
}

}  // namespace yieldc::codegen
