if x y:
  pass
