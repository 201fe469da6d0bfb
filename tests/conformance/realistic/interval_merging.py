# interval problems: merging, inserting, free time, max overlap
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

def insert(intervals, new):
    return merge(intervals + [new])

def free_time(calendars, day=(9, 17)):
    busy = merge([iv for cal in calendars for iv in cal])
    gaps, cursor = [], day[0]
    for s, e in busy:
        if s > cursor:
            gaps.append((cursor, min(s, day[1])))
        cursor = max(cursor, e)
    if cursor < day[1]:
        gaps.append((cursor, day[1]))
    return [g for g in gaps if g[0] < g[1]]

def max_overlap(intervals):
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    best = cur = 0
    at = None
    for t, delta in events:
        cur += delta
        if cur > best:
            best, at = cur, t
    return best, at

iv = [(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (6, 7)]
print(merge(iv))
print(insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)))
ann = [(9, 10.5), (12, 13), (16, 18)]
bob = [(10, 11), (12.5, 14), (15, 16)]
cat = [(8, 9.5), (13.5, 14.5)]
print(free_time([ann, bob, cat]))
print(free_time([ann]), free_time([]))
print(max_overlap(iv), max_overlap([(0, 10), (1, 9), (2, 8), (3, 7)]))
total_busy = sum(e - s for s, e in merge(ann + bob + cat))
print(f"busy {total_busy:g} hours, {len(merge(ann + bob + cat))} blocks")
