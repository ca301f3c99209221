# A coroutine can have only one awaiter: a second await while the first is
# suspended in it raises RuntimeError; awaiting a finished one too.
import types
@types.coroutine
def suspend():
    yield "s"
async def inner():
    await suspend()
    return "inner done"
async def awaiter(c):
    return await c
shared = inner()
first = awaiter(shared)
print(first.send(None))
second = awaiter(shared)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    first.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    awaiter(shared).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
