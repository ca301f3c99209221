def outer():
    def middle():
        def inner():
            for i in range(3):
                while i:
                    if i:
                        try:
                            with x:
                                yield i
                        finally:
                            pass
                    i -= 1
        return inner
    return middle
x = ((((((((((1))))))))))
y = [[[[[[[[[[2]]]]]]]]]]
z = - - - - - 1
w = not not not x
v = a.b.c.d.e.f.g
u = f(g(h(i(j(k())))))
