// dump_ast: the AST printed as CPython 3.11's ast.dump prints it. Field
// order and names follow Parser/Python.asdl; as ast.dump does, an optional
// field that is empty (None) is left out while lists are always shown.
#include "frontend/dump_ast.hpp"

#include <fmt/format.h>

#include <cmath>

namespace yieldc::frontend {

namespace {

// ---------------------------------------------------------------- reprs

// Decodes one UTF-8 sequence at text[i] (surrogates allowed), advancing i.
uint32_t next_code_point(std::string_view text, size_t& i) {
  auto byte = static_cast<unsigned char>(text[i]);
  int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
  uint32_t c = extra == 0 ? byte : byte & (0x3F >> extra);
  for (int k = 1; k <= extra && i + k < text.size(); ++k) {
    c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  i += 1 + extra;
  return c;
}

char pick_quote(bool has_single, bool has_double) { return has_single && !has_double ? '"' : '\''; }

}  // namespace

std::string python_repr_str(std::string_view utf8) {
  bool has_single = utf8.find('\'') != std::string_view::npos;
  bool has_double = utf8.find('"') != std::string_view::npos;
  char quote = pick_quote(has_single, has_double);
  std::string out(1, quote);
  for (size_t i = 0; i < utf8.size();) {
    size_t start = i;
    uint32_t c = next_code_point(utf8, i);
    if (c == static_cast<uint32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (is_printable_code_point(c)) {
      out += utf8.substr(start, i - start);
    } else if (c < 0x100) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c < 0x10000) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out += fmt::format("\\U{:08x}", c);
    }
  }
  out += quote;
  return out;
}

std::string python_repr_bytes(std::string_view bytes) {
  bool has_single = bytes.find('\'') != std::string_view::npos;
  bool has_double = bytes.find('"') != std::string_view::npos;
  char quote = pick_quote(has_single, has_double);
  std::string out = "b";
  out += quote;
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// float_repr_style 'short': the shortest digits that round-trip (fmt gives
// them), in fixed notation when -4 < exponent <= 16, else with "e+XX".
std::string python_repr_float(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  std::string shortest = fmt::format("{}", value);
  std::string sign;
  if (!shortest.empty() && shortest[0] == '-') {
    sign = "-";
    shortest = shortest.substr(1);
  }
  // Split fmt's output into digits and decimal point position `point`:
  // value = 0.DIGITS * 10^point.
  int exponent = 0;
  size_t e = shortest.find_first_of("eE");
  std::string mantissa = shortest;
  if (e != std::string::npos) {
    exponent = std::stoi(shortest.substr(e + 1));
    mantissa = shortest.substr(0, e);
  }
  size_t dot = mantissa.find('.');
  std::string digits = mantissa;
  int point = static_cast<int>(mantissa.size());
  if (dot != std::string::npos) {
    digits = mantissa.substr(0, dot) + mantissa.substr(dot + 1);
    point = static_cast<int>(dot);
  }
  point += exponent;
  while (digits.size() > 1 && digits[0] == '0') {
    digits.erase(0, 1);
    --point;
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (digits == "0") return sign + "0.0";
  int n = static_cast<int>(digits.size());
  if (point <= -4 || point > 16) {
    std::string out = sign + digits.substr(0, 1);
    if (n > 1) out += "." + digits.substr(1);
    int exp = point - 1;
    return out + fmt::format("e{}{:02}", exp < 0 ? '-' : '+', std::abs(exp));
  }
  if (point <= 0) return sign + "0." + std::string(static_cast<size_t>(-point), '0') + digits;
  if (point < n)
    return sign + digits.substr(0, static_cast<size_t>(point)) + "." +
           digits.substr(static_cast<size_t>(point));
  return sign + digits + std::string(static_cast<size_t>(point - n), '0') + ".0";
}

namespace {

// ---------------------------------------------------------------- the dumper

const char* op_name(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add: return "Add()";
    case BinOpKind::Sub: return "Sub()";
    case BinOpKind::Mult: return "Mult()";
    case BinOpKind::MatMult: return "MatMult()";
    case BinOpKind::Div: return "Div()";
    case BinOpKind::FloorDiv: return "FloorDiv()";
    case BinOpKind::Mod: return "Mod()";
    case BinOpKind::Pow: return "Pow()";
    case BinOpKind::LShift: return "LShift()";
    case BinOpKind::RShift: return "RShift()";
    case BinOpKind::BitOr: return "BitOr()";
    case BinOpKind::BitXor: return "BitXor()";
    case BinOpKind::BitAnd: return "BitAnd()";
  }
  return "?";
}

const char* op_name(UnaryOpKind op) {
  switch (op) {
    case UnaryOpKind::Invert: return "Invert()";
    case UnaryOpKind::Not: return "Not()";
    case UnaryOpKind::UAdd: return "UAdd()";
    case UnaryOpKind::USub: return "USub()";
  }
  return "?";
}

const char* op_name(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: return "Eq()";
    case CmpOpKind::NotEq: return "NotEq()";
    case CmpOpKind::Lt: return "Lt()";
    case CmpOpKind::LtE: return "LtE()";
    case CmpOpKind::Gt: return "Gt()";
    case CmpOpKind::GtE: return "GtE()";
    case CmpOpKind::Is: return "Is()";
    case CmpOpKind::IsNot: return "IsNot()";
    case CmpOpKind::In: return "In()";
    case CmpOpKind::NotIn: return "NotIn()";
  }
  return "?";
}

const char* ctx_name(ExprContext ctx) {
  switch (ctx) {
    case ExprContext::Load: return "Load()";
    case ExprContext::Store: return "Store()";
    case ExprContext::Del: return "Del()";
  }
  return "?";
}

// Builds `Node(field=value, ...)`, skipping absent optional fields.
class Fields {
 public:
  explicit Fields(const char* node) : out_(node) { out_ += '('; }
  Fields& add(const char* name, const std::string& value) {
    if (!first_) out_ += ", ";
    first_ = false;
    out_ += name;
    out_ += '=';
    out_ += value;
    return *this;
  }
  Fields& optional(const char* name, const std::optional<std::string>& value) {
    return value ? add(name, *value) : *this;
  }
  std::string done() { return out_ + ')'; }

 private:
  std::string out_;
  bool first_ = true;
};

class Dumper {
 public:
  std::string expr(const Expr& e);
  std::string stmt(const Stmt& s);

  template <class T, class F>
  std::string list(const std::vector<T>& items, F&& each) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += each(items[i]);
    }
    return out + "]";
  }
  std::string exprs(const ExprList& items) {
    return list(items, [&](const Expr& e) { return expr(e); });
  }
  std::string stmts(const StmtList& items) {
    return list(items, [&](const Stmt& s) { return stmt(s); });
  }
  std::optional<std::string> opt(const Box<Expr>& e) {
    if (!e) return std::nullopt;
    return expr(*e);
  }
  static std::optional<std::string> opt_str(const std::optional<std::string>& s) {
    if (!s) return std::nullopt;
    return python_repr_str(*s);
  }

  std::string constant(const Constant& c);
  std::string arg(const Arg& a) {
    return Fields("arg")
        .add("arg", python_repr_str(a.name))
        .optional("annotation", opt(a.annotation))
        .done();
  }
  std::string arguments(const Arguments& a);
  std::string keyword(const Keyword& k) {
    return Fields("keyword").optional("arg", opt_str(k.arg)).add("value", expr(*k.value)).done();
  }
  std::string comprehensions(const std::vector<Comprehension>& generators) {
    return list(generators, [&](const Comprehension& c) {
      return Fields("comprehension")
          .add("target", expr(*c.target))
          .add("iter", expr(*c.iter))
          .add("ifs", exprs(c.ifs))
          .add("is_async", c.is_async ? "1" : "0")
          .done();
    });
  }
  std::string alias(const Alias& a) {
    return Fields("alias")
        .add("name", python_repr_str(a.name))
        .optional("asname", opt_str(a.asname))
        .done();
  }
  std::string names(const std::vector<std::string>& names) {
    return list(names, [](const std::string& n) { return python_repr_str(n); });
  }
};

std::string Dumper::constant(const Constant& c) {
  std::string value;
  switch (c.kind) {
    case Constant::Kind::None: value = "None"; break;
    case Constant::Kind::True: value = "True"; break;
    case Constant::Kind::False: value = "False"; break;
    case Constant::Kind::Ellipsis: value = "Ellipsis"; break;
    case Constant::Kind::Int: value = c.text; break;
    case Constant::Kind::Float: value = python_repr_float(c.number); break;
    case Constant::Kind::Str: value = python_repr_str(c.text); break;
    case Constant::Kind::Bytes: value = python_repr_bytes(c.text); break;
  }
  Fields fields("Constant");
  fields.add("value", value);
  if (c.u_prefix) fields.add("kind", "'u'");
  return fields.done();
}

std::string Dumper::arguments(const Arguments& a) {
  auto args = [&](const std::vector<Arg>& items) {
    return list(items, [&](const Arg& x) { return arg(x); });
  };
  std::optional<std::string> vararg, kwarg;
  if (a.vararg) vararg = arg(*a.vararg);
  if (a.kwarg) kwarg = arg(*a.kwarg);
  return Fields("arguments")
      .add("posonlyargs", args(a.posonlyargs))
      .add("args", args(a.args))
      .optional("vararg", vararg)
      .add("kwonlyargs", args(a.kwonlyargs))
      .add("kw_defaults",
           list(a.kw_defaults, [&](const Box<Expr>& e) { return e ? expr(*e) : "None"; }))
      .optional("kwarg", kwarg)
      .add("defaults", exprs(a.defaults))
      .done();
}

std::string Dumper::expr(const Expr& e) {
  return std::visit(
      Overloaded{
          [&](const Name& n) {
            return Fields("Name")
                .add("id", python_repr_str(n.id))
                .add("ctx", ctx_name(n.ctx))
                .done();
          },
          [&](const Constant& c) { return constant(c); },
          [&](const JoinedStr& j) {
            return Fields("JoinedStr").add("values", exprs(j.values)).done();
          },
          [&](const FormattedValue& f) {
            int conversion = f.conversion == 0 ? -1 : f.conversion;
            return Fields("FormattedValue")
                .add("value", expr(*f.value))
                .add("conversion", std::to_string(conversion))
                .optional("format_spec", opt(f.format_spec))
                .done();
          },
          [&](const BinOp& b) {
            return Fields("BinOp")
                .add("left", expr(*b.left))
                .add("op", op_name(b.op))
                .add("right", expr(*b.right))
                .done();
          },
          [&](const UnaryOp& u) {
            return Fields("UnaryOp")
                .add("op", op_name(u.op))
                .add("operand", expr(*u.operand))
                .done();
          },
          [&](const BoolOp& b) {
            return Fields("BoolOp")
                .add("op", b.op == BoolOpKind::And ? "And()" : "Or()")
                .add("values", exprs(b.values))
                .done();
          },
          [&](const Compare& c) {
            return Fields("Compare")
                .add("left", expr(*c.left))
                .add("ops", list(c.ops, [](CmpOpKind op) { return std::string(op_name(op)); }))
                .add("comparators", exprs(c.comparators))
                .done();
          },
          [&](const Call& c) {
            return Fields("Call")
                .add("func", expr(*c.func))
                .add("args", exprs(c.args))
                .add("keywords", list(c.keywords, [&](const Keyword& k) { return keyword(k); }))
                .done();
          },
          [&](const Attribute& a) {
            return Fields("Attribute")
                .add("value", expr(*a.value))
                .add("attr", python_repr_str(a.attr))
                .add("ctx", ctx_name(a.ctx))
                .done();
          },
          [&](const Subscript& s) {
            return Fields("Subscript")
                .add("value", expr(*s.value))
                .add("slice", expr(*s.slice))
                .add("ctx", ctx_name(s.ctx))
                .done();
          },
          [&](const Slice& s) {
            return Fields("Slice")
                .optional("lower", opt(s.lower))
                .optional("upper", opt(s.upper))
                .optional("step", opt(s.step))
                .done();
          },
          [&](const Starred& s) {
            return Fields("Starred")
                .add("value", expr(*s.value))
                .add("ctx", ctx_name(s.ctx))
                .done();
          },
          [&](const List& l) {
            return Fields("List").add("elts", exprs(l.elts)).add("ctx", ctx_name(l.ctx)).done();
          },
          [&](const Tuple& t) {
            return Fields("Tuple").add("elts", exprs(t.elts)).add("ctx", ctx_name(t.ctx)).done();
          },
          [&](const Set& s) { return Fields("Set").add("elts", exprs(s.elts)).done(); },
          [&](const Dict& d) {
            return Fields("Dict")
                .add("keys",
                     list(d.keys, [&](const Box<Expr>& k) { return k ? expr(*k) : "None"; }))
                .add("values", exprs(d.values))
                .done();
          },
          [&](const ListComp& c) {
            return Fields("ListComp")
                .add("elt", expr(*c.elt))
                .add("generators", comprehensions(c.generators))
                .done();
          },
          [&](const SetComp& c) {
            return Fields("SetComp")
                .add("elt", expr(*c.elt))
                .add("generators", comprehensions(c.generators))
                .done();
          },
          [&](const DictComp& c) {
            return Fields("DictComp")
                .add("key", expr(*c.key))
                .add("value", expr(*c.value))
                .add("generators", comprehensions(c.generators))
                .done();
          },
          [&](const GeneratorExp& c) {
            return Fields("GeneratorExp")
                .add("elt", expr(*c.elt))
                .add("generators", comprehensions(c.generators))
                .done();
          },
          [&](const Lambda& l) {
            return Fields("Lambda")
                .add("args", arguments(l.args))
                .add("body", expr(*l.body))
                .done();
          },
          [&](const IfExp& i) {
            return Fields("IfExp")
                .add("test", expr(*i.test))
                .add("body", expr(*i.body))
                .add("orelse", expr(*i.orelse))
                .done();
          },
          [&](const NamedExpr& n) {
            return Fields("NamedExpr")
                .add("target", expr(*n.target))
                .add("value", expr(*n.value))
                .done();
          },
          [&](const Yield& y) { return Fields("Yield").optional("value", opt(y.value)).done(); },
          [&](const YieldFrom& y) {
            return Fields("YieldFrom").add("value", expr(*y.value)).done();
          },
          [&](const Await& a) { return Fields("Await").add("value", expr(*a.value)).done(); },
      },
      e.node);
}

std::string Dumper::stmt(const Stmt& s) {
  return std::visit(
      Overloaded{
          [&](const FunctionDef& f) {
            return Fields(f.is_async ? "AsyncFunctionDef" : "FunctionDef")
                .add("name", python_repr_str(f.name))
                .add("args", arguments(f.args))
                .add("body", stmts(f.body))
                .add("decorator_list", exprs(f.decorator_list))
                .optional("returns", opt(f.returns))
                .done();
          },
          [&](const ClassDef& c) {
            return Fields("ClassDef")
                .add("name", python_repr_str(c.name))
                .add("bases", exprs(c.bases))
                .add("keywords", list(c.keywords, [&](const Keyword& k) { return keyword(k); }))
                .add("body", stmts(c.body))
                .add("decorator_list", exprs(c.decorator_list))
                .done();
          },
          [&](const Return& r) { return Fields("Return").optional("value", opt(r.value)).done(); },
          [&](const Delete& d) { return Fields("Delete").add("targets", exprs(d.targets)).done(); },
          [&](const Assign& a) {
            return Fields("Assign")
                .add("targets", exprs(a.targets))
                .add("value", expr(*a.value))
                .done();
          },
          [&](const AugAssign& a) {
            return Fields("AugAssign")
                .add("target", expr(*a.target))
                .add("op", op_name(a.op))
                .add("value", expr(*a.value))
                .done();
          },
          [&](const AnnAssign& a) {
            return Fields("AnnAssign")
                .add("target", expr(*a.target))
                .add("annotation", expr(*a.annotation))
                .optional("value", opt(a.value))
                .add("simple", a.simple ? "1" : "0")
                .done();
          },
          [&](const For& f) {
            return Fields(f.is_async ? "AsyncFor" : "For")
                .add("target", expr(*f.target))
                .add("iter", expr(*f.iter))
                .add("body", stmts(f.body))
                .add("orelse", stmts(f.orelse))
                .done();
          },
          [&](const While& w) {
            return Fields("While")
                .add("test", expr(*w.test))
                .add("body", stmts(w.body))
                .add("orelse", stmts(w.orelse))
                .done();
          },
          [&](const If& i) {
            return Fields("If")
                .add("test", expr(*i.test))
                .add("body", stmts(i.body))
                .add("orelse", stmts(i.orelse))
                .done();
          },
          [&](const With& w) {
            auto items = list(w.items, [&](const WithItem& item) {
              return Fields("withitem")
                  .add("context_expr", expr(*item.context_expr))
                  .optional("optional_vars", opt(item.optional_vars))
                  .done();
            });
            return Fields(w.is_async ? "AsyncWith" : "With")
                .add("items", items)
                .add("body", stmts(w.body))
                .done();
          },
          [&](const Raise& r) {
            return Fields("Raise")
                .optional("exc", opt(r.exc))
                .optional("cause", opt(r.cause))
                .done();
          },
          [&](const Try& t) {
            auto handlers = list(t.handlers, [&](const ExceptHandler& h) {
              return Fields("ExceptHandler")
                  .optional("type", opt(h.type))
                  .optional("name", opt_str(h.name))
                  .add("body", stmts(h.body))
                  .done();
            });
            return Fields("Try")
                .add("body", stmts(t.body))
                .add("handlers", handlers)
                .add("orelse", stmts(t.orelse))
                .add("finalbody", stmts(t.finalbody))
                .done();
          },
          [&](const Assert& a) {
            return Fields("Assert").add("test", expr(*a.test)).optional("msg", opt(a.msg)).done();
          },
          [&](const Import& i) {
            return Fields("Import")
                .add("names", list(i.names, [&](const Alias& a) { return alias(a); }))
                .done();
          },
          [&](const ImportFrom& i) {
            std::optional<std::string> module;
            if (!i.module.empty()) module = python_repr_str(i.module);
            return Fields("ImportFrom")
                .optional("module", module)
                .add("names", list(i.names, [&](const Alias& a) { return alias(a); }))
                .add("level", std::to_string(i.level))
                .done();
          },
          [&](const Global& g) { return Fields("Global").add("names", names(g.names)).done(); },
          [&](const Nonlocal& n) { return Fields("Nonlocal").add("names", names(n.names)).done(); },
          [&](const ExprStmt& e) { return Fields("Expr").add("value", expr(*e.value)).done(); },
          [&](const Pass&) { return std::string("Pass()"); },
          [&](const Break&) { return std::string("Break()"); },
          [&](const Continue&) { return std::string("Continue()"); },
      },
      s.node);
}

}  // namespace

std::string dump_ast(const Module& module) {
  Dumper dumper;
  return "Module(body=" + dumper.stmts(module.body) + ", type_ignores=[])";
}

std::string dump_ast(const Expr& expr) { return Dumper().expr(expr); }

std::string dump_ast(const Stmt& stmt) { return Dumper().stmt(stmt); }

}  // namespace yieldc::frontend
