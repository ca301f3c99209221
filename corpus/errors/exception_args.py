# Exceptions with zero, one and several arguments print differently.
def attempt(e):
    try:
        raise e
    except Exception as caught:
        print(repr(caught), "|", str(caught), "|", caught.args)

attempt(ValueError())
attempt(ValueError(""))
attempt(ValueError("one"))
attempt(ValueError("two", 2))
attempt(KeyError("k", "v"))
raise ValueError("temperature", 451, ["hot"])
