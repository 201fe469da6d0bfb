def __pycps_std__pycps_asyncio():
    # The Python half of `asyncio`: what `asyncio.run(coro)` does around the
    # main coroutine (after CPython 3.11's Lib/asyncio/runners.py, Runner.run
    # and Runner.close). `asyncio.run` pushes `run_main(coro)` on the module's
    # task (the main task, `Task-1`); when the coroutine returns or raises:
    #   1. async generators first iterated by the main task or by tasks that
    #      already finished are closed (CPython's refcounting finalizes them
    #      as soon as the main coroutine's frame is freed), and tasks that
    #      failed with an exception nobody retrieved are reported on stderr
    #      ("Task exception was never retrieved", logged by CPython when the
    #      task is collected);
    #   2. one loop iteration runs (CPython's loop stops one iteration after
    #      the main task finished);
    #   3. every task still pending is cancelled (in creation order) and the
    #      loop runs until they all finished, so their `except
    #      CancelledError` / `finally` blocks run; an exception other than
    #      the cancellation is reported on stderr ("unhandled exception
    #      during asyncio.run() shutdown");
    #   4. the remaining unfinished async generators are closed
    #      (`loop.shutdown_asyncgens()`);
    #   5. tasks created during the shutdown are abandoned (the loop is
    #      closed: they never run again).
    # Then the main coroutine's result is returned (or its exception
    # re-raised). The native operations are `asyncio._pycps(op, ...)`;
    # `_pycps("run", coro, named)` runs a coroutine to its end on the
    # module's task from synchronous code (as `asyncio.run` without the
    # shutdown; `named`: the task gets the next `Task-N` name, as the task
    # CPython creates for it).
    #
    # Also here: event loop objects for synchronous code (`new_event_loop`,
    # `get_event_loop` outside a running loop, `set_event_loop`,
    # `loop.run_until_complete`/`close`), `asyncio.Runner`, `to_thread` and
    # `loop.run_in_executor` (the function runs at once, on the loop: no
    # threads). Inside a coroutine, `get_event_loop()` is the native running
    # loop. Every shutdown (asyncio.run, Runner.close) uses two `Task-N`
    # numbers, as CPython's `shutdown_asyncgens`/`shutdown_default_executor`
    # tasks do.
    import asyncio

    async def _close_agens(first):
        for g in asyncio._pycps("agens", first):
            try:
                await g.aclose()
            except Exception as e:
                asyncio._pycps(
                    "report",
                    "an error occurred during closing of asynchronous generator "
                    + repr(g), None, e)

    async def shutdown():
        me = asyncio.current_task()
        await _close_agens(True)
        asyncio._pycps("unretrieved")
        await asyncio.sleep(0)
        to_cancel = [t for t in asyncio._pycps("pending") if t is not me]
        if to_cancel:
            for t in to_cancel:
                t.cancel()
            await asyncio.gather(*to_cancel, return_exceptions=True)
            for t in to_cancel:
                if t.cancelled():
                    continue
                e = t.exception()
                if e is not None:
                    asyncio._pycps(
                        "report",
                        "unhandled exception during asyncio.run() shutdown",
                        t, e)
        await _close_agens(False)
        asyncio._pycps("unretrieved")
        asyncio._pycps("close")
        asyncio._pycps("skip_names", 2)
        set_event_loop(None)

    async def run_main(coro):
        try:
            result = await coro
        except BaseException:
            await shutdown()
            raise
        await shutdown()
        return result

    async def _wait(fut):
        return await fut

    class _UnixSelectorEventLoop:
        def __init__(self):
            self._closed = False
            self._running = False

        def __repr__(self):
            return (f"<_UnixSelectorEventLoop running={self._running} "
                    f"closed={self._closed} debug=False>")

        def _check_closed(self):
            if self._closed:
                raise RuntimeError('Event loop is closed')

        def run_until_complete(self, future):
            self._check_closed()
            if self._running:
                raise RuntimeError('This event loop is already running')
            if asyncio._pycps("running"):
                raise RuntimeError(
                    'Cannot run the event loop while another loop is running')
            if asyncio.iscoroutine(future):
                aw, named = future, True
            else:
                aw, named = _wait(future), False
            self._running = True
            try:
                return asyncio._pycps("run", aw, named)
            finally:
                self._running = False

        def run_forever(self):
            raise NotImplementedError(
                "loop.run_forever() is not supported by pycps")

        def is_running(self):
            return self._running

        def is_closed(self):
            return self._closed

        def close(self):
            if self._running:
                raise RuntimeError("Cannot close a running event loop")
            if not self._closed:
                self._closed = True
                asyncio._pycps("close")

        def create_task(self, coro, *, name=None):
            self._check_closed()
            return asyncio._pycps("create_task", coro, name)

        def create_future(self):
            return asyncio._pycps("create_future")

        def run_in_executor(self, executor, func, *args):
            self._check_closed()
            return _run_in_executor(func, args)

        def shutdown_asyncgens(self):
            return _close_agens(False)

        def shutdown_default_executor(self):
            return _noop()

    async def _noop():
        return None

    # The policy's current loop, and whether set_event_loop was called
    # (after that, no loop is created on demand).
    current = {'loop': None, 'set_called': False}

    def new_event_loop():
        return _UnixSelectorEventLoop()

    def get_event_loop():
        if current['loop'] is None and not current['set_called']:
            set_event_loop(new_event_loop())
        if current['loop'] is None:
            raise RuntimeError(
                "There is no current event loop in thread 'MainThread'.")
        return current['loop']

    def set_event_loop(loop):
        if loop is not None and type(loop).__name__ != '_UnixSelectorEventLoop':
            raise TypeError(
                "loop must be an instance of AbstractEventLoop or None, "
                f"not '{type(loop).__name__}'")
        current['set_called'] = True
        current['loop'] = loop

    async def _run_in_executor(func, args):
        result = func(*args)
        await asyncio.sleep(0)
        return result

    async def to_thread(func, /, *args, **kwargs):
        result = func(*args, **kwargs)
        await asyncio.sleep(0)
        return result

    class Runner:
        def __init__(self, *, debug=None, loop_factory=None):
            self._state = 0
            self._loop = None

        def __enter__(self):
            self._lazy_init()
            return self

        def __exit__(self, exc_type, exc_val, exc_tb):
            self.close()

        def close(self):
            if self._state != 1:
                return
            try:
                asyncio._pycps("run", shutdown(), False)
            finally:
                self._loop._closed = True
                self._loop = None
                self._state = 2

        def get_loop(self):
            self._lazy_init()
            return self._loop

        def run(self, coro, *, context=None):
            if not asyncio.iscoroutine(coro):
                raise ValueError("a coroutine was expected, got {!r}".format(coro))
            if asyncio._pycps("running"):
                raise RuntimeError(
                    "Runner.run() cannot be called from a running event loop")
            self._lazy_init()
            self._loop._running = True
            try:
                return asyncio._pycps("run", coro, True)
            finally:
                self._loop._running = False

        def _lazy_init(self):
            if self._state == 2:
                raise RuntimeError("Runner is closed")
            if self._state == 1:
                return
            self._loop = _UnixSelectorEventLoop()
            self._state = 1

    return {'run_main': run_main, 'shutdown': shutdown,
            'new_event_loop': new_event_loop, 'get_event_loop': get_event_loop,
            'set_event_loop': set_event_loop, 'to_thread': to_thread,
            'Runner': Runner, 'run_in_executor': _run_in_executor}
