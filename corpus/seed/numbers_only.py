# The tutorial's incremental parser: a coroutine summing the digits it is sent.
def numbers_only():
    total = 0
    try:
        while True:
            chunk = yield total
            for tok in chunk.split():
                if tok.isdigit():
                    total += int(tok)
    except GeneratorExit:
        pass

g = numbers_only(); next(g)
print(g.send("10 spam 20"))   # 30
print(g.send("5 eggs"))       # 35
g.close()
