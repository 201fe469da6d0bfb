def __pycps_std_contextlib():
    # `contextlib`, after CPython 3.11's Lib/contextlib.py: `contextmanager`
    # / `asynccontextmanager` (with CPython's RuntimeErrors: "generator
    # didn't yield", "generator didn't stop", "generator didn't stop after
    # throw()"), `suppress`, `nullcontext`, `closing`, `aclosing`,
    # `ExitStack`, `AsyncExitStack`, `ContextDecorator`. There is no `sys`,
    # so the exit stacks do not re-thread `__context__` across callbacks.
    # Invariant: an exception thrown into the generator that comes back out
    # unchanged makes `__exit__` return False (the `with` re-raises it).
    from functools import wraps
    from collections import deque

    class AbstractContextManager:
        __module__ = 'contextlib'

        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc_value, traceback):
            return None

    class AbstractAsyncContextManager:
        __module__ = 'contextlib'

        async def __aenter__(self):
            return self

        async def __aexit__(self, exc_type, exc_value, traceback):
            return None

    class ContextDecorator:
        __module__ = 'contextlib'

        def _recreate_cm(self):
            return self

        def __call__(self, func):
            @wraps(func)
            def inner(*args, **kwds):
                with self._recreate_cm():
                    return func(*args, **kwds)
            return inner

    class AsyncContextDecorator:
        __module__ = 'contextlib'

        def _recreate_cm(self):
            return self

        def __call__(self, func):
            @wraps(func)
            async def inner(*args, **kwds):
                async with self._recreate_cm():
                    return await func(*args, **kwds)
            return inner

    class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
        __module__ = 'contextlib'

        def __init__(self, func, args, kwds):
            self.gen = func(*args, **kwds)
            self.func, self.args, self.kwds = func, args, kwds

        def _recreate_cm(self):
            return self.__class__(self.func, self.args, self.kwds)

        def __enter__(self):
            try:
                return next(self.gen)
            except StopIteration:
                raise RuntimeError("generator didn't yield") from None

        def __exit__(self, typ, value, traceback):
            if typ is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                else:
                    raise RuntimeError("generator didn't stop")
            if value is None:
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after throw()")

    class _AsyncGeneratorContextManager(AsyncContextDecorator, AbstractAsyncContextManager):
        __module__ = 'contextlib'

        def __init__(self, func, args, kwds):
            self.gen = func(*args, **kwds)
            self.func, self.args, self.kwds = func, args, kwds

        def _recreate_cm(self):
            return self.__class__(self.func, self.args, self.kwds)

        async def __aenter__(self):
            try:
                return await self.gen.__anext__()
            except StopAsyncIteration:
                raise RuntimeError("generator didn't yield") from None

        async def __aexit__(self, typ, value, traceback):
            if typ is None:
                try:
                    await self.gen.__anext__()
                except StopAsyncIteration:
                    return False
                else:
                    raise RuntimeError("generator didn't stop")
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(value)
            except StopAsyncIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after athrow()")

    def contextmanager(func):
        @wraps(func)
        def helper(*args, **kwds):
            return _GeneratorContextManager(func, args, kwds)
        return helper

    def asynccontextmanager(func):
        @wraps(func)
        def helper(*args, **kwds):
            return _AsyncGeneratorContextManager(func, args, kwds)
        return helper

    class closing(AbstractContextManager):
        __module__ = 'contextlib'

        def __init__(self, thing):
            self.thing = thing

        def __enter__(self):
            return self.thing

        def __exit__(self, *exc_info):
            self.thing.close()

    class aclosing(AbstractAsyncContextManager):
        __module__ = 'contextlib'

        def __init__(self, thing):
            self.thing = thing

        async def __aenter__(self):
            return self.thing

        async def __aexit__(self, *exc_info):
            await self.thing.aclose()

    class suppress(AbstractContextManager):
        __module__ = 'contextlib'

        def __init__(self, *exceptions):
            self._exceptions = exceptions

        def __enter__(self):
            pass

        def __exit__(self, exctype, excinst, exctb):
            return exctype is not None and issubclass(exctype, self._exceptions)

    class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
        __module__ = 'contextlib'

        def __init__(self, enter_result=None):
            self.enter_result = enter_result

        def __enter__(self):
            return self.enter_result

        def __exit__(self, *excinfo):
            pass

        async def __aenter__(self):
            return self.enter_result

        async def __aexit__(self, *excinfo):
            pass

    def _no_protocol(cm, what):
        cls = type(cm)
        return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                         f"not support the {what} protocol")

    class _BaseExitStack:
        __module__ = 'contextlib'

        def __init__(self):
            self._exit_callbacks = deque()

        def pop_all(self):
            new_stack = type(self)()
            new_stack._exit_callbacks = self._exit_callbacks
            self._exit_callbacks = deque()
            return new_stack

        def push(self, exit):
            exit_method = getattr(exit, '__exit__', None)
            if exit_method is None:
                self._exit_callbacks.append((True, exit))
            else:
                self._exit_callbacks.append((True, exit_method))
            return exit

        def enter_context(self, cm):
            enter = getattr(cm, '__enter__', None)
            exit = getattr(cm, '__exit__', None)
            if enter is None or exit is None:
                raise _no_protocol(cm, 'context manager') from None
            result = enter()
            self._exit_callbacks.append((True, exit))
            return result

        def callback(self, callback, /, *args, **kwds):
            def _exit_wrapper(exc_type, exc, tb):
                callback(*args, **kwds)
            _exit_wrapper.__wrapped__ = callback
            self._exit_callbacks.append((True, _exit_wrapper))
            return callback

    class ExitStack(_BaseExitStack, AbstractContextManager):
        __module__ = 'contextlib'

        def __enter__(self):
            return self

        def __exit__(self, *exc_details):
            received_exc = exc_details[0] is not None
            suppressed_exc = False
            pending_raise = False
            while self._exit_callbacks:
                is_sync, cb = self._exit_callbacks.pop()
                try:
                    if cb(*exc_details):
                        suppressed_exc = True
                        pending_raise = False
                        exc_details = (None, None, None)
                except BaseException as new_exc:
                    pending_raise = True
                    exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
            if pending_raise:
                raise exc_details[1]
            return received_exc and suppressed_exc

        def close(self):
            self.__exit__(None, None, None)

    class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
        __module__ = 'contextlib'

        async def enter_async_context(self, cm):
            enter = getattr(cm, '__aenter__', None)
            exit = getattr(cm, '__aexit__', None)
            if enter is None or exit is None:
                raise _no_protocol(cm, 'asynchronous context manager') from None
            result = await enter()
            self._exit_callbacks.append((False, exit))
            return result

        def push_async_exit(self, exit):
            exit_method = getattr(exit, '__aexit__', None)
            if exit_method is None:
                self._exit_callbacks.append((False, exit))
            else:
                self._exit_callbacks.append((False, exit_method))
            return exit

        def push_async_callback(self, callback, /, *args, **kwds):
            async def _exit_wrapper(exc_type, exc, tb):
                await callback(*args, **kwds)
            _exit_wrapper.__wrapped__ = callback
            self._exit_callbacks.append((False, _exit_wrapper))
            return callback

        async def aclose(self):
            await self.__aexit__(None, None, None)

        async def __aenter__(self):
            return self

        async def __aexit__(self, *exc_details):
            received_exc = exc_details[0] is not None
            suppressed_exc = False
            pending_raise = False
            while self._exit_callbacks:
                is_sync, cb = self._exit_callbacks.pop()
                try:
                    if is_sync:
                        cb_suppress = cb(*exc_details)
                    else:
                        cb_suppress = await cb(*exc_details)
                    if cb_suppress:
                        suppressed_exc = True
                        pending_raise = False
                        exc_details = (None, None, None)
                except BaseException as new_exc:
                    pending_raise = True
                    exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
            if pending_raise:
                raise exc_details[1]
            return received_exc and suppressed_exc

    return {
        'AbstractContextManager': AbstractContextManager,
        'AbstractAsyncContextManager': AbstractAsyncContextManager,
        'ContextDecorator': ContextDecorator,
        'AsyncContextDecorator': AsyncContextDecorator,
        'contextmanager': contextmanager,
        'asynccontextmanager': asynccontextmanager,
        'closing': closing, 'aclosing': aclosing, 'suppress': suppress,
        'nullcontext': nullcontext, 'ExitStack': ExitStack,
        'AsyncExitStack': AsyncExitStack,
    }
