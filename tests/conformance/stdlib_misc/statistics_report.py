# statistics on grouped data
import statistics
scores = {"math": [88, 92, 79, 65, 95, 70], "art": [72, 85, 90, 88], "history": [60, 75, 70, 65, 80]}
print(f"{'subject':<8}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}")
for subject, xs in scores.items():
    print(f"{subject:<8}{len(xs):>3}{statistics.mean(xs):>8.2f}{statistics.median(xs):>8.1f}{statistics.stdev(xs):>8.3f}")
allscores = [x for xs in scores.values() for x in xs]
print(statistics.mean(allscores), statistics.median(allscores), statistics.mode(allscores))
print(round(statistics.pstdev(allscores), 6), statistics.quantiles(allscores, n=4))
