with x y
  pass
