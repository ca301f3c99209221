# The tutorial's lazy breadth-first search with a deque frontier.
from collections import deque

def bfs(start, neighbors):
    seen = {start}
    q = deque([start])
    while q:
        v = q.popleft()
        yield v
        for w in neighbors(v):
            if w not in seen:
                seen.add(w); q.append(w)

graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
print(list(bfs(1, lambda v: graph[v])))
print(list(bfs(0, lambda v: [w for w in (2 * v + 1, 2 * v + 2) if w < 10])))
walk = bfs("a", lambda v: [v + "x"] if len(v) < 4 else [])
print(next(walk), next(walk), list(walk))
