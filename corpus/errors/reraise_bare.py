# A bare `raise` re-raises with the original traceback plus the handler's line.
def fail():
    raise KeyError("key")

def wrapper():
    try:
        fail()
    except KeyError:
        print("logging and re-raising")
        raise

wrapper()
