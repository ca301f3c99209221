// Functions. Each Python function becomes:
//   yc_sig::NAME    its Signature (parameter names and kinds),
//   yc_fn::NAME     a C++ function taking the bound parameters (and the
//                   closure cells), called directly when the call site
//                   allows it;
//   yc_body::NAME   the uniform entry used through a function object;
//   yc_frame::NAME  for a generator, the frame class whose `resume` is
//                   the state machine, which yc_fn::NAME creates.
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"

namespace yieldc::codegen {

namespace {

// The parameters in Signature slot order: positional (positional-only
// first), *args, keyword-only, **kwargs.
std::vector<const Arg*> slot_parameters(const Arguments& args) {
  std::vector<const Arg*> out;
  for (const Arg& a : args.posonlyargs) out.push_back(&a);
  for (const Arg& a : args.args) out.push_back(&a);
  if (args.vararg) out.push_back(&*args.vararg);
  for (const Arg& a : args.kwonlyargs) out.push_back(&a);
  if (args.kwarg) out.push_back(&*args.kwarg);
  return out;
}

bool ends_with_scope_suffix(const std::string& name) {
  size_t pos = name.rfind("_s");
  if (pos == std::string::npos || pos + 2 == name.size()) return false;
  return name.find_first_not_of("0123456789", pos + 2) == std::string::npos;
}

}  // namespace

void Emitter::unsupported(const SourceSpan& span, const std::string& what) {
  sink_.report(DiagKind::Unsupported, span, what);
}

void Emitter::line_directive(const SourceSpan& span, CppWriter& w) {
  if (!options_.line_directives || !span.valid()) return;
  w.line_directive(span.begin.line, source_.path(), source_.line(span.begin.line));
}

std::string Emitter::frame_line(uint32_t line) const {
  // Class bodies run in the frame of the function around them; an inlined
  // comprehension has a frame of its own on the native stack; a generator's
  // frame lives in the generator object.
  const FunctionState* f = fn_;
  while (f->is_class && f->parent != nullptr) f = f->parent;
  return fmt::format("{}.line = {}", f->is_generator && !f->is_inlined ? "frame_" : "yc_f", line);
}

void Emitter::collect_functions(const StmtList& body) {
  // A module-level name bound by exactly one `def` and nothing else (no
  // assignment anywhere, no `global` rebinding in a function) can be called
  // directly; any other binding makes calls go through the object.
  for (const Stmt& stmt : body) {
    const auto* def = std::get_if<FunctionDef>(&stmt.node);
    if (!def || !def->decorator_list.empty()) continue;
    const Symbol* s = scopes_[0].find(def->name);
    bool direct = s && s->binding_sites == 1 && s->def_sites == 1;
    for (size_t i = 1; i < scopes_.scopes.size() && direct; ++i) {
      const Symbol* other = scopes_.scopes[i].find(def->name);
      if (other && other->assigned && other->binding == Binding::Global) direct = false;
    }
    if (direct) functions_[def->name] = def;
  }
}

std::string Emitter::cpp_name(ScopeId scope_id) const {
  const Scope& scope = scopes_[scope_id];
  const Symbol* s = scopes_[0].find(scope.name);
  bool plain = scope.parent == 0 && scope.kind == ScopeKind::Function && s && s->def_sites == 1 &&
               !ends_with_scope_suffix(scope.name);
  if (plain) return mangle(scope.name);
  std::string base = scope.kind == ScopeKind::Lambda ? "lambda" : scope.name;
  if (!base.empty() && base.front() == '<') base = base.substr(1, base.size() - 2);
  return fmt::format("{}_s{}", mangle(base), scope_id);
}

void Emitter::write_plan(const FunctionState& state, const std::vector<const Arg*>& params,
                         const std::vector<std::string>& locals, const std::vector<std::string>& cells,
                         const SourceSpan& span) {
  GeneratorPlan plan;
  plan.kind = state.is_coroutine ? "coroutine" : state.is_async_generator ? "async generator" : "generator";
  plan.qualname = state.scope->qualname;
  plan.file = source_.path();
  plan.line = span.begin.line;
  for (const Arg* a : params) {
    plan.params.push_back(a->name);
    plan.fields.push_back(a->name);
  }
  for (const std::string& l : locals) plan.fields.push_back(l);
  for (const std::string& c : cells) plan.fields.push_back(c + " (cell)");
  for (const auto& [type, name] : state.extra_fields) plan.fields.push_back(name);
  plan.states.push_back({0, "entry", span.begin.line, -1, false});
  for (const FunctionState::State& s : state.states) plan.states.push_back({s.number, s.what, s.line, s.region, s.resume_point});
  std::sort(plan.states.begin(), plan.states.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
  for (const Region& r : state.regions) plan.regions.push_back({r.id, r.kind, r.dispatch_state, r.parent});
  options_.plans->push_back(std::move(plan));
}

bool Emitter::runs_now(ScopeId scope_id) const {
  // The body is emitted a second time, so it must define nothing (no
  // nested function, lambda or comprehension scope) and close over nothing.
  const Scope& scope = scopes_[scope_id];
  if (scope.may_suspend || scope.parent != 0) return false;
  for (const Scope& s : scopes_.scopes) {
    if (s.parent == scope_id && &s != &scope) return false;
  }
  return true;
}

CppWriter Emitter::emit_body_of(FunctionState& state, int indent, const std::function<void(CppWriter&)>& write_body) {
  // The function's own state while its body is written; the enclosing
  // function's spills and substitutions are set aside and given back.
  FunctionState* saved = fn_;
  fn_ = &state;
  auto saved_spilled = std::move(spilled_);
  auto saved_substitutions = std::move(substitutions_);
  spilled_.clear();
  substitutions_.clear();
  CppWriter code;
  for (int i = 0; i < indent; ++i) code.indent();
  write_body(code);
  fn_ = saved;
  spilled_ = std::move(saved_spilled);
  substitutions_ = std::move(saved_substitutions);
  return code;
}

void Emitter::emit_now_function(const FunctionState& coroutine, const std::string& cpp, const std::string& cpp_params,
                                const std::vector<std::string>& locals,
                                const std::function<void(CppWriter&)>& write_body) {
  // An `async def` that cannot suspend is also a plain C++ function,
  // yc_now::NAME, for the awaits that call it directly
  // (emit_immediate_await): awaiting a new coroutine of it runs the body to
  // its end, and nothing else can see the coroutine. As the coroutine's
  // end would, a StopIteration escaping the body becomes a RuntimeError
  // (PEP 479) raised in the awaiting frame, outside the body's own frame.
  FunctionState state;
  state.scope = coroutine.scope;
  state.scope_id = coroutine.scope_id;
  state.parent = fn_;
  CppWriter code = emit_body_of(state, 2, write_body);

  decls_.line(fmt::format("namespace yc_now {{ py::Object {}({}); }}", cpp, cpp_params));
  defs_.line(fmt::format("py::Object yc_now::{}({}) {{", cpp, cpp_params));
  defs_.line("  try {");
  defs_.line(fmt::format("    py::FunctionFrame yc_f(yc_code_{});", cpp));
  for (const std::string& l : locals) defs_.line(fmt::format("    py::Object {};", l));
  defs_.append(code);
  defs_.line("    return py::None;");
  defs_.line("  } catch (py::Raised& yc_raised) {");
  defs_.line("    py::coroutine_body_raised(yc_raised);");
  defs_.line("    throw;");
  defs_.line("  }");
  defs_.line("}");
  defs_.blank();
}

std::string Emitter::make_function_object(ScopeId scope_id, const Arguments& args, const std::string& cpp) {
  // Defaults are evaluated now, left to right; the braced lists keep that
  // order in C++.
  std::string defaults, kwdefaults, closure;
  for (const Expr& d : args.defaults) defaults += (defaults.empty() ? "" : ", ") + object(d);
  bool any_kwdefault = false;
  for (const Box<Expr>& d : args.kw_defaults) any_kwdefault |= static_cast<bool>(d);
  if (any_kwdefault) {
    for (const Box<Expr>& d : args.kw_defaults) {
      kwdefaults += (kwdefaults.empty() ? "" : ", ") + (d ? object(*d) : std::string("py::Object()"));
    }
  }
  const Scope& scope = scopes_[scope_id];
  for (const std::string& n : scope.names) {
    if (scope.find(n)->binding != Binding::Free) continue;
    NameRef ref = lookup(n);
    closure += (closure.empty() ? "" : ", ") + ref.storage;
  }
  std::string function = fmt::format("py::new_function(&yc_sig::{0}, yc_body::{0}", cpp);
  if (defaults.empty() && kwdefaults.empty() && closure.empty()) return function + ")";
  return fmt::format("{}, {{{{{}}}, {{{}}}, {{{}}}}})", function, defaults, kwdefaults, closure);
}

std::string Emitter::emit_function(const std::string& name, ScopeId scope_id, const Arguments& args,
                                   const StmtList* body, const Expr* lambda_body, const SourceSpan& span) {
  // A def's docstring: its first statement, if that is a str constant.
  const std::string* doc = nullptr;
  if (body && !body->empty()) {
    if (const auto* e = std::get_if<ExprStmt>(&body->front().node)) {
      const auto* c = std::get_if<Constant>(&e->value->node);
      if (c && c->kind == Constant::Kind::Str) doc = &c->text;
    }
  }
  return emit_function_with(
      name, scope_id, args, span, false,
      [&](CppWriter& code) {
        if (body) {
          emit_body(*body, code);
        } else {
          code.line(frame_line(lambda_body->span.begin.line) + ";");
          emit_return(object(*lambda_body), code, 0);
        }
      },
      doc);
}

std::string Emitter::emit_function_with(const std::string& name, ScopeId scope_id, const Arguments& args,
                                        const SourceSpan& span, bool direct_only,
                                        const std::function<void(CppWriter&)>& write_body,
                                        const std::string* doc) {
  const Scope& scope = scopes_[scope_id];
  const std::string cpp = cpp_name(scope_id);
  FunctionState state;
  state.scope = &scope;
  state.scope_id = scope_id;
  state.parent = fn_;
  // A coroutine is a generator frame of another kind (SEMANTICS.md §11):
  // `await` lowers like `yield from`, and the runtime base tells them apart.
  // An async generator is one too, whose own `yield`s return AsyncYielded
  // steps (PEP 525; the runtime's AsyncGenerator drives it).
  state.is_coroutine = scope.function_kind == FunctionKind::Coroutine;
  state.is_async_generator = scope.function_kind == FunctionKind::AsyncGenerator;
  state.is_async = state.is_coroutine || state.is_async_generator;
  state.is_generator = scope.function_kind == FunctionKind::Generator || state.is_async;
  for (const std::string& n : scope.names) {
    if (scope.find(n)->binding == Binding::Free) state.free_vars.push_back(n);
  }
  const bool has_closure = !state.free_vars.empty();
  std::vector<const Arg*> params = slot_parameters(args);

  // The body first: it discovers the frame's extra fields. A function
  // emitted in the middle of a statement whose yields are being spilled
  // (an async comprehension, a lambda) has spills of its own.
  CppWriter code = emit_body_of(state, state.is_generator ? 2 : 1, write_body);

  // ---- the signature
  std::string names;
  for (const Arg* a : params) {
    if (args.vararg && a == &*args.vararg) continue;
    if (args.kwarg && a == &*args.kwarg) continue;
    names += (names.empty() ? "" : ", ") + cpp_string_literal(a->name);
  }
  decls_.line(fmt::format("namespace yc_sig {{ extern const py::Signature {}; }}", cpp));
  const std::string code_flags = state.is_coroutine           ? ", py::Signature::kCoCoroutine"
                                 : state.is_async_generator ? ", py::Signature::kCoAsyncGenerator"
                                 : state.is_generator       ? ", py::Signature::kCoGenerator"
                                                            : "";
  defs_.line(fmt::format("// {} ({}:{})", scope.qualname, source_.path(), span.begin.line));
  if (!names.empty()) defs_.line(fmt::format("static const char* const yc_names_{}[] = {{{}}};", cpp, names));
  defs_.line(fmt::format("const py::Signature yc_sig::{} = {{{}, {}, {}, {}, {}, {}, {}, {}{}}};", cpp,
                         cpp_string_literal(scope.qualname), names.empty() ? "nullptr" : "yc_names_" + cpp,
                         args.posonlyargs.size(), args.posonlyargs.size() + args.args.size(), args.kwonlyargs.size(),
                         args.vararg ? cpp_string_literal(args.vararg->name) : "nullptr",
                         args.kwarg ? cpp_string_literal(args.kwarg->name) : "nullptr",
                         doc ? cpp_string_literal(*doc) : "nullptr", code_flags));

  // ---- the C++ parameter list: closure first, then one per slot.
  auto is_cell = [&](const std::string& n) {
    const Symbol* sym = scope.find(n);
    return sym && sym->binding == Binding::Cell;
  };
  std::string cpp_params = has_closure ? "const py::Object* yc_closure_in" : "";
  std::string call_args = has_closure ? "yc_self.closure.data()" : "";
  for (size_t i = 0; i < params.size(); ++i) {
    const std::string& n = params[i]->name;
    std::string pname = is_cell(n) ? "yc_p_" + mangle(n) : mangle(n);
    cpp_params += (cpp_params.empty() ? "" : ", ") + ("py::Object " + pname);
    call_args += (call_args.empty() ? "" : ", ") + fmt::format("std::move(yc_slots[{}])", i);
  }
  defs_.line(fmt::format("static const py::CodeInfo yc_code_{} = {{{}, {}, {}}};", cpp,
                         cpp_string_literal(scope.kind == ScopeKind::Lambda ? "<lambda>" : scope.name),
                         cpp_string_literal(scope.qualname), cpp_string_literal(code_filename())));
  decls_.line(fmt::format("namespace yc_fn {{ py::Object {}({}); }}", cpp, cpp_params));
  if (!direct_only) {
    decls_.line(fmt::format("namespace yc_body {{ py::Object {}(py::Function& yc_self, py::Object* yc_slots); }}", cpp));
  }

  std::vector<std::string> locals, cells;
  for (const std::string& n : scope.names) {
    const Symbol& s = *scope.find(n);
    if (s.parameter) continue;
    if (s.binding == Binding::Local) locals.push_back(mangle(n));
    if (s.binding == Binding::Cell) cells.push_back(mangle(n));
  }

  if (state.is_generator && options_.plans) write_plan(state, params, locals, cells, span);
  if (state.is_generator) {
    decls_.line(fmt::format("namespace yc_frame {{ struct {}; }}", cpp));
    // The frame class: parameters, locals and loop iterators are fields, so
    // they survive between resumptions and `case` labels may sit in loops.
    defs_.line(fmt::format("struct yc_frame::{} final : py::{} {{", cpp,
                           state.is_async_generator ? "AsyncGenerator" : "Generator"));
    defs_.indent();
    std::vector<std::string> fields;
    for (const Arg* a : params) fields.push_back(mangle(a->name));
    for (const std::string& l : locals) fields.push_back(l);
    for (const std::string& c : cells) fields.push_back(c);
    for (const std::string& f : fields) defs_.line(fmt::format("py::Object {};", f));
    for (const auto& [type, f] : state.extra_fields) defs_.line(fmt::format("{} {}{{}};", type, f));
    if (has_closure) defs_.line(fmt::format("py::Object yc_closure[{}];", state.free_vars.size()));
    std::string init = state.is_coroutine         ? fmt::format("py::Generator(yc_code_{}, py::GeneratorKind::Coroutine)", cpp)
                       : state.is_async_generator ? fmt::format("py::AsyncGenerator(yc_code_{})", cpp)
                                                  : fmt::format("py::Generator(yc_code_{})", cpp);
    for (const Arg* a : params) {
      const std::string m = mangle(a->name);
      init += is_cell(a->name) ? fmt::format(", {0}(py::new_cell(std::move(yc_p_{0})))", m)
                               : fmt::format(", {0}(std::move({0}))", m);
    }
    for (const std::string& c : cells) init += fmt::format(", {}(py::new_cell())", c);
    defs_.line(fmt::format("explicit {}({}) : {} {{", cpp, cpp_params, init));
    // A frame that has not started is at its `def` line (gi_frame.f_lineno).
    defs_.line(fmt::format("  frame_.line = {};", span.begin.line));
    if (has_closure) {
      defs_.line(fmt::format("  for (int i = 0; i < {}; ++i) yc_closure[i] = yc_closure_in[i];", state.free_vars.size()));
    }
    defs_.line("}");
    defs_.line("py::Step resume(py::ResumeKind yc_kind, py::Object yc_sent) override;");
    defs_.line("void clear_frame() override {");
    defs_.indent();
    for (const std::string& f : fields) defs_.line(fmt::format("{} = py::Object();", f));
    for (const auto& [type, f] : state.extra_fields) {
      if (type == "py::Object") defs_.line(fmt::format("{} = py::Object();", f));
    }
    defs_.dedent();
    defs_.line("}");
    defs_.dedent();
    defs_.line("};");
    defs_.blank();
    defs_.line(fmt::format("py::Object yc_fn::{}({}) {{", cpp, cpp_params));
    std::string ctor_args = has_closure ? "yc_closure_in" : "";
    for (const Arg* a : params) {
      std::string pname = is_cell(a->name) ? "yc_p_" + mangle(a->name) : mangle(a->name);
      ctor_args += (ctor_args.empty() ? "" : ", ") + fmt::format("std::move({})", pname);
    }
    defs_.line(fmt::format("  return py::make<yc_frame::{}>({});", cpp, ctor_args));
    defs_.line("}");
    defs_.blank();
    defs_.line(fmt::format("py::Step yc_frame::{}::resume(py::ResumeKind yc_kind, py::Object yc_sent) {{", cpp));
    if (state.regions.empty()) {
      defs_.line("  switch (state_) {");
      defs_.line("  case 0:  // first resumption: the top of the body");
      defs_.append(code);
      defs_.line("  }");
      defs_.line("  return py::Step::returned(py::None);");
    } else {
      // One try/catch around the whole state machine: an exception is
      // dispatched by the active region to its handler's state, and the
      // switch is entered again there (CPython's exception table).
      CppWriter machine;
      machine.line("  for (;;) {");
      machine.line("    try {");
      machine.line("      switch (state_) {");
      machine.line("      case 0:  // first resumption: the top of the body");
      defs_.append(machine);
      std::string text = code.text();
      size_t start = 0;
      while (start < text.size()) {
        size_t end = text.find('\n', start);
        std::string line = text.substr(start, end - start);
        defs_.line_raw((line.empty() || line[0] == '#') ? line : "    " + line);
        start = end + 1;
      }
      defs_.line("      }");
      defs_.line("      return py::Step::returned(py::None);");
      defs_.line("    } catch (py::Raised& yc_raised) {");
      FunctionState* saved_fn = fn_;
      fn_ = &state;
      CppWriter dispatch;
      dispatch.indent();
      dispatch.indent();
      dispatch.indent();
      emit_region_dispatcher(dispatch);
      fn_ = saved_fn;
      defs_.append(dispatch);
      defs_.line("    }");
      defs_.line("  }");
    }
    defs_.line("}");
  } else {
    defs_.line(fmt::format("py::Object yc_fn::{}({}) {{", cpp, cpp_params));
    defs_.line(fmt::format("  py::FunctionFrame yc_f(yc_code_{});", cpp));
    if (has_closure) defs_.line("  const py::Object* yc_closure = yc_closure_in;");
    for (const Arg* a : params) {
      if (is_cell(a->name)) defs_.line(fmt::format("  py::Object {0} = py::new_cell(std::move(yc_p_{0}));", mangle(a->name)));
    }
    for (const std::string& c : cells) defs_.line(fmt::format("  py::Object {} = py::new_cell();", c));
    for (const std::string& l : locals) defs_.line(fmt::format("  py::Object {};", l));
    defs_.append(code);
    defs_.line("  return py::None;");
    defs_.line("}");
  }
  defs_.blank();
  if (state.is_coroutine && runs_now(scope_id)) emit_now_function(state, cpp, cpp_params, locals, write_body);
  if (direct_only) return cpp;
  defs_.line(fmt::format("py::Object yc_body::{}(py::Function& yc_self, py::Object* yc_slots) {{", cpp));
  if (!has_closure) defs_.line("  (void)yc_self;");
  if (params.empty()) defs_.line("  (void)yc_slots;");
  defs_.line(fmt::format("  return yc_fn::{}({});", cpp, call_args));
  defs_.line("}");
  defs_.blank();
  (void)name;
  return make_function_object(scope_id, args, cpp);
}

}  // namespace yieldc::codegen
