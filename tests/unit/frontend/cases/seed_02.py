def squares(n):
    for i in range(n):
        yield i * i

list(squares(5))  # [0, 1, 4, 9, 16]
