# a todo manager with priorities, tags, due dates and queries
from datetime import date, timedelta

TODAY = date(2024, 5, 15)

class Task:
    _ids = 0

    def __init__(self, title, priority=2, due=None, tags=()):
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.due = due
        self.tags = set(tags)
        self.done = False

    @property
    def overdue(self):
        return not self.done and self.due is not None and self.due < TODAY

    def __repr__(self):
        flag = "x" if self.done else ("!" if self.overdue else " ")
        due = self.due.isoformat() if self.due else "----------"
        return f"[{flag}] #{self.id} P{self.priority} {due} {self.title} {sorted(self.tags)}"

class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, *args, **kwargs):
        t = Task(*args, **kwargs)
        self.tasks.append(t)
        return t

    def complete(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                t.done = True
                return t
        raise LookupError(f"no task #{task_id}")

    def query(self, *, tag=None, done=None, due_within=None):
        out = self.tasks
        if tag is not None:
            out = [t for t in out if tag in t.tags]
        if done is not None:
            out = [t for t in out if t.done == done]
        if due_within is not None:
            limit = TODAY + timedelta(days=due_within)
            out = [t for t in out if t.due and t.due <= limit]
        return sorted(out, key=lambda t: (t.done, t.priority, t.due or date.max, t.id))

todo = TodoList()
todo.add("write report", 1, TODAY + timedelta(days=2), ["work"])
todo.add("buy milk", 3, TODAY - timedelta(days=1), ["home", "shopping"])
todo.add("fix bike", 2, None, ["home"])
todo.add("review PR", 1, TODAY, ["work", "code"])
todo.add("book flights", 2, TODAY + timedelta(days=10), ["travel"])
todo.complete(4)
try:
    todo.complete(42)
except LookupError as e:
    print("LookupError:", e)
print("all:")
for t in todo.query():
    print(" ", t)
print("home:", [t.id for t in todo.query(tag="home")])
print("open, due within 3 days:", [t.title for t in todo.query(done=False, due_within=3)])
print("overdue:", [t.title for t in todo.tasks if t.overdue])
tags = {}
for t in todo.tasks:
    for tag in t.tags:
        tags[tag] = tags.get(tag, 0) + 1
print(sorted(tags.items()))
