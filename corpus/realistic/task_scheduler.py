# A cooperative scheduler in the style of David Beazley's "A Curious
# Course on Coroutines": tasks are generators that yield system calls
# (GetTid, NewTask, KillTask, WaitTask, Sleep) to a round-robin
# scheduler built on a deque; the clock is simulated, so output is fixed.
from collections import deque
import heapq


class Task:
    next_id = 0

    def __init__(self, target, name):
        Task.next_id += 1
        self.tid = Task.next_id
        self.name = name
        self.target = target
        self.sendval = None


class SysCall:
    def __init__(self, *args):
        self.args = args


class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)


class NewTask(SysCall):
    def handle(self, sched, task):
        target, name = self.args
        task.sendval = sched.new(target, name)
        sched.schedule(task)


class KillTask(SysCall):
    def handle(self, sched, task):
        victim = sched.tasks.get(self.args[0])
        task.sendval = victim is not None
        if victim:
            victim.target.close()
        sched.schedule(task)


class WaitTask(SysCall):
    def handle(self, sched, task):
        tid, = self.args
        if tid in sched.tasks:
            sched.waiting.setdefault(tid, []).append(task)
        else:
            task.sendval = None
            sched.schedule(task)


class Sleep(SysCall):
    def handle(self, sched, task):
        heapq.heappush(sched.sleeping, (sched.clock + self.args[0], task.tid, task))


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tasks = {}
        self.waiting = {}
        self.sleeping = []
        self.clock = 0
        self.log = []

    def new(self, target, name):
        task = Task(target, name)
        self.tasks[task.tid] = task
        self.schedule(task)
        return task.tid

    def schedule(self, task):
        self.ready.append(task)

    def exit(self, task, value):
        del self.tasks[task.tid]
        self.log.append((self.clock, task.name, value))
        for waiter in self.waiting.pop(task.tid, []):
            waiter.sendval = value
            self.schedule(waiter)

    def mainloop(self):
        while self.tasks:
            while self.sleeping and (not self.ready or self.sleeping[0][0] <= self.clock):
                wake, _, task = heapq.heappop(self.sleeping)
                self.clock = max(self.clock, wake)
                task.sendval = None
                self.schedule(task)
            if not self.ready:
                break
            task = self.ready.popleft()
            if task.tid not in self.tasks:
                continue
            self.clock += 1
            try:
                result = task.target.send(task.sendval)
            except StopIteration as stop:
                self.exit(task, stop.value)
                continue
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                self.schedule(task)


def worker(label, n, pause=0):
    tid = yield GetTid()
    try:
        for i in range(n):
            print(f"[t={sched.clock:>2}] {label} (tid {tid}) step {i}")
            yield Sleep(pause) if pause else None
        return f"{label} finished {n} steps"
    finally:
        print(f"[t={sched.clock:>2}] {label} cleaning up")


def forever():
    while True:
        yield


def supervisor():
    a = yield NewTask(worker("fast", 3), "fast")
    b = yield NewTask(worker("slow", 3, pause=4), "slow")
    spin = yield NewTask(forever(), "spinner")
    result = yield WaitTask(a)
    print(f"[t={sched.clock:>2}] supervisor: {a} returned {result!r}")
    killed = yield KillTask(spin)
    print(f"[t={sched.clock:>2}] supervisor: killed spinner? {killed}")
    again = yield KillTask(spin)
    print(f"[t={sched.clock:>2}] supervisor: kill again? {again}")
    result = yield WaitTask(b)
    print(f"[t={sched.clock:>2}] supervisor: {b} returned {result!r}")
    return "all done"


sched = Scheduler()
sched.new(supervisor(), "supervisor")
sched.mainloop()
print("exit log:")
for clock, name, value in sched.log:
    print(f"  t={clock:>2} {name:<10} -> {value!r}")
print("tasks left:", sched.tasks, "ready:", len(sched.ready))
