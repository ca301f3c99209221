# Checklist 65: in a class body only the first iterable sees class names.
class C:
    n = 3
    ok = [i for i in range(n)]
    try:
        bad = [n * i for i in range(2)]
    except NameError as e:
        print("NameError:", e)
    gen_ok = list(i for i in range(n))
print(C.ok, C.gen_ok)
print(hasattr(C, "bad"))
