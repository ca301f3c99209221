# cpython-error
class C:
    return
