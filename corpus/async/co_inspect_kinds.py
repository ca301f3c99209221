# inspect's kind tests of functions, methods, partials and the objects they make.
import inspect
import functools

def g(): yield 1
async def c(): pass
async def ag(): yield 1
class K:
    def m(self): yield 2
    async def am(self): yield 3
for f in (g, c, ag, K().m, K().am, functools.partial(ag), len, 3):
    print(inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(f))
a = ag()
co = c()
print(inspect.isasyncgen(a), inspect.isasyncgen(g()), inspect.isawaitable(co), inspect.isawaitable(g()), inspect.isawaitable(3))
co.close()
class Aw:
    def __await__(self): yield
print(inspect.isawaitable(Aw()))
