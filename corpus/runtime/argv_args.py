# sys.argv from NAME.args: the arguments after the script's name, as strings,
# consumed by a generator pipeline (parse, filter, running total).
import sys


def numbers(args):
    for a in args:
        if a.lstrip("-").isdigit():
            yield int(a)
        else:
            print("skipping", repr(a))


def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total


args = sys.argv[1:]
# argv[0] is the script, whatever its name and path when it is run.
print(isinstance(sys.argv[0], str), sys.argv[0].endswith(".py"))
print(len(args), args)
print(all(isinstance(a, str) for a in sys.argv))
print(list(running_total(numbers(args))))
flags = [a for a in args if a.startswith("--")]
print("flags:", flags)
if "--fail" in flags:
    sys.exit(3)
