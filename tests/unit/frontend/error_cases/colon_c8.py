while x y
  pass
