# An explicit cause wins over the implicit context; __suppress_context__.
def convert(value):
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError as inner:
            raise TypeError(f"cannot convert {value!r}") from inner

print(convert("3"), convert("2.5"))
try:
    convert("abc")
except TypeError as e:
    print(e.__suppress_context__, type(e.__cause__).__name__, type(e.__context__).__name__)
convert("xyz")
