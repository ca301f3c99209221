# The tutorial's basic generator function; the result the tutorial shows in
# a comment is printed.
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))  # [0, 1, 4, 9, 16]
