x = '''abc
foo


