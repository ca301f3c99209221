# cpython-error
for x in range(3):
    class C:
        continue
