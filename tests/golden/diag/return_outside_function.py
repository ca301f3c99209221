# cpython-error
return 5
