"""rt_numbers: boxed-number arithmetic and f-string formatting.

Usage: python3 rt_numbers.py [N]     (default N = 1_500_000)

Per item: an LCG step with // and % on ints (kept below 2**40), a float
update with multiplication and division, and one
f-string with an int and a float field whose length and last character
fold into the checksum.  CPython spends its time on boxed int/float
operations and on format() of numbers.
"""
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_500_000
    state = 12345
    total = 0
    acc = 0.0
    chars = 0
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        q = state // 7 - state % 13
        total = (total + q * (i % 100 - 50)) % 1000000007
        x = state / 2147483648.0
        acc = acc * 0.999 + x * x - x / 3.0
        s = f"{i}:{x:.4f}"
        chars += len(s) + ord(s[-1])
    print(f"rt_numbers n={n} checksum={total} {acc:.6f} {chars}")


if __name__ == "__main__":
    main()
