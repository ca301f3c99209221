// Name resolution: walks the AST once, creating a Scope for every module,
// function, lambda, comprehension and class body, recording which names each
// binds and uses, then decides every name's Binding by Python's rules
// (a name bound anywhere in a function is local to all of it; free names
// are found in enclosing *function* scopes, never in class bodies).
// It also reports CPython's symtable errors, which need exactly this
// information: global/nonlocal directives against earlier uses, unbound
// nonlocals, duplicate parameters.
#include <string_view>
#include <utility>
#include <variant>

#include "frontend/scope.hpp"

namespace yieldc::frontend {

namespace {

class Resolver {
 public:
  explicit Resolver(DiagnosticSink& sink) : sink_(sink) {}

  ScopeTable run(Module& module) {
    module.scope = push(ScopeKind::Module, "<module>", SourceSpan{});
    visit_body(module.body);
    pop();
    finish();
    return std::move(table_);
  }

 private:
  // ---------------------------------------------------------------- scopes

  ScopeId push(ScopeKind kind, const std::string& name, SourceSpan span) {
    Scope scope;
    scope.kind = kind;
    scope.name = name;
    scope.span = span;
    scope.parent = stack_.empty() ? -1 : stack_.back();
    scope.qualname = qualname_for(scope.parent, name);
    auto id = static_cast<ScopeId>(table_.scopes.size());
    table_.scopes.push_back(std::move(scope));
    stack_.push_back(id);
    return id;
  }

  void pop() { stack_.pop_back(); }

  Scope& current() { return table_.scopes[static_cast<size_t>(stack_.back())]; }

  // CPython's __qualname__: `f.<locals>.g` inside functions, `C.m` in classes.
  std::string qualname_for(ScopeId parent, const std::string& name) const {
    if (parent <= 0) return name;
    const Scope& p = table_.scopes[static_cast<size_t>(parent)];
    if (p.kind == ScopeKind::Class) return p.qualname + "." + name;
    return p.qualname + ".<locals>." + name;
  }

  Symbol& symbol(const std::string& name) {
    Scope& scope = current();
    auto [it, inserted] = scope.symbols.try_emplace(name);
    if (inserted) scope.names.push_back(name);
    return it->second;
  }

  void bind(const std::string& name) {
    Symbol& s = symbol(name);
    s.assigned = true;
    ++s.binding_sites;
  }
  void use(const std::string& name) { symbol(name).used = true; }
  // CPython's symtable does not count an import as an assignment when it
  // checks a later `global` directive.
  void bind_import(const std::string& name) {
    bind(name);
    ++symbol(name).import_sites;
  }

  // ---------------------------------------------------------------- statements

  void visit_body(StmtList& body) {
    for (Stmt& stmt : body) visit(stmt);
  }

  void visit_arguments(Arguments& args) {
    // Defaults and annotations are evaluated in the enclosing scope.
    for (Expr& d : args.defaults) visit(d);
    for (Box<Expr>& d : args.kw_defaults) {
      if (d) visit(*d);
    }
  }

  void bind_parameters(Arguments& args) {
    auto param = [&](Arg& a) {
      Symbol& s = symbol(a.name);
      if (s.parameter) sink_.report(DiagKind::DuplicateArgument, a.span, a.name);
      s.assigned = true;
      s.parameter = true;
    };
    for (Arg& a : args.posonlyargs) param(a);
    for (Arg& a : args.args) param(a);
    if (args.vararg) param(*args.vararg);
    for (Arg& a : args.kwonlyargs) param(a);
    if (args.kwarg) param(*args.kwarg);
  }

  void visit(Stmt& stmt) {
    std::visit(
        Overloaded{
            [&](FunctionDef& f) {
              for (Expr& d : f.decorator_list) visit(d);
              visit_arguments(f.args);
              bind(f.name);
              ++symbol(f.name).def_sites;
              f.scope = push(ScopeKind::Function, f.name, stmt.span);
              current().function_kind = f.is_async ? FunctionKind::Coroutine : FunctionKind::Plain;
              bind_parameters(f.args);
              visit_body(f.body);
              pop();
            },
            [&](ClassDef& c) {
              for (Expr& d : c.decorator_list) visit(d);
              for (Expr& b : c.bases) visit(b);
              for (Keyword& k : c.keywords) visit(*k.value);
              bind(c.name);
              c.scope = push(ScopeKind::Class, c.name, stmt.span);
              visit_body(c.body);
              pop();
            },
            [&](Return& r) {
              if (r.value) visit(*r.value);
            },
            [&](Delete& d) {
              for (Expr& t : d.targets) visit(t);
            },
            [&](Assign& a) {
              visit(*a.value);
              for (Expr& t : a.targets) visit(t);
            },
            [&](AugAssign& a) {
              visit(*a.value);
              visit(*a.target);
              if (auto* name = std::get_if<Name>(&a.target->node)) use(name->id);
            },
            [&](AnnAssign& a) {
              if (a.value) visit(*a.value);
              visit(*a.target);
              auto* name = std::get_if<Name>(&a.target->node);
              if (name && a.simple) symbol(name->id).annotated = true;
            },
            [&](For& f) {
              if (f.is_async) current().may_suspend = true;
              visit(*f.iter);
              visit(*f.target);
              visit_body(f.body);
              visit_body(f.orelse);
            },
            [&](While& w) {
              visit(*w.test);
              visit_body(w.body);
              visit_body(w.orelse);
            },
            [&](If& i) {
              visit(*i.test);
              visit_body(i.body);
              visit_body(i.orelse);
            },
            [&](With& w) {
              if (w.is_async) current().may_suspend = true;
              for (WithItem& item : w.items) {
                visit(*item.context_expr);
                if (item.optional_vars) visit(*item.optional_vars);
              }
              visit_body(w.body);
            },
            [&](Raise& r) {
              if (r.exc) visit(*r.exc);
              if (r.cause) visit(*r.cause);
            },
            [&](Try& t) {
              visit_body(t.body);
              for (ExceptHandler& h : t.handlers) {
                if (h.type) visit(*h.type);
                if (h.name) bind(*h.name);
                visit_body(h.body);
              }
              visit_body(t.orelse);
              visit_body(t.finalbody);
            },
            [&](Assert& a) {
              visit(*a.test);
              if (a.msg) visit(*a.msg);
            },
            [&](Import& i) {
              for (Alias& a : i.names) {
                // `import a.b` binds `a`.
                bind_import(a.asname ? *a.asname : a.name.substr(0, a.name.find('.')));
              }
            },
            [&](ImportFrom& i) {
              for (Alias& a : i.names) bind_import(a.asname ? *a.asname : a.name);
            },
            [&](Global& g) {
              for (const std::string& n : g.names) {
                check_directive(n, "global", stmt.span);
                globals_[stack_.back()].push_back(n);
              }
            },
            [&](Nonlocal& n) {
              if (current().kind == ScopeKind::Module) {
                sink_.report(DiagKind::NonlocalAtModuleLevel, stmt.span);
                return;
              }
              for (const std::string& name : n.names) {
                check_directive(name, "nonlocal", stmt.span);
                nonlocals_[stack_.back()].push_back(name);
              }
            },
            [&](ExprStmt& e) { visit(*e.value); },
            [&](Pass&) {},
            [&](Break&) {},
            [&](Continue&) {},
        },
        stmt.node);
  }

  // CPython's symtable checks a `global`/`nonlocal` directive against what
  // the scope has already done with the name, in source order, and names
  // the first of: parameter, use, annotation, assignment.
  void check_directive(const std::string& name, const char* directive, SourceSpan span) {
    ScopeId id = stack_.back();
    directive_spans_.try_emplace({id, name}, span);
    bool other_global = std::string_view(directive) == "nonlocal" ? is_declared(globals_, id, name)
                                                                  : is_declared(nonlocals_, id, name);
    if (other_global) {
      sink_.report(DiagKind::NonlocalAndGlobal, directive_spans_.at({id, name}), name);
    }
    const Symbol* s = current().find(name);
    if (!s) return;
    if (s->parameter) {
      sink_.report(DiagKind::DirectiveOnParameter, span, name, directive);
    } else if (s->loaded) {
      sink_.report(DiagKind::DirectiveAfterUse, span, name, directive);
    } else if (s->annotated) {
      sink_.report(DiagKind::DirectiveOnAnnotated, span, name, directive);
    } else if (s->assigned && s->binding_sites > s->import_sites) {
      sink_.report(DiagKind::DirectiveAfterAssign, span, name, directive);
    }
  }

  // ---------------------------------------------------------------- expressions

  void mark_yield() {
    Scope& scope = current();
    if (!scope.is_function_like()) return;  // reported by check_subset
    if (scope.function_kind == FunctionKind::Coroutine || scope.function_kind == FunctionKind::AsyncGenerator) {
      scope.function_kind = FunctionKind::AsyncGenerator;
    } else {
      scope.function_kind = FunctionKind::Generator;
    }
  }

  template <class Comp>
  void visit_comprehension(Comp& comp, const char* name, SourceSpan span, bool is_generator) {
    // The first iterable is evaluated in the enclosing scope; everything
    // else in the comprehension's own scope.
    visit(*comp.generators.front().iter);
    comp.scope = push(ScopeKind::Comprehension, name, span);
    if (is_generator) current().function_kind = FunctionKind::Generator;
    else current().inlined = true;
    for (size_t i = 0; i < comp.generators.size(); ++i) {
      Comprehension& gen = comp.generators[i];
      if (gen.is_async) mark_await();
      if (i > 0) visit(*gen.iter);
      visit(*gen.target);
      for (Expr& cond : gen.ifs) visit(cond);
    }
    if constexpr (std::is_same_v<Comp, DictComp>) {
      visit(*comp.key);
      visit(*comp.value);
    } else {
      visit(*comp.elt);
    }
    pop();
    // Evaluating an asynchronous list, set or dict comprehension awaits it.
    if (!is_generator && table_.scopes[static_cast<size_t>(comp.scope)].function_kind == FunctionKind::Coroutine) mark_await();
  }

  // An `await` or `async for` in a comprehension's own scope makes it
  // asynchronous, as CPython compiles it: a generator expression becomes an
  // async generator, a list, set or dict comprehension a coroutine that
  // the enclosing code awaits (so it is no longer inlined).
  void mark_await() {
    Scope& scope = current();
    scope.may_suspend = true;
    if (scope.kind != ScopeKind::Comprehension) return;
    if (scope.function_kind == FunctionKind::Generator || scope.function_kind == FunctionKind::AsyncGenerator) {
      scope.function_kind = FunctionKind::AsyncGenerator;
    } else {
      scope.function_kind = FunctionKind::Coroutine;
      scope.inlined = false;
    }
  }

  void visit(Expr& expr) {
    std::visit(
        Overloaded{
            [&](Name& n) {
              if (n.ctx != ExprContext::Load) return bind(n.id);
              use(n.id);
              symbol(n.id).loaded = true;
            },
            [&](Constant&) {},
            [&](JoinedStr& j) {
              for (Expr& v : j.values) visit(v);
            },
            [&](FormattedValue& f) {
              visit(*f.value);
              if (f.format_spec) visit(*f.format_spec);
            },
            [&](BinOp& b) {
              visit(*b.left);
              visit(*b.right);
            },
            [&](UnaryOp& u) { visit(*u.operand); },
            [&](BoolOp& b) {
              for (Expr& v : b.values) visit(v);
            },
            [&](Compare& c) {
              visit(*c.left);
              for (Expr& v : c.comparators) visit(v);
            },
            [&](Call& c) {
              visit(*c.func);
              for (Expr& a : c.args) visit(a);
              for (Keyword& k : c.keywords) visit(*k.value);
            },
            [&](Attribute& a) { visit(*a.value); },
            [&](Subscript& s) {
              visit(*s.value);
              visit(*s.slice);
            },
            [&](Slice& s) {
              if (s.lower) visit(*s.lower);
              if (s.upper) visit(*s.upper);
              if (s.step) visit(*s.step);
            },
            [&](Starred& s) { visit(*s.value); },
            [&](List& l) {
              for (Expr& e : l.elts) visit(e);
            },
            [&](Tuple& t) {
              for (Expr& e : t.elts) visit(e);
            },
            [&](Set& s) {
              for (Expr& e : s.elts) visit(e);
            },
            [&](Dict& d) {
              for (Box<Expr>& k : d.keys) {
                if (k) visit(*k);
              }
              for (Expr& v : d.values) visit(v);
            },
            [&](ListComp& c) { visit_comprehension(c, "<listcomp>", expr.span, false); },
            [&](SetComp& c) { visit_comprehension(c, "<setcomp>", expr.span, false); },
            [&](DictComp& c) { visit_comprehension(c, "<dictcomp>", expr.span, false); },
            [&](GeneratorExp& c) { visit_comprehension(c, "<genexpr>", expr.span, true); },
            [&](Lambda& l) {
              visit_arguments(l.args);
              l.scope = push(ScopeKind::Lambda, "<lambda>", expr.span);
              bind_parameters(l.args);
              visit(*l.body);
              pop();
            },
            [&](IfExp& i) {
              visit(*i.test);
              visit(*i.body);
              visit(*i.orelse);
            },
            [&](NamedExpr& n) {
              visit(*n.value);
              // PEP 572: a walrus in a comprehension binds in the enclosing
              // function (or module) scope.
              auto* name = std::get_if<Name>(&n.target->node);
              if (!name) return;
              size_t depth = stack_.size();
              while (depth > 1 && table_.scopes[static_cast<size_t>(stack_[depth - 1])].kind ==
                                      ScopeKind::Comprehension) {
                --depth;
              }
              std::vector<ScopeId> saved(stack_.begin() + static_cast<long>(depth), stack_.end());
              stack_.resize(depth);
              bind(name->id);
              stack_.insert(stack_.end(), saved.begin(), saved.end());
              use(name->id);
            },
            [&](Yield& y) {
              mark_yield();
              if (y.value) visit(*y.value);
            },
            [&](YieldFrom& y) {
              mark_yield();
              visit(*y.value);
            },
            [&](Await& a) {
              mark_await();
              visit(*a.value);
            },
        },
        expr.node);
  }

  // ---------------------------------------------------------------- bindings

  // Whether `name` is bound in some function scope enclosing `id` (class
  // bodies are skipped: their names are not visible to nested functions).
  ScopeId find_enclosing_binding(ScopeId id, const std::string& name) const {
    for (ScopeId p = table_.scopes[static_cast<size_t>(id)].parent; p > 0;
         p = table_.scopes[static_cast<size_t>(p)].parent) {
      const Scope& scope = table_.scopes[static_cast<size_t>(p)];
      if (scope.kind == ScopeKind::Class) continue;
      if (is_declared(globals_, p, name)) return -1;
      const Symbol* s = scope.find(name);
      if (s && (s->assigned || is_declared(nonlocals_, p, name))) return p;
    }
    return -1;
  }

  // A variable of `owner` used from scope `user` lives in a cell unless
  // every scope between them is an inlined comprehension.
  bool needs_cell(ScopeId user, ScopeId owner) const {
    for (ScopeId p = user; p != owner && p > 0; p = table_.scopes[static_cast<size_t>(p)].parent) {
      if (!table_.scopes[static_cast<size_t>(p)].inlined) return true;
    }
    return false;
  }

  static bool is_declared(const std::map<ScopeId, std::vector<std::string>>& table, ScopeId id,
                          const std::string& name) {
    auto it = table.find(id);
    if (it == table.end()) return false;
    for (const std::string& n : it->second) {
      if (n == name) return true;
    }
    return false;
  }

  void finish() {
    for (const auto& [id, names] : nonlocals_) {
      for (const std::string& name : names) {
        if (find_enclosing_binding(id, name) <= 0) {
          sink_.report(DiagKind::NonlocalNoBinding, directive_spans_.at({id, name}), name);
        }
      }
    }
    for (size_t i = 0; i < table_.scopes.size(); ++i) {
      auto id = static_cast<ScopeId>(i);
      Scope& scope = table_.scopes[i];
      for (const std::string& name : scope.names) {
        Symbol& s = scope.symbols[name];
        if (scope.kind == ScopeKind::Module || is_declared(globals_, id, name)) {
          s.binding = Binding::Global;
        } else if (is_declared(nonlocals_, id, name)) {
          s.binding = Binding::Free;
          ScopeId owner = find_enclosing_binding(id, name);
          if (owner > 0 && needs_cell(id, owner)) table_.scopes[static_cast<size_t>(owner)].symbols[name].binding = Binding::Cell;
        } else if (s.assigned) {
          if (s.binding != Binding::Cell) s.binding = Binding::Local;
        } else if (scope.kind == ScopeKind::Class) {
          s.binding = Binding::Implicit;
        } else {
          ScopeId owner = find_enclosing_binding(id, name);
          if (owner > 0) {
            s.binding = Binding::Free;
            if (needs_cell(id, owner)) table_.scopes[static_cast<size_t>(owner)].symbols[name].binding = Binding::Cell;
          } else {
            s.binding = Binding::Implicit;
          }
        }
      }
    }
    // A scope between a cell's owner and its user also carries the name
    // through (as a free variable of its own).
    for (size_t i = 0; i < table_.scopes.size(); ++i) {
      Scope& scope = table_.scopes[i];
      for (const std::string& name : scope.names) {
        if (scope.symbols[name].binding != Binding::Free) continue;
        ScopeId owner = find_enclosing_binding(static_cast<ScopeId>(i), name);
        for (ScopeId p = scope.parent; p > 0 && p != owner; p = table_.scopes[static_cast<size_t>(p)].parent) {
          Scope& mid = table_.scopes[static_cast<size_t>(p)];
          if (mid.kind == ScopeKind::Class) continue;
          auto [it, inserted] = mid.symbols.try_emplace(name);
          if (inserted) mid.names.push_back(name);
          it->second.binding = Binding::Free;
        }
      }
    }
  }

  DiagnosticSink& sink_;
  ScopeTable table_;
  std::vector<ScopeId> stack_;
  std::map<ScopeId, std::vector<std::string>> globals_;
  std::map<ScopeId, std::vector<std::string>> nonlocals_;
  // Where each scope first declared a name global or nonlocal: CPython
  // reports binding errors about the name at that directive.
  std::map<std::pair<ScopeId, std::string>, SourceSpan> directive_spans_;
};

}  // namespace

ScopeTable resolve(Module& module, DiagnosticSink& sink) { return Resolver(sink).run(module); }

}  // namespace yieldc::frontend
