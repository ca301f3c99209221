# An __exit__ that raises after the body finished normally: the traceback
# names the `with` line, not the body's last line.
class Lock:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type)
        raise RuntimeError(f"cannot release {self.name}")

with Lock("a") as lock:
    print("holding", lock.name)
    print("still holding")
