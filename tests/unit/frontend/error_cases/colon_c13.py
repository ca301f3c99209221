elif_=1
if x:
  pass
elif x y
  pass
