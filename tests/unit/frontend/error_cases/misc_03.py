f(), a = not 1
