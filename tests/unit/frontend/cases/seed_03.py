squares = (x*x for x in range(10))
sum_even_squares = sum(x for x in squares if x % 2 == 0)
