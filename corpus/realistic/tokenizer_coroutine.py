# A push tokenizer coroutine, fed one character at a time with send() ('\0' ends
# the input), sends tokens to a sink; a recursive-descent evaluator runs on top.
import operator


def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def collect(out):
    while True:
        tok = yield
        out.append(tok)


@coroutine
def tokenizer(sink):
    ch = yield
    while True:
        if ch.isdigit() or ch == ".":
            buf = ch
            ch = yield
            while ch.isdigit() or ch == ".":
                buf += ch
                ch = yield
            sink.send(("NUM", float(buf) if "." in buf else int(buf)))
        elif ch.isalpha() or ch == "_":
            buf = ch
            ch = yield
            while ch.isalnum() or ch == "_":
                buf += ch
                ch = yield
            sink.send(("NAME", buf))
        elif ch in "+-*/%()=":
            op = ch
            ch = yield
            if op == "*" and ch == "*":
                op = "**"
                ch = yield
            sink.send(("OP", op))
        elif ch == "\0":
            sink.send(("END", None))
            ch = yield
        elif ch.isspace():
            ch = yield
        else:
            raise SyntaxError(f"unexpected character {ch!r}")


def tokenize(text):
    tokens = []
    tok = tokenizer(collect(tokens))
    for ch in text:
        tok.send(ch)
    tok.send("\0")
    tok.close()
    return tokens


BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul,
          "/": operator.truediv, "%": operator.mod, "**": operator.pow}


class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.pos = 0
        self.env = env

    @property
    def cur(self):
        return self.toks[self.pos]

    def advance(self):
        tok = self.cur
        self.pos += 1
        return tok

    def expect(self, kind, text=None):
        if self.cur[0] != kind or (text is not None and self.cur[1] != text):
            raise SyntaxError(f"expected {text or kind}, got {self.cur[1]!r}")
        return self.advance()

    def statement(self):
        if self.cur[0] == "NAME" and self.toks[self.pos + 1] == ("OP", "="):
            name = self.advance()[1]
            self.advance()
            value = self.expr()
            self.expect("END")
            self.env[name] = value
            return f"{name} = {value}"
        value = self.expr()
        self.expect("END")
        return value

    def expr(self):
        value = self.term()
        while self.cur[0] == "OP" and self.cur[1] in "+-":
            value = BINOPS[self.advance()[1]](value, self.term())
        return value

    def term(self):
        value = self.power()
        while self.cur[0] == "OP" and self.cur[1] in ("*", "/", "%"):
            value = BINOPS[self.advance()[1]](value, self.power())
        return value

    def power(self):
        base = self.unary()
        if self.cur == ("OP", "**"):
            self.advance()
            return base ** self.power()
        return base

    def unary(self):
        if self.cur == ("OP", "-"):
            self.advance()
            return -self.unary()
        kind, text = self.advance()
        if kind == "NUM":
            return text
        if kind == "NAME":
            if text not in self.env:
                raise NameError(f"undefined variable {text}")
            return self.env[text]
        if (kind, text) == ("OP", "("):
            value = self.expr()
            self.expect("OP", ")")
            return value
        raise SyntaxError(f"unexpected token {text!r}")


print(tokenize("x1 = 3.5 * (y + 42)"), tokenize("2**10 - 7 % 3"), sep="\n")

env = {"pi": 3.14159}
program = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "r = 10",
           "area = pi * r ** 2", "area / 2", "big = 2 ** 100 + 1", "big % 97",
           "7 / 0", "1 + * 2", "q + 1", "3 $ 4", "((2)"]
for line in program:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<22} => {result}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print("variables:", sorted(env.items()))
