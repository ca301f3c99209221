'a' b'c'
