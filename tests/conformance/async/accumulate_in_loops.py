# awaits inside for loops over lists, dicts and ranges
import asyncio

async def score(word):
    r = await scorer(word)
    return len(r["args"][0]) * 3

async def main():
    words = ["tea", "coffee", "water"]
    scores = {}
    for w in words:
        scores[w] = await score(w)
    print(scores)
    best = ""
    best_score = -1
    for w, s in scores.items():
        if await score(w) > best_score:
            best, best_score = w, s
    print(best, best_score)
    for k in scores.keys():
        scores[k] += await score("x")
    print(list(scores.values()))
    total = 0
    for i in range(5):
        if i == 3:
            continue
        total += await score("a" * i)
    print(total)
    for w in words:
        if await score(w) > 10:
            print("first long word:", w)
            break

asyncio.run(main())
