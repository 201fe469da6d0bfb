# iterating date ranges and grouping by week/month
from datetime import date, timedelta
from collections import defaultdict
start, end = date(2024, 1, 25), date(2024, 3, 3)
days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
print(len(days), days[0], days[-1])
by_month = defaultdict(int)
for d in days:
    by_month[d.strftime("%Y-%m")] += 1
print(dict(by_month))
by_week = defaultdict(list)
for d in days:
    by_week[d.isocalendar()[1]].append(d.day)
for week, ds in list(by_week.items())[:3]:
    print(week, ds)
weekends = sum(1 for d in days if d.weekday() >= 5)
print("weekend days:", weekends, "workdays:", len(days) - weekends)
print(date(2024, 2, 29) + timedelta(days=365), date(2023, 3, 1) - timedelta(days=1))
