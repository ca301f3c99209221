# cpython-error
x = """abc

y = 1
