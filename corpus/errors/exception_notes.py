# add_note (3.11): notes print after the exception line.
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        e.add_note(f"while loading {name!r}")
        e.add_note("known names: a")
        raise

print(load("a"))
try:
    load("b")
except KeyError as e:
    print("notes:", e.__notes__)
load("c")
