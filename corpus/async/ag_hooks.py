# sys.set_asyncgen_hooks by hand (no event loop): firstiter is called on the
# first __anext__/asend/athrow/aclose-step, finalizer when a started agen is
# dropped unfinished; hooks are captured per agen at first iteration.
import sys

async def agen(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print(f"  {tag} finally")

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<StopAsyncIteration>"

def firstiter(g):
    print("firstiter:", g.__name__, g.ag_frame is not None)

def finalizer(g):
    print("finalizer:", g.__name__, "running:", g.ag_running)
    aw = g.aclose()
    print("  closing from finalizer ->", drive(aw))

print("default:", sys.get_asyncgen_hooks())
old = sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
print("set returns:", old)
print("hooks:", [h.__name__ for h in sys.get_asyncgen_hooks()])
g = agen("g")
print("created")
print("first:", drive(g.__anext__()))
print("second:", drive(g.__anext__()))
print("dropping g")
del g
print("dropped")
h = agen("h")
del h
print("never-started dropped: no hooks")
k = agen("k")
print("k:", drive(k.__anext__()), drive(k.__anext__()), drive(k.__anext__()))
del k
print("finished dropped: no finalizer")
m = agen("m")
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
print("m first (hooks now off):", drive(m.__anext__()))
sys.set_asyncgen_hooks(firstiter, finalizer)
del m
print("m dropped with no finalizer captured")
try:
    sys.set_asyncgen_hooks(finalizer=42)
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(None, None)
print("end")
