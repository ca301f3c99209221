// The subset check, run after resolve: walks the AST with the scope table and
// reports (1) CPython's compile-time errors that depend on where a construct
// stands (compile.c: `'yield' outside function`, `'break' outside loop`,
// async comprehensions, ...; symtable.c: `'yield' inside list comprehension`)
// with CPython's wording and position, and (2) what the runtime cannot honour,
// as `yieldc does not support ...`. Name-binding errors (global/nonlocal,
// duplicate parameters) are reported by resolve, which has the information.
// Codegen keeps its own "not yet" checks; this file does not repeat them.
#include "frontend/check_subset.hpp"

#include <string_view>
#include <variant>

namespace yieldc::frontend {

namespace {

// Builtins that need an interpreter or a dictionary view of the frame.
constexpr std::string_view kReflectiveBuiltins[] = {"exec",   "eval", "compile",   "globals",
                                                    "locals", "vars", "__import__"};

class Checker {
 public:
  Checker(const ScopeTable& scopes, DiagnosticSink& sink) : scopes_(scopes), sink_(sink) {}

  void run(const Module& module) {
    frames_.push_back(Frame{module.scope});
    visit_body(module.body);
    frames_.pop_back();
  }

 private:
  // One entry per scope being walked. `loops` counts the loops around the
  // current statement inside this scope only: a `def` or `class` resets it,
  // as `break` cannot leave a function. `is_async` records, for a
  // comprehension, that it awaits (CPython then makes it a coroutine).
  struct Frame {
    ScopeId id;
    int loops = 0;
    bool is_async = false;
  };

  const Scope& scope() const { return scopes_[frames_.back().id]; }

  bool in_async_function() const {
    const Scope& s = scope();
    return s.kind == ScopeKind::Function &&
           (s.function_kind == FunctionKind::Coroutine || s.function_kind == FunctionKind::AsyncGenerator);
  }

  void unsupported(SourceSpan span, std::string_view what) { sink_.report(DiagKind::Unsupported, span, what); }

  // Whether `name`, read in the current scope, is the builtin of that name
  // (no local, enclosing or module-level binding shadows it).
  bool is_builtin(const std::string& name) const {
    const Symbol* s = scope().find(name);
    if (s && (s->binding == Binding::Local || s->binding == Binding::Cell || s->binding == Binding::Free)) {
      return false;
    }
    const Symbol* global = scopes_[0].find(name);
    return !(global && global->assigned);
  }

  // ---------------------------------------------------------------- statements

  void visit_body(const StmtList& body) {
    for (const Stmt& stmt : body) visit(stmt);
  }

  void visit_loop_body(const StmtList& body) {
    ++frames_.back().loops;
    visit_body(body);
    --frames_.back().loops;
  }

  void visit_arguments(const Arguments& args) {
    for (const Expr& d : args.defaults) visit(d);
    for (const Box<Expr>& d : args.kw_defaults) {
      if (d) visit(*d);
    }
  }

  void visit_class(const ClassDef& c) {
    for (const Keyword& k : c.keywords) {
      if (k.arg && *k.arg == "metaclass") unsupported(k.span, "metaclasses");
    }
    if (c.bases.size() > 1) unsupported(c.bases[1].span, "multiple inheritance");
    for (const Stmt& stmt : c.body) {
      if (const auto* assign = std::get_if<Assign>(&stmt.node)) {
        for (const Expr& t : assign->targets) check_slots(t);
      } else if (const auto* ann = std::get_if<AnnAssign>(&stmt.node)) {
        check_slots(*ann->target);
      }
    }
  }

  void check_slots(const Expr& target) {
    const auto* name = std::get_if<Name>(&target.node);
    if (name && name->id == "__slots__") unsupported(target.span, "'__slots__'");
  }

  void visit(const Stmt& stmt) {
    std::visit(
        Overloaded{
            [&](const FunctionDef& f) {
              for (const Expr& d : f.decorator_list) visit(d);
              visit_arguments(f.args);
              frames_.push_back(Frame{f.scope});
              visit_body(f.body);
              frames_.pop_back();
            },
            [&](const ClassDef& c) {
              for (const Expr& d : c.decorator_list) visit(d);
              for (const Expr& b : c.bases) visit(b);
              for (const Keyword& k : c.keywords) visit(*k.value);
              visit_class(c);
              frames_.push_back(Frame{c.scope});
              visit_body(c.body);
              frames_.pop_back();
            },
            [&](const Return& r) {
              if (!scope().is_function_like()) {
                sink_.report(DiagKind::ReturnOutsideFunction, stmt.span);
              } else if (r.value && scope().function_kind == FunctionKind::AsyncGenerator) {
                sink_.report(DiagKind::ReturnInAsyncGenerator, stmt.span);
              }
              if (r.value) visit(*r.value);
            },
            [&](const Delete& d) {
              for (const Expr& t : d.targets) {
                check_del(t);
                visit(t);
              }
            },
            [&](const Assign& a) {
              visit(*a.value);
              for (const Expr& t : a.targets) visit(t);
            },
            [&](const AugAssign& a) {
              visit(*a.target);
              visit(*a.value);
            },
            [&](const AnnAssign& a) {
              visit(*a.target);
              visit(*a.annotation);
              if (a.value) visit(*a.value);
            },
            [&](const For& f) {
              visit(*f.target);
              visit(*f.iter);
              visit_loop_body(f.body);
              visit_body(f.orelse);
            },
            [&](const While& w) {
              visit(*w.test);
              visit_loop_body(w.body);
              visit_body(w.orelse);
            },
            [&](const If& i) {
              visit(*i.test);
              visit_body(i.body);
              visit_body(i.orelse);
            },
            [&](const With& w) {
              for (const WithItem& item : w.items) {
                visit(*item.context_expr);
                if (item.optional_vars) visit(*item.optional_vars);
              }
              visit_body(w.body);
            },
            [&](const Raise& r) {
              if (r.exc) visit(*r.exc);
              if (r.cause) visit(*r.cause);
            },
            [&](const Try& t) {
              visit_body(t.body);
              for (const ExceptHandler& h : t.handlers) {
                if (h.type) visit(*h.type);
                visit_body(h.body);
              }
              visit_body(t.orelse);
              visit_body(t.finalbody);
            },
            [&](const Assert& a) {
              visit(*a.test);
              if (a.msg) visit(*a.msg);
            },
            [&](const Import&) {},
            [&](const ImportFrom& i) {
              for (const Alias& a : i.names) {
                if (a.name == "*") unsupported(a.span, "'from ... import *'");
              }
            },
            [&](const Global&) {
              if (scope().kind == ScopeKind::Class) unsupported(stmt.span, "'global' in a class body");
            },
            [&](const Nonlocal&) {},
            [&](const ExprStmt& e) { visit(*e.value); },
            [&](const Pass&) {},
            [&](const Break&) {
              if (frames_.back().loops == 0) sink_.report(DiagKind::BreakOutsideLoop, stmt.span);
            },
            [&](const Continue&) {
              if (frames_.back().loops == 0) sink_.report(DiagKind::ContinueOutsideLoop, stmt.span);
            },
        },
        stmt.node);
  }

  // A closure variable lives in a cell shared with inner functions; the
  // runtime's cells cannot be emptied again.
  void check_del(const Expr& target) {
    const auto* name = std::get_if<Name>(&target.node);
    if (!name) return;
    const Symbol* s = scope().find(name->id);
    if (s && (s->binding == Binding::Cell || s->binding == Binding::Free)) {
      unsupported(target.span, "'del' of a variable captured by an inner function");
    }
  }

  // ---------------------------------------------------------------- expressions

  void visit_call(const Call& c, const Expr& expr) {
    if (const auto* name = std::get_if<Name>(&c.func->node)) {
      for (std::string_view banned : kReflectiveBuiltins) {
        if (name->id == banned && is_builtin(name->id)) {
          unsupported(expr.span, "calling '" + name->id + "'");
          break;
        }
      }
    }
    visit(*c.func);
    for (const Expr& a : c.args) visit(a);
    for (const Keyword& k : c.keywords) visit(*k.value);
  }

  // symtable.c: a yield inside a comprehension is an error naming the
  // innermost one; compile.c: outside any function it is `outside function`.
  void check_yield(const Expr& expr, bool from) {
    const Scope& s = scope();
    if (s.kind == ScopeKind::Comprehension) {
      sink_.report(DiagKind::YieldInComprehension, expr.span, comprehension_name(s.name));
      return;
    }
    if (!s.is_function_like()) {
      sink_.report(DiagKind::YieldOutsideFunction, expr.span);
      return;
    }
    if (from && in_async_function()) sink_.report(DiagKind::YieldFromInAsyncFunction, expr.span);
  }

  static std::string_view comprehension_name(const std::string& scope_name) {
    if (scope_name == "<listcomp>") return "list comprehension";
    if (scope_name == "<setcomp>") return "set comprehension";
    if (scope_name == "<dictcomp>") return "dict comprehension";
    return "generator expression";
  }

  // compile.c: `await` is allowed in an async function and in any
  // comprehension (which then becomes asynchronous); elsewhere it names
  // what is missing.
  void check_await(const Expr& expr) {
    const Scope& s = scope();
    if (s.kind == ScopeKind::Comprehension) {
      frames_.back().is_async = true;
      return;
    }
    if (!s.is_function_like()) {
      sink_.report(DiagKind::AwaitOutsideFunction, expr.span);
    } else if (!in_async_function()) {
      sink_.report(DiagKind::AwaitOutsideAsyncFunction, expr.span);
    }
  }

  // A list, set or dict comprehension that awaits or has an `async for`
  // must stand in an async function or in another comprehension (which it
  // then makes asynchronous too); a generator expression may stand anywhere.
  template <class Comp>
  void visit_comprehension(const Comp& comp, const Expr& expr, bool is_generator) {
    visit(*comp.generators.front().iter);
    frames_.push_back(Frame{comp.scope});
    for (size_t i = 0; i < comp.generators.size(); ++i) {
      const Comprehension& gen = comp.generators[i];
      if (gen.is_async) frames_.back().is_async = true;
      visit(*gen.target);
      if (i > 0) visit(*gen.iter);
      for (const Expr& cond : gen.ifs) visit(cond);
    }
    if constexpr (std::is_same_v<Comp, DictComp>) {
      visit(*comp.key);
      visit(*comp.value);
    } else {
      visit(*comp.elt);
    }
    bool is_async = frames_.back().is_async;
    frames_.pop_back();
    if (!is_async || is_generator) return;
    if (scope().kind == ScopeKind::Comprehension) {
      frames_.back().is_async = true;
    } else if (!in_async_function()) {
      sink_.report(DiagKind::AsyncComprehensionOutsideAsync, expr.span);
    }
  }

  void visit_lambda(const Lambda& l, const Expr& expr) {
    visit_arguments(l.args);
    bool in_comprehension = scope().kind == ScopeKind::Comprehension;
    frames_.push_back(Frame{l.scope});
    if (in_comprehension && scope().function_kind != FunctionKind::Plain) {
      unsupported(expr.span, "generator lambdas inside comprehensions");
    }
    visit(*l.body);
    frames_.pop_back();
  }

  void visit(const Expr& expr) {
    std::visit(
        Overloaded{
            [&](const Name&) {},
            [&](const Constant&) {},
            [&](const JoinedStr& j) {
              for (const Expr& v : j.values) visit(v);
            },
            [&](const FormattedValue& f) {
              visit(*f.value);
              if (f.format_spec) visit(*f.format_spec);
            },
            [&](const BinOp& b) {
              visit(*b.left);
              visit(*b.right);
            },
            [&](const UnaryOp& u) { visit(*u.operand); },
            [&](const BoolOp& b) {
              for (const Expr& v : b.values) visit(v);
            },
            [&](const Compare& c) {
              visit(*c.left);
              for (const Expr& v : c.comparators) visit(v);
            },
            [&](const Call& c) { visit_call(c, expr); },
            [&](const Attribute& a) { visit(*a.value); },
            [&](const Subscript& s) {
              visit(*s.value);
              visit(*s.slice);
            },
            [&](const Slice& s) {
              if (s.lower) visit(*s.lower);
              if (s.upper) visit(*s.upper);
              if (s.step) visit(*s.step);
            },
            [&](const Starred& s) { visit(*s.value); },
            [&](const List& l) {
              for (const Expr& e : l.elts) visit(e);
            },
            [&](const Tuple& t) {
              for (const Expr& e : t.elts) visit(e);
            },
            [&](const Set& s) {
              for (const Expr& e : s.elts) visit(e);
            },
            [&](const Dict& d) {
              for (const Box<Expr>& k : d.keys) {
                if (k) visit(*k);
              }
              for (const Expr& v : d.values) visit(v);
            },
            [&](const ListComp& c) { visit_comprehension(c, expr, false); },
            [&](const SetComp& c) { visit_comprehension(c, expr, false); },
            [&](const DictComp& c) { visit_comprehension(c, expr, false); },
            [&](const GeneratorExp& c) { visit_comprehension(c, expr, true); },
            [&](const Lambda& l) { visit_lambda(l, expr); },
            [&](const IfExp& i) {
              visit(*i.test);
              visit(*i.body);
              visit(*i.orelse);
            },
            [&](const NamedExpr& n) {
              visit(*n.target);
              visit(*n.value);
            },
            [&](const Yield& y) {
              check_yield(expr, false);
              if (y.value) visit(*y.value);
            },
            [&](const YieldFrom& y) {
              check_yield(expr, true);
              visit(*y.value);
            },
            [&](const Await& a) {
              check_await(expr);
              visit(*a.value);
            },
        },
        expr.node);
  }

  const ScopeTable& scopes_;
  DiagnosticSink& sink_;
  std::vector<Frame> frames_;
};

}  // namespace

void check_module(const Module& module, const ScopeTable& scopes, DiagnosticSink& sink) {
  Checker(scopes, sink).run(module);
}

}  // namespace yieldc::frontend
