# NAME.args decides the exit status: sys.exit(int(argv[1])) after a message
# on stderr (the golden keeps the status in NAME.rc and stderr in NAME.err).
import sys

code = int(sys.argv[1])
words = sys.argv[2:]
print("exiting with", code, "after", len(words), "words")
print(" ".join(reversed(words)), file=sys.stderr)
sys.exit(code)
