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
