def show(f):
    try: print("->", repr(f()))
    except BaseException as e: print(type(e).__name__ + (f": {e}" if str(e) else ""))
