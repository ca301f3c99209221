# A key function that fails partway through sorted().
people = [("ann", 31), ("bob", None), ("cy", 25)]

def age(person):
    return person[1] + 0

print(sorted(people[:1] + people[2:], key=age))
print(sorted(people, key=age))
