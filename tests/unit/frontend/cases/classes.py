class A: pass
class B(A): x = 1
class C(A, B, metaclass=M, **kw):
    """doc"""
    attr: int = 3
    def __init__(self, x):
        self.x = x
    @property
    def p(self): return self.x
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls, *a): return cls(*a)
    def __iter__(self):
        yield from self.items
class D(): pass
class E(*bases): pass
