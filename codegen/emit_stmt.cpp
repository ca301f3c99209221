// Statements. Python loops stay C++ loops; in a generator frame a `yield`
// becomes `state_ = N; return yielded(v); case N:` right where it stands,
// which is legal because every local is a frame field (no C++ initialisation
// is jumped over). `return`, `break` and `continue` leave enclosing
// `finally` blocks through their completion records (emit_try.cpp).
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"
#include "codegen/runtime_api.hpp"

namespace yieldc::codegen {

const char* augmented_function(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "py::inplace_add";
    case BinOpKind::Sub: return "py::inplace_sub";
    case BinOpKind::Mult: return "py::inplace_mul";
    case BinOpKind::Div: return "py::inplace_truediv";
    case BinOpKind::FloorDiv: return "py::inplace_floordiv";
    case BinOpKind::Mod: return "py::inplace_mod";
    case BinOpKind::Pow: return "py::inplace_power";
    case BinOpKind::LShift: return "py::inplace_lshift";
    case BinOpKind::RShift: return "py::inplace_rshift";
    case BinOpKind::BitOr: return "py::inplace_or";
    case BinOpKind::BitXor: return "py::inplace_xor";
    case BinOpKind::BitAnd: return "py::inplace_and";
    case BinOpKind::MatMult: return nullptr;
  }
  return nullptr;
}

void Emitter::emit_body(const StmtList& body, CppWriter& w) {
  for (const Stmt& stmt : body) emit_stmt(stmt, w);
}

void Emitter::emit_assign_to(const Expr& target, const std::string& value, CppWriter& w) {
  if (const auto* name = std::get_if<Name>(&target.node)) {
    store_name(name->id, value, w);
    return;
  }
  if (const auto* sub = std::get_if<Subscript>(&target.node)) {
    // Python evaluates the value first, then the container, then the key.
    std::string v = new_temp("value");
    w.line("{");
    w.indent();
    w.line(fmt::format("py::Object {} = {};", v, value));
    Value container = emit_expr(*sub->value);
    Value key = std::holds_alternative<Slice>(sub->slice->node) ? emit_expr(*sub->slice) : emit_expr(*sub->slice);
    std::string c = new_temp("container");
    w.line(fmt::format("py::Object {} = {};", c, container.code));
    w.line(fmt::format("py::setitem({}, {}, std::move({}));", c, key.kind == Value::Kind::Bool ? "py::box(" + key.code + ")" : key.code, v));
    w.dedent();
    w.line("}");
    return;
  }
  if (const auto* attribute = std::get_if<Attribute>(&target.node)) {
    // The value first, then the object.
    std::string v = new_temp("value");
    w.line("{");
    w.indent();
    w.line(fmt::format("py::Object {} = {};", v, value));
    w.line(fmt::format("py::setattr({}, {}, {});", object(*attribute->value), attr_site(attribute->attr), v));
    w.dedent();
    w.line("}");
    return;
  }
  const ExprList* elts = nullptr;
  if (const auto* t = std::get_if<Tuple>(&target.node)) elts = &t->elts;
  if (const auto* l = std::get_if<List>(&target.node)) elts = &l->elts;
  if (elts) {
    // a, *b, c = value: unpack into temporaries, then assign left to right.
    size_t starred = elts->size();
    for (size_t i = 0; i < elts->size(); ++i) {
      if (std::holds_alternative<Starred>((*elts)[i].node)) starred = i;
    }
    std::string u = new_temp("unpacked");
    w.line("{");
    w.indent();
    w.line(fmt::format("py::Object {}[{}];", u, elts->size()));
    if (starred == elts->size()) {
      w.line(fmt::format("py::unpack({}, {}, {});", value, u, elts->size()));
    } else {
      w.line(fmt::format("py::unpack_starred({}, {}, {}, {});", value, u, starred, elts->size() - starred - 1));
    }
    for (size_t i = 0; i < elts->size(); ++i) {
      const Expr& e = (*elts)[i];
      const Expr& t = i == starred ? *std::get<Starred>(e.node).value : e;
      emit_assign_to(t, fmt::format("std::move({}[{}])", u, i), w);
    }
    w.dedent();
    w.line("}");
    return;
  }
  unsupported(target.span, "this assignment target yet");
}

void Emitter::emit_delete(const Expr& target, CppWriter& w) {
  if (const auto* name = std::get_if<Name>(&target.node)) {
    NameRef ref = lookup(name->id);
    std::string quoted = cpp_string_literal(name->id);
    switch (ref.kind) {
      case NameRef::Kind::Local: w.line(fmt::format("py::load_local({}, {}); {} = py::Object();", ref.storage, quoted, ref.storage)); return;
      case NameRef::Kind::Global: w.line(fmt::format("py::load_global({}, {}); {} = py::Object();", ref.storage, quoted, ref.storage)); return;
      case NameRef::Kind::Cell: w.line(fmt::format("py::cell_get_local({}, {}); py::cell_set({}, py::Object());", ref.storage, quoted, ref.storage)); return;
      case NameRef::Kind::ClassNamespace:
        w.line(fmt::format("py::class_namespace_delete({}, {});", ref.storage, string_constant(name->id)));
        return;
      case NameRef::Kind::Builtin:
      case NameRef::Kind::Missing: w.line(fmt::format("py::raise_name_error({});", quoted)); return;
    }
  }
  if (const auto* sub = std::get_if<Subscript>(&target.node)) {
    Spilled s = spill({emit_expr(*sub->value), emit_expr(*sub->slice)});
    w.line(fmt::format("{{ {}py::delitem({}, {}); }}", s.prefix, s.codes[0], s.codes[1]));
    return;
  }
  if (const auto* a = std::get_if<Attribute>(&target.node)) {
    w.line(fmt::format("py::delattr({}, {});", object(*a->value), cpp_string_literal(a->attr)));
    return;
  }
  if (const auto* t = std::get_if<Tuple>(&target.node)) {
    for (const Expr& e : t->elts) emit_delete(e, w);
    return;
  }
  if (const auto* l = std::get_if<List>(&target.node)) {
    for (const Expr& e : l->elts) emit_delete(e, w);
    return;
  }
  unsupported(target.span, "this 'del' target yet");
}

void Emitter::emit_yield_point(const Expr& yield_expr, const std::string* assign_to, CppWriter& w) {
  const auto& y = std::get<Yield>(yield_expr.node);
  if (!fn_->is_generator || fn_->is_inlined) {
    unsupported(yield_expr.span, "'yield' here");
    return;
  }
  emit_yield_value(y.value ? object(*y.value) : "py::None", yield_expr.span, assign_to, w);
}

void Emitter::emit_async_next_into(const Expr& target, const std::string& it, uint32_t line, CppWriter& w) {
  // Awaits it.__anext__() (emit_delegation; StopAsyncIteration leaves the
  // enclosing C++ loop) and moves the item into the target.
  std::string item = emit_delegation(fmt::format("py::async_next({})", it), "async for", line, w, true);
  spilled_.pop_back();  // the item field is moved out right below
  emit_assign_to(target, fmt::format("std::move({})", item), w);
}

void Emitter::emit_async_for(const For& loop, const Stmt& stmt, CppWriter& w) {
  // Each round awaits it.__anext__() at the `for` line; StopAsyncIteration
  // from that await leaves the C++ loop (emit_delegation), which is the
  // loop's exhaustion: the `else` runs then, and a `break` skips it.
  std::string it = declare_temp("it", "py::Object", fmt::format("py::async_iter({})", object(*loop.iter)), w);
  std::string break_label = loop.orelse.empty() ? "" : new_temp("break");
  fn_->loops.push_back(LoopTarget{break_label, fn_->finallies.size(), fn_->region_stack.size(), fn_->handler_depth});
  w.line("for (;;) {");
  w.indent();
  w.line(frame_line(stmt.span.begin.line) + ";");
  emit_async_next_into(*loop.target, it, stmt.span.begin.line, w);
  emit_body(loop.body, w);
  w.dedent();
  w.line("}");
  fn_->loops.pop_back();
  if (!loop.orelse.empty()) {
    w.line("{  // async for ... else");
    w.indent();
    emit_body(loop.orelse, w);
    w.dedent();
    w.line("}");
    w.line(fmt::format("{}:;", break_label));
  }
  w.line(fmt::format("{} = py::Object();  // the loop is done with its iterator", it));
}

void Emitter::emit_for(const For& loop, const Stmt& stmt, CppWriter& w) {
  if (loop.is_async) {
    if (fn_->is_async && !fn_->is_inlined) {
      emit_async_for(loop, stmt, w);
      return;
    }
    unsupported(stmt.span, "'async for' here yet");
    return;
  }
  std::string it = new_temp("it");
  if (fn_->is_generator) {
    fn_->extra_fields.emplace_back("py::Object", it);
    w.line(fmt::format("{} = py::iter({});", it, object(*loop.iter)));
  } else {
    w.line("{");
    w.indent();
    w.line(fmt::format("py::Object {} = py::iter({});", it, object(*loop.iter)));
  }
  // py::next stores straight into a local loop variable and leaves it
  // untouched at exhaustion, as Python does; other targets get the item
  // through a temporary.
  std::string slot;
  const auto* target = std::get_if<Name>(&loop.target->node);
  if (target && lookup(target->id).kind != NameRef::Kind::Cell) {
    slot = lookup(target->id).storage;
  } else {
    slot = new_temp("item");
    if (fn_->is_generator) fn_->extra_fields.emplace_back("py::Object", slot);
    else w.line(fmt::format("py::Object {};", slot));
  }
  std::string break_label = loop.orelse.empty() ? "" : new_temp("break");
  fn_->loops.push_back(LoopTarget{break_label, fn_->finallies.size(), fn_->region_stack.size(), fn_->handler_depth});
  // Each step of the iterator runs at the `for` line, as in a traceback.
  w.line(fmt::format("while ({}, py::next({}, {})) {{", frame_line(stmt.span.begin.line), it, slot));
  w.indent();
  if (!target || lookup(target->id).kind == NameRef::Kind::Cell) emit_assign_to(*loop.target, slot, w);
  emit_body(loop.body, w);
  w.dedent();
  w.line("}");
  fn_->loops.pop_back();
  if (!loop.orelse.empty()) {
    w.line("{  // for ... else");
    w.indent();
    emit_body(loop.orelse, w);
    w.dedent();
    w.line("}");
    w.line(fmt::format("{}:;", break_label));
  }
  if (fn_->is_generator) {
    w.line(fmt::format("{} = py::Object();  // the loop is done with its iterator", it));
  } else {
    w.dedent();
    w.line("}");
  }
}

void Emitter::emit_while(const While& loop, const Stmt& stmt, CppWriter& w) {
  std::string break_label = loop.orelse.empty() ? "" : new_temp("break");
  fn_->loops.push_back(LoopTarget{break_label, fn_->finallies.size(), fn_->region_stack.size(), fn_->handler_depth});
  if (fn_->is_generator && !fn_->is_inlined && contains_yield(*loop.test)) {
    // `while (yield x):` the test is linearised at the top of each round;
    // its spilled operands are dropped on both ways out of the test.
    w.line("for (;;) {");
    w.indent();
    w.line(frame_line(stmt.span.begin.line) + ";");
    Value t = emit_expr_with_yields(*loop.test, w);
    std::string condition = t.kind == Value::Kind::Bool ? t.code : "py::truthy(" + t.code + ")";
    std::vector<std::string> spilled = spilled_;
    w.line(fmt::format("if (!({})) {{", condition));
    w.indent();
    for (const std::string& field : spilled) w.line(fmt::format("{} = py::Object();", field));
    w.line("break;");
    w.dedent();
    w.line("}");
    release_spills(w);
  } else {
    w.line(fmt::format("while ({}, {}) {{", frame_line(stmt.span.begin.line), test(*loop.test)));
    w.indent();
  }
  emit_body(loop.body, w);
  w.dedent();
  w.line("}");
  fn_->loops.pop_back();
  if (!loop.orelse.empty()) {
    w.line("{  // while ... else");
    w.indent();
    emit_body(loop.orelse, w);
    w.dedent();
    w.line("}");
    w.line(fmt::format("{}:;", break_label));
  }
}

void Emitter::emit_return(const std::string& value, CppWriter& w, size_t finally_depth) {
  if (finally_depth > 0) {
    // Leave through the innermost finally: record the value and run it.
    FinallyTarget& f = fn_->finallies[finally_depth - 1];
    f.used_return = true;
    w.line(fmt::format("{{ {} = {}; {} = py::Completion::kReturn; goto {}; }}", f.value, value, f.how, f.label));
    return;
  }
  if (fn_->is_generator) {
    w.line(fmt::format("return py::Step::returned({});", value));
  } else {
    w.line(fmt::format("return {};", value));
  }
}

void Emitter::emit_break(CppWriter& w, size_t finally_depth) {
  const LoopTarget& loop = fn_->loops.back();
  if (finally_depth > loop.finally_depth) {
    FinallyTarget& f = fn_->finallies[finally_depth - 1];
    f.used_break = true;
    w.line(fmt::format("{{ {} = py::Completion::kBreak; goto {}; }}", f.how, f.label));
    return;
  }
  leave_regions(loop.region_depth, loop.handler_depth, w);
  w.line(loop.break_label.empty() ? "break;" : fmt::format("goto {};", loop.break_label));
}

void Emitter::emit_continue(CppWriter& w, size_t finally_depth) {
  const LoopTarget& loop = fn_->loops.back();
  if (finally_depth > loop.finally_depth) {
    FinallyTarget& f = fn_->finallies[finally_depth - 1];
    f.used_continue = true;
    w.line(fmt::format("{{ {} = py::Completion::kContinue; goto {}; }}", f.how, f.label));
    return;
  }
  leave_regions(loop.region_depth, loop.handler_depth, w);
  w.line("continue;");
}

void Emitter::emit_stmt(const Stmt& stmt, CppWriter& w) {
  line_directive(stmt.span, w);
  if (stmt.span.valid()) w.line(frame_line(stmt.span.begin.line) + ";");
  // Yields inside the statement's expressions are spilled first.
  if (!prepare_yields(stmt, w)) return;
  emit_stmt_node(stmt, w);
  if (!spilled_.empty() || !substitutions_.empty()) release_spills(w);
}

void Emitter::emit_stmt_node(const Stmt& stmt, CppWriter& w) {
  std::visit(
      Overloaded{
          [&](const FunctionDef& def) {
            // Decorators are evaluated first, top to bottom, and applied
            // bottom-up to the new function object.
            std::vector<std::string> decorators;
            if (!def.decorator_list.empty()) {
              w.line("{");
              w.indent();
              for (const Expr& d : def.decorator_list) {
                std::string t = new_temp("decorator");
                w.line(fmt::format("py::Object {} = {};", t, object(d)));
                decorators.push_back(t);
              }
            }
            std::string function = emit_function(def.name, def.scope, def.args, &def.body, nullptr, stmt.span);
            for (auto it = decorators.rbegin(); it != decorators.rend(); ++it) {
              function = fmt::format("py::call({}, {{{}}})", *it, function);
            }
            store_name(def.name, function, w);
            if (!decorators.empty()) {
              w.dedent();
              w.line("}");
            }
          },
          [&](const ClassDef& c) { emit_class(c, stmt, w); },
          [&](const Return& r) {
            if (fn_->is_module) {
              unsupported(stmt.span, "'return' here");
              return;
            }
            emit_return(r.value ? object(*r.value) : "py::None", w, fn_->finallies.size());
          },
          [&](const Delete& d) {
            for (const Expr& t : d.targets) emit_delete(t, w);
          },
          [&](const Assign& a) {
            if (a.targets.size() == 1) {
              emit_assign_to(a.targets[0], object(*a.value), w);
              return;
            }
            // a = b = value: evaluate once, assign left to right.
            std::string tmp = new_temp("value");
            w.line("{");
            w.indent();
            w.line(fmt::format("py::Object {} = {};", tmp, object(*a.value)));
            for (const Expr& t : a.targets) emit_assign_to(t, tmp, w);
            w.dedent();
            w.line("}");
          },
          [&](const AugAssign& a) {
            const char* fn = augmented_function(a.op);
            if (!fn) {
              unsupported(stmt.span, "the '@' operator");
              return;
            }
            if (const auto* name = std::get_if<Name>(&a.target->node)) {
              // Python reads the target first, then evaluates the right side.
              Value current = load_name(name->id, a.target->span);
              store_name(name->id, ordered_call(fn, {current, emit_expr(*a.value)}).code, w);
              return;
            }
            if (const auto* sub = std::get_if<Subscript>(&a.target->node)) {
              // x[i] op= v: x and i are evaluated once.
              std::string c = new_temp("container"), k = new_temp("key");
              w.line("{");
              w.indent();
              w.line(fmt::format("py::Object {} = {};", c, object(*sub->value)));
              w.line(fmt::format("py::Object {} = {};", k, object(*sub->slice)));
              Value current{fmt::format("py::getitem({}, {})", c, k)};
              w.line(fmt::format("py::setitem({}, {}, {});", c, k, ordered_call(fn, {current, emit_expr(*a.value)}).code));
              w.dedent();
              w.line("}");
              return;
            }
            if (const auto* attribute = std::get_if<Attribute>(&a.target->node)) {
              // obj.name op= v: obj is evaluated once.
              std::string o = new_temp("object");
              w.line("{");
              w.indent();
              w.line(fmt::format("py::Object {} = {};", o, object(*attribute->value)));
              Value current{fmt::format("py::getattr({}, {})", o, attr_site(attribute->attr))};
              std::string store = attr_site(attribute->attr);
              w.line(fmt::format("py::setattr({}, {}, {});", o, store, ordered_call(fn, {current, emit_expr(*a.value)}).code));
              w.dedent();
              w.line("}");
              return;
            }
            unsupported(a.target->span, "augmented assignment to this target yet");
          },
          [&](const AnnAssign& a) {
            if (a.value) emit_assign_to(*a.target, object(*a.value), w);
          },
          [&](const For& f) { emit_for(f, stmt, w); },
          [&](const While& loop) { emit_while(loop, stmt, w); },
          [&](const If& i) {
            w.line(fmt::format("if ({}) {{", test(*i.test)));
            w.indent();
            emit_body(i.body, w);
            w.dedent();
            if (!i.orelse.empty()) {
              w.line("} else {");
              w.indent();
              emit_body(i.orelse, w);
              w.dedent();
            }
            w.line("}");
          },
          [&](const With& with) {
            if (with.is_async && !(fn_->is_async && !fn_->is_inlined)) {
              unsupported(stmt.span, "'async with' here yet");
              return;
            }
            emit_with(with, 0, w);
          },
          [&](const Raise& r) { emit_raise(r, w); },
          [&](const Try& t) { emit_try(t, w); },
          [&](const Assert& a) {
            // `assert` is kept (CPython runs without -O): AssertionError with
            // the message, evaluated only on failure.
            if (a.msg) {
              w.line(fmt::format("if (!({})) py::raise(py::call_type(&py::assertion_error_type, {{{}}}));", test(*a.test),
                                 object(*a.msg)));
            } else {
              w.line(fmt::format("if (!({})) py::raise(py::new_exception(&py::assertion_error_type));", test(*a.test)));
            }
          },
          [&](const Import& i) {
            for (const Alias& a : i.names) {
              if (!is_runtime_module(a.name)) {
                unsupported(a.span, fmt::format("importing '{}'", a.name));
                continue;
              }
              if (a.asname || a.name.find('.') == std::string::npos) {
                store_name(a.asname ? *a.asname : a.name,
                           fmt::format("py::import_module({})", cpp_string_literal(a.name)), w);
                continue;
              }
              // `import os.path` imports both and binds the top-level package.
              std::string top = a.name.substr(0, a.name.find('.'));
              w.line(fmt::format("py::import_module({});", cpp_string_literal(a.name)));
              store_name(top, fmt::format("py::import_module({})", cpp_string_literal(top)), w);
            }
          },
          [&](const ImportFrom& i) {
            if (i.level > 0 || !is_runtime_module(i.module)) {
              unsupported(stmt.span, fmt::format("importing '{}{}'", std::string(static_cast<size_t>(i.level), '.'), i.module));
              return;
            }
            std::string module = new_temp("module");
            w.line("{");
            w.indent();
            w.line(fmt::format("py::Object {} = py::import_module({});", module, cpp_string_literal(i.module)));
            for (const Alias& a : i.names) {
              if (a.name == "*") {
                unsupported(a.span, "'from ... import *'");
                continue;
              }
              store_name(a.asname ? *a.asname : a.name,
                         fmt::format("py::import_from({}, {})", module, cpp_string_literal(a.name)), w);
            }
            w.dedent();
            w.line("}");
          },
          [&](const Global&) {},
          [&](const Nonlocal&) {},
          [&](const ExprStmt& e) {
            // A docstring or other constant does nothing.
            if (std::holds_alternative<Constant>(e.value->node)) return;
            w.line(fmt::format("{};", emit_expr(*e.value).code));
          },
          [&](const Pass&) {},
          [&](const Break&) { emit_break(w, fn_->finallies.size()); },
          [&](const Continue&) { emit_continue(w, fn_->finallies.size()); },
      },
      stmt.node);
}

}  // namespace yieldc::codegen
