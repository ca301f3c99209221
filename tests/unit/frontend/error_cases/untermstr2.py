x = 1
y = r"abc
