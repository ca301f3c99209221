# An attribute of None: a function that forgot to return its result.
def find(items, wanted):
    for item in items:
        if item == wanted:
            return {"name": item}

def attempt(label, f):
    try:
        print(label, f())
    except AttributeError as e:
        print(label, "->", e)

attempt("None.upper", lambda: None.upper())
attempt("int.append", lambda: (5).append(1))
print(find(["a", "b"], "b")["name"])
result = find(["a", "b"], "c")
print(result.get("name"))
