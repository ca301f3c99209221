# The coroutine object: type, repr, __name__/__qualname__, cr_running,
# cr_suspended, cr_frame, cr_await, inspect predicates, types.CoroutineType.
import inspect, types
@types.coroutine
def suspend(v):
    return (yield v)
async def job(n):
    print("running:", inner.cr_running)
    return await suspend(n)
class K:
    async def meth(self):
        return 1
inner = job(3)
print(type(inner).__name__, repr(inner).startswith("<coroutine object job at 0x"))
print(inner.__name__, inner.__qualname__, K().meth().__qualname__)
print(inner.cr_running, inner.cr_suspended, inner.cr_await, inner.cr_frame is not None)
print(inner.send(None))
print(inner.cr_running, inner.cr_suspended, type(inner.cr_await).__name__)
print(inspect.iscoroutine(inner), inspect.iscoroutine(suspend(1)), inspect.isgenerator(inner))
print(inspect.iscoroutinefunction(job), inspect.iscoroutinefunction(suspend), inspect.iscoroutinefunction(len))
print(isinstance(inner, types.CoroutineType), isinstance(suspend(1), types.GeneratorType))
try:
    inner.send(4)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(inner), inner.cr_frame, inner.cr_await)
print(type(K().meth()).__name__)
