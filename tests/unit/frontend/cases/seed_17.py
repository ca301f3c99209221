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
