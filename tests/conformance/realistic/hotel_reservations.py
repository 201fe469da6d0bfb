# hotel reservations: availability search, pricing by season, cancellations
from datetime import date, timedelta

ROOMS = {"101": ("single", 80), "102": ("double", 120), "201": ("double", 120), "301": ("suite", 300)}
HIGH_SEASON = (date(2024, 7, 1), date(2024, 8, 31))

class Booking:
    def __init__(self, ref, room, guest, check_in, nights):
        self.ref, self.room, self.guest = ref, room, guest
        self.check_in, self.nights = check_in, nights
        self.check_out = check_in + timedelta(days=nights)
    def overlaps(self, start, end):
        return self.check_in < end and start < self.check_out
    def price(self):
        total = 0
        for i in range(self.nights):
            night = self.check_in + timedelta(days=i)
            rate = ROOMS[self.room][1]
            if HIGH_SEASON[0] <= night <= HIGH_SEASON[1]:
                rate *= 1.5
            if night.weekday() >= 4:
                rate += 20
            total += rate
        return total

class Hotel:
    def __init__(self):
        self.bookings = {}
        self.counter = 0
    def available(self, kind, start, nights):
        end = start + timedelta(days=nights)
        return [r for r, (k, _) in ROOMS.items() if k == kind and not any(b.room == r and b.overlaps(start, end) for b in self.bookings.values())]
    def book(self, guest, kind, start, nights):
        rooms = self.available(kind, start, nights)
        if not rooms:
            return None
        self.counter += 1
        ref = f"R{self.counter:04d}"
        self.bookings[ref] = Booking(ref, rooms[0], guest, start, nights)
        return self.bookings[ref]
    def cancel(self, ref):
        return self.bookings.pop(ref, None) is not None

hotel = Hotel()
requests = [("ann", "double", date(2024, 6, 28), 4), ("bob", "double", date(2024, 6, 30), 2), ("cat", "double", date(2024, 7, 1), 3),
            ("dan", "suite", date(2024, 8, 30), 3), ("eve", "single", date(2024, 3, 1), 7)]
for guest, kind, start, nights in requests:
    b = hotel.book(guest, kind, start, nights)
    if b:
        print(f"{b.ref} {guest:<4} room {b.room} {b.check_in} -> {b.check_out} ({nights}n) {b.price():8.2f}")
    else:
        print(f"---- {guest:<4} no {kind} available from {start}")
print(hotel.cancel("R0001"), hotel.cancel("R0099"))
b = hotel.book("cat", "double", date(2024, 7, 1), 3)
print(b.ref, b.room, b.price())
revenue = sum(b.price() for b in hotel.bookings.values())
print(f"{len(hotel.bookings)} bookings, revenue {revenue:.2f}")
print(sorted((b.guest, b.room) for b in hotel.bookings.values()))
