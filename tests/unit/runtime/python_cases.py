"""Turns small Python snippets into C++ test cases for the runtime: each
snippet is run by python3 for the expected outcome (the repr of the last
expression, or the exception line) and translated into a C++ lambda that
computes the same thing through the runtime's public API. Used by the
gen_*_cases.py scripts of this folder; python_cases.hpp replays the cases.

The snippets use a small subset: literals, names, method calls, a few
builtins, subscripts and slices, + * ** and comparisons; statements are
assignments (to names and subscripts), `del x[i]` and expressions.
"""
import ast
import sys

BUILTINS = {
    "len": "py::len", "repr": "py::repr_builtin", "str": "py::str_builtin", "list": "py::list",
    "iter": "py::iter_builtin", "range": "py::range",
}
BINOPS = {ast.Add: "py::add", ast.Sub: "py::sub", ast.Mult: "py::mul", ast.Pow: "py::power"}
COMPARES = {ast.Eq: "py::eq", ast.NotEq: "py::ne", ast.Lt: "py::lt", ast.LtE: "py::le", ast.Gt: "py::gt",
            ast.GtE: "py::ge"}


def c_literal(data):
    """A C++ string literal for `data` (bytes or str, the latter as UTF-8)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    out = ['"']
    for byte in data:
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= byte < 0x7F and ch != "?":
            out.append(ch)
        else:
            # Octal escapes stop after three digits, unlike \x ones.
            out.append("\\%03o" % byte)
    out.append('"')
    return "".join(out)


class Translator:
    def __init__(self):
        self.declared = set()

    def expr(self, node):
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            raise SyntaxError("unsupported expression: " + ast.dump(node))
        return method(node)

    def expr_Constant(self, node):
        v = node.value
        if v is None:
            return "py::None"
        if v is True or v is False:
            return "py::True" if v else "py::False"
        if isinstance(v, int):
            if -2**63 < v < 2**63:
                return "py::Int(%dLL)" % v if v >= 0 else "py::Int(-%dLL)" % -v
            return "py::int_from_decimal(%s)" % c_literal(str(v))
        if isinstance(v, float):
            return "py::Float(%r)" % v
        if isinstance(v, str):
            return "py::str_literal(%s, %d)" % (c_literal(v), len(v.encode("utf-8")))
        if isinstance(v, bytes):
            return "py::bytes_literal(%s, %d)" % (c_literal(v), len(v))
        raise SyntaxError("unsupported constant %r" % (v,))

    def expr_Name(self, node):
        if node.id not in self.declared:
            raise SyntaxError("unknown name " + node.id)
        return "v_" + node.id

    def items(self, nodes):
        return ", ".join(self.expr(n) for n in nodes)

    def expr_Tuple(self, node):
        return "py::new_tuple({%s})" % self.items(node.elts)

    def expr_List(self, node):
        return "py::new_list(std::vector<py::Object>{%s})" % self.items(node.elts)

    def expr_UnaryOp(self, node):
        if isinstance(node.op, ast.USub):
            if isinstance(node.operand, ast.Constant) and isinstance(node.operand.value, int):
                return self.expr_Constant(ast.Constant(-node.operand.value))
            return "py::neg(%s)" % self.expr(node.operand)
        if isinstance(node.op, ast.Not):
            return "py::box(!py::truthy(%s))" % self.expr(node.operand)
        raise SyntaxError("unsupported unary operator")

    def expr_BinOp(self, node):
        return "%s(%s, %s)" % (BINOPS[type(node.op)], self.expr(node.left), self.expr(node.right))

    def expr_Compare(self, node):
        if len(node.ops) != 1:
            raise SyntaxError("chained comparison")
        op, left, right = node.ops[0], self.expr(node.left), self.expr(node.comparators[0])
        if isinstance(op, ast.In):
            return "py::box(py::contains(%s, %s))" % (right, left)
        if isinstance(op, ast.NotIn):
            return "py::box(!py::contains(%s, %s))" % (right, left)
        if isinstance(op, ast.Is):
            return "py::box((%s).is(%s))" % (left, right)
        return "py::box(%s(%s, %s))" % (COMPARES[type(op)], left, right)

    def expr_Attribute(self, node):
        return "py::getattr(%s, %s)" % (self.expr(node.value), c_literal(node.attr))

    def expr_Subscript(self, node):
        return "py::getitem(%s, %s)" % (self.expr(node.value), self.key(node.slice))

    def key(self, node):
        if isinstance(node, ast.Slice):
            parts = [self.expr(p) if p is not None else "py::Object()" for p in (node.lower, node.upper, node.step)]
            return "py::make_slice(%s)" % ", ".join(parts)
        return self.expr(node)

    def expr_Call(self, node):
        if isinstance(node.func, ast.Attribute):
            receiver = self.expr(node.func.value)
            positional = "{%s}" % self.items(node.args)
            if node.keywords:
                kws = ", ".join("{%s, %s}" % (c_literal(k.arg), self.expr(k.value)) for k in node.keywords)
                arguments = "py::Args{%s, {%s}}" % (positional, kws)
            elif node.args:
                arguments = "py::Args{%s}" % positional
            else:
                arguments = "py::Args{}"
            return "py::call_method(%s, %s, %s)" % (receiver, c_literal(node.func.attr), arguments)
        name = node.func.id
        if node.keywords:
            raise SyntaxError("keywords to a builtin")
        args = [self.expr(a) for a in node.args]
        if name == "slice":
            args = ["py::Object()"] + args if len(args) == 1 else args
            return "py::make_slice(%s)" % ", ".join(args)
        if name == "bytearray":
            return "py::new_bytearray(%s)" % ("std::string()" if not args else
                                               "py::cast<py::Bytes>(%s)->data" % args[0])
        if name == "hash":
            return "py::Int(py::hash(%s))" % args[0]
        return "%s(%s)" % (BUILTINS[name], ", ".join(args))

    def stmt(self, node):
        if isinstance(node, ast.Assign):
            (target,) = node.targets
            value = self.expr(node.value)
            if isinstance(target, ast.Name):
                if target.id in self.declared:
                    return "v_%s = %s;" % (target.id, value)
                self.declared.add(target.id)
                return "py::Object v_%s = %s;" % (target.id, value)
            if isinstance(target, ast.Subscript):
                return "py::setitem(%s, %s, %s);" % (self.expr(target.value), self.key(target.slice), value)
        if isinstance(node, ast.Delete):
            (target,) = node.targets
            return "py::delitem(%s, %s);" % (self.expr(target.value), self.key(target.slice))
        if isinstance(node, ast.Expr):
            return "(void)%s;" % self.expr(node.value)
        raise SyntaxError("unsupported statement: " + ast.dump(node))


def translate(source):
    """The C++ lambda computing `source`'s last expression."""
    module = ast.parse(source)
    *body, last = module.body
    if not isinstance(last, ast.Expr):
        raise SyntaxError("a case must end with an expression: " + source)
    t = Translator()
    statements = [t.stmt(s) for s in body]
    statements.append("return %s;" % t.expr(last.value))
    return "[]() -> py::Object { %s }" % " ".join(statements)


def outcome(source):
    """What CPython gives for `source`: the repr of its last expression, or
    the last line of the traceback."""
    module = ast.parse(source)
    *body, last = module.body
    namespace = {}
    try:
        exec(compile(ast.Module(body=body, type_ignores=[]), "<case>", "exec"), namespace)
        value = eval(compile(ast.Expression(last.value), "<case>", "eval"), namespace)
    except Exception as e:  # noqa: BLE001 - every exception is an expected value
        return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    return repr(value)


def case_lines(cases):
    """The initializers of a `PythonCase` array (see python_cases.hpp)."""
    seen = set()
    lines = []
    for source in cases:
        if source in seen:
            raise SystemExit("duplicate case: " + source)
        seen.add(source)
        lines.append("    {%s,\n     %s,\n     %s}," % (c_literal(source), translate(source),
                                                      c_literal(outcome(source))))
    return lines


def write_inc(path, script, arrays):
    """Writes `arrays`, a list of (C++ declaration, initializer lines)."""
    out = ["// Generated by %s with CPython %s; do not edit: re-run the script."
           % (script, sys.version.split()[0])]
    for declaration, lines in arrays:
        out.append("")
        out.append(declaration + " = {")
        out.extend(lines)
        out.append("};")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def fnv1a64(data):
    """The checksum python_cases.hpp computes for long outputs."""
    h = 0xCBF29CE484222325
    for byte in data:
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h
