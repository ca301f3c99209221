// Statements. Python loops stay C++ loops; in a generator frame a `yield`
// becomes `state_ = N; return yielded(v); case N:` right where it stands,
// which is legal because every local is a frame field (no C++ initialisation
// is jumped over).
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"

namespace yieldc::codegen {

void Emitter::emit_body(const StmtList& body, CppWriter& w) {
  for (const Stmt& stmt : body) emit_stmt(stmt, w);
}

std::string Emitter::new_temp(const char* stem) { return fmt::format("yc_{}{}", stem, ++fn_->next_temp); }

void Emitter::emit_assign_to(const Expr& target, const std::string& value, CppWriter& w) {
  if (const auto* name = std::get_if<Name>(&target.node)) {
    const Symbol* s = fn_->scope->find(name->id);
    if (s && s->binding == Binding::Local) {
      w.line(fmt::format("{} = {};", local_name(name->id), value));
    } else if (s && s->binding == Binding::Global) {
      w.line(fmt::format("{} = {};", global_name(name->id), value));
    } else {
      unsupported(target.span, "assignment to closure variables yet");
    }
    return;
  }
  unsupported(target.span, "this assignment target yet");
}

void Emitter::emit_yield_point(const Expr& yield_expr, const std::string* assign_to, CppWriter& w) {
  const auto& y = std::get<Yield>(yield_expr.node);
  if (!fn_->is_generator) {
    unsupported(yield_expr.span, "'yield' here");
    return;
  }
  int state = fn_->next_state++;
  std::string value = y.value ? object(*y.value) : "py::None";
  w.line(fmt::format("state_ = {}; return py::Step::yielded({});", state, value));
  w.case_label(state, fmt::format("resumed after the yield at {}:{}", source_.path(), yield_expr.span.begin.line));
  // The value sent in, or the exception thrown in, arrives here.
  if (assign_to) {
    w.line(fmt::format("{} = take_sent(yc_kind, std::move(yc_sent));", *assign_to));
  } else {
    w.line("take_sent(yc_kind, std::move(yc_sent));");
  }
}

void Emitter::emit_for(const For& loop, const Stmt& stmt, CppWriter& w) {
  if (loop.is_async) {
    unsupported(stmt.span, "'async for' yet");
    return;
  }
  const auto* target = std::get_if<Name>(&loop.target->node);
  if (!target) {
    unsupported(loop.target->span, "this loop target yet");
    return;
  }
  std::string it = new_temp("it");
  if (fn_->is_generator) {
    fn_->extra_fields.push_back(it);
    w.line(fmt::format("{} = py::iter({});", it, object(*loop.iter)));
  } else {
    w.line("{");
    w.indent();
    w.line(fmt::format("py::Object {} = py::iter({});", it, object(*loop.iter)));
  }
  // py::next stores straight into the loop variable and leaves it untouched
  // at exhaustion, as Python does.
  const Symbol* s = fn_->scope->find(target->id);
  std::string slot = s && s->binding == Binding::Local ? local_name(target->id) : global_name(target->id);
  std::string break_label = loop.orelse.empty() ? "" : new_temp("break");
  fn_->break_labels.push_back(break_label);
  w.line(fmt::format("while (py::next({}, {})) {{", it, slot));
  w.indent();
  emit_body(loop.body, w);
  w.dedent();
  w.line("}");
  fn_->break_labels.pop_back();
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

void Emitter::emit_while(const While& loop, CppWriter& w) {
  std::string break_label = loop.orelse.empty() ? "" : new_temp("break");
  fn_->break_labels.push_back(break_label);
  w.line(fmt::format("while ({}) {{", test(*loop.test)));
  w.indent();
  emit_body(loop.body, w);
  w.dedent();
  w.line("}");
  fn_->break_labels.pop_back();
  if (!loop.orelse.empty()) {
    w.line("{  // while ... else");
    w.indent();
    emit_body(loop.orelse, w);
    w.dedent();
    w.line("}");
    w.line(fmt::format("{}:;", break_label));
  }
}

void Emitter::emit_stmt(const Stmt& stmt, CppWriter& w) {
  line_directive(stmt.span, w);
  std::visit(
      Overloaded{
          [&](const FunctionDef& def) {
            if (!fn_->is_module) {
              unsupported(stmt.span, "nested functions yet");
              return;
            }
            std::string name = mangle(def.name);
            w.line(fmt::format("{} = py::new_function({}, yc_entry_{});", global_name(def.name),
                               cpp_string_literal(def.name), name));
          },
          [&](const ClassDef&) { unsupported(stmt.span, "classes yet"); },
          [&](const Return& r) {
            std::string value = r.value ? object(*r.value) : "py::None";
            if (fn_->is_module) {
              unsupported(stmt.span, "'return' here");
            } else if (fn_->is_generator) {
              w.line(fmt::format("return py::Step::returned({});", value));
            } else {
              w.line(fmt::format("return {};", value));
            }
          },
          [&](const Delete&) { unsupported(stmt.span, "'del' yet"); },
          [&](const Assign& a) {
            if (a.targets.size() == 1 && std::holds_alternative<Yield>(a.value->node)) {
              if (const auto* name = std::get_if<Name>(&a.targets[0].node)) {
                const Symbol* s = fn_->scope->find(name->id);
                if (s && s->binding == Binding::Local) {
                  std::string slot = local_name(name->id);
                  emit_yield_point(*a.value, &slot, w);
                  return;
                }
              }
            }
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
            if (!std::holds_alternative<Name>(a.target->node)) {
              unsupported(a.target->span, "augmented assignment to this target yet");
              return;
            }
            // Python reads the target first, then evaluates the right side.
            const char* fn = nullptr;
            switch (a.op) {
              case BinOpKind::Add: fn = "py::add"; break;
              case BinOpKind::Sub: fn = "py::sub"; break;
              case BinOpKind::Mult: fn = "py::mul"; break;
              case BinOpKind::Div: fn = "py::truediv"; break;
              case BinOpKind::FloorDiv: fn = "py::floordiv"; break;
              case BinOpKind::Mod: fn = "py::mod"; break;
              case BinOpKind::Pow: fn = "py::power"; break;
              case BinOpKind::LShift: fn = "py::lshift"; break;
              case BinOpKind::RShift: fn = "py::rshift"; break;
              case BinOpKind::BitOr: fn = "py::bit_or"; break;
              case BinOpKind::BitXor: fn = "py::bit_xor"; break;
              case BinOpKind::BitAnd: fn = "py::bit_and"; break;
              case BinOpKind::MatMult: break;
            }
            if (!fn) {
              unsupported(stmt.span, "the '@' operator");
              return;
            }
            Value current = emit_expr(make_expr(a.target->span, Name{std::get<Name>(a.target->node).id}));
            Value rhs = emit_expr(*a.value);
            emit_assign_to(*a.target, ordered_call(fn, {current, rhs}).code, w);
          },
          [&](const AnnAssign& a) {
            if (a.value) emit_assign_to(*a.target, object(*a.value), w);
          },
          [&](const For& f) { emit_for(f, stmt, w); },
          [&](const While& loop) { emit_while(loop, w); },
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
          [&](const With&) { unsupported(stmt.span, "'with' statements yet"); },
          [&](const Raise&) { unsupported(stmt.span, "'raise' yet"); },
          [&](const Try&) { unsupported(stmt.span, "'try' statements yet"); },
          [&](const Assert&) { unsupported(stmt.span, "'assert' yet"); },
          [&](const Import&) { unsupported(stmt.span, "'import' yet"); },
          [&](const ImportFrom&) { unsupported(stmt.span, "'import' yet"); },
          [&](const Global&) {},
          [&](const Nonlocal&) { unsupported(stmt.span, "'nonlocal' yet"); },
          [&](const ExprStmt& e) {
            if (std::holds_alternative<Yield>(e.value->node)) {
              emit_yield_point(*e.value, nullptr, w);
              return;
            }
            w.line(fmt::format("{};", emit_expr(*e.value).code));
          },
          [&](const Pass&) {},
          [&](const Break&) {
            const std::string& label = fn_->break_labels.back();
            w.line(label.empty() ? "break;" : fmt::format("goto {};", label));
          },
          [&](const Continue&) { w.line("continue;"); },
      },
      stmt.node);
}

}  // namespace yieldc::codegen
