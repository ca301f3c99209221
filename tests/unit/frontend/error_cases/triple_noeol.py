x = '''abc
foo