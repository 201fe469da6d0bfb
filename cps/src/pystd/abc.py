def __pycps_std_abc():
    # `abc`: `ABC`, `abstractmethod`, `ABCMeta` (usable only as
    # `metaclass=ABCMeta`, which class creation turns into the base `ABC`:
    # the class's `_pycps_base`), `get_cache_token`. There are no
    # metaclasses: `ABC.__init_subclass__` computes `__abstractmethods__`
    # (CPython's rule: names whose value has `__isabstractmethod__`, own or
    # inherited and not overridden) and `ABC.__new__` refuses abstract
    # classes with CPython 3.11's message. `register` records virtual
    # subclasses but `isinstance`/`issubclass` do not consult them.

    def abstractmethod(funcobj):
        funcobj.__isabstractmethod__ = True
        return funcobj

    def _is_abstract(value):
        if getattr(value, '__isabstractmethod__', False):
            return True
        if isinstance(value, property):
            return any(getattr(f, '__isabstractmethod__', False)
                       for f in (value.fget, value.fset, value.fdel))
        f = getattr(value, '__func__', None)
        return f is not None and getattr(f, '__isabstractmethod__', False)

    def _abstracts(cls):
        abstracts = set()
        for name, value in cls.__dict__.items():
            if _is_abstract(value):
                abstracts.add(name)
        for base in cls.__bases__:
            for name in getattr(base, '__abstractmethods__', ()):
                if name in cls.__dict__:
                    continue
                for c in cls.__mro__:
                    d = getattr(c, '__dict__', {})
                    if name in d:
                        if _is_abstract(d[name]):
                            abstracts.add(name)
                        break
        return frozenset(abstracts)

    class ABC:
        __module__ = 'abc'
        __slots__ = ()

        def __init_subclass__(cls, **kwargs):
            super().__init_subclass__(**kwargs)
            cls.__abstractmethods__ = _abstracts(cls)
            cls._abc_registry = []

        def __new__(cls, *args, **kwargs):
            abstracts = cls.__abstractmethods__
            if abstracts:
                names = sorted(abstracts)
                s = 's' if len(names) > 1 else ''
                raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                                f"with abstract method{s} {', '.join(names)}")
            return object.__new__(cls)

        @classmethod
        def register(cls, subclass):
            cls._abc_registry.append(subclass)
            return subclass

    ABC.__abstractmethods__ = frozenset()
    ABC._abc_registry = []

    class ABCMeta:
        __module__ = 'abc'

    ABCMeta._pycps_base = ABC

    def get_cache_token():
        return 0

    return {'ABC': ABC, 'ABCMeta': ABCMeta, 'abstractmethod': abstractmethod,
            'get_cache_token': get_cache_token}
