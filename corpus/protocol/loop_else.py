# for/else and while/else run the else block only when no break happened,
# inside generators too.
def find_first(values, wanted):
    for v in values:
        if v == wanted:
            yield "found"
            break
        yield v
    else:
        yield "not found"

print(list(find_first([1, 2, 3], 2)))
print(list(find_first([1, 2, 3], 9)))

def countdown_until(n, stop):
    while n > 0:
        if n == stop:
            break
        yield n
        n -= 1
    else:
        yield "liftoff"

print(list(countdown_until(4, 0)), list(countdown_until(4, 2)))
