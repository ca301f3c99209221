# Coroutines as methods and closures: nested async defs reading and
# rebinding enclosing variables, awaiting methods, defaults and *args.
import types
@types.coroutine
def pause():
    yield "pause"
class Account:
    def __init__(self, balance): self.balance = balance
    async def deposit(self, amount=10, *more):
        await pause()
        self.balance += amount + sum(more)
        return self.balance
    async def transfer(self, other, amount):
        await other.deposit(amount)
        return await self.deposit(-amount)
def make_counter():
    count = 0
    async def bump(by=1):
        nonlocal count
        await pause()
        count += by
        return count
    return bump
def run(c):
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
a, b = Account(100), Account(5)
print(run(a.deposit()), run(a.deposit(1, 2, 3)), run(a.transfer(b, 50)), b.balance)
bump = make_counter()
print(run(bump()), run(bump(5)))
async def outer(n):
    async def inner(k):
        await pause()
        return k * n
    return (await inner(1), await inner(2))
print(run(outer(7)))
