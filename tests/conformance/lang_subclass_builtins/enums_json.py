# str/int enums as real str/int instances: JSON serialisation, sorting,
# formatting and comparisons with plain values (CPython 3.11 semantics).
import json
from enum import Enum, IntEnum, StrEnum, auto


class Status(str, Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Channel(StrEnum):
    EMAIL = auto()
    SMS = auto()


tickets = [
    {"id": 1, "title": "Fix login", "status": Status.OPEN, "priority": Priority.HIGH},
    {"id": 2, "title": "Docs", "status": Status.DONE, "priority": Priority.LOW},
    {"id": 3, "title": "Refactor", "status": Status.IN_PROGRESS, "priority": Priority.MEDIUM},
    {"id": 4, "title": "Hotfix", "status": Status.OPEN, "priority": Priority.HIGH},
]

print(json.dumps(tickets[0]))
print(json.dumps({"channels": list(Channel), "by": Channel.SMS}))
ordered = sorted(tickets, key=lambda t: (-t["priority"], t["id"]))
for t in ordered:
    print(f"#{t['id']:<2} {t['title']:<10} {t['status'].value:<12} p={t['priority']}")
print(max(t["priority"] for t in tickets), sum(t["priority"] for t in tickets))

# Values compare and hash like the underlying str/int.
print(Status.OPEN == "open", "done" == Status.DONE, Priority.HIGH == 3, Priority.LOW < 2)
counts = {}
for t in tickets:
    counts[t["status"]] = counts.get(t["status"], 0) + 1
print(counts["open"], counts[Status.DONE], len(counts))
print(Status("done") is Status.DONE, Priority(2), Channel("sms") is Channel.SMS)
print(isinstance(Status.OPEN, str), isinstance(Priority.LOW, int), type(Priority.LOW + 1))

# str()/format()/repr() follow 3.11: Enum mixins show the member name,
# IntEnum/StrEnum show the value.
print(str(Status.OPEN), f"{Status.OPEN}", repr(Status.OPEN), "%s" % Status.OPEN)
print(str(Priority.HIGH), f"{Priority.HIGH}", f"{Priority.HIGH:03}", repr(Priority.HIGH), "%d" % Priority.HIGH)
print(str(Channel.EMAIL), f"[{Channel.EMAIL:>8}]", repr(Channel.EMAIL))

# str methods and int arithmetic act on the value.
print(Status.IN_PROGRESS.replace("_", " ").title(), Status.OPEN.upper(), len(Status.DONE))
print(Priority.HIGH * 10, Priority.HIGH // 2, -Priority.LOW, Priority.MEDIUM ** 2, ["a", "b", "c"][Priority.LOW])
print(Status.OPEN.name, Status.OPEN.value, [p.name for p in Priority], list(Priority)[-1])
try:
    Status("closed")
except ValueError as e:
    print("ValueError:", e)
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)
