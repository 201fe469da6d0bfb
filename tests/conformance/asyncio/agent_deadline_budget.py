# an overall deadline around a multi-step agent loop (steps are local sleeps)
import asyncio

async def think(step):
    await asyncio.sleep(0.01)
    return f"thought {step}"

async def agent_loop(max_steps, notes):
    for step in range(max_steps):
        notes.append(await think(step))
    return "finished"

async def main():
    notes = []
    try:
        async with asyncio.timeout(0.3):
            status = await agent_loop(100, notes)
    except TimeoutError:
        status = "deadline hit"
    print(status)
    print("some progress:", 2 <= len(notes) < 100, notes[0])
    notes2 = []
    async with asyncio.timeout(2):
        status = await agent_loop(2, notes2)
    print(status, notes2)
    notes3 = []
    try:
        print(await asyncio.wait_for(agent_loop(50, notes3), timeout=0.1))
    except TimeoutError:
        print("wait_for deadline hit, partial:", 0 < len(notes3) < 50)

asyncio.run(main())
