# Raising something that is not an exception, and a bad cause.
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

def bad_cause():
    raise ValueError("x") from 5

def raise_class_instance():
    class NotAnError:
        pass
    raise NotAnError()

attempt(bad_cause)
attempt(raise_class_instance)
code = 42
raise code
