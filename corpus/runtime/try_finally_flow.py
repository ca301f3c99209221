# try/except/else/finally: every way out of the try runs the finally once.
def safe_div(a, b):
    try:
        result = a // b
    except ZeroDivisionError as e:
        print("caught", e)
        return None
    else:
        print("no exception")
        return result
    finally:
        print("finally", a, b)

print(safe_div(7, 2), safe_div(1, 0))

def loop_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"

print(loop_finally())

def return_overrides():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

print(return_overrides())

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")

nested()
