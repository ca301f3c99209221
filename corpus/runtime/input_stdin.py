# input(): with and without a prompt, lines with spaces and empty lines, EOFError at the end of stdin.
name = input()
print("name:", repr(name))
age = input("age? ")
print("age:", int(age) + 1)
print(repr(input("> ")), repr(input("")))
total = 0
while True:
    try:
        line = input()
    except EOFError as e:
        print("EOFError", repr(e), str(e) == "")
        break
    if not line:
        print("blank")
        continue
    words = line.split()
    total += sum(int(w) for w in words if w.isdigit())
    print(len(words), words)
print("total", total)
try:
    input("prompt at eof: ")
except EOFError as e:
    print("again", type(e).__name__)
