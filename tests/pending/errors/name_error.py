# NameError for an undefined name; CPython suggests a close one.
def attempt(f):
    try:
        f()
    except NameError as e:
        print("caught:", e)

def uses_missing():
    return missing_value + 1

attempt(uses_missing)

def total_price(prices):
    total = 0
    for p in prices:
        totl = total + p
    return totl

print(total_price([1, 2]))

def report(prices):
    subtotal = sum(prices)
    return subtota * 2

print(report([3, 4]))
