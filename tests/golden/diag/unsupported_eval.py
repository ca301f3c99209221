# eval, exec and friends need an interpreter at run time.
x = eval("1 + 2")
exec("print(x)")
print(globals(), locals(), vars())
m = __import__("math")
code = compile("1", "f", "eval")
