if x:
        a
   bb = 1
