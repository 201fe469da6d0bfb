def __pycps_std__pycps_asyncio_sync():
    # `asyncio.Condition`, `asyncio.Barrier` and `asyncio.BrokenBarrierError`
    # (after CPython 3.11's Lib/asyncio/locks.py), built on the native
    # `asyncio.Lock` and loop futures. Waiters are kept in a list in FIFO
    # order; `notify(n)` wakes the first n not-yet-done waiters, each of
    # which re-acquires the lock before `wait()` returns (even when
    # cancelled, as CPython). Barrier states are strings instead of
    # CPython's private enum.
    import asyncio

    class BrokenBarrierError(RuntimeError):
        pass

    BrokenBarrierError.__module__ = 'asyncio.exceptions'

    class Condition:
        def __init__(self, lock=None):
            if lock is None:
                lock = asyncio.Lock()
            self._lock = lock
            self._waiters = []

        def __repr__(self):
            extra = 'locked' if self.locked() else 'unlocked'
            if self._waiters:
                extra = f'{extra}, waiters:{len(self._waiters)}'
            return f'<asyncio.locks.Condition [{extra}]>'

        def locked(self):
            return self._lock.locked()

        async def acquire(self):
            return await self._lock.acquire()

        def release(self):
            self._lock.release()

        async def __aenter__(self):
            await self._lock.acquire()
            return None

        async def __aexit__(self, exc_type, exc, tb):
            self._lock.release()

        async def wait(self):
            if not self.locked():
                raise RuntimeError('cannot wait on un-acquired lock')
            self.release()
            try:
                fut = asyncio.get_running_loop().create_future()
                self._waiters.append(fut)
                try:
                    await fut
                    return True
                finally:
                    self._waiters.remove(fut)
            finally:
                cancelled = False
                while True:
                    try:
                        await self._lock.acquire()
                        break
                    except asyncio.CancelledError:
                        cancelled = True
                if cancelled:
                    raise asyncio.CancelledError

        async def wait_for(self, predicate):
            result = predicate()
            while not result:
                await self.wait()
                result = predicate()
            return result

        def notify(self, n=1):
            if not self.locked():
                raise RuntimeError('cannot notify on un-acquired lock')
            idx = 0
            for fut in list(self._waiters):
                if idx >= n:
                    break
                if not fut.done():
                    idx += 1
                    fut.set_result(False)

        def notify_all(self):
            self.notify(len(self._waiters))

    _FILLING = 'filling'
    _DRAINING = 'draining'
    _RESETTING = 'resetting'
    _BROKEN = 'broken'

    class Barrier:
        def __init__(self, parties):
            if parties < 1:
                raise ValueError('parties must be > 0')
            self._cond = Condition()
            self._parties = parties
            self._state = _FILLING
            self._count = 0

        def __repr__(self):
            extra = f'{self._state}'
            if not self.broken:
                extra += f', waiters:{self.n_waiting}/{self.parties}'
            return f'<asyncio.locks.Barrier [{extra}]>'

        async def __aenter__(self):
            return await self.wait()

        async def __aexit__(self, *args):
            pass

        async def wait(self):
            async with self._cond:
                await self._block()
                try:
                    index = self._count
                    self._count += 1
                    if index + 1 == self._parties:
                        await self._release()
                    else:
                        await self._wait()
                    return index
                finally:
                    self._count -= 1
                    self._exit()

        async def _block(self):
            await self._cond.wait_for(
                lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError("Barrier aborted")

        async def _release(self):
            self._state = _DRAINING
            self._cond.notify_all()

        async def _wait(self):
            await self._cond.wait_for(lambda: self._state != _FILLING)
            if self._state in (_BROKEN, _RESETTING):
                raise BrokenBarrierError("Abort or reset of barrier")

        def _exit(self):
            if self._count == 0:
                if self._state in (_RESETTING, _DRAINING):
                    self._state = _FILLING
                self._cond.notify_all()

        async def reset(self):
            async with self._cond:
                if self._count > 0:
                    if self._state != _RESETTING:
                        self._state = _RESETTING
                else:
                    self._state = _FILLING
                self._cond.notify_all()

        async def abort(self):
            async with self._cond:
                self._state = _BROKEN
                self._cond.notify_all()

        @property
        def parties(self):
            return self._parties

        @property
        def n_waiting(self):
            if self._state == _FILLING:
                return self._count
            return 0

        @property
        def broken(self):
            return self._state == _BROKEN

    Condition.__module__ = 'asyncio.locks'
    Barrier.__module__ = 'asyncio.locks'
    return {'Condition': Condition, 'Barrier': Barrier,
            'BrokenBarrierError': BrokenBarrierError}
