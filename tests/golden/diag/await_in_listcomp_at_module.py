# cpython-error
z = []
r = [await x for x in z]
