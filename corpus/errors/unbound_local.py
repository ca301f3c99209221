# UnboundLocalError: an augmented assignment makes the name local, so the
# read before it fails even though a global of that name exists.
counter = 0

def attempt(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, isinstance(e, NameError), e)

def later_assigned():
    print(total)
    total = 1

attempt(later_assigned)

def bump():
    counter += 1
    return counter

print(counter)
bump()
