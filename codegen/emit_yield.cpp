// Yields inside expressions, `yield from`, and generator expressions.
//
// A `yield` may sit anywhere in an expression (`f(a, (yield b))`), but a
// C++ expression cannot be suspended half-way. So an expression holding a
// yield is linearised: its operands are evaluated in Python's order into
// frame fields ("spills") up to and including the last yield, each yield
// becoming a resume point between statements; the rest of the expression
// is then emitted as usual, reading the spilled operands from their fields
// (`substitutions_`). Only expressions that contain a yield pay for this.
// `await x` is a resume point too: it is `yield from` over x's awaitable
// (SEMANTICS.md §11), so everything here treats it as one.
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"

namespace yieldc::codegen {

namespace {

// The operands of `expr` in the order Python evaluates them. Conditional
// operands (and/or, if-else) and nested scopes are handled by the caller.
std::vector<const Expr*> operands(const Expr& expr) {
  std::vector<const Expr*> out;
  auto add = [&](const Box<Expr>& e) {
    if (e) out.push_back(e.get());
  };
  std::visit(Overloaded{
                 [&](const BinOp& b) {
                   add(b.left);
                   add(b.right);
                 },
                 [&](const UnaryOp& u) { add(u.operand); },
                 [&](const Compare& c) {
                   add(c.left);
                   for (const Expr& e : c.comparators) out.push_back(&e);
                 },
                 [&](const Call& c) {
                   add(c.func);
                   for (const Expr& e : c.args) out.push_back(&e);
                   for (const Keyword& k : c.keywords) add(k.value);
                 },
                 [&](const Attribute& a) { add(a.value); },
                 [&](const Subscript& s) {
                   add(s.value);
                   add(s.slice);
                 },
                 [&](const Slice& s) {
                   add(s.lower);
                   add(s.upper);
                   add(s.step);
                 },
                 [&](const Starred& s) { add(s.value); },
                 [&](const List& l) {
                   for (const Expr& e : l.elts) out.push_back(&e);
                 },
                 [&](const Tuple& t) {
                   for (const Expr& e : t.elts) out.push_back(&e);
                 },
                 [&](const Set& s) {
                   for (const Expr& e : s.elts) out.push_back(&e);
                 },
                 [&](const Dict& d) {
                   for (size_t i = 0; i < d.values.size(); ++i) {
                     add(d.keys[i]);
                     out.push_back(&d.values[i]);
                   }
                 },
                 [&](const JoinedStr& j) {
                   for (const Expr& e : j.values) out.push_back(&e);
                 },
                 [&](const FormattedValue& f) {
                   add(f.value);
                   add(f.format_spec);
                 },
                 [&](const NamedExpr& n) { add(n.value); },
                 [&](const Await& a) { add(a.value); },
                 [&](const Yield& y) { add(y.value); },
                 [&](const YieldFrom& y) { add(y.value); },
                 [&](const auto&) {},
             },
             expr.node);
  return out;
}

}  // namespace

bool Emitter::is_async_comprehension(const Expr& expr) const {
  ScopeId scope = -1;
  if (const auto* c = std::get_if<ListComp>(&expr.node)) scope = c->scope;
  if (const auto* c = std::get_if<SetComp>(&expr.node)) scope = c->scope;
  if (const auto* c = std::get_if<DictComp>(&expr.node)) scope = c->scope;
  return scope >= 0 && scopes_[scope].function_kind == FunctionKind::Coroutine;
}

const FunctionDef* Emitter::immediate_await_target(const Expr& expr) const {
  const auto* a = std::get_if<Await>(&expr.node);
  const auto* call = a ? std::get_if<Call>(&a->value->node) : nullptr;
  const auto* name = call ? std::get_if<Name>(&call->func->node) : nullptr;
  if (!name || !call->keywords.empty() || !is_direct_function(name->id)) return nullptr;
  const FunctionDef& def = *functions_.at(name->id);
  const Scope& scope = scopes_[def.scope];
  if (scope.function_kind != FunctionKind::Coroutine || scope.may_suspend) return nullptr;
  const Arguments& params = def.args;
  if (params.vararg || params.kwarg || !params.kwonlyargs.empty()) return nullptr;
  size_t npos = params.posonlyargs.size() + params.args.size();
  if (call->args.size() + params.defaults.size() < npos || call->args.size() > npos) return nullptr;
  for (const Expr& arg : call->args) {
    if (std::holds_alternative<Starred>(arg.node) || contains_yield(arg)) return nullptr;
  }
  return &def;
}

Value Emitter::emit_immediate_await(const FunctionDef& def, const Call& call) {
  const std::string& name = std::get<Name>(call.func->node).id;
  const Arguments& params = def.args;
  size_t npos = params.posonlyargs.size() + params.args.size();
  size_t required = npos - params.defaults.size();
  std::vector<Value> args;
  for (const Expr& a : call.args) args.push_back(emit_expr(a));
  for (size_t i = call.args.size(); i < npos; ++i) {
    args.push_back(Value{fmt::format("py::function_default({}, {})", global_name(name), i - required),
                         Value::Kind::Object, false});
  }
  Value v = ordered_call(runs_now(def.scope) ? fmt::format("yc_now::{}", cpp_name(def.scope))
                                             : fmt::format("py::run_immediately<yc_frame::{}>", cpp_name(def.scope)),
                         args);
  // After checking the `def` has run (NameError), as a direct call does.
  v.code = fmt::format("(py::load_global({}, {}), {})", global_name(name), cpp_string_literal(name), v.code);
  v.temporary = true;
  return v;
}

bool Emitter::contains_yield(const Expr& expr) const {
  if (immediate_await_target(expr) != nullptr) return false;
  if (std::holds_alternative<Yield>(expr.node) || std::holds_alternative<YieldFrom>(expr.node) ||
      std::holds_alternative<Await>(expr.node) || is_async_comprehension(expr)) {
    return true;
  }
  if (const auto* b = std::get_if<BoolOp>(&expr.node)) {
    for (const Expr& v : b->values) {
      if (contains_yield(v)) return true;
    }
    return false;
  }
  if (const auto* i = std::get_if<IfExp>(&expr.node)) {
    return contains_yield(*i->test) || contains_yield(*i->body) || contains_yield(*i->orelse);
  }
  for (const Expr* e : operands(expr)) {
    if (contains_yield(*e)) return true;
  }
  return false;
}

void Emitter::release_spills(CppWriter& w) {
  // Spilled operands are dead after their statement; drop the references
  // now, as CPython's value stack would.
  for (const std::string& field : spilled_) w.line(fmt::format("{} = py::Object();", field));
  spilled_.clear();
  substitutions_.clear();
}

std::string Emitter::spill_now(const Expr& expr, CppWriter& w) {
  std::string field = declare_temp("spill", "py::Object", as_object_code(emit_expr_with_yields(expr, w)), w);
  spilled_.push_back(field);
  substitutions_[&expr] = field;
  return field;
}

bool Emitter::prepare_target_yields(const Stmt& stmt, CppWriter& w) {
  // Python's order: `t[k] = v` evaluates v, t, k; `t[k] op= v` evaluates t,
  // k, reads t[k], then v. Each operand is spilled in that order, so the
  // yields inside them run in it too.
  if (const auto* a = std::get_if<Assign>(&stmt.node)) {
    const Expr& target = a->targets.front();
    if (a->targets.size() != 1 || !(std::holds_alternative<Subscript>(target.node) ||
                                    std::holds_alternative<Attribute>(target.node))) {
      unsupported(target.span, "'yield' inside this assignment target yet");
      return true;
    }
    spill_now(*a->value, w);
    if (const auto* s = std::get_if<Subscript>(&target.node)) {
      spill_now(*s->value, w);
      spill_now(*s->slice, w);
    } else {
      spill_now(*std::get<Attribute>(target.node).value, w);
    }
    return true;  // the assignment itself is emitted as usual
  }
  const auto& a = std::get<AugAssign>(stmt.node);
  const char* fn = augmented_function(a.op);
  if (!fn) return true;  // reported by the statement's emitter
  std::string current = declare_temp("spill", "py::Object", "", w);
  spilled_.push_back(current);
  std::string store;
  if (const auto* s = std::get_if<Subscript>(&a.target->node)) {
    std::string container = spill_now(*s->value, w);
    std::string key = spill_now(*s->slice, w);
    w.line(fmt::format("{} = py::getitem({}, {});", current, container, key));
    store = fmt::format("py::setitem({}, {}, {{}});", container, key);
  } else {
    const auto& attribute = std::get<Attribute>(a.target->node);
    std::string object = spill_now(*attribute.value, w);
    w.line(fmt::format("{} = py::getattr({}, {});", current, object, attr_site(attribute.attr)));
    store = fmt::format("py::setattr({}, {}, {{}});", object, attr_site(attribute.attr));
  }
  Value value = emit_expr_with_yields(*a.value, w);
  w.line(fmt::format(fmt::runtime(store), ordered_call(fn, {Value{current}, value}).code));
  release_spills(w);
  return false;
}

Value Emitter::emit_expr_with_yields(const Expr& expr, CppWriter& w) {
  if (!contains_yield(expr)) return emit_expr(expr);
  auto spill_to_field = [&](const std::string& code) {
    std::string field = declare_temp("spill", "py::Object", code, w);
    spilled_.push_back(field);
    return field;
  };
  if (const auto* y = std::get_if<Yield>(&expr.node)) {
    std::string value = y->value ? as_object_code(emit_expr_with_yields(*y->value, w)) : "py::None";
    std::string result = declare_temp("sent", "py::Object", "", w);
    spilled_.push_back(result);
    emit_yield_value(value, expr.span, &result, w);
    substitutions_[&expr] = result;
    return Value{result, Value::Kind::Object, false};
  }
  if (const auto* y = std::get_if<YieldFrom>(&expr.node)) {
    std::string result = emit_yield_from(*y->value, w);
    substitutions_[&expr] = result;
    return Value{result, Value::Kind::Object, false};
  }
  if (const auto* a = std::get_if<Await>(&expr.node)) {
    std::string result = emit_yield_from(*a->value, w, true);
    substitutions_[&expr] = result;
    return Value{result, Value::Kind::Object, false};
  }
  if (is_async_comprehension(expr)) {
    std::string result = emit_delegation(emit_async_comprehension(expr, w), "await", expr.span.begin.line, w);
    substitutions_[&expr] = result;
    return Value{result, Value::Kind::Object, false};
  }
  if (const auto* b = std::get_if<BoolOp>(&expr.node)) {
    // `a and (yield b)`: the later operands run only when needed.
    std::string result = spill_to_field(as_object_code(emit_expr_with_yields(b->values[0], w)));
    int open = 0;
    for (size_t i = 1; i < b->values.size(); ++i) {
      w.line(fmt::format("if ({}py::truthy({})) {{", b->op == BoolOpKind::And ? "" : "!", result));
      w.indent();
      ++open;
      w.line(fmt::format("{} = {};", result, as_object_code(emit_expr_with_yields(b->values[i], w))));
    }
    for (; open > 0; --open) {
      w.dedent();
      w.line("}");
    }
    substitutions_[&expr] = result;
    return Value{result, Value::Kind::Object, false};
  }
  if (const auto* i = std::get_if<IfExp>(&expr.node)) {
    std::string result = declare_temp("spill", "py::Object", "", w);
    spilled_.push_back(result);
    Value t = emit_expr_with_yields(*i->test, w);
    w.line(fmt::format("if ({}) {{", t.kind == Value::Kind::Bool ? t.code : "py::truthy(" + t.code + ")"));
    w.indent();
    w.line(fmt::format("{} = {};", result, as_object_code(emit_expr_with_yields(*i->body, w))));
    w.dedent();
    w.line("} else {");
    w.indent();
    w.line(fmt::format("{} = {};", result, as_object_code(emit_expr_with_yields(*i->orelse, w))));
    w.dedent();
    w.line("}");
    substitutions_[&expr] = result;
    return Value{result, Value::Kind::Object, false};
  }
  // Generic: every operand up to the last one holding a yield is evaluated
  // into a field, in order; later operands stay inline.
  std::vector<const Expr*> ops = operands(expr);
  size_t last = 0;
  for (size_t k = 0; k < ops.size(); ++k) {
    if (contains_yield(*ops[k])) last = k;
  }
  for (size_t k = 0; k <= last && k < ops.size(); ++k) {
    const Expr* op = ops[k];
    if (std::holds_alternative<Starred>(op->node)) {
      // f(*xs): spill the iterable; the star stays in the call.
      const Expr& inner = *std::get<Starred>(op->node).value;
      substitutions_[&inner] = spill_to_field(as_object_code(emit_expr_with_yields(inner, w)));
      continue;
    }
    if (std::holds_alternative<Constant>(op->node)) continue;
    // Builtins cannot be rebound while the generator is suspended.
    if (const auto* name = std::get_if<Name>(&op->node)) {
      NameRef::Kind kind = lookup(name->id).kind;
      if (kind == NameRef::Kind::Builtin || kind == NameRef::Kind::Missing) continue;
    }
    substitutions_[op] = spill_to_field(as_object_code(emit_expr_with_yields(*op, w)));
  }
  return emit_expr(expr);
}

std::string Emitter::as_object_code(const Value& v) {
  return v.kind == Value::Kind::Bool ? fmt::format("py::box({})", v.code) : v.code;
}

void Emitter::emit_yield_value(const std::string& value, const SourceSpan& span, const std::string* result,
                               CppWriter& w) {
  int state = fn_->next_state++;
  fn_->states.push_back({state, "after a yield", span.begin.line, fn_->innermost_region(), true});
  w.line(fmt::format("state_ = {}; return py::Step::{}({});", state,
                     fn_->is_async_generator ? "async_yielded" : "yielded", value));
  w.case_label(state, fmt::format("resumed after the yield at {}:{}", source_.path(), span.begin.line));
  // The value sent in, or the exception thrown in, arrives here.
  std::string sent = "take_sent(yc_kind, std::move(yc_sent))";
  if (result) {
    w.line(fmt::format("{} = {};", *result, sent));
  } else {
    w.line(sent + ";");
  }
}

std::string Emitter::emit_yield_from(const Expr& iterable, CppWriter& w, bool await) {
  // `await` differs from `yield from` only in how the delegate is found
  // (py::await_iter: the coroutine itself, or what __await__ returns).
  std::string source = as_object_code(emit_expr_with_yields(iterable, w));
  std::string delegate = fmt::format("{}({})", await ? "py::await_iter" : "yield_from_source", source);
  return emit_delegation(delegate, await ? "await" : "yield from", iterable.span.begin.line, w);
}

std::string Emitter::emit_delegation(const std::string& delegate, const char* what, uint32_t line, CppWriter& w,
                                     bool until_stop_async) {
  // PEP 380 as a loop around one resume point: each resumption (send,
  // throw, close) is forwarded to the delegate by py::delegate, until the
  // delegate returns; its return value is the expression's value.
  std::string result = declare_temp("result", "py::Object", "", w);
  spilled_.push_back(result);
  int state = fn_->next_state++;
  fn_->states.push_back({state, fmt::format("inside {} {}", what[0] == 'a' ? "an" : "a", what), line,
                         fn_->innermost_region(), true});
  w.line(fmt::format("yield_from_ = {};", delegate));
  w.line("yc_kind = py::ResumeKind::Send;  // the first step sends None");
  w.line("yc_sent = py::None;");
  w.case_label(state, fmt::format("resumed inside the {} at {}:{}", what, source_.path(), line));
  w.line("{");
  w.indent();
  if (until_stop_async) {
    // `async for`: StopAsyncIteration from __anext__()'s awaitable ends
    // the enclosing C++ loop (the Python loop's exhaustion).
    w.line("py::Step yc_step{};");
    w.line("if (!py::delegate_anext(yield_from_, yc_kind, std::move(yc_sent), yc_step)) {");
    w.line("  yield_from_ = py::Object();");
    w.line("  break;");
    w.line("}");
  } else {
    w.line("py::Step yc_step = py::delegate(yield_from_, yc_kind, std::move(yc_sent));");
  }
  w.line(fmt::format("if (yc_step.kind == py::Step::Kind::Yielded) {{ state_ = {}; return yc_step; }}", state));
  w.line(fmt::format("{} = std::move(yc_step.value);", result));
  w.dedent();
  w.line("}");
  w.line("yield_from_ = py::Object();");
  return result;
}

bool Emitter::prepare_yields(const Stmt& stmt, CppWriter& w) {
  if (!fn_->is_generator || fn_->is_inlined) return true;
  auto spill = [&](const Box<Expr>& e) {
    if (e && contains_yield(*e)) substitutions_[e.get()] = as_object_code(emit_expr_with_yields(*e, w));
  };
  return std::visit(Overloaded{
                        [&](const ExprStmt& e) {
                          if (!contains_yield(*e.value)) return true;
                          // `yield v` as a statement: the sent value is dropped.
                          if (const auto* y = std::get_if<Yield>(&e.value->node); y && !(y->value && contains_yield(*y->value))) {
                            emit_yield_value(y->value ? object(*y->value) : "py::None", e.value->span, nullptr, w);
                            return false;
                          }
                          Value v = emit_expr_with_yields(*e.value, w);
                          // A bare `yield`/`yield from` statement is done.
                          if (!std::holds_alternative<Yield>(e.value->node) &&
                              !std::holds_alternative<YieldFrom>(e.value->node) &&
                              !std::holds_alternative<Await>(e.value->node)) {
                            w.line(fmt::format("{};", v.code));
                          }
                          release_spills(w);
                          return false;
                        },
                        [&](const Assign& a) {
                          for (const Expr& t : a.targets) {
                            if (contains_yield(t)) return prepare_target_yields(stmt, w);
                          }
                          // `x = yield v` into a local: the sent value goes straight to x.
                          const auto* y = std::get_if<Yield>(&a.value->node);
                          const auto* target = a.targets.size() == 1 ? std::get_if<Name>(&a.targets[0].node) : nullptr;
                          if (y && target && !(y->value && contains_yield(*y->value)) &&
                              lookup(target->id).kind == NameRef::Kind::Local) {
                            std::string slot = lookup(target->id).storage;
                            emit_yield_value(y->value ? object(*y->value) : "py::None", a.value->span, &slot, w);
                            return false;
                          }
                          spill(a.value);
                          return true;
                        },
                        [&](const AugAssign& a) {
                          bool name_target = std::holds_alternative<Name>(a.target->node);
                          if (!name_target && (contains_yield(*a.target) || contains_yield(*a.value))) {
                            return prepare_target_yields(stmt, w);
                          }
                          if (!contains_yield(*a.value)) return true;
                          // The target is read before the right side runs.
                          if (const auto* name = std::get_if<Name>(&a.target->node)) {
                            std::string current = declare_temp("spill", "py::Object",
                                                               load_name(name->id, a.target->span).code, w);
                            spilled_.push_back(current);
                            substitutions_[a.target.get()] = current;
                          }
                          spill(a.value);
                          return true;
                        },
                        [&](const Return& r) {
                          spill(r.value);
                          return true;
                        },
                        [&](const If& i) {
                          spill(i.test);
                          return true;
                        },
                        [&](const For& f) {
                          spill(f.iter);
                          return true;
                        },
                        [&](const With& with) {
                          // Only the first manager is evaluated before the
                          // statement starts; later ones run inside it.
                          spill(with.items.front().context_expr);
                          return true;
                        },
                        [&](const Raise& r) {
                          spill(r.exc);
                          spill(r.cause);
                          return true;
                        },
                        [&](const Assert& a) {
                          spill(a.test);
                          return true;
                        },
                        [&](const auto&) { return true; },
                    },
                    stmt.node);
}

void Emitter::emit_comprehension_loops(const std::vector<Comprehension>& generators, const SourceSpan& span,
                                       CppWriter& w, const std::function<void(CppWriter&)>& inner) {
  size_t depth = 0;
  for (size_t i = 0; i < generators.size(); ++i) {
    const Comprehension& gen = generators[i];
    std::string it = mangle(".0");
    if (i > 0) {
      std::string source = as_object_code(emit_expr_with_yields(*gen.iter, w));
      it = declare_temp("it", "py::Object", fmt::format("{}({})", gen.is_async ? "py::async_iter" : "py::iter", source), w);
      release_spills(w);
    }
    if (gen.is_async) {
      // As an `async for` statement: StopAsyncIteration leaves the loop.
      w.line("for (;;) {");
      w.indent();
      emit_async_next_into(*gen.target, it, span.begin.line, w);
    } else {
      std::string item = declare_temp("item", "py::Object", "", w);
      w.line(fmt::format("while (py::next({}, {})) {{", it, item));
      w.indent();
      emit_assign_to(*gen.target, item, w);
    }
    ++depth;
    for (const Expr& cond : gen.ifs) {
      if (!contains_yield(cond)) {
        w.line(fmt::format("if (!({})) continue;", test(cond)));
        continue;
      }
      Value v = emit_expr_with_yields(cond, w);
      std::string keep = declare_temp("keep", "bool", v.kind == Value::Kind::Bool ? v.code : "py::truthy(" + v.code + ")", w);
      release_spills(w);
      w.line(fmt::format("if (!{}) continue;", keep));
    }
  }
  inner(w);
  for (; depth > 0; --depth) {
    w.dedent();
    w.line("}");
  }
}

std::string Emitter::comprehension_call(ScopeId scope_id, const std::string& cpp, const std::string& first_iter) {
  const Scope& scope = scopes_[scope_id];
  std::string closure;
  for (const std::string& n : scope.names) {
    if (scope.find(n)->binding == Binding::Free) closure += (closure.empty() ? "" : ", ") + lookup(n).storage;
  }
  if (closure.empty()) return fmt::format("yc_fn::{}({})", cpp, first_iter);
  return fmt::format("[&]() -> py::Object {{ py::Object yc_iter = {}; py::Object yc_cells[] = {{{}}}; "
                     "return yc_fn::{}(yc_cells, std::move(yc_iter)); }}()",
                     first_iter, closure, cpp);
}

Value Emitter::emit_genexpr(const GeneratorExp& g, const Expr& expr) {
  // A generator expression is a generator function with one parameter, the
  // iterator of its first iterable — evaluated (and iter()'d, or aiter()'d
  // for an `async for`) right here, in the enclosing scope, as CPython
  // does. One that awaits is an async generator.
  const Comprehension& first = g.generators.front();
  std::string first_iter = fmt::format("{}({})", first.is_async ? "py::async_iter" : "py::iter", object(*first.iter));
  Arguments args;
  args.args.push_back(Arg{expr.span, ".0", {}});
  std::string cpp = emit_function_with("<genexpr>", g.scope, args, expr.span, true, [&](CppWriter& w) {
    emit_comprehension_loops(g.generators, expr.span, w, [&](CppWriter& inner) {
      std::string value = as_object_code(emit_expr_with_yields(*g.elt, inner));
      emit_yield_value(value, expr.span, nullptr, inner);
      release_spills(inner);
    });
  });
  return Value{comprehension_call(g.scope, cpp, first_iter)};
}

std::string Emitter::emit_async_comprehension(const Expr& expr, CppWriter& w) {
  // CPython 3.11 compiles it as a coroutine `<listcomp>(.0)` that builds
  // and returns the collection; the enclosing code awaits it at once.
  const std::vector<Comprehension>* generators = nullptr;
  ScopeId scope_id = -1;
  const char* make_result = "py::new_list({})";
  std::function<void(const std::string&, CppWriter&)> add;
  if (const auto* c = std::get_if<ListComp>(&expr.node)) {
    generators = &c->generators;
    scope_id = c->scope;
    add = [this, c](const std::string& r, CppWriter& inner) {
      std::string v = as_object_code(emit_expr_with_yields(*c->elt, inner));
      inner.line(fmt::format("py::list_append({}, {});", r, v));
    };
  } else if (const auto* c = std::get_if<SetComp>(&expr.node)) {
    generators = &c->generators;
    scope_id = c->scope;
    make_result = "py::new_set()";
    add = [this, c](const std::string& r, CppWriter& inner) {
      std::string v = as_object_code(emit_expr_with_yields(*c->elt, inner));
      inner.line(fmt::format("py::set_add({}, {});", r, v));
    };
  } else {
    const auto& d = std::get<DictComp>(expr.node);
    generators = &d.generators;
    scope_id = d.scope;
    make_result = "py::new_dict()";
    add = [this, &d](const std::string& r, CppWriter& inner) {
      // The key is evaluated before the value (3.8+).
      std::string k = spill_now(*d.key, inner);
      std::string v = as_object_code(emit_expr_with_yields(*d.value, inner));
      inner.line(fmt::format("py::dict_set({}, {}, {});", r, k, v));
    };
  }
  const Comprehension& first = generators->front();
  std::string source = as_object_code(emit_expr_with_yields(*first.iter, w));
  std::string first_iter = fmt::format("{}({})", first.is_async ? "py::async_iter" : "py::iter", source);
  Arguments args;
  args.args.push_back(Arg{expr.span, ".0", {}});
  std::string cpp = emit_function_with(scopes_[scope_id].name, scope_id, args, expr.span, true, [&](CppWriter& body) {
    std::string result = declare_temp("result", "py::Object", make_result, body);
    emit_comprehension_loops(*generators, expr.span, body, [&](CppWriter& inner) {
      add(result, inner);
      release_spills(inner);
    });
    emit_return(result, body, 0);
  });
  return comprehension_call(scope_id, cpp, first_iter);
}

}  // namespace yieldc::codegen
