# sleep with small delays and the result argument, as used for polling
import asyncio

async def poll_job(job_id, ready_after):
    polls = 0
    while True:
        polls += 1
        status = await job_status(job_id, poll=polls)
        if status["kwargs"]["poll"] >= ready_after:
            return job_id, polls
        await asyncio.sleep(0.002)

async def main():
    v = await asyncio.sleep(0.001, result={"cached": True})
    print(v)
    print(await asyncio.sleep(0.003, "slept"))
    print(await poll_job("j1", 1))
    print(await poll_job("j2", 4))
    done = await asyncio.gather(poll_job("j3", 2), poll_job("j4", 3), poll_job("j5", 1))
    print(done)
    print(await asyncio.sleep(0.0) is None)

asyncio.run(main())
