# sorting dataclass records with keys and order=True
from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    done: bool = field(default=False, compare=False)
tasks = [Task(3, "write docs"), Task(1, "fix bug"), Task(2, "review"), Task(1, "deploy", True)]
for t in sorted(tasks):
    print(t.priority, t.name, t.done)
print(Task(1, "a") == Task(1, "b"), min(tasks).name)
print(sorted(tasks, key=lambda t: (t.done, t.name)))
