# IndexError from lists, tuples, strings, pop and deques.
from collections import deque

def attempt(label, f):
    try:
        print(label, f())
    except IndexError as e:
        print(label, "->", e)

def assign(xs):
    xs[10] = 1

attempt("list", lambda: [1, 2, 3][3])
attempt("list -4", lambda: [1, 2, 3][-4])
attempt("tuple", lambda: (1, 2)[2])
attempt("str", lambda: "abc"[5])
attempt("range", lambda: range(3)[3])
attempt("pop empty", lambda: [].pop())
attempt("pop index", lambda: [1].pop(4))
attempt("assign", lambda: assign([0]))
attempt("deque index", lambda: deque([1])[3])
attempt("deque popleft", lambda: deque().popleft())

queue = deque([1, 2])
while True:
    print("served", queue.pop())
