# strftime, strptime and calendar math
from datetime import date, datetime, timedelta
dt = datetime(2024, 7, 4, 9, 5, 3)
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%d/%m/%y %I:%M %p"), dt.strftime("%A %B %j"))
print(dt.strftime("%a %b %d"), f"{dt:%Y%m%d}", f"{date(2024, 1, 5):%d.%m.%Y}", format(dt, "%H:%M"))
p = datetime.strptime("2023-11-05 18:30", "%Y-%m-%d %H:%M")
print(p, p.weekday(), p.strftime("%c"))
def month_range(year, month):
    first = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)
for m in [1, 2, 12]:
    a, b = month_range(2024, m)
    print(a, b, (b - a).days + 1)
start = date(2024, 1, 1)
mondays = [start + timedelta(days=i) for i in range(31) if (start + timedelta(days=i)).weekday() == 0]
print([d.day for d in mondays])
print(date(2024, 3, 31).isocalendar(), date.min, date.max)
