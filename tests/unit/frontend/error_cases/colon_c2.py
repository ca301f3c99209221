try x
  pass
