# calling an async function only creates a coroutine: its body does not run until awaited
import asyncio

side_effects = []

async def send_email(to):
    side_effects.append(f"sent to {to}")
    await mailer(to)
    return to

async def main():
    c = send_email("ann@example.com")
    print("after call:", side_effects)
    print(type(c).__name__)
    c.close()
    print("after close:", side_effects)
    drafts = [send_email(x) for x in ["a", "b", "c"]]
    print("drafts made:", len(drafts), side_effects)
    sent = await drafts[1]
    for d in (drafts[0], drafts[2]):
        d.close()
    print("sent:", sent, side_effects)
    chosen = send_email("bob") if False else None
    print(chosen, side_effects)

asyncio.run(main())
