# Generator methods of classes: __iter__ as a generator, and iterator
# classes with __next__.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Squares:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i * self.i


print(list(Countdown(4)))
for x in Countdown(2):
    print("tick", x)
print(list(Squares(5)), 16 in Squares(5))
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))
