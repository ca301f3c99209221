for src in ["def f():\n [(yield) for x in y]", "def f():\n {(yield) for x in y}",
            "def f():\n {(yield): 1 for x in y}", "def f():\n ((yield) for x in y)",
            "def f():\n [(yield from x) for x in y]", "x = yield 1",
            "async def f():\n yield 1\n return 2", "async def f():\n yield from g",
            "def f():\n await g", "await g", "def f():\n [i async for i in g]"]:
    try: compile(src, "example.py", "exec")
    except SyntaxError as e: print(f"line {e.lineno}: {e.msg}")
