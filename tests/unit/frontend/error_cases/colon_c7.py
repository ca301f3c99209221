def f() x
  pass
