def __pycps_std__pycps_collections():
    # The Python half of `collections`: ChainMap and the mapping views it
    # returns (after CPython's Lib/collections/__init__.py and
    # Lib/_collections_abc.py).

    class KeysView:
        __module__ = 'collections.abc'

        def __init__(self, mapping):
            self._mapping = mapping

        def __len__(self):
            return len(self._mapping)

        def __iter__(self):
            yield from self._mapping

        def __contains__(self, key):
            return key in self._mapping

        def __eq__(self, other):
            return set(self) == set(other)

        def __repr__(self):
            return f'{self.__class__.__name__}({self._mapping!r})'

    class ItemsView(KeysView):
        def __iter__(self):
            for key in self._mapping:
                yield (key, self._mapping[key])

        def __contains__(self, item):
            key, value = item
            try:
                v = self._mapping[key]
            except KeyError:
                return False
            return v is value or v == value

    class ValuesView(KeysView):
        def __iter__(self):
            for key in self._mapping:
                yield self._mapping[key]

        def __contains__(self, value):
            for key in self._mapping:
                v = self._mapping[key]
                if v is value or v == value:
                    return True
            return False

        __eq__ = object.__eq__

    _sentinel = object()

    class ChainMap:
        """A ChainMap groups multiple dicts (or other mappings) together
        to create a single, updateable view."""

        __module__ = 'collections'

        def __init__(self, *maps):
            self.maps = list(maps) or [{}]

        def __missing__(self, key):
            raise KeyError(key)

        def __getitem__(self, key):
            for mapping in self.maps:
                try:
                    return mapping[key]
                except KeyError:
                    pass
            return self.__missing__(key)

        def get(self, key, default=None):
            return self[key] if key in self else default

        def __len__(self):
            return len(set().union(*self.maps))

        def __iter__(self):
            d = {}
            for mapping in reversed(self.maps):
                d.update(dict.fromkeys(mapping))
            return iter(d)

        def __contains__(self, key):
            return any(key in m for m in self.maps)

        def __bool__(self):
            return any(self.maps)

        def __repr__(self):
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

        def __eq__(self, other):
            if not isinstance(other, (dict, ChainMap)):
                return NotImplemented
            return dict(self.items()) == dict(other.items())

        @classmethod
        def fromkeys(cls, iterable, *args):
            return cls(dict.fromkeys(iterable, *args))

        def copy(self):
            return self.__class__(self.maps[0].copy(), *self.maps[1:])

        __copy__ = copy

        def new_child(self, m=None, **kwargs):
            if m is None:
                m = kwargs
            elif kwargs:
                m.update(kwargs)
            return self.__class__(m, *self.maps)

        @property
        def parents(self):
            return self.__class__(*self.maps[1:])

        def __setitem__(self, key, value):
            self.maps[0][key] = value

        def __delitem__(self, key):
            try:
                del self.maps[0][key]
            except KeyError:
                raise KeyError(f'Key not found in the first mapping: {key!r}')

        def popitem(self):
            try:
                return self.maps[0].popitem()
            except KeyError:
                raise KeyError('No keys found in the first mapping.')

        def pop(self, key, *args):
            try:
                return self.maps[0].pop(key, *args)
            except KeyError:
                raise KeyError(f'Key not found in the first mapping: {key!r}')

        def clear(self):
            self.maps[0].clear()

        def keys(self):
            return KeysView(self)

        def items(self):
            return ItemsView(self)

        def values(self):
            return ValuesView(self)

        def setdefault(self, key, default=None):
            try:
                return self[key]
            except KeyError:
                self[key] = default
            return default

        def update(self, other=(), /, **kwds):
            if hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
            for key, value in kwds.items():
                self[key] = value

        def __ior__(self, other):
            self.maps[0].update(other)
            return self

        def __or__(self, other):
            if not isinstance(other, (dict, ChainMap)):
                return NotImplemented
            m = self.copy()
            m.maps[0].update(other)
            return m

        def __ror__(self, other):
            if not isinstance(other, (dict, ChainMap)):
                return NotImplemented
            m = dict(other)
            for child in reversed(self.maps):
                m.update(child)
            return self.__class__(m)

    return {
        'ChainMap': ChainMap,
        'KeysView': KeysView,
        'ItemsView': ItemsView,
        'ValuesView': ValuesView,
    }
