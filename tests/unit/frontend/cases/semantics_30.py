from contextlib import contextmanager
@contextmanager
def passthru(): yield
@contextmanager
def swallow():
    try: yield
    except Exception: pass
@contextmanager
def translate():
    try: yield
    except KeyError as e: raise IndexError("translated") from e
for cm, exc in ((passthru, StopIteration("s")), (passthru, RuntimeError("r")), (passthru, KeyError("k")),
                (swallow, StopIteration("s")), (translate, KeyError("k"))):
    try: print(cm.__name__, repr(exc), end=" -> "); exec("with cm(): raise exc"); print("suppressed")
    except BaseException as e: print(repr(e), "(same object)" if e is exc else "(new object)")
