# Tutorial: generator expressions feeding sum().
squares = (x*x for x in range(10))
sum_even_squares = sum(x for x in squares if x % 2 == 0)
print(sum_even_squares)
print(list(squares))  # exhausted by the sum
squares = (x*x for x in range(10))
print(next(squares), next(squares), sum(squares))
