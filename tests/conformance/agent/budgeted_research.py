# research loop with a call budget: stop when the budget runs out or enough notes exist
import asyncio

async def research(question, budget):
    notes = []
    spent = 0
    depth = 0
    while spent < budget and len(notes) < 5:
        r = await ask_model(question, depth=depth)
        spent += r["kwargs"]["depth"] + 1
        notes.append(f"{r['args'][0]}@{depth}")
        depth += 1
    return notes, spent

async def main():
    for budget in [1, 4, 20]:
        notes, spent = await research("why cps?", budget)
        print(f"budget {budget:>2}: spent {spent:>2}, {len(notes)} notes")
        print("   ", notes[-1])
    plans = await asyncio.gather(research("q1", 3), research("q2", 6))
    print([len(n) for n, s in plans], [s for n, s in plans])

asyncio.run(main())
