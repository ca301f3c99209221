# sys.stdin, sys.stdout and sys.stderr are text files over the process's streams.
import sys
print("to stdout", file=sys.stdout)
n = sys.stdout.write("written directly\n")
print(n)
print("to stderr", file=sys.stderr, flush=True)
sys.stderr.write("stderr write\n")
print(repr(sys.stdout), sys.stdout.name, sys.stdin.name, sys.stderr.mode)
first = sys.stdin.readline()
print("first line:", repr(first))
rest = [line.rstrip("\n") for line in sys.stdin]
print("rest:", rest)
print(sys.stdin.readline() == "")
sys.stdout.flush()
print("end", sep="", end="\n", file=sys.stdout)
