# cpython-error
for a in range(3):
    pass
else:
    break
