# computing schedules with datetime (fixed reference time)
from datetime import datetime, timedelta
start = datetime(2024, 6, 1, 8, 0)
tasks = [("standup", 15), ("deep work", 120), ("lunch", 45), ("review", 30), ("meetings", 90)]
t = start
for name, minutes in tasks:
    end = t + timedelta(minutes=minutes)
    print(f"{t:%H:%M}-{end:%H:%M} {name}")
    t = end
print("done at", t.isoformat(), "total", t - start)
deadline = datetime(2024, 6, 3, 17, 0)
left = deadline - t
print(left, left.days, left.seconds // 3600, round(left.total_seconds() / 3600, 2))
weekday_names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print([weekday_names[(start + timedelta(days=i)).weekday()] for i in range(7)])
