# SEMANTICS §11 finalisation: a never-started coroutine dropped warns (stderr)
# and runs nothing; a started one dropped is closed silently (finally runs).
import types
@types.coroutine
def suspend(): yield
async def job(tag):
    try: await suspend()
    finally: print("finally", tag)
job("never started")
print("---")
c = job("started"); c.send(None)
del c
print("end")
