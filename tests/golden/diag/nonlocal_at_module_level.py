# cpython-error
nonlocal x
