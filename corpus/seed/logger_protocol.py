# The tutorial's logger: send, throw and close driving one generator.
def logger():
    try:
        msg = "ready"
        while True:
            cmd = yield msg          # receives via .send()
            if cmd == "ping":
                msg = "pong"
            else:
                msg = f"echo:{cmd}"
    except GeneratorExit:
        print("logger closed")
    except Exception as e:           # .throw() lands here
        print("logger error:", e)
        yield "error-handled"

g = logger()
print(next(g))                 # 'ready'
print(g.send("ping"))          # 'pong'
print(g.throw(ValueError("boom")))  # prints, yields 'error-handled'
g.close()               # prints 'logger closed'
