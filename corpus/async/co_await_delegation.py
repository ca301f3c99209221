# await chains: the innermost yield's value reaches the outer send() caller
# unchanged; sent values, thrown exceptions and close() are forwarded down.
import types
@types.coroutine
def bottom(tag):
    try:
        got = yield f"bottom {tag}"
        print("bottom got", got)
        got = yield f"bottom {tag} again"
        return f"{tag}:{got}"
    except KeyError as e:
        print("bottom caught", repr(e))
        return "recovered"
    finally:
        print("bottom finally", tag)
async def middle(tag):
    r = await bottom(tag)
    print("middle got", r)
    return r.upper()
async def top():
    a = await middle("a")
    b = await middle("b")
    return [a, b]
c = top()
print(c.send(None)); print(c.send(1)); print(c.send(2)); print(c.send(3))
try:
    c.send(4)
except StopIteration as e:
    print("result", e.value)
c = top()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)
else:
    print("continued")
c = top()
print(c.send(None))
c.close()
print("closed", c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
