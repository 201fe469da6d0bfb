def __pycps_std_copy():
    # `copy`, after CPython 3.11's Lib/copy.py. Instead of `__reduce_ex__`,
    # user instances are rebuilt as `cls.__new__(cls)` plus their state
    # (`__getstate__()`/`__setstate__` when the class defines them, else the
    # instance `__dict__` and `__slots__` values); named tuples, deques,
    # defaultdicts, OrderedDicts and Counters are rebuilt from their parts.
    # Invariant: `memo` maps `id(original)` to its copy and holds the
    # originals alive under `memo[id(memo)]`, as CPython's does.
    from collections import deque, defaultdict, OrderedDict, Counter

    class Error(Exception):
        __module__ = 'copy'

    error = Error

    _atomic = (type(None), int, float, bool, str, bytes, range,
               type, type(len), type(lambda: 0), type(Ellipsis),
               type(NotImplemented), property, slice)

    def _is_atomic(cls):
        for t in _atomic:
            if cls is t:
                return True
        return False

    def _is_namedtuple(x):
        return isinstance(getattr(x, '_fields', None), tuple) and not hasattr(x, '__dict__')

    def _cdict(c):
        # A class's own namespace (built-in classes have none here).
        try:
            return c.__dict__
        except AttributeError:
            return {}

    def _slot_names(cls):
        names = []
        for c in getattr(cls, '__mro__', (cls,)):
            s = _cdict(c).get('__slots__', ())
            if isinstance(s, str):
                s = (s,)
            for n in s:
                if n not in ('__dict__', '__weakref__') and n not in names:
                    names.append(n)
        return names

    def _defines(cls, name):
        for c in getattr(cls, '__mro__', (cls,)):
            if c is not object and name in _cdict(c):
                return True
        return False

    def _state(x, cls):
        if _defines(cls, '__getstate__'):
            return x.__getstate__()
        d = getattr(x, '__dict__', None)
        slots = {}
        for n in _slot_names(cls):
            if hasattr(x, n):
                slots[n] = getattr(x, n)
        if d is None and not slots and getattr(cls, '__module__', 'builtins') == 'builtins':
            raise TypeError(f"cannot pickle '{cls.__name__}' object")
        if slots:
            return (d if d else None, slots)
        return d

    def _set_state(y, state):
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            y.__dict__.update(state)
        if slots:
            for k, v in slots.items():
                setattr(y, k, v)

    def copy(x):
        cls = type(x)
        if _is_atomic(cls) or cls is tuple or cls is frozenset:
            return x
        if cls is list or cls is dict or cls is set or cls is bytearray:
            return x.copy()
        copier = getattr(cls, '__copy__', None)
        if copier is not None:
            return x.__copy__()
        if cls is deque:
            return deque(x, x.maxlen)
        if cls is defaultdict:
            return defaultdict(x.default_factory, x)
        if cls is OrderedDict or cls is Counter:
            return cls(x)
        if isinstance(x, tuple) or _is_namedtuple(x):
            return x
        if isinstance(x, BaseException):
            y = cls(*x.args)
            y.__dict__.update(x.__dict__)
            return y
        state = _state(x, cls)
        y = cls.__new__(cls)
        if state is not None:
            _set_state(y, state)
        return y

    def deepcopy(x, memo=None, _nil=[]):
        if memo is None:
            memo = {}
        d = id(x)
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
        cls = type(x)
        if _is_atomic(cls):
            return x
        if cls is list:
            y = []
            memo[d] = y
            for a in x:
                y.append(deepcopy(a, memo))
        elif cls is dict:
            y = {}
            memo[d] = y
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        elif cls is tuple:
            y = [deepcopy(a, memo) for a in x]
            try:
                return memo[d]
            except KeyError:
                pass
            for k, j in zip(x, y):
                if k is not j:
                    y = tuple(y)
                    break
            else:
                y = x
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None and not isinstance(x, type):
                y = copier(memo)
            else:
                y = _deepcopy_other(x, cls, memo, d)
        if y is not x:
            memo[d] = y
            _keep_alive(x, memo)
        return y

    def _deepcopy_other(x, cls, memo, d):
        if cls is set or cls is frozenset:
            return cls([deepcopy(a, memo) for a in x])
        if cls is bytearray:
            return bytearray(x)
        if cls is deque:
            y = deque(maxlen=x.maxlen)
            memo[d] = y
            for a in x:
                y.append(deepcopy(a, memo))
            return y
        if cls is defaultdict or cls is OrderedDict or cls is Counter:
            y = defaultdict(x.default_factory) if cls is defaultdict else cls()
            memo[d] = y
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            return y
        if _is_namedtuple(x):
            return cls(*[deepcopy(a, memo) for a in x])
        if isinstance(x, tuple):
            return cls(*[deepcopy(a, memo) for a in x])
        if isinstance(x, BaseException):
            y = cls(*deepcopy(x.args, memo))
            memo[d] = y
            y.__dict__.update(deepcopy(x.__dict__, memo))
            return y
        state = _state(x, cls)
        y = cls.__new__(cls)
        memo[d] = y
        if state is not None:
            _set_state(y, deepcopy(state, memo))
        return y

    def _keep_alive(x, memo):
        try:
            memo[id(memo)].append(x)
        except KeyError:
            memo[id(memo)] = [x]

    return {'Error': Error, 'error': error, 'copy': copy, 'deepcopy': deepcopy}
