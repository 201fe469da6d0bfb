# A @contextmanager generator that returns before yielding.
from contextlib import contextmanager


@contextmanager
def maybe_lock(enabled):
    if not enabled:
        return
    yield "locked"


with maybe_lock(True) as v:
    print(v)
with maybe_lock(False) as v:
    print("unreachable", v)
