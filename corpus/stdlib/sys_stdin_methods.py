# sys.stdin (from NAME.in): read(n), readline(n), readline, a for loop
# that stops early and a second loop that resumes where it stopped,
# readlines for the rest (the last line has no newline), the empty
# results at EOF, the stream's attributes, and print to sys.stderr.
import sys

print(repr(sys.stdin.read(7)), repr(sys.stdin.read(4)), repr(sys.stdin.readline(2)), repr(sys.stdin.readline(0)),
      repr(sys.stdin.readline()))
records = []
for line in sys.stdin:
    if not line.strip():
        break
    name, value = line.split()
    records.append((name, int(value)))
print(records)
print(sys.stdin.readlines(1))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.closed, sys.stdin.encoding)
print(sys.stdout.name, sys.stderr.name, sys.stdout.writable(), sys.stdin is sys.__stdin__)
print("summary:", len(records), "records", file=sys.stderr)
for attempt in (lambda: sys.stdin.write("x"), lambda: sys.stdin.read(1, 2), lambda: sys.stdin.read("5"),
                lambda: sys.stdin.readline(1.5), lambda: sys.stdin.readlines("2")):
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
