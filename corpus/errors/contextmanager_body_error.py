# An error in the body of a @contextmanager `with` is re-raised at the yield,
# and the cleanup in the generator's finally runs first.
from contextlib import contextmanager

@contextmanager
def transaction(name):
    print("begin", name)
    try:
        yield name
    finally:
        print("rollback", name)

with transaction("t1"):
    print("ok")
with transaction("t2") as t:
    raise LookupError(t)
