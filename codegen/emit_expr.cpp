// Expressions. Each becomes one C++ expression; where C++ would leave the
// order of two operands unspecified and both can have effects, the operands
// are evaluated into temporaries first, so Python's left-to-right order is
// kept (`f() + g()` calls f first).
#include <fmt/format.h>

#include <cmath>

#include "codegen/emitter.hpp"
#include "codegen/mangle.hpp"
#include "codegen/runtime_api.hpp"

namespace yieldc::codegen {

namespace {

const char* binop_function(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "py::add";
    case BinOpKind::Sub: return "py::sub";
    case BinOpKind::Mult: return "py::mul";
    case BinOpKind::Div: return "py::truediv";
    case BinOpKind::FloorDiv: return "py::floordiv";
    case BinOpKind::Mod: return "py::mod";
    case BinOpKind::Pow: return "py::power";
    case BinOpKind::LShift: return "py::lshift";
    case BinOpKind::RShift: return "py::rshift";
    case BinOpKind::BitOr: return "py::bit_or";
    case BinOpKind::BitXor: return "py::bit_xor";
    case BinOpKind::BitAnd: return "py::bit_and";
    case BinOpKind::MatMult: return nullptr;
  }
  return nullptr;
}

Value object_value(std::string code, bool has_effects = true) {
  return Value{std::move(code), Value::Kind::Object, has_effects};
}
Value bool_value(std::string code, bool has_effects = true) {
  return Value{std::move(code), Value::Kind::Bool, has_effects};
}

std::string as_object(const Value& v) {
  return v.kind == Value::Kind::Bool ? fmt::format("py::box({})", v.code) : v.code;
}

}  // namespace

std::string Emitter::object(const Expr& expr) { return as_object(emit_expr(expr)); }

std::string Emitter::test(const Expr& expr) {
  // `and`/`or`/`not` in a condition need only truth values.
  if (const auto* b = std::get_if<BoolOp>(&expr.node)) {
    std::string out;
    for (const Expr& v : b->values) {
      if (!out.empty()) out += b->op == BoolOpKind::And ? " && " : " || ";
      out += "(" + test(v) + ")";
    }
    return out;
  }
  if (const auto* u = std::get_if<UnaryOp>(&expr.node); u && u->op == UnaryOpKind::Not) {
    return "!(" + test(*u->operand) + ")";
  }
  Value v = emit_expr(expr);
  if (v.kind == Value::Kind::Bool) return v.code;
  return fmt::format("py::truthy({})", v.code);
}

std::string Emitter::local_name(const std::string& python_name) const { return mangle(python_name); }

std::string Emitter::global_name(const std::string& python_name) const {
  if (python_name == "__name__") return "yc_g::yc_dunder_name";
  return "yc_g::" + mangle(python_name);
}

std::string Emitter::string_constant(const std::string& utf8) {
  for (const auto& [name, text] : string_pool_) {
    if (text == utf8) return "yc_k::" + name;
  }
  std::string name = fmt::format("str{}", string_pool_.size() + 1);
  string_pool_.emplace_back(name, utf8);
  return "yc_k::" + name;
}

std::string Emitter::int_constant(const std::string& digits) {
  for (const auto& [name, text] : int_pool_) {
    if (text == digits) return "yc_k::" + name;
  }
  std::string name = fmt::format("int{}", int_pool_.size() + 1);
  int_pool_.emplace_back(name, digits);
  return "yc_k::" + name;
}

bool Emitter::is_direct_function(const std::string& name) const {
  if (!functions_.count(name)) return false;
  // The name must mean the module global here, not a local of the caller.
  const Symbol* s = fn_->scope->find(name);
  return !s || s->binding == Binding::Global || s->binding == Binding::Implicit;
}

Value Emitter::ordered_call(const std::string& function, const std::vector<Value>& args) {
  int effects = 0;
  for (const Value& a : args) effects += a.has_effects ? 1 : 0;
  std::string list;
  if (effects <= 1) {
    for (const Value& a : args) list += (list.empty() ? "" : ", ") + as_object(a);
    return object_value(fmt::format("{}({})", function, list));
  }
  // Two or more operands with effects: evaluate them in order first.
  std::string body;
  for (const Value& a : args) {
    std::string tmp = new_temp("arg");
    body += fmt::format("py::Object {} = {}; ", tmp, as_object(a));
    list += (list.empty() ? "" : ", ") + tmp;
  }
  return object_value(fmt::format("[&] {{ {}return {}({}); }}()", body, function, list));
}

Value Emitter::emit_name(const Name& name, const Expr& expr) {
  const Symbol* s = fn_->scope->find(name.id);
  if (s && s->binding == Binding::Local) {
    if (s->parameter) return object_value(local_name(name.id), false);
    return object_value(fmt::format("py::load_local({}, {})", local_name(name.id), cpp_string_literal(name.id)), false);
  }
  if (s && (s->binding == Binding::Cell || s->binding == Binding::Free)) {
    unsupported(expr.span, "closures yet");
    return object_value("py::None");
  }
  const Symbol* g = scopes_[0].find(name.id);
  if (name.id == "__name__" || (g && g->assigned)) {
    return object_value(fmt::format("py::load_global({}, {})", global_name(name.id), cpp_string_literal(name.id)), false);
  }
  for (const Scope& scope : scopes_.scopes) {
    const Symbol* other = scope.find(name.id);
    if (other && other->assigned && other->binding == Binding::Global) {
      return object_value(fmt::format("py::load_global({}, {})", global_name(name.id), cpp_string_literal(name.id)), false);
    }
  }
  if (find_builtin(name.id) || name.id == "print") {
    unsupported(expr.span, fmt::format("using the builtin '{}' as a value yet", name.id));
    return object_value("py::None");
  }
  // Bound nowhere: NameError when (and only if) this runs.
  return object_value(fmt::format("(py::raise_name_error({}), py::Object())", cpp_string_literal(name.id)));
}

Value Emitter::emit_constant(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::None: return object_value("py::None", false);
    case Constant::Kind::True: return object_value("py::True", false);
    case Constant::Kind::False: return object_value("py::False", false);
    case Constant::Kind::Int:
      if (c.text.size() <= 18) return object_value(fmt::format("py::Int({})", c.text), false);
      return object_value(int_constant(c.text), false);
    case Constant::Kind::Float: {
      if (std::isinf(c.number)) return object_value("py::Float(HUGE_VAL)", false);
      std::string digits = fmt::format("{}", c.number);
      if (digits.find_first_of(".e") == std::string::npos) digits += ".0";
      return object_value(fmt::format("py::Float({})", digits), false);
    }
    case Constant::Kind::Str: return object_value(string_constant(c.text), false);
    case Constant::Kind::Bytes:
    case Constant::Kind::Ellipsis: break;
  }
  return object_value("py::None", false);
}

Value Emitter::emit_compare(const Compare& compare) {
  auto op_code = [](CmpOpKind op, const std::string& a, const std::string& b) -> std::string {
    switch (op) {
      case CmpOpKind::Eq: return fmt::format("py::eq({}, {})", a, b);
      case CmpOpKind::NotEq: return fmt::format("py::ne({}, {})", a, b);
      case CmpOpKind::Lt: return fmt::format("py::lt({}, {})", a, b);
      case CmpOpKind::LtE: return fmt::format("py::le({}, {})", a, b);
      case CmpOpKind::Gt: return fmt::format("py::gt({}, {})", a, b);
      case CmpOpKind::GtE: return fmt::format("py::ge({}, {})", a, b);
      case CmpOpKind::Is: return fmt::format("({}).is({})", a, b);
      case CmpOpKind::IsNot: return fmt::format("!({}).is({})", a, b);
      case CmpOpKind::In: return fmt::format("py::contains({}, {})", b, a);
      case CmpOpKind::NotIn: return fmt::format("!py::contains({}, {})", b, a);
    }
    return "false";
  };
  Value left = emit_expr(*compare.left);
  if (compare.ops.size() == 1) {
    Value right = emit_expr(compare.comparators[0]);
    if (!(left.has_effects && right.has_effects)) {
      return bool_value(op_code(compare.ops[0], as_object(left), as_object(right)));
    }
  }
  // Chained (or effectful) comparison: each middle operand is evaluated
  // once, and evaluation stops at the first false link.
  std::string body = fmt::format("py::Object yc_lhs = {}; ", as_object(left));
  for (size_t i = 0; i < compare.ops.size(); ++i) {
    body += fmt::format("py::Object yc_rhs{} = {}; ", i, object(compare.comparators[i]));
    bool last = i + 1 == compare.ops.size();
    std::string link = op_code(compare.ops[i], "yc_lhs", fmt::format("yc_rhs{}", i));
    if (last) {
      body += fmt::format("return {};", link);
    } else {
      body += fmt::format("if (!{}) return false; yc_lhs = yc_rhs{}; ", link, i);
    }
  }
  return bool_value(fmt::format("[&]() -> bool {{ {} }}()", body));
}

Value Emitter::emit_boolop(const BoolOp& boolop) {
  // `a and b` is a if a is false, else b; `or` the other way round.
  std::string body = "py::Object yc_v; ";
  for (size_t i = 0; i < boolop.values.size(); ++i) {
    body += fmt::format("yc_v = {}; ", object(boolop.values[i]));
    if (i + 1 < boolop.values.size()) {
      body += fmt::format("if ({}py::truthy(yc_v)) return yc_v; ", boolop.op == BoolOpKind::And ? "!" : "");
    }
  }
  body += "return yc_v;";
  return object_value(fmt::format("[&]() -> py::Object {{ {} }}()", body));
}

Value Emitter::emit_call(const Call& call, const Expr& expr) {
  for (const Expr& a : call.args) {
    if (std::holds_alternative<Starred>(a.node)) {
      unsupported(a.span, "'*' arguments yet");
      return object_value("py::None");
    }
  }
  std::vector<Value> args;
  for (const Expr& a : call.args) args.push_back(emit_expr(a));

  if (const auto* name = std::get_if<Name>(&call.func->node)) {
    const Symbol* s = fn_->scope->find(name->id);
    bool shadowed = (s && s->binding != Binding::Implicit && s->binding != Binding::Global) ||
                    (scopes_[0].find(name->id) && scopes_[0].find(name->id)->assigned);
    if (name->id == "print" && !shadowed) {
      std::string list, sep = "py::Object()", end = "py::Object()";
      for (const Value& a : args) list += (list.empty() ? "" : ", ") + as_object(a);
      for (const Keyword& k : call.keywords) {
        if (k.arg && *k.arg == "sep") sep = object(*k.value);
        else if (k.arg && *k.arg == "end") end = object(*k.value);
        else unsupported(k.span, "this keyword argument of print() yet");
      }
      if (call.keywords.empty()) return object_value(fmt::format("py::print({{{}}})", list));
      return object_value(fmt::format("py::print({{{}}}, {}, {})", list, sep, end));
    }
    if (!call.keywords.empty()) {
      unsupported(call.keywords[0].span, "keyword arguments yet");
      return object_value("py::None");
    }
    if (const BuiltinFunction* b = find_builtin(name->id); b && !shadowed) {
      auto n = static_cast<int>(args.size());
      if (n < b->min_args || n > b->max_args) {
        unsupported(expr.span, fmt::format("this call of '{}' yet", name->id));
        return object_value("py::None");
      }
      return ordered_call(std::string(b->cpp_name), args);
    }
    if (is_direct_function(name->id) && functions_.at(name->id)->args.args.size() == args.size()) {
      // A direct C++ call, after checking the `def` has run (NameError).
      Value v = ordered_call("yc_fn::" + mangle(name->id), args);
      v.code = fmt::format("(py::load_global({}, {}), {})", global_name(name->id), cpp_string_literal(name->id), v.code);
      return v;
    }
  }
  if (!call.keywords.empty()) {
    unsupported(call.keywords[0].span, "keyword arguments yet");
    return object_value("py::None");
  }
  if (const auto* attribute = std::get_if<Attribute>(&call.func->node)) {
    // obj.method(args): the receiver first, then the arguments, in order.
    std::string list;
    for (const Value& a : args) list += (list.empty() ? "" : ", ") + as_object(a);
    Value receiver = emit_expr(*attribute->value);
    if (receiver.has_effects && !args.empty()) {
      return object_value(fmt::format("[&] {{ py::Object yc_self = {}; return py::call_method(yc_self, {}, {{{}}}); }}()",
                                      as_object(receiver), cpp_string_literal(attribute->attr), list));
    }
    return object_value(fmt::format("py::call_method({}, {}, {{{}}})", as_object(receiver),
                                    cpp_string_literal(attribute->attr), list));
  }
  Value callee = emit_expr(*call.func);
  std::string list;
  for (const Value& a : args) list += (list.empty() ? "" : ", ") + as_object(a);
  if (callee.has_effects) {
    return object_value(fmt::format("[&] {{ py::Object yc_callee = {}; return py::call(yc_callee, {{{}}}); }}()", callee.code, list));
  }
  return object_value(fmt::format("py::call({}, {{{}}})", callee.code, list));
}

Value Emitter::emit_expr(const Expr& expr) {
  return std::visit(
      Overloaded{
          [&](const Name& n) { return emit_name(n, expr); },
          [&](const Constant& c) { return emit_constant(c); },
          [&](const BinOp& b) {
            const char* fn = binop_function(b.op);
            if (!fn) {
              unsupported(expr.span, "the '@' operator");
              return object_value("py::None");
            }
            return ordered_call(fn, {emit_expr(*b.left), emit_expr(*b.right)});
          },
          [&](const UnaryOp& u) {
            switch (u.op) {
              case UnaryOpKind::Not: return bool_value("!" + fmt::format("({})", test(*u.operand)));
              case UnaryOpKind::USub: return object_value(fmt::format("py::neg({})", object(*u.operand)));
              case UnaryOpKind::UAdd: return object_value(fmt::format("py::pos({})", object(*u.operand)));
              case UnaryOpKind::Invert: return object_value(fmt::format("py::invert({})", object(*u.operand)));
            }
            return object_value("py::None");
          },
          [&](const BoolOp& b) { return emit_boolop(b); },
          [&](const Compare& c) { return emit_compare(c); },
          [&](const Call& c) { return emit_call(c, expr); },
          [&](const List& l) {
            std::string list;
            for (const Expr& e : l.elts) list += (list.empty() ? "" : ", ") + object(e);
            return object_value(fmt::format("py::new_list({{{}}})", list));
          },
          [&](const Tuple& t) {
            std::string list;
            for (const Expr& e : t.elts) list += (list.empty() ? "" : ", ") + object(e);
            return object_value(fmt::format("py::new_tuple({{{}}})", list));
          },
          [&](const IfExp& i) {
            return object_value(fmt::format("({} ? {} : {})", test(*i.test), object(*i.body), object(*i.orelse)));
          },
          [&](const Subscript& s) {
            if (std::holds_alternative<Slice>(s.slice->node)) {
              unsupported(s.slice->span, "slices yet");
              return object_value("py::None");
            }
            return ordered_call("py::getitem", {emit_expr(*s.value), emit_expr(*s.slice)});
          },
          [&](const auto&) {
            unsupported(expr.span, "this expression yet");
            return object_value("py::None");
          },
      },
      expr.node);
}

}  // namespace yieldc::codegen
