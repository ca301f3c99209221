if x:
    a
 b
