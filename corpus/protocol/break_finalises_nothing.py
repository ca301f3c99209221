# Breaking out of a for loop over a generator leaves it suspended; the loop
# variable keeps its last value.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        break
print(n)
squares = []
for i in range(5):
    squares = squares + [i * i]
print(squares, i)
