// Expressions. Each becomes one C++ expression; where C++ would leave the
// order of two operands unspecified and both can have effects, the operands
// are evaluated into temporaries first, so Python's left-to-right order is
// kept (`f() + g()` calls f first).
#include <fmt/format.h>

#include <optional>

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

Spilled Emitter::spill(const std::vector<Value>& args) {
  int effects = 0;
  bool temporaries = false;
  for (const Value& a : args) {
    effects += a.has_effects ? 1 : 0;
    temporaries |= a.temporary;
  }
  Spilled out;
  bool needed = effects >= 2 || temporaries;
  for (const Value& a : args) {
    if (needed && (a.has_effects || a.temporary)) {
      std::string tmp = new_temp("arg");
      out.prefix += fmt::format("py::Object {} = {}; ", tmp, as_object(a));
      out.codes.push_back(tmp);
    } else {
      out.codes.push_back(as_object(a));
    }
  }
  return out;
}

std::string Emitter::with_prefix(const std::string& prefix, const std::string& call) {
  if (prefix.empty()) return call;
  return fmt::format("[&]() -> py::Object {{ {}return {}; }}()", prefix, call);
}

Value Emitter::ordered_call(const std::string& function, const std::vector<Value>& args) {
  Spilled s = spill(args);
  std::string list;
  for (const std::string& c : s.codes) list += (list.empty() ? "" : ", ") + c;
  Value v = object_value(with_prefix(s.prefix, fmt::format("{}({})", function, list)));
  v.temporary = true;
  return v;
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
    case Constant::Kind::Bytes: return object_value(bytes_constant(c.text), false);
    case Constant::Kind::Ellipsis: return object_value("py::ellipsis()", false);
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
  // Each operand is emitted once: emitting one defines its nested scopes
  // (a genexpr's frame, a lambda's body), which must not appear twice.
  std::optional<Value> first_right;
  if (compare.ops.size() == 1) {
    first_right = emit_expr(compare.comparators[0]);
    if (!(left.has_effects && first_right->has_effects)) {
      return bool_value(op_code(compare.ops[0], as_object(left), as_object(*first_right)));
    }
  }
  // Chained (or effectful) comparison: each middle operand is evaluated
  // once, and evaluation stops at the first false link.
  std::string body = fmt::format("py::Object yc_lhs = {}; ", as_object(left));
  for (size_t i = 0; i < compare.ops.size(); ++i) {
    std::string right = i == 0 && first_right ? as_object(*first_right) : object(compare.comparators[i]);
    body += fmt::format("py::Object yc_rhs{} = {}; ", i, right);
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

std::string Emitter::call_args(const Call& call, bool* has_effects) {
  bool dynamic = false;
  for (const Expr& a : call.args) dynamic |= std::holds_alternative<Starred>(a.node);
  for (const Keyword& k : call.keywords) dynamic |= !k.arg;
  std::vector<Value> values;
  for (const Expr& a : call.args) {
    values.push_back(emit_expr(std::holds_alternative<Starred>(a.node) ? *std::get<Starred>(a.node).value : a));
  }
  for (const Keyword& k : call.keywords) values.push_back(emit_expr(*k.value));
  int effects = 0;
  for (const Value& v : values) effects += v.has_effects ? 1 : 0;
  *has_effects = effects > 0;

  if (dynamic) {
    // f(a, *xs, k=v, **m): the arguments are collected at run time, in
    // source order.
    std::string body = "py::ArgsBuilder yc_args; ";
    for (size_t i = 0; i < call.args.size(); ++i) {
      bool star = std::holds_alternative<Starred>(call.args[i].node);
      body += fmt::format("yc_args.{}({}); ", star ? "extend" : "add", as_object(values[i]));
    }
    for (size_t i = 0; i < call.keywords.size(); ++i) {
      const Keyword& k = call.keywords[i];
      const std::string v = as_object(values[call.args.size() + i]);
      if (k.arg) body += fmt::format("yc_args.add_keyword({}, {}); ", string_constant(*k.arg), v);
      else body += fmt::format("yc_args.add_mapping({}); ", v);
    }
    return body;
  }
  // Static shape: evaluated in order by one braced list, or through
  // named locals (see spill).
  Spilled spilled = spill(values);
  const std::vector<std::string>& codes = spilled.codes;
  std::string positional, keywords;
  for (size_t i = 0; i < call.args.size(); ++i) positional += (i ? ", " : "") + codes[i];
  for (size_t i = 0; i < call.keywords.size(); ++i) {
    keywords += (i ? ", " : "") + fmt::format("{{{}, {}}}", cpp_string_literal(*call.keywords[i].arg),
                                              codes[call.args.size() + i]);
  }
  std::string args = call.keywords.empty() ? fmt::format("py::Args{{{}}}", positional)
                                           : fmt::format("py::Args{{{{{}}}, {{{}}}}}", positional, keywords);
  return spilled.prefix.empty() ? args : "\x01" + spilled.prefix + "\x02" + args;
}

bool Emitter::has_starred_item(const std::vector<Expr>& items) {
  return std::any_of(items.begin(), items.end(), [](const Expr& e) { return std::holds_alternative<Starred>(e.node); });
}

std::string Emitter::starred_display(const std::vector<Expr>& items, const std::string& list) {
  // [a, *b, c]: a list built item by item, in source order.
  std::string body = fmt::format("py::Object {} = py::new_list({{}}); ", list);
  for (const Expr& e : items) {
    if (const auto* sv = std::get_if<Starred>(&e.node)) body += fmt::format("py::list_extend_starred({}, {}); ", list, object(*sv->value));
    else body += fmt::format("py::list_append({}, {}); ", list, object(e));
  }
  return fmt::format("[&]() -> py::Object {{ {}return {}; }}()", body, list);
}

Value Emitter::emit_call(const Call& call, const Expr& expr) {
  bool has_starred = false;
  for (const Expr& a : call.args) has_starred |= std::holds_alternative<Starred>(a.node);
  for (const Keyword& k : call.keywords) has_starred |= !k.arg;

  if (const auto* name = std::get_if<Name>(&call.func->node)) {
    NameRef ref = lookup(name->id);
    bool builtin = ref.kind == NameRef::Kind::Builtin || ref.kind == NameRef::Kind::Missing;
    if (name->id == "super" && builtin && call.args.empty() && call.keywords.empty()) {
      return object_value(zero_arg_super(expr.span));
    }
    bool plain_print = name->id == "print" && builtin && !has_starred;
    // (`**mapping` has no name: never plain.)
    for (const Keyword& k : call.keywords) plain_print &= k.arg && (*k.arg == "sep" || *k.arg == "end");
    if (plain_print) {
      // print(..., sep=, end=) writes to stdout directly; file= and flush=
      // go through the builtin's definition below.
      std::vector<Value> args;
      for (const Expr& a : call.args) args.push_back(emit_expr(a));
      int sep = -1, end = -1;
      for (const Keyword& k : call.keywords) {
        (*k.arg == "sep" ? sep : end) = static_cast<int>(args.size());
        args.push_back(emit_expr(*k.value));
      }
      Spilled s = spill(args);
      std::string list;
      size_t npos = call.args.size();
      for (size_t i = 0; i < npos; ++i) list += (i ? ", " : "") + s.codes[i];
      if (call.keywords.empty()) return object_value(with_prefix(s.prefix, fmt::format("py::print({{{}}})", list)));
      std::string sep_code = sep < 0 ? "py::Object()" : s.codes[static_cast<size_t>(sep)];
      std::string end_code = end < 0 ? "py::Object()" : s.codes[static_cast<size_t>(end)];
      return object_value(with_prefix(s.prefix, fmt::format("py::print({{{}}}, {}, {})", list, sep_code, end_code)));
    }
    if (const BuiltinFunction* b = find_builtin(name->id); b && builtin && call.keywords.empty() && !has_starred) {
      // Checked before emitting: an argument emitted twice (a lambda, a
      // comprehension) would define its function twice.
      auto n = static_cast<int>(call.args.size());
      if (n >= b->min_args && n <= b->max_args) {
        std::vector<Value> args;
        for (const Expr& a : call.args) args.push_back(emit_expr(a));
        return ordered_call(std::string(b->cpp_name), args);
      }
    }
    if (ref.kind == NameRef::Kind::Builtin) {
      bool effects = false;
      std::string args = call_args(call, &effects);
      if (const BuiltinType* type = find_builtin_type(name->id)) {
        return object_value(wrap_args(fmt::format("py::call_type(&{}, ", type->cpp_name), args));
      }
      if (is_builtin_function_object(name->id)) {
        return object_value(wrap_args(fmt::format("py::bi::{}.fn(", name->id), args));
      }
    }
    if (is_direct_function(name->id) && call.keywords.empty() && !has_starred) {
      const FunctionDef& def = *functions_.at(name->id);
      const Arguments& params = def.args;
      size_t npos = params.posonlyargs.size() + params.args.size();
      size_t required = npos - params.defaults.size();
      bool simple = !params.vararg && !params.kwarg && params.kwonlyargs.empty();
      if (simple && call.args.size() >= required && call.args.size() <= npos) {
        std::vector<Value> args;
        for (const Expr& a : call.args) args.push_back(emit_expr(a));
        // Omitted trailing parameters take the defaults stored on the
        // function object at `def` time.
        for (size_t i = call.args.size(); i < npos; ++i) {
          args.push_back(Value{fmt::format("py::function_default({}, {})", global_name(name->id), i - required),
                               Value::Kind::Object, false});
        }
        Value v = ordered_call("yc_fn::" + cpp_name(def.scope), args);
        // A direct C++ call, after checking the `def` has run (NameError).
        v.code = fmt::format("(py::load_global({}, {}), {})", global_name(name->id), cpp_string_literal(name->id), v.code);
        return v;
      }
    }
  }
  if (const auto* attribute = std::get_if<Attribute>(&call.func->node)) {
    // obj.method(args): the receiver first, then the arguments, in order.
    Value receiver = emit_expr(*attribute->value);
    bool effects = false;
    std::string args = call_args(call, &effects);
    if ((receiver.has_effects && effects) || receiver.temporary) {
      std::string self = new_temp("self");
      return object_value(fmt::format("[&] {{ py::Object {} = {}; return {}; }}()", self, as_object(receiver),
                                      wrap_args(fmt::format("py::call_method({}, {}, ", self,
                                                            attr_site(attribute->attr)), args)));
    }
    return object_value(wrap_args(
        fmt::format("py::call_method({}, {}, ", as_object(receiver), attr_site(attribute->attr)), args));
  }
  Value callee = emit_expr(*call.func);
  bool effects = false;
  std::string args = call_args(call, &effects);
  if ((callee.has_effects && effects) || callee.temporary) {
    std::string f = new_temp("callee");
    return object_value(fmt::format("[&] {{ py::Object {} = {}; return {}; }}()", f, as_object(callee),
                                    wrap_args(fmt::format("py::call({}, ", f), args)));
  }
  return object_value(wrap_args(fmt::format("py::call({}, ", as_object(callee)), args));
}

std::string Emitter::wrap_args(const std::string& call_prefix, const std::string& args) {
  // `args` is either an Args expression, statements building an
  // ArgsBuilder (dynamic calls), or "\x01prefix\x02Args" (temporaries first).
  if (args.rfind("py::ArgsBuilder", 0) == 0) {
    return fmt::format("[&] {{ {}return {}yc_args.args()); }}()", args, call_prefix);
  }
  if (!args.empty() && args[0] == '\x01') {
    size_t split = args.find('\x02');
    return fmt::format("[&] {{ {}return {}{}); }}()", args.substr(1, split - 1), call_prefix, args.substr(split + 1));
  }
  return call_prefix + args + ")";
}

std::string Emitter::fstring_field(const FormattedValue& f) {
  std::string spec = f.format_spec ? object(*f.format_spec) : "py::Object()";
  std::string conversion = f.conversion ? fmt::format("'{}'", f.conversion) : "0";
  return fmt::format("py::fstring_field({}, {}, {})", object(*f.value), conversion, spec);
}

Value Emitter::emit_comprehension(const std::vector<Comprehension>& generators, ScopeId scope_id, const Expr& expr,
                                  const std::string& make_result,
                                  const std::function<std::string(const std::string&)>& add_item) {
  // A list/set/dict comprehension runs to completion where it stands: it
  // is inlined as a C++ lambda whose locals are the comprehension's own
  // variables. The first iterable is evaluated in the enclosing scope.
  std::string first_iter = object(*generators.front().iter);
  const Scope& scope = scopes_[scope_id];
  FunctionState state;
  state.scope = &scope;
  state.scope_id = scope_id;
  state.parent = fn_;
  state.is_inlined = true;
  FunctionState* saved = fn_;
  fn_ = &state;
  CppWriter w;
  w.indent();
  // Its own frame, as CPython 3.11's <listcomp> code object.
  std::string code = fmt::format("yc_code_comp{}", scope_id);
  decls_.line(fmt::format("static const py::CodeInfo {} = {{{}, {}, {}}};", code, cpp_string_literal(scope.name),
                          cpp_string_literal(scope.qualname), cpp_string_literal(code_filename())));
  w.line(fmt::format("py::FunctionFrame yc_f({});", code));
  w.line(fmt::format("yc_f.line = {};", expr.span.begin.line));
  std::string result = new_temp("result");
  w.line(fmt::format("py::Object {} = {};", result, make_result));
  for (const std::string& n : scope.names) {
    const Symbol& s = *scope.find(n);
    if (s.binding == Binding::Local) w.line(fmt::format("py::Object {};", mangle(n)));
    if (s.binding == Binding::Cell) w.line(fmt::format("py::Object {} = py::new_cell();", mangle(n)));
  }
  size_t depth = 0;
  for (size_t i = 0; i < generators.size(); ++i) {
    const Comprehension& gen = generators[i];
    if (gen.is_async) unsupported(expr.span, "async comprehensions yet");
    std::string it = new_temp("it");
    w.line(fmt::format("py::Object {} = py::iter({});", it, i == 0 ? first_iter : object(*gen.iter)));
    std::string item = new_temp("item");
    w.line(fmt::format("py::Object {};", item));
    w.line(fmt::format("while (py::next({}, {})) {{", it, item));
    w.indent();
    ++depth;
    emit_assign_to(*gen.target, item, w);
    for (const Expr& cond : gen.ifs) {
      w.line(fmt::format("if (!({})) continue;", test(cond)));
    }
  }
  w.line(add_item(result));
  for (; depth > 0; --depth) {
    w.dedent();
    w.line("}");
  }
  w.line(fmt::format("return {};", result));
  fn_ = saved;
  return object_value(fmt::format("[&]() -> py::Object {{\n{}}}()", w.text()));
}

Value Emitter::emit_expr(const Expr& expr) {
  if (auto it = substitutions_.find(&expr); it != substitutions_.end()) {
    return Value{it->second, Value::Kind::Object, false};
  }
  return std::visit(
      Overloaded{
          [&](const Name& n) { return load_name(n.id, expr.span); },
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
              case UnaryOpKind::Not: return bool_value(fmt::format("!({})", test(*u.operand)));
              case UnaryOpKind::USub: return object_value(fmt::format("py::neg({})", object(*u.operand)));
              case UnaryOpKind::UAdd: return object_value(fmt::format("py::pos({})", object(*u.operand)));
              case UnaryOpKind::Invert: return object_value(fmt::format("py::invert({})", object(*u.operand)));
            }
            return object_value("py::None");
          },
          [&](const BoolOp& b) { return emit_boolop(b); },
          [&](const Compare& c) { return emit_compare(c); },
          [&](const Call& c) {
            Value v = emit_call(c, expr);
            v.temporary = true;
            return v;
          },
          [&](const List& l) {
            if (has_starred_item(l.elts)) return object_value(starred_display(l.elts, "yc_list"));
            std::string list;
            for (const Expr& e : l.elts) list += (list.empty() ? "" : ", ") + object(e);
            return object_value(fmt::format("py::new_list({{{}}})", list));
          },
          [&](const Tuple& t) {
            if (has_starred_item(t.elts)) {
              return object_value(fmt::format("py::list_to_tuple({})", starred_display(t.elts, "yc_list")));
            }
            std::string list;
            for (const Expr& e : t.elts) list += (list.empty() ? "" : ", ") + object(e);
            return object_value(fmt::format("py::new_tuple({{{}}})", list));
          },
          [&](const IfExp& i) {
            return object_value(fmt::format("({} ? {} : {})", test(*i.test), object(*i.body), object(*i.orelse)));
          },
          [&](const Subscript& s) { return ordered_call("py::getitem", {emit_expr(*s.value), emit_expr(*s.slice)}); },
          [&](const Attribute& a) {
            return object_value(fmt::format("py::getattr({}, {})", object(*a.value), attr_site(a.attr)));
          },
          [&](const Slice& s) {
            auto part = [&](const Box<Expr>& e) { return e ? emit_expr(*e) : object_value("py::None", false); };
            return ordered_call("py::make_slice", {part(s.lower), part(s.upper), part(s.step)});
          },
          [&](const Lambda& l) {
            return object_value(emit_function("<lambda>", l.scope, l.args, nullptr, &*l.body, expr.span));
          },
          [&](const ListComp& c) { return emit_comprehension(c.generators, c.scope, expr, "py::new_list({})",
                                                              [&](const std::string& r) { return fmt::format("py::list_append({}, {});", r, object(*c.elt)); }); },
          [&](const SetComp& c) { return emit_comprehension(c.generators, c.scope, expr, "py::new_set()",
                                                             [&](const std::string& r) { return fmt::format("py::set_add({}, {});", r, object(*c.elt)); }); },
          [&](const DictComp& c) {
            return emit_comprehension(c.generators, c.scope, expr, "py::new_dict()", [&](const std::string& r) {
              // The key is evaluated before the value (3.8+).
              Spilled kv = spill({emit_expr(*c.key), emit_expr(*c.value)});
              return fmt::format("{{ {}py::dict_set({}, {}, {}); }}", kv.prefix, r, kv.codes[0], kv.codes[1]);
            });
          },
          [&](const Set& st) {
            bool starred = false, constants = st.elts.size() > 2;
            for (const Expr& e : st.elts) {
              starred |= std::holds_alternative<Starred>(e.node);
              constants &= std::holds_alternative<Constant>(e.node);
            }
            if (starred) {
              std::string body = "py::Object yc_set = py::new_set(); ";
              for (const Expr& e : st.elts) {
                if (const auto* sv = std::get_if<Starred>(&e.node)) body += fmt::format("py::set_update(yc_set, {}); ", object(*sv->value));
                else body += fmt::format("py::set_add(yc_set, {}); ", object(e));
              }
              return object_value(fmt::format("[&]() -> py::Object {{ {}return yc_set; }}()", body));
            }
            std::string list;
            for (const Expr& e : st.elts) list += (list.empty() ? "" : ", ") + object(e);
            // CPython folds an all-constant display of three or more items.
            return object_value(fmt::format("py::new_set{}({{{}}})", constants ? "_folded" : "", list));
          },
          [&](const Dict& d) {
            bool unpack = false;
            for (const Box<Expr>& k : d.keys) unpack |= !k;
            if (unpack) {
              std::string body = "py::Object yc_dict = py::new_dict(); ";
              for (size_t i = 0; i < d.values.size(); ++i) {
                if (!d.keys[i]) {
                  body += fmt::format("py::dict_update(yc_dict, {}); ", object(d.values[i]));
                } else {
                  body += fmt::format("{{ py::Object yc_key = {}; py::dict_set(yc_dict, yc_key, {}); }} ", object(*d.keys[i]),
                                      object(d.values[i]));
                }
              }
              return object_value(fmt::format("[&]() -> py::Object {{ {}return yc_dict; }}()", body));
            }
            std::string list;
            for (size_t i = 0; i < d.values.size(); ++i) {
              list += (list.empty() ? "" : ", ") + object(*d.keys[i]) + ", " + object(d.values[i]);
            }
            return object_value(fmt::format("py::new_dict_display({{{}}})", list));
          },
          [&](const JoinedStr& j) {
            // Parts are evaluated left to right by one braced list.
            std::string parts;
            for (const Expr& part : j.values) {
              std::string code;
              if (const auto* c = std::get_if<Constant>(&part.node)) {
                code = fmt::format("std::string({}, {})", cpp_string_literal(c->text), c->text.size());
              } else if (auto spilled = substitutions_.find(&part); spilled != substitutions_.end()) {
                // Formatted before a later field's yield (emit_yield.cpp).
                code = fmt::format("py::str({})", spilled->second);
              } else {
                code = fstring_field(std::get<FormattedValue>(part.node));
              }
              parts += (parts.empty() ? "" : ", ") + code;
            }
            return object_value(fmt::format("py::fstring_join({{{}}})", parts));
          },
          [&](const FormattedValue& f) {
            return object_value(fmt::format("py::fstring_join({{{}}})", fstring_field(f)));
          },
          [&](const NamedExpr& n) {
            // (x := value): assign, and the expression's value is the value.
            const auto& name = std::get<Name>(n.target->node);
            std::string v = new_temp("walrus");
            CppWriter w;
            store_name(name.id, v, w);
            std::string store = w.text();
            while (!store.empty() && (store.back() == '\n' || store.back() == ' ')) store.pop_back();
            return object_value(fmt::format("[&] {{ py::Object {} = {}; {} return {}; }}()", v, object(*n.value),
                                            store, v));
          },
          [&](const Await&) {
            if (const FunctionDef* def = immediate_await_target(expr)) {
              return emit_immediate_await(*def, std::get<Call>(std::get<Await>(expr.node).value->node));
            }
            unsupported(expr.span, "'await' in this position yet");
            return object_value("py::None");
          },
          [&](const Yield&) {
            unsupported(expr.span, "'yield' in this position yet");
            return object_value("py::None");
          },
          [&](const GeneratorExp& g) { return emit_genexpr(g, expr); },
          [&](const auto&) {
            unsupported(expr.span, "this expression yet");
            return object_value("py::None");
          },
      },
      expr.node);
}

}  // namespace yieldc::codegen
