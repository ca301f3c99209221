# An exception whose str() is empty prints just its class name.
class Quiet(Exception):
    def __str__(self):
        return ""

try:
    raise Quiet("hidden")
except Quiet as e:
    print("args", e.args, "str", repr(str(e)))
raise Quiet("hidden")
