# Runtime core workload, not generators: per item, a str built by
# concatenation, a dict counter update, a list append; every 64 items a
# str.join; at the end a list sort and a sorted() walk over the dict.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
    counts = {}
    values = []
    words = []
    text_len = 0
    for i in range(n):
        key = "k" + str(i % 1013)
        counts[key] = counts.get(key, 0) + 1
        values.append((i * 7919) % 100003)
        words.append(key)
        if len(words) == 64:
            text_len += len(",".join(words))
            words = []
    values.sort()
    checksum = text_len
    for j in range(0, len(values), 997):
        checksum = (checksum * 31 + values[j]) % 1000000007
    for key in sorted(counts):
        checksum = (checksum * 131 + counts[key] + len(key)) % 1000000007
    print("rt_containers", n, checksum)


main()
