# Graph search as generators: BFS and DFS yield nodes in visiting order,
# Dijkstra (heapq) yields settled nodes with their distances, a path
# enumerator yields every simple path, and Kahn's algorithm yields a
# topological order (raising on a cycle).
import heapq
from collections import defaultdict, deque

ROADS = """
A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 9
F G 1
C G 20
"""


def load_graph(text):
    graph = defaultdict(list)
    for line in text.strip().splitlines():
        u, v, w = line.split()
        graph[u].append((v, int(w)))
        graph[v].append((u, int(w)))
    return graph


def bfs(graph, start):
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        node, depth = queue.popleft()
        yield node, depth
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, depth + 1))


def dfs(graph, node, seen=None):
    if seen is None:
        seen = set()
    seen.add(node)
    yield node
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            yield from dfs(graph, nxt, seen)


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        path = [node]
        while path[-1] in prev:
            path.append(prev[path[-1]])
        yield node, d, path[::-1]
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))


def simple_paths(graph, src, dst, path=None):
    path = (path or []) + [src]
    if src == dst:
        yield path
        return
    for nxt, _ in sorted(graph[src]):
        if nxt not in path:
            yield from simple_paths(graph, nxt, dst, path)


def topo_sort(deps):
    indeg = {n: 0 for n in deps}
    users = defaultdict(list)
    for node, reqs in deps.items():
        for r in reqs:
            indeg.setdefault(r, 0)
            indeg[node] += 1
            users[r].append(node)
    ready = [n for n, d in indeg.items() if d == 0]
    heapq.heapify(ready)
    emitted = 0
    while ready:
        n = heapq.heappop(ready)
        emitted += 1
        yield n
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if emitted != len(indeg):
        stuck = sorted(n for n, d in indeg.items() if d > 0)
        raise ValueError(f"cycle among {stuck}")


g = load_graph(ROADS)
print("BFS from A:", " ".join(f"{n}@{d}" for n, d in bfs(g, "A")))
print("DFS from A:", "".join(dfs(g, "A")))
print("DFS from G:", "".join(dfs(g, "G")))

print("Dijkstra from A:")
for node, d, path in dijkstra(g, "A"):
    print(f"  {node}: {d:>2} via {'->'.join(path)}")

near = []
for node, d, _ in dijkstra(g, "A"):
    if d > 9:
        break
    near.append(node)
print("within 9 of A:", near)

paths = list(simple_paths(g, "A", "G"))
print(f"{len(paths)} simple paths A->G; shortest by hops:", min(paths, key=len))
weight = {(u, v): w for u in g for v, w in g[u]}
best = min(paths, key=lambda p: sum(weight[a, b] for a, b in zip(p, p[1:])))
print("cheapest:", "".join(best), sum(weight[a, b] for a, b in zip(best, best[1:])))

build = {
    "app": ["libnet", "libui", "config"],
    "libnet": ["libcore"],
    "libui": ["libcore", "fonts"],
    "tests": ["app", "mocks"],
    "mocks": ["libcore"],
    "libcore": [],
}
print("build order:", list(topo_sort(build)))

build["libcore"] = ["tests"]
order = topo_sort(build)
got = []
try:
    for step in order:
        got.append(step)
except ValueError as e:
    print("partial order:", got, "->", e)
