# An exception whose __str__ itself fails: CPython prints a placeholder.
class Broken(Exception):
    def __str__(self):
        return self.missing_attribute

try:
    raise Broken("detail")
except Broken as e:
    print("caught", type(e).__name__, e.args)
raise Broken("detail")
