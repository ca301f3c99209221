class A x
  pass
