# a meeting-room scheduler: overlap detection, free slots, per-room utilisation
from datetime import datetime, timedelta

DAY = datetime(2024, 9, 2)
def at(hhmm):
    h, m = map(int, hhmm.split(":"))
    return DAY.replace(hour=h, minute=m)

class Conflict(Exception):
    pass

class Room:
    def __init__(self, name, capacity):
        self.name, self.capacity = name, capacity
        self.bookings = []

    def book(self, title, start, end, people):
        if people > self.capacity:
            raise Conflict(f"{title}: {people} people exceed {self.name} capacity {self.capacity}")
        for t, s, e in self.bookings:
            if start < e and s < end:
                raise Conflict(f"{title}: overlaps {t} ({s:%H:%M}-{e:%H:%M}) in {self.name}")
        self.bookings.append((title, start, end))
        self.bookings.sort(key=lambda b: b[1])

    def free_slots(self, open_at, close_at, min_minutes=30):
        slots, cursor = [], open_at
        for _, s, e in self.bookings:
            if s - cursor >= timedelta(minutes=min_minutes):
                slots.append((cursor, s))
            cursor = max(cursor, e)
        if close_at - cursor >= timedelta(minutes=min_minutes):
            slots.append((cursor, close_at))
        return slots

    def utilisation(self, open_at, close_at):
        busy = sum(((e - s) for _, s, e in self.bookings), timedelta())
        return busy / (close_at - open_at)

rooms = {"oak": Room("oak", 6), "pine": Room("pine", 12)}
requests = [
    ("oak", "standup", "09:00", "09:15", 5), ("oak", "design review", "10:00", "11:30", 6),
    ("oak", "1:1", "11:00", "11:30", 2), ("pine", "all hands", "13:00", "14:00", 40),
    ("pine", "planning", "13:00", "14:30", 10), ("oak", "lunch talk", "12:00", "13:00", 4),
    ("pine", "retro", "15:00", "16:00", 8), ("pine", "sync", "14:30", "15:00", 3),
]
for room, title, s, e, n in requests:
    try:
        rooms[room].book(title, at(s), at(e), n)
        print(f"booked  {title:<14} {room:<5} {s}-{e}")
    except Conflict as c:
        print(f"refused {c}")
open_at, close_at = at("08:00"), at("18:00")
for room in rooms.values():
    print(f"{room.name}: {len(room.bookings)} bookings, utilisation {room.utilisation(open_at, close_at):.1%}")
    for s, e in room.free_slots(open_at, close_at, 60):
        print(f"   free {s:%H:%M}-{e:%H:%M} ({(e - s).seconds // 60} min)")
