# Objects that are not callable, not subscriptable, unhashable, without len.
def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "->", e)

five = 5
nothing = None
attempt("five()", lambda: five())
attempt("nothing[0]", lambda: nothing[0])
attempt("{[]: 1}", lambda: {[1]: 1})
attempt("set of dict", lambda: {{}})
attempt("len(5)", lambda: len(five))
attempt("iter(5)", lambda: iter(five))
attempt("for x in 3.5", lambda: [x for x in 3.5])
attempt("int key", lambda: {1: 2}[[1]])

handlers = {"start": print, "stop": "stopped"}
handlers["start"]("starting")
handlers["stop"]("stopping")
