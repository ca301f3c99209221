# Word frequency over generated text: a corpus is built from templates,
# written to a file, then streamed back through a generator pipeline
# (lines -> sentences -> words -> normalised -> filtered) into Counters.
import os
import re
import string
from collections import Counter, defaultdict
from itertools import chain, islice

PATH = "word_freq.corpus.txt"

SUBJECTS = ["The quick fox", "A lazy dog", "Every generator", "The old compiler",
            "My friend's cat", "Nobody"]
VERBS = ["jumps over", "yields to", "compiles", "ignores", "chases", "sends values to"]
OBJECTS = ["the fence", "a sleeping dog", "the state machine", "its own tail",
           "every coroutine", "the C++ runtime"]
ENDINGS = [".", "!", "?", "; again.", ", slowly."]

STOPWORDS = {"the", "a", "to", "its", "own", "my", "over", "again", "every"}


def generate(n):
    k = 3
    for i in range(n):
        k = (k * 31 + 7) % 1009
        s = f"{SUBJECTS[k % 6]} {VERBS[(k // 6) % 6]} {OBJECTS[(k // 36) % 6]}{ENDINGS[k % 5]}"
        yield s if i % 4 else s.upper()


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        yield from f


def sentences(lines):
    buf = ""
    for line in lines:
        buf += " " + line.strip()
        *done, buf = re.split(r"(?<=[.!?])\s+", buf)
        yield from (s.strip() for s in done if s.strip())
    if buf.strip():
        yield buf.strip()


def words(sents):
    for s in sents:
        yield from re.findall(r"[A-Za-z+']+", s)


def normalise(ws):
    for w in ws:
        w = w.lower().strip(string.punctuation.replace("+", ""))
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            yield w


with open(PATH, "w", encoding="utf-8") as f:
    line = []
    for i, s in enumerate(generate(150)):
        line.append(s)
        if len(" ".join(line)) > 70:
            f.write(" ".join(line) + "\n")
            line = []
    f.write(" ".join(line) + "\n")

n_lines = sum(1 for _ in lines_of(PATH))
all_sents = list(sentences(lines_of(PATH)))
print("lines:", n_lines, "sentences:", len(all_sents))
print("first sentences:", all_sents[:3])

counts = Counter(normalise(words(sentences(lines_of(PATH)))))
print("distinct words:", len(counts), "total:", sum(counts.values()))
print("top 8:", counts.most_common(8))

content = Counter({w: c for w, c in counts.items() if w not in STOPWORDS})
print("top content words:")
for w, c in sorted(content.items(), key=lambda wc: (-wc[1], wc[0]))[:6]:
    print(f"  {w:<12}{c:>4} {'=' * (c // 5)}")

by_len = defaultdict(Counter)
for w, c in counts.items():
    by_len[len(w)][w] = c
print("longest word:", max(counts, key=lambda w: (len(w), w)))
for n in sorted(by_len):
    print(f"  len {n}: {sum(by_len[n].values()):>4} uses of {len(by_len[n])} words")

shouted = Counter(chain.from_iterable(
    re.findall(r"[A-Z]{3,}", s) for s in sentences(lines_of(PATH)) if s.isupper()))
print("shouted words:", sorted(shouted.items())[:5])

enders = Counter(s[-1] for s in all_sents)
print("sentence endings:", sorted(enders.items()))

bigrams = Counter()
for s in all_sents:
    ws = list(normalise(words([s])))
    bigrams.update(zip(ws, ws[1:]))
print("top bigrams:", [" ".join(b) + f"={c}" for b, c in bigrams.most_common(4)])

print("first 10 words streamed:", list(islice(normalise(words(sentences(lines_of(PATH)))), 10)))
os.remove(PATH)
