def __pycps_std__pycps_functools():
    # The Python half of `functools`: wraps/update_wrapper, total_ordering,
    # singledispatch (after CPython's Lib/functools.py).
    from functools import partial

    WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
    WRAPPER_UPDATES = ('__dict__',)

    def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                       updated=WRAPPER_UPDATES):
        for attr in assigned:
            try:
                value = getattr(wrapped, attr)
            except AttributeError:
                pass
            else:
                setattr(wrapper, attr, value)
        for attr in updated:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        wrapper.__wrapped__ = wrapped
        return wrapper

    def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
        return partial(update_wrapper, wrapped=wrapped,
                       assigned=assigned, updated=updated)

    def _gt_from_lt(self, other):
        op_result = type(self).__lt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result and self != other

    def _le_from_lt(self, other):
        op_result = type(self).__lt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result or self == other

    def _ge_from_lt(self, other):
        op_result = type(self).__lt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    def _ge_from_le(self, other):
        op_result = type(self).__le__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result or self == other

    def _lt_from_le(self, other):
        op_result = type(self).__le__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result and self != other

    def _gt_from_le(self, other):
        op_result = type(self).__le__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    def _lt_from_gt(self, other):
        op_result = type(self).__gt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result and self != other

    def _ge_from_gt(self, other):
        op_result = type(self).__gt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result or self == other

    def _le_from_gt(self, other):
        op_result = type(self).__gt__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    def _le_from_ge(self, other):
        op_result = type(self).__ge__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result or self == other

    def _gt_from_ge(self, other):
        op_result = type(self).__ge__(self, other)
        if op_result is NotImplemented:
            return op_result
        return op_result and self != other

    def _lt_from_ge(self, other):
        op_result = type(self).__ge__(self, other)
        if op_result is NotImplemented:
            return op_result
        return not op_result

    _convert = {
        '__lt__': [('__gt__', _gt_from_lt),
                   ('__le__', _le_from_lt),
                   ('__ge__', _ge_from_lt)],
        '__le__': [('__ge__', _ge_from_le),
                   ('__lt__', _lt_from_le),
                   ('__gt__', _gt_from_le)],
        '__gt__': [('__lt__', _lt_from_gt),
                   ('__ge__', _ge_from_gt),
                   ('__le__', _le_from_gt)],
        '__ge__': [('__le__', _le_from_ge),
                   ('__gt__', _gt_from_ge),
                   ('__lt__', _lt_from_ge)],
    }

    def _defines(cls, name):
        # Whether a class of `cls`'s MRO other than `object` defines `name`.
        for c in cls.__mro__:
            if c is not object and name in c.__dict__:
                return True
        return False

    def total_ordering(cls):
        """Class decorator that fills in missing ordering methods"""
        roots = {op for op in _convert if _defines(cls, op)}
        if not roots:
            raise ValueError('must define at least one ordering operation: < > <= >=')
        root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
        for opname, opfunc in _convert[root]:
            if opname not in roots:
                opfunc.__name__ = opname
                opfunc.__qualname__ = opname
                setattr(cls, opname, opfunc)
        return cls

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type)

    def singledispatch(func):
        """Single-dispatch generic function decorator."""
        registry = {}

        def dispatch(cls):
            for c in cls.__mro__:
                if c in registry:
                    return registry[c]
            return registry[object]

        def register(cls, func=None):
            if _is_valid_dispatch_type(cls):
                if func is None:
                    return lambda f: register(cls, f)
            else:
                if func is not None:
                    raise TypeError(
                        f"Invalid first argument to `register()`. "
                        f"{cls!r} is not a class or union type."
                    )
                ann = getattr(cls, '__annotations__', {})
                if not ann:
                    raise TypeError(
                        f"Invalid first argument to `register()`: {cls!r}. "
                        f"Use either `@register(some_class)` or plain `@register` "
                        f"on an annotated function."
                    )
                func = cls
                argname, cls = next(iter(ann.items()))
                if not _is_valid_dispatch_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} is not a class."
                    )
            registry[cls] = func
            return func

        def wrapper(*args, **kw):
            if not args:
                raise TypeError(f'{funcname} requires at least '
                                '1 positional argument')
            return dispatch(args[0].__class__)(*args, **kw)

        funcname = getattr(func, '__name__', 'singledispatch function')
        registry[object] = func
        wrapper.register = register
        wrapper.dispatch = dispatch
        wrapper.registry = registry
        update_wrapper(wrapper, func)
        return wrapper

    class singledispatchmethod:
        """Single-dispatch generic method descriptor."""

        def __init__(self, func):
            self.dispatcher = singledispatch(func)
            self.func = func

        def register(self, cls, method=None):
            return self.dispatcher.register(cls, func=method)

        def __get__(self, obj, cls=None):
            def _method(*args, **kwargs):
                method = self.dispatcher.dispatch(args[0].__class__)
                return method.__get__(obj, cls)(*args, **kwargs)
            _method.register = self.register
            update_wrapper(_method, self.func)
            return _method

    return {
        'WRAPPER_ASSIGNMENTS': WRAPPER_ASSIGNMENTS,
        'WRAPPER_UPDATES': WRAPPER_UPDATES,
        'update_wrapper': update_wrapper,
        'wraps': wraps,
        'total_ordering': total_ordering,
        'singledispatch': singledispatch,
        'singledispatchmethod': singledispatchmethod,
    }
