# sum() over a generator expression that calls a failing function.
def weight(item):
    return {"apple": 3, "pear": 2}[item]

basket = ["apple", "pear", "apple"]
print(sum(weight(i) for i in basket))
basket.append("plum")
print(sum(weight(i) for i in basket))
