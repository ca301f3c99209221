from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
groups = []
for k, g in groupby([1, 1, 2, 3, 3]):
    groups.append(g)
print([list(g) for g in groups])
it = groupby([1, 1, 2])
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(list(groupby([])))
