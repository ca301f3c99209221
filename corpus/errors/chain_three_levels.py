# Three exceptions chained by handling: each printed with its own traceback.
def level3():
    return {}["missing"]

def level2():
    try:
        level3()
    except KeyError:
        return 1 / 0

def level1():
    try:
        level2()
    except ZeroDivisionError as e:
        raise RuntimeError("level1 failed") from e

try:
    level1()
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), "| context of cause:", repr(e.__cause__.__context__))
level1()
