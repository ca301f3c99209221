from itertools import product, permutations, combinations, combinations_with_replacement, zip_longest

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product()), list(product([1], [])), list(product("ab", repeat=0)))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)))
print(list(combinations(range(4), 2)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 1)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3])), list(zip_longest()))
for bad in (lambda: combinations([1], -1), lambda: permutations([1], -1), lambda: product([1], repeat=-1)):
    try:
        bad()
    except ValueError as exc:
        print("ValueError", exc)
