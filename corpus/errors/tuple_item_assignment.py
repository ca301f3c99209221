# Item assignment and deletion on immutable sequences.
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)

def set_str():
    s = "abc"
    s[0] = "x"

def del_tuple():
    t = (1, 2)
    del t[0]

def set_range():
    r = range(3)
    r[1] = 5

attempt("str", set_str)
attempt("del tuple", del_tuple)
attempt("range", set_range)
point = (1, 2)
point[0] = 5
