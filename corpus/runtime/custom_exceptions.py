# User exception classes: hierarchy, extra attributes, custom __str__.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class Fatal(AppError):
    def __str__(self):
        return "fatal: " + str(self.args[0])


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    return table[key]


try:
    lookup({"a": 1}, "b")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
try:
    raise Fatal("disk")
except Fatal as e:
    print(e, repr(e))
raise NotFound("the end")
