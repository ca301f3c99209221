if x:
# c
y
