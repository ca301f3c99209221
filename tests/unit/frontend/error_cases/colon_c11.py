try:
  pass
except E x
  pass
