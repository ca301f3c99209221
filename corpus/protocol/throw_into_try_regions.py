# throw() raises at the suspended yield; handlers and finally blocks around
# that yield run, and the generator may yield again from a handler.
def worker():
    for attempt in range(3):
        try:
            try:
                value = yield attempt
                print("got", value)
            except KeyError as e:
                print("retrying after", repr(e))
                continue
            finally:
                print("attempt", attempt, "done")
        except ValueError:
            print("giving up")
            return "gave up"
    return "finished"

g = worker()
print(next(g))
print(g.send("a"))
print(g.throw(KeyError("k")))
try:
    g.throw(ValueError("v"))
except StopIteration as e:
    print("stopped:", e.value)
print(list(worker()))
