from contextlib import contextmanager
@contextmanager
def no_yield(): return; yield
@contextmanager
def yields_twice(): yield 1; yield 2
@contextmanager
def yields_after_catch():
    try: yield
    except ValueError: yield
for cm, exc in ((no_yield, None), (yields_twice, None), (yields_after_catch, ValueError("v"))):
    try:
        with cm():
            if exc: raise exc
    except RuntimeError as e: print(f"{e} | cause={e.__cause__!r} context={e.__context__!r}")
