# cpython-error
class C:
    yield 1
