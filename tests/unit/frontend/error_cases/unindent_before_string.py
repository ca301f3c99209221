if x:
    a
   " t = 1
