# A user function named eval is not the builtin; only the real one is rejected.
def eval(s):
    return s

print(eval("1"))
print(locals())
