(not a) = 1
