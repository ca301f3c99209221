# Raising a saved exception again appends the new frames to its traceback.
def risky(n):
    return 10 // n

errors = []
for n in [2, 0]:
    try:
        print(risky(n))
    except ZeroDivisionError as e:
        errors.append(e)

def report():
    raise errors[0]

print(len(errors))
report()
