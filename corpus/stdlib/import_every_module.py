# Every module yieldc accepts imports at run time too (the compiler's list
# and the runtime's registry agree), and each has CPython's __name__.
import sys, collections, itertools, inspect, os, os.path, contextlib, time, tempfile
import hashlib, random, string, functools, operator, math, heapq, bisect, re, json, types

for module in (sys, collections, itertools, inspect, os, os.path, contextlib, time, tempfile,
               hashlib, random, string, functools, operator, math, heapq, bisect, re, json, types):
    print(module.__name__)
