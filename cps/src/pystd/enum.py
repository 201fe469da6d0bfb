def __pycps_std_enum():
    # `enum`, after CPython 3.11's Lib/enum.py, without a metaclass: the
    # members are made by `Enum.__init_subclass__`, and the class-level
    # operations of `EnumType` (`Color(1)`, `Color['RED']`, `iter`, `len`,
    # `in`, `<enum 'Color'>`) come from pycps's class hooks
    # (`__class_call__`, `__class_getitem__`, `__class_iter__`, ...).
    # A data type mixed in (`class Color(str, Enum)`, `IntEnum`, `StrEnum`)
    # makes the members instances of it (`str.__new__(cls, value)`), as in
    # CPython; `IntFlag` members stand for their int through dunders.

    _auto_null = object()

    class auto:
        __module__ = 'enum'

        def __init__(self, value=_auto_null):
            self.value = value

        def __repr__(self):
            return 'auto(%r)' % (self.value,)

    def _is_dunder(name):
        return (len(name) > 4 and name[:2] == name[-2:] == '__'
                and name[2] != '_' and name[-3] != '_')

    def _is_sunder(name):
        return (len(name) > 2 and name[0] == name[-1] == '_'
                and name[1] != '_' and name[-2] != '_')

    def _is_descriptor(obj):
        if isinstance(obj, (property, classmethod, staticmethod, type)):
            return True
        return type(obj).__name__ in ('function', 'builtin_function_or_method')

    _DATA_TYPES = (int, str, tuple, bytes, list, dict, set, frozenset)

    def _member_type(cls):
        for k in cls.__mro__:
            if k in _DATA_TYPES:
                return k
        return object

    def _raw(cls, name):
        for k in cls.__mro__:
            if k in _DATA_TYPES:
                continue
            try:
                d = k.__dict__
            except AttributeError:
                continue
            if name in d:
                return d[name]
        return None

    def _high_bit(value):
        return value.bit_length() - 1

    def _enum_bases(cls):
        return [b for b in cls.__mro__[1:] if '_member_names_' in getattr(b, '__dict__', {})]

    def _make_members(cls):
        for b in _enum_bases(cls):
            if b._member_names_:
                raise TypeError(f"<enum {cls.__name__!r}> cannot extend {b!r}")
        ns = cls.__dict__
        ignore = ns.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        names = []
        for name, value in list(ns.items()):
            if _is_dunder(name) or _is_sunder(name) or name in ignore:
                continue
            if name.startswith('_' + cls.__name__ + '__'):
                continue
            if _is_descriptor(value):
                continue
            names.append(name)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        gen = _raw(cls, '_generate_next_value_')
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        user_new = ns.get('__new__', None)
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        has_init = _raw(cls, '__init__') is not Enum.__dict__['__init__']
        member_type = _member_type(cls)
        last_values = []
        for name in names:
            value = ns[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(cls._member_names_), last_values[:])
                value = value.value
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if user_new is not None:
                member = user_new(cls, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            elif member_type is not object:
                if member_type is tuple:
                    member = member_type.__new__(cls, args)
                else:
                    member = member_type.__new__(cls, *args)
                member._value_ = value
            else:
                member = object.__new__(cls)
                member._value_ = value
            value = member._value_
            member._name_ = name
            member._sort_order_ = len(cls._member_names_)
            if has_init:
                member.__init__(*args)
            canonical = None
            for n in cls._member_names_:
                m = cls._member_map_[n]
                if m._value_ == value:
                    canonical = m
                    break
            if canonical is not None:
                member = canonical
            else:
                cls._member_names_.append(name)
            cls._member_map_[name] = member
            try:
                cls._value2member_map_.setdefault(value, member)
            except TypeError:
                cls._unhashable_values_.append(value)
            setattr(cls, name, member)
            last_values.append(value)
        cls.__members__ = dict(cls._member_map_)

    def _resolves_to_data(cls, name, member_type):
        # Whether `cls.name` would be the data type's or `object`'s method.
        for k in cls.__mro__:
            if k is object:
                return True
            if k is member_type:
                if name != '__str__' or k in (str, bytes):
                    return True
                continue
            if k in _DATA_TYPES:
                continue
            if name in k.__dict__:
                return False
        return True

    def _fix_methods(cls):
        # `EnumType.__new__`: a mixed-in data type must not provide the
        # members' repr/str/format; the first enum base's do.
        member_type = _member_type(cls)
        if member_type is object:
            return
        first_enum = None
        for b in cls.__bases__:
            if issubclass(b, Enum):
                first_enum = b
        if first_enum is None:
            return
        for name in ('__repr__', '__str__', '__format__'):
            if name in cls.__dict__:
                continue
            if _resolves_to_data(cls, name, member_type):
                setattr(cls, name, _raw(first_enum, name))

    class Enum:
        __module__ = 'enum'
        _pycps_class_repr_ = 'enum'
        _member_names_ = []
        _member_map_ = {}
        _value2member_map_ = {}

        def __init_subclass__(cls, **kwds):
            _fix_methods(cls)
            _make_members(cls)

        def __init__(self, *args, **kwds):
            pass

        def __class_call__(cls, value, *args, **kwds):
            if args or kwds:
                raise TypeError('pycps does not support the functional Enum API')
            if type(value) is cls:
                return value
            try:
                return cls._value2member_map_[value]
            except KeyError:
                pass
            except TypeError:
                for name in cls._member_names_:
                    m = cls._member_map_[name]
                    if m._value_ == value:
                        return m
            result = cls._missing_(value)
            if isinstance(result, cls):
                return result
            if result is None:
                raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
            raise TypeError(f'error in {cls.__name__}._missing_: returned '
                            f'{result!r} instead of None or a valid member')
        __class_call__ = classmethod(__class_call__)

        def __class_getitem__(cls, name):
            return cls._member_map_[name]

        def __class_iter__(cls):
            return [cls._member_map_[n] for n in cls._member_names_]
        __class_iter__ = classmethod(__class_iter__)

        def __class_len__(cls):
            return len(cls._member_names_)
        __class_len__ = classmethod(__class_len__)

        def __class_contains__(cls, member):
            if not isinstance(member, Enum):
                raise TypeError(
                    "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                        type(member).__qualname__, 'EnumType'))
            return isinstance(member, cls) and member._name_ in cls._member_map_
        __class_contains__ = classmethod(__class_contains__)

        @classmethod
        def _missing_(cls, value):
            return None

        def _generate_next_value_(name, start, count, last_values):
            if not last_values:
                return start
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start
        _generate_next_value_ = staticmethod(_generate_next_value_)

        @property
        def name(self):
            return self._name_

        @property
        def value(self):
            return self._value_

        def _value_repr(self):
            return repr(self._value_)

        def __repr__(self):
            return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                    self._value_repr())

        def __str__(self):
            return '%s.%s' % (self.__class__.__name__, self._name_)

        def __format__(self, spec):
            return format(str(self), spec)

        def __hash__(self):
            return hash(self._name_)

        def __eq__(self, other):
            return self is other

        def __ne__(self, other):
            return self is not other

        def __reduce_ex__(self, proto):
            return self.__class__, (self._value_,)

        def __deepcopy__(self, memo):
            return self

        def __copy__(self):
            return self

    def _v(x):
        return x._value_ if isinstance(x, Enum) else x

    class ReprEnum(Enum):
        __module__ = 'enum'

        def __str__(self):
            return str(self._value_)

        def __format__(self, spec):
            return format(self._value_, spec)

    class _ValueOps:
        # The value's operators, for `IntFlag` members (not int instances).
        def __eq__(self, other):
            return self._value_ == _v(other)

        def __ne__(self, other):
            return self._value_ != _v(other)

        def __lt__(self, other):
            return self._value_ < _v(other)

        def __le__(self, other):
            return self._value_ <= _v(other)

        def __gt__(self, other):
            return self._value_ > _v(other)

        def __ge__(self, other):
            return self._value_ >= _v(other)

        def __hash__(self):
            return hash(self._value_)

        def __add__(self, other):
            return self._value_ + _v(other)

        def __radd__(self, other):
            return _v(other) + self._value_

        def __mul__(self, other):
            return self._value_ * _v(other)

        def __rmul__(self, other):
            return _v(other) * self._value_

        def __mod__(self, other):
            return self._value_ % _v(other)

        def __len__(self):
            return len(self._value_)

        def __getitem__(self, i):
            return self._value_[i]

        def __iter__(self):
            return iter(self._value_)

        def __contains__(self, x):
            return _v(x) in self._value_

        def __bool__(self):
            return bool(self._value_)

        def __getattr__(self, name):
            if name.startswith('_'):
                raise AttributeError(name)
            return getattr(self._value_, name)

    class _IntOps(_ValueOps):
        def __sub__(self, other):
            return self._value_ - _v(other)

        def __rsub__(self, other):
            return _v(other) - self._value_

        def __truediv__(self, other):
            return self._value_ / _v(other)

        def __rtruediv__(self, other):
            return _v(other) / self._value_

        def __floordiv__(self, other):
            return self._value_ // _v(other)

        def __rfloordiv__(self, other):
            return _v(other) // self._value_

        def __rmod__(self, other):
            return _v(other) % self._value_

        def __pow__(self, other):
            return self._value_ ** _v(other)

        def __neg__(self):
            return -self._value_

        def __pos__(self):
            return self._value_

        def __abs__(self):
            return abs(self._value_)

        def __int__(self):
            return self._value_

        def __index__(self):
            return self._value_

        def __float__(self):
            return float(self._value_)

    class IntEnum(int, ReprEnum):
        __module__ = 'enum'

    class StrEnum(str, ReprEnum):
        __module__ = 'enum'

        def _generate_next_value_(name, start, count, last_values):
            return name.lower()
        _generate_next_value_ = staticmethod(_generate_next_value_)

    class Flag(Enum):
        __module__ = 'enum'

        def _generate_next_value_(name, start, count, last_values):
            if not count:
                return 1
            last = max(last_values)
            return 2 ** (_high_bit(last) + 1)
        _generate_next_value_ = staticmethod(_generate_next_value_)

        def __class_call__(cls, value, *args, **kwds):
            if type(value) is cls:
                return value
            try:
                return cls._value2member_map_[value]
            except (KeyError, TypeError):
                pass
            if not isinstance(value, int):
                raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
            return cls._missing_(value)
        __class_call__ = classmethod(__class_call__)

        @classmethod
        def _missing_(cls, value):
            all_bits = 0
            for n in cls._member_names_:
                all_bits |= cls._member_map_[n]._value_
            if value < 0:
                value = all_bits + 1 + value
            if value & ~all_bits:
                raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
            member = object.__new__(cls)
            member._value_ = value
            names = [n for n in cls._member_names_
                     if cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_
                     and cls._member_map_[n]._value_ != 0]
            member._name_ = '|'.join(names) if names or value else None
            if value == 0:
                member._name_ = None
            cls._value2member_map_[value] = member
            return member

        def _members(self):
            cls = self.__class__
            return [cls._member_map_[n] for n in cls._member_names_
                    if cls._member_map_[n]._value_ != 0
                    and cls._member_map_[n]._value_ & self._value_ == cls._member_map_[n]._value_
                    and _high_bit(cls._member_map_[n]._value_) == _high_bit(cls._member_map_[n]._value_ & -cls._member_map_[n]._value_)]

        def __repr__(self):
            if self._name_ is None:
                return '<%s: %r>' % (self.__class__.__name__, self._value_)
            return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

        def __str__(self):
            if self._name_ is None:
                return '%s(%r)' % (self.__class__.__name__, self._value_)
            return '%s.%s' % (self.__class__.__name__, self._name_)

        def __hash__(self):
            return hash(self._value_)

        def __contains__(self, other):
            if not isinstance(other, self.__class__):
                raise TypeError(
                    "unsupported operand type(s) for 'in': %r and %r" % (
                        type(other).__qualname__, self.__class__.__qualname__))
            return other._value_ & self._value_ == other._value_

        def __iter__(self):
            return iter(self._members())

        def __len__(self):
            return len(self._members())

        def __bool__(self):
            return bool(self._value_)

        def __or__(self, other):
            if not isinstance(other, self.__class__):
                return NotImplemented
            return self.__class__(self._value_ | other._value_)

        def __and__(self, other):
            if not isinstance(other, self.__class__):
                return NotImplemented
            return self.__class__(self._value_ & other._value_)

        def __xor__(self, other):
            if not isinstance(other, self.__class__):
                return NotImplemented
            return self.__class__(self._value_ ^ other._value_)

        def __invert__(self):
            cls = self.__class__
            all_bits = 0
            for n in cls._member_names_:
                all_bits |= cls._member_map_[n]._value_
            return cls(all_bits & ~self._value_)

    class IntFlag(_IntOps, Flag):
        __module__ = 'enum'

        def __str__(self):
            return str(self._value_)

        def __format__(self, spec):
            return format(self._value_, spec)

        def __or__(self, other):
            if isinstance(other, self.__class__):
                return self.__class__(self._value_ | other._value_)
            return self._value_ | _v(other)

        def __and__(self, other):
            if isinstance(other, self.__class__):
                return self.__class__(self._value_ & other._value_)
            return self._value_ & _v(other)

        def __xor__(self, other):
            if isinstance(other, self.__class__):
                return self.__class__(self._value_ ^ other._value_)
            return self._value_ ^ _v(other)

    def unique(enumeration):
        duplicates = []
        for name, member in enumeration.__members__.items():
            if name != member.name:
                duplicates.append((name, member.name))
        if duplicates:
            alias_details = ', '.join(
                ['%s -> %s' % (alias, name) for (alias, name) in duplicates])
            raise ValueError('duplicate values found in %r: %s' %
                             (enumeration, alias_details))
        return enumeration

    def _enum_base_members():
        for c in (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag):
            c._member_names_ = []
            c._member_map_ = {}
            c._value2member_map_ = {}
            c.__members__ = {}
    _enum_base_members()

    return {
        'Enum': Enum, 'IntEnum': IntEnum, 'StrEnum': StrEnum, 'Flag': Flag,
        'IntFlag': IntFlag, 'ReprEnum': ReprEnum, 'auto': auto,
        'unique': unique, 'EnumType': type, 'EnumMeta': type,
    }
