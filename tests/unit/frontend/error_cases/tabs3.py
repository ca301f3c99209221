if x:
  	a
	b
