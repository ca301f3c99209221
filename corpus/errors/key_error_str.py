# A KeyError whose key is a string with quotes and one with no args.
def attempt(f):
    try:
        f()
    except KeyError as e:
        print("caught", e, e.args)

def bare():
    raise KeyError()

attempt(bare)
attempt(lambda: {}["say \"hi\""])
config = {"name": "yieldc", "version": 1}
print(config["name"])
print(config["author's name"])
