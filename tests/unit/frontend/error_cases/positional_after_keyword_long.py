f(a=1, xyz)
