# An __exit__ that raises while the body's exception propagates: the body's
# error becomes the context of the new one.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__)
        raise RuntimeError("cleanup failed")

def use():
    with Resource():
        print("working")
        [][0]

use()
