# a priority task queue with aging, retries and a processing log
class Task:
    seq = 0
    def __init__(self, name, priority, cost, fail_times=0):
        Task.seq += 1
        self.order = Task.seq
        self.name, self.priority, self.cost = name, priority, cost
        self.fail_times = fail_times
        self.attempts = 0
    def key(self):
        return (self.priority, self.order)
    def __repr__(self):
        return f"{self.name}(p{self.priority})"

class Queue:
    def __init__(self):
        self.items = []
    def push(self, task):
        self.items.append(task)
        self.items.sort(key=Task.key)
    def pop(self):
        return self.items.pop(0)
    def age(self):
        for t in self.items:
            if t.priority > 0:
                t.priority -= 1
        self.items.sort(key=Task.key)
    def __len__(self):
        return len(self.items)

q = Queue()
for spec in [("backup", 3, 5), ("email", 1, 1), ("report", 2, 3, 1), ("index", 4, 2), ("alert", 0, 1), ("cleanup", 5, 1, 3)]:
    q.push(Task(*spec))
print("initial:", q.items)
clock, log, dead = 0, [], []
while q:
    task = q.pop()
    task.attempts += 1
    clock += task.cost
    if task.attempts <= task.fail_times:
        if task.attempts >= 3:
            dead.append(task.name)
            log.append(f"t={clock:>2} {task.name} failed permanently")
        else:
            task.priority += 2
            q.push(task)
            log.append(f"t={clock:>2} {task.name} failed (attempt {task.attempts}), requeued")
    else:
        log.append(f"t={clock:>2} {task.name} done after {task.attempts} attempt(s)")
    if clock % 4 == 0 or clock % 4 == 1:
        q.age()
print("\n".join(log))
print("dead letters:", dead, "final clock:", clock)
