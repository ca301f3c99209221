# An attribute a module lacks, with a suggestion for the close name.
import math
import collections

print(math.floor(2.5))
print(hasattr(collections, "deque"), hasattr(collections, "dequeue"))
q = collections.dequeue([1, 2])
