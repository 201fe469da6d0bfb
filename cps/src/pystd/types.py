def __pycps_std_types():
    # `types`: `SimpleNamespace` (CPython's repr `namespace(a=1)`, equality
    # with other namespaces, unhashable), a read-only `MappingProxyType`,
    # and the type objects programs compare against (`FunctionType`,
    # `LambdaType`, `GeneratorType`, `BuiltinFunctionType`, `MethodType`,
    # `NoneType`, ...).

    class SimpleNamespace:
        __module__ = 'types'

        def __init__(self, /, **kwargs):
            self.__dict__.update(kwargs)

        def __repr__(self):
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            items = (f'{k}={v!r}' for k, v in self.__dict__.items())
            return f"{name}({', '.join(items)})"

        def __getattr__(self, name):
            cls = 'types.SimpleNamespace' if type(self) is SimpleNamespace else type(self).__name__
            raise AttributeError(f"'{cls}' object has no attribute '{name}'")

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        def __hash__(self):
            raise TypeError("unhashable type: 'types.SimpleNamespace'")

    class MappingProxyType:
        __module__ = 'types'
        __slots__ = ('_m',)

        def __init__(self, mapping):
            if not hasattr(mapping, 'keys') or isinstance(mapping, (list, tuple)):
                raise TypeError(f'mappingproxy() argument must be a mapping, '
                                f'not {type(mapping).__name__}')
            self._m = mapping

        def __getitem__(self, key):
            return self._m[key]

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __iter__(self):
            return iter(self._m)

        def __len__(self):
            return len(self._m)

        def __contains__(self, key):
            return key in self._m

        def __eq__(self, other):
            return self._m == other

        def __or__(self, other):
            return dict(self._m) | other

        def get(self, key, default=None):
            return self._m.get(key, default)

        def keys(self):
            return self._m.keys()

        def values(self):
            return self._m.values()

        def items(self):
            return self._m.items()

        def copy(self):
            return self._m.copy()

        def __repr__(self):
            return f'mappingproxy({self._m!r})'

        def __str__(self):
            return str(self._m)

    def _f():
        pass

    def _g():
        yield

    class _C:
        def _m(self):
            pass

    return {
        'SimpleNamespace': SimpleNamespace,
        'MappingProxyType': MappingProxyType,
        'FunctionType': type(_f), 'LambdaType': type(_f),
        'GeneratorType': type(_g()), 'BuiltinFunctionType': type(len),
        'BuiltinMethodType': type(len), 'MethodType': type(_C()._m),
        'NoneType': type(None), 'EllipsisType': type(Ellipsis),
        'NotImplementedType': type(NotImplemented),
    }
