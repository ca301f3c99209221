// try/except/else/finally and raise, for code without a `yield` inside the
// `try` (generator frames with yields in a try get region tables, a later
// step). The shape:
//
//   { int how = kNormal; py::Object pending;      // the completion record
//     try { <try/except/else> } catch (py::Raised& e) { pending = e; how = kRaise; }
//   finally_label:
//     { <finally body>, with `pending` being handled if it is an exception }
//     resume `how`: rethrow / return pending / break / continue }
//
// `return`, `break` and `continue` inside the try record themselves in
// `how` and jump to the label (emit_stmt.cpp), so the finally body runs
// exactly once on every way out, as in CPython.
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"

namespace yieldc::codegen {

void Emitter::emit_handler_chain(const Try& t, const std::string& exc, const std::string& before_rethrow,
                                 CppWriter& w) {
  // if (matches T1) { e = exc; body; unbind e } else if ... else { rethrow }
  // The caller closes the chain's last brace.
  bool catch_all = false;
  for (size_t i = 0; i < t.handlers.size() && !catch_all; ++i) {
    const ExceptHandler& h = t.handlers[i];
    line_directive(h.span, w);
    std::string keyword = i == 0 ? "if" : "} else if";
    if (h.type) {
      w.line(fmt::format("{} (py::exception_matches({}, {})) {{", keyword, exc, object(*h.type)));
    } else {
      w.line(i == 0 ? "{" : "} else {");
      catch_all = true;
    }
    w.indent();
    if (!h.type) w.line(fmt::format("py::exception_caught({});", exc));
    if (h.name) store_name(*h.name, exc, w);
    emit_body(h.body, w);
    // `except E as e` unbinds e when the handler ends (CPython deletes it).
    if (h.name) store_name(*h.name, "py::Object()", w);
    w.dedent();
  }
  if (!catch_all) {
    w.line("} else {");
    if (!before_rethrow.empty()) w.line("  " + before_rethrow);
    w.line(fmt::format("  py::rethrow(std::move({}));", exc));
  }
}

void Emitter::emit_completion_dispatch(const FinallyTarget& target, CppWriter& w) {
  // After a finally body: go on the way the protected block was left.
  size_t depth = fn_->finallies.size();
  auto resume = [&](bool used, const char* completion, const std::function<void()>& emit) {
    if (!used) return;
    w.line(fmt::format("if ({} == py::Completion::{}) {{", target.how, completion));
    w.indent();
    emit();
    w.dedent();
    w.line("}");
  };
  resume(target.used_return, "kReturn", [&] { emit_return(fmt::format("std::move({})", target.value), w, depth); });
  resume(target.used_break, "kBreak", [&] { emit_break(w, depth); });
  resume(target.used_continue, "kContinue", [&] { emit_continue(w, depth); });
}

void Emitter::emit_raise(const Raise& r, CppWriter& w) {
  if (!r.exc) {
    w.line("py::reraise_current();");
    return;
  }
  if (!r.cause) {
    w.line(fmt::format("py::raise_statement({});", object(*r.exc)));
    return;
  }
  Spilled s = spill({emit_expr(*r.exc), emit_expr(*r.cause)});
  w.line(fmt::format("{{ {}py::raise_statement({}, {}); }}", s.prefix, s.codes[0], s.codes[1]));
}

void Emitter::emit_try_except(const Try& t, CppWriter& w) {
  if (t.handlers.empty()) {
    emit_body(t.body, w);
    emit_body(t.orelse, w);
    return;
  }
  std::string no_exception = t.orelse.empty() ? "" : new_temp("no_exception");
  if (!no_exception.empty()) w.line(fmt::format("bool {} = false;", no_exception));
  w.line("try {");
  w.indent();
  emit_body(t.body, w);
  if (!no_exception.empty()) w.line(fmt::format("{} = true;", no_exception));
  w.dedent();
  std::string caught = new_temp("caught");
  w.line(fmt::format("}} catch (py::Raised& {}) {{", caught));
  w.indent();
  std::string exc = new_temp("exception");
  w.line(fmt::format("py::Object {} = std::move({}.exception);", exc, caught));
  w.line(fmt::format("py::HandlingScope {}_handling({});", exc, exc));
  emit_handler_chain(t, exc, "", w);
  w.line("}");
  w.dedent();
  w.line("}");
  if (!no_exception.empty()) {
    w.line(fmt::format("if ({}) {{", no_exception));
    w.indent();
    emit_body(t.orelse, w);
    w.dedent();
    w.line("}");
  }
}

void Emitter::emit_try(const Try& t, CppWriter& w) {
  if (fn_->is_generator && !fn_->is_inlined) {
    emit_try_region(t, w);
    return;
  }
  ++fn_->try_depth;
  if (t.finalbody.empty()) {
    w.line("{");
    w.indent();
    emit_try_except(t, w);
    w.dedent();
    w.line("}");
    --fn_->try_depth;
    return;
  }
  FinallyTarget target;
  target.label = new_temp("finally");
  target.how = new_temp("how");
  target.value = new_temp("pending");
  target.loop_depth = fn_->loops.size();
  w.line("{");
  w.indent();
  w.line(fmt::format("int {} = py::Completion::kNormal;", target.how));
  w.line(fmt::format("py::Object {};", target.value));
  fn_->finallies.push_back(target);
  w.line("try {");
  w.indent();
  emit_try_except(t, w);
  w.dedent();
  std::string caught = new_temp("caught");
  w.line(fmt::format("}} catch (py::Raised& {}) {{", caught));
  w.line(fmt::format("  {} = std::move({}.exception);", target.value, caught));
  w.line(fmt::format("  {} = py::Completion::kRaise;", target.how));
  w.line("}");
  target = fn_->finallies.back();
  fn_->finallies.pop_back();
  --fn_->try_depth;

  w.line(fmt::format("{}:", target.label));
  w.line("{");
  w.indent();
  w.line(fmt::format("py::HandlingScope {0}_handling({1} == py::Completion::kRaise ? {0} : py::Object());",
                     target.value, target.how));
  emit_body(t.finalbody, w);
  w.dedent();
  w.line("}");
  // Resume the way the try was left.
  w.line(fmt::format("if ({} == py::Completion::kRaise) py::rethrow(std::move({}));", target.how, target.value));
  emit_completion_dispatch(target, w);
  w.dedent();
  w.line("}");
}

// ---------------------------------------------------------------- with
//
// `with m as t: body` is a try/finally whose finally calls m's __exit__:
// with the exception if the body raised (suppressing it when __exit__
// returns true), else with three Nones, also on the way out by return,
// break or continue. The manager and its __exit__ are evaluated first.

void Emitter::emit_with(const With& with, size_t item, CppWriter& w) {
  if (item == with.items.size()) {
    emit_body(with.body, w);
    return;
  }
  const WithItem& wi = with.items[item];
  const bool frame = fn_->is_generator && !fn_->is_inlined;
  if (!frame) w.line("{");
  if (!frame) w.indent();
  std::string manager = declare_temp("manager", "py::Object", object(*wi.context_expr), w);
  // `async with` (coroutine frames only): __aenter__() and __aexit__(...)
  // are awaited, each a resume point like `await`.
  const uint32_t line = wi.context_expr->span.begin.line;
  auto await_call = [&](const std::string& call) {
    std::string result = emit_delegation(fmt::format("py::await_iter({})", call), "await", line, w);
    spilled_.pop_back();  // cleared with the with statement's other fields
    return result;
  };
  std::string exit = declare_temp("exit", "py::Object",
                                  fmt::format("py::{}with_exit_method({})", with.is_async ? "async_" : "", manager), w);
  std::string entered = with.is_async ? await_call(fmt::format("py::async_with_enter({})", manager))
                                      : declare_temp("entered", "py::Object", fmt::format("py::with_enter({})", manager), w);

  FinallyTarget target;
  target.label = new_temp("with_exit");
  target.loop_depth = fn_->loops.size();
  int parent = fn_->region_stack.empty() ? -1 : fn_->region_stack.back();
  Region region;
  if (frame) {
    region.id = static_cast<int>(fn_->regions.size());
    region.parent = parent;
    region.dispatch_state = fn_->next_state++;
    region.kind = "with";
    fn_->states.push_back({region.dispatch_state, fmt::format("with exit of region {}", region.id),
                           wi.context_expr->span.begin.line, parent, false});
    region.how = target.how = declare_temp("how", "int", "py::Completion::kNormal", w);
    region.pending = target.value = declare_temp("pending", "py::Object", "", w);
    region.handler_count = declare_temp("handlers", "int", "handler_count_", w);
    fn_->regions.push_back(region);
    w.line(fmt::format("region_ = {};  // with (region {})", region.id, region.id));
    fn_->region_stack.push_back(region.id);
  } else {
    target.how = declare_temp("how", "int", "py::Completion::kNormal", w);
    target.value = declare_temp("pending", "py::Object", "", w);
    ++fn_->try_depth;
    w.line("try {");
    w.indent();
  }
  fn_->finallies.push_back(target);
  if (wi.optional_vars) emit_assign_to(*wi.optional_vars, entered, w);
  emit_with(with, item + 1, w);
  target = fn_->finallies.back();
  fn_->finallies.pop_back();
  if (frame) {
    fn_->region_stack.pop_back();
    w.case_label(region.dispatch_state, fmt::format("with exit of region {}, entered by an exception", region.id));
    w.line(fmt::format("{}:", target.label));
    w.line(fmt::format("region_ = {};", parent));
  } else {
    --fn_->try_depth;
    w.dedent();
    std::string caught = new_temp("caught");
    w.line(fmt::format("}} catch (py::Raised& {}) {{", caught));
    w.line(fmt::format("  {} = std::move({}.exception);", target.value, caught));
    w.line(fmt::format("  {} = py::Completion::kRaise;", target.how));
    w.line("}");
    w.line(fmt::format("{}:", target.label));
  }
  // __exit__ runs at the `with` line, as CPython reports it.
  w.line(frame_line(line) + ";");
  w.line(fmt::format("if ({} == py::Completion::kRaise) {{", target.how));
  w.indent();
  if (with.is_async) {
    // The exception is being handled while __aexit__'s result is awaited.
    w.line(fmt::format("enter_handler({});", target.value));
    std::string suppress = await_call(fmt::format("py::with_exit_call({}, {})", exit, target.value));
    w.line("exit_handler();");
    w.line(fmt::format("if (!py::truthy({})) py::rethrow(std::move({}));", suppress, target.value));
    w.line(fmt::format("{} = py::Object(); {} = py::Object();", target.value, suppress));
  } else if (frame) {
    w.line(fmt::format("enter_handler({});", target.value));
    w.line(fmt::format("bool yc_suppressed = py::with_exit({}, {});", exit, target.value));
    w.line("exit_handler();");
    w.line(fmt::format("if (!yc_suppressed) py::rethrow(std::move({}));", target.value));
    w.line(fmt::format("{} = py::Object();", target.value));
  } else {
    w.line(fmt::format("py::HandlingScope {0}_handling({0});", target.value));
    w.line(fmt::format("if (!py::with_exit({}, {})) py::rethrow(std::move({}));", exit, target.value, target.value));
  }
  w.dedent();
  w.line("} else {");
  w.indent();
  if (with.is_async) {
    std::string ignored = await_call(fmt::format("py::with_exit_call({}, py::Object())", exit));
    w.line(fmt::format("{} = py::Object();", ignored));
  } else {
    w.line(fmt::format("py::with_exit({}, py::Object());", exit));
  }
  emit_completion_dispatch(target, w);
  w.dedent();
  w.line("}");
  if (frame) {
    w.line(fmt::format("{} = py::Object(); {} = py::Object(); {} = py::Object();", manager, exit, entered));
  } else {
    w.dedent();
    w.line("}");
  }
}

// ---------------------------------------------------------------- generator frames
//
// In a generator frame a `yield` may sit anywhere inside a try, and C++
// cannot jump into a C++ `try` block. So a Python try becomes a *region* of
// the state machine instead: entering the body sets `region_` to the
// region's id, leaving it restores the enclosing id, and one C++ try/catch
// around the whole `switch` (emit_function.cpp) dispatches a caught
// exception by `region_`: it stores the exception in the region's field,
// sets `state_` to the region's handler (or finally) entry — an ordinary
// `case` label placed right after the body — and enters the switch again.
// This is the shape of CPython's exception table: a range of code, a
// handler address, and the depth to unwind to. The handled-exception stack
// is unwound the same way: each region remembers how many `except` bodies
// the frame had entered when the region began.

std::string Emitter::declare_temp(const char* stem, const char* type, const std::string& init, CppWriter& w) {
  std::string name = new_temp(stem);
  if (fn_->is_generator && !fn_->is_inlined) {
    fn_->extra_fields.emplace_back(type, name);
    if (!init.empty()) w.line(fmt::format("{} = {};", name, init));
  } else {
    w.line(init.empty() ? fmt::format("{} {};", type, name) : fmt::format("{} {} = {};", type, name, init));
  }
  return name;
}

void Emitter::leave_regions(size_t region_depth, size_t handler_depth, CppWriter& w) {
  if (!fn_->is_generator || fn_->is_inlined) return;
  for (size_t h = fn_->handler_depth; h > handler_depth; --h) w.line("exit_handler();");
  if (fn_->region_stack.size() > region_depth) {
    int outer = region_depth == 0 ? -1 : fn_->region_stack[region_depth - 1];
    w.line(fmt::format("region_ = {};", outer));
  }
}

void Emitter::emit_except_region(const Try& t, CppWriter& w) {
  int parent = fn_->region_stack.empty() ? -1 : fn_->region_stack.back();
  Region region;
  region.id = static_cast<int>(fn_->regions.size());
  region.parent = parent;
  region.dispatch_state = fn_->next_state++;
  region.kind = "except";
  fn_->states.push_back({region.dispatch_state, fmt::format("except handlers of region {}", region.id),
                         t.handlers.front().span.begin.line, parent, false});
  region.exception = new_temp("exception");
  fn_->extra_fields.emplace_back("py::Object", region.exception);
  region.handler_count = new_temp("handlers");
  fn_->extra_fields.emplace_back("int", region.handler_count);
  fn_->regions.push_back(region);
  std::string after = new_temp("after_try");

  w.line(fmt::format("{} = handler_count_;", region.handler_count));
  w.line(fmt::format("region_ = {};  // try (region {})", region.id, region.id));
  fn_->region_stack.push_back(region.id);
  emit_body(t.body, w);
  fn_->region_stack.pop_back();
  w.line(fmt::format("region_ = {};", parent));
  // `else` runs after a body that raised nothing, outside the region.
  emit_body(t.orelse, w);
  w.line(fmt::format("goto {};", after));
  w.case_label(region.dispatch_state, fmt::format("except handlers of region {}", region.id));
  const std::string& exc = region.exception;
  w.line(fmt::format("enter_handler({});", exc));
  ++fn_->handler_depth;
  emit_handler_chain(t, exc, "exit_handler();", w);
  w.line("}");
  --fn_->handler_depth;
  w.line("exit_handler();");
  w.line(fmt::format("{} = py::Object();", exc));
  w.line(fmt::format("{}:;", after));
}

void Emitter::emit_try_region(const Try& t, CppWriter& w) {
  if (t.finalbody.empty()) {
    emit_except_region(t, w);
    return;
  }
  int parent = fn_->region_stack.empty() ? -1 : fn_->region_stack.back();
  Region region;
  region.id = static_cast<int>(fn_->regions.size());
  region.parent = parent;
  region.dispatch_state = fn_->next_state++;
  region.kind = "finally";
  fn_->states.push_back({region.dispatch_state, fmt::format("finally of region {}", region.id),
                         t.finalbody.front().span.begin.line, parent, false});
  region.how = new_temp("how");
  fn_->extra_fields.emplace_back("int", region.how);
  region.pending = new_temp("pending");
  fn_->extra_fields.emplace_back("py::Object", region.pending);
  region.handler_count = new_temp("handlers");
  fn_->extra_fields.emplace_back("int", region.handler_count);
  fn_->regions.push_back(region);

  FinallyTarget target;
  target.label = new_temp("finally");
  target.how = region.how;
  target.value = region.pending;
  target.loop_depth = fn_->loops.size();
  w.line(fmt::format("{} = py::Completion::kNormal;", region.how));
  w.line(fmt::format("{} = handler_count_;", region.handler_count));
  w.line(fmt::format("region_ = {};  // try ... finally (region {})", region.id, region.id));
  fn_->region_stack.push_back(region.id);
  fn_->finallies.push_back(target);
  if (t.handlers.empty()) {
    emit_body(t.body, w);
    emit_body(t.orelse, w);
  } else {
    emit_except_region(t, w);
  }
  target = fn_->finallies.back();
  fn_->finallies.pop_back();
  fn_->region_stack.pop_back();

  w.case_label(region.dispatch_state, fmt::format("finally of region {}, entered by an exception", region.id));
  w.line(fmt::format("{}:", target.label));
  w.line(fmt::format("region_ = {};", parent));
  w.line(fmt::format("if ({} == py::Completion::kRaise) enter_handler({});", region.how, region.pending));
  emit_body(t.finalbody, w);
  w.line(fmt::format("if ({} == py::Completion::kRaise) {{", region.how));
  w.line("  exit_handler();");
  w.line(fmt::format("  py::rethrow(std::move({}));", region.pending));
  w.line("}");
  emit_completion_dispatch(target, w);
}

void Emitter::emit_region_dispatcher(CppWriter& w) {
  w.line("// Dispatch by the region whose body was running.");
  w.line("switch (region_) {");
  for (const Region& r : fn_->regions) {
    w.line(fmt::format("case {}:", r.id));
    w.indent();
    w.line(fmt::format("region_ = {};", r.parent));
    w.line(fmt::format("unwind_handlers({});", r.handler_count));
    if (!r.exception.empty()) {
      w.line(fmt::format("{} = std::move(yc_raised.exception);", r.exception));
    } else {
      w.line(fmt::format("{} = std::move(yc_raised.exception);", r.pending));
      w.line(fmt::format("{} = py::Completion::kRaise;", r.how));
    }
    w.line(fmt::format("state_ = {};", r.dispatch_state));
    w.line("break;");
    w.dedent();
  }
  w.line("default:");
  w.line("  throw;  // no handler in this frame");
  w.line("}");
}

}  // namespace yieldc::codegen
