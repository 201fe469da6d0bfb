def __pycps_std_dataclasses():
    # `dataclasses`, after CPython 3.11's Lib/dataclasses.py. The generated
    # methods are closures over the field list instead of `exec`-built code;
    # `__init__` binds its arguments itself so that its errors read as
    # CPython's (`Point.__init__() missing 1 required positional argument`).

    class FrozenInstanceError(AttributeError):
        __module__ = 'dataclasses'

    class _MISSING_TYPE:
        __module__ = 'dataclasses'

    MISSING = _MISSING_TYPE()

    class _KW_ONLY_TYPE:
        __module__ = 'dataclasses'

    KW_ONLY = _KW_ONLY_TYPE()

    class InitVar:
        __module__ = 'dataclasses'

        def __init__(self, type):
            self.type = type

        def __repr__(self):
            return f'dataclasses.InitVar[{self.type!r}]'

        def __class_getitem__(cls, type):
            return InitVar(type)

    class Field:
        __module__ = 'dataclasses'

        def __init__(self, default, default_factory, init, repr, hash, compare,
                     metadata, kw_only):
            self.name = None
            self.type = None
            self.default = default
            self.default_factory = default_factory
            self.init = init
            self.repr = repr
            self.hash = hash
            self.compare = compare
            self.metadata = {} if metadata is None else metadata
            self.kw_only = kw_only
            self._field_type = None

        def __repr__(self):
            return ('Field('
                    f'name={self.name!r},'
                    f'type={self.type!r},'
                    f'default={self.default!r},'
                    f'default_factory={self.default_factory!r},'
                    f'init={self.init!r},'
                    f'repr={self.repr!r},'
                    f'hash={self.hash!r},'
                    f'compare={self.compare!r},'
                    f'metadata={self.metadata!r},'
                    f'kw_only={self.kw_only!r},'
                    f'_field_type={self._field_type})')

    def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
              hash=None, compare=True, metadata=None, kw_only=MISSING):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError('cannot specify both default and default_factory')
        return Field(default, default_factory, init, repr, hash, compare,
                     metadata, kw_only)

    def _is_classvar(a):
        if isinstance(a, str):
            a = a.strip()
            return (a == 'ClassVar' or a.startswith('ClassVar[')
                    or a == 'typing.ClassVar' or a.startswith('typing.ClassVar['))
        try:
            r = repr(a)
        except Exception:
            return False
        return r == 'typing.ClassVar' or r.startswith('typing.ClassVar[')

    def _is_initvar(a):
        if isinstance(a, InitVar) or a is InitVar:
            return True
        if isinstance(a, str):
            a = a.strip()
            return a.startswith('InitVar') or a.startswith('dataclasses.InitVar')
        return False

    def _get_field(cls, name, a_type, default_kw_only):
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = a_type
        f._field_type = '_FIELD'
        if _is_classvar(a_type):
            f._field_type = '_FIELD_CLASSVAR'
        elif _is_initvar(a_type):
            f._field_type = '_FIELD_INITVAR'
        if f._field_type != '_FIELD':
            if f.default_factory is not MISSING:
                raise TypeError(f'field {f.name} cannot have a default factory')
        if f._field_type in ('_FIELD', '_FIELD_INITVAR'):
            if f.kw_only is MISSING:
                f.kw_only = default_kw_only
        else:
            f.kw_only = False
        if f._field_type == '_FIELD' and f.default is not MISSING:
            if type(f.default) in (list, dict, set):
                raise ValueError(f'mutable default {type(f.default)} for field '
                                 f'{f.name} is not allowed: use default_factory')
        return f

    def _names(names):
        quoted = [repr(n) for n in names]
        if len(quoted) == 1:
            return quoted[0]
        if len(quoted) == 2:
            return f'{quoted[0]} and {quoted[1]}'
        return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]

    def _plural(n, word):
        return f'{n} {word}' if n == 1 else f'{n} {word}s'

    def _make_init(cls, std_fields, kw_fields, all_fields, frozen, has_post_init):
        qual = cls.__qualname__ + '.__init__()'
        pos_names = [f.name for f in std_fields]
        kw_names = [f.name for f in kw_fields]
        by_name = {}
        for f in std_fields + kw_fields:
            by_name[f.name] = f
        nreq = len([f for f in std_fields
                    if f.default is MISSING and f.default_factory is MISSING])
        initvars = [f.name for f in std_fields + kw_fields
                    if f._field_type == '_FIELD_INITVAR']

        def __init__(self, *args, **kwargs):
            if len(args) > len(pos_names):
                if nreq < len(pos_names):
                    takes = f'from {nreq + 1} to {len(pos_names) + 1}'
                else:
                    takes = f'{len(pos_names) + 1}'
                given = len(args) + 1
                was = 'was' if given == 1 else 'were'
                what = 'positional argument' if takes == '1' else 'positional arguments'
                raise TypeError(f'{qual} takes {takes} {what} but {given} {was} given')
            values = {}
            for n, v in zip(pos_names, args):
                values[n] = v
            for k, v in kwargs.items():
                if k not in by_name:
                    raise TypeError(f'{qual} got an unexpected keyword argument {k!r}')
                if k in values:
                    raise TypeError(f'{qual} got multiple values for argument {k!r}')
                values[k] = v
            missing = [n for n in pos_names if n not in values
                       and by_name[n].default is MISSING
                       and by_name[n].default_factory is MISSING]
            if missing:
                raise TypeError(f'{qual} missing {len(missing)} required positional '
                                f'argument{"s" if len(missing) > 1 else ""}: {_names(missing)}')
            missing = [n for n in kw_names if n not in values
                       and by_name[n].default is MISSING
                       and by_name[n].default_factory is MISSING]
            if missing:
                raise TypeError(f'{qual} missing {len(missing)} required keyword-only '
                                f'argument{"s" if len(missing) > 1 else ""}: {_names(missing)}')
            for f in all_fields:
                if f._field_type != '_FIELD':
                    continue
                if f.init:
                    if f.name in values:
                        v = values[f.name]
                    elif f.default_factory is not MISSING:
                        v = f.default_factory()
                    else:
                        v = f.default
                elif f.default_factory is not MISSING:
                    v = f.default_factory()
                elif f.default is not MISSING:
                    v = f.default
                else:
                    continue
                if frozen:
                    object.__setattr__(self, f.name, v)
                else:
                    setattr(self, f.name, v)
            if has_post_init:
                extra = []
                for n in initvars:
                    if n in values:
                        extra.append(values[n])
                    else:
                        extra.append(by_name[n].default)
                self.__post_init__(*extra)

        return __init__

    def _cmp(a, b, fs, op):
        # Tuple comparison of the fields, element by element as CPython's
        # tuple does (identity, then `==`; the first difference decides).
        for f in fs:
            x = getattr(a, f.name)
            y = getattr(b, f.name)
            if x is y or x == y:
                continue
            if op == '==':
                return False
            if op == '<':
                return x < y
            if op == '<=':
                return x <= y
            if op == '>':
                return x > y
            return x >= y
        return op in ('==', '<=', '>=')

    def _tuple(obj, fs):
        return tuple([getattr(obj, f.name) for f in fs])

    def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                       match_args, kw_only):
        fields = {}
        any_frozen_base = False
        has_dataclass_bases = False
        for b in cls.__mro__[-1:0:-1]:
            try:
                bdict = b.__dict__
            except AttributeError:
                continue
            base_fields = bdict.get('__dataclass_fields__', None)
            if base_fields is not None:
                has_dataclass_bases = True
                for f in base_fields.values():
                    fields[f.name] = f
                if bdict['__dataclass_params__']['frozen']:
                    any_frozen_base = True
        ann = cls.__dict__.get('__annotations__', {})
        cls_fields = []
        kw = kw_only
        for name, a_type in ann.items():
            if a_type is KW_ONLY or a_type == 'KW_ONLY' or a_type == 'dataclasses.KW_ONLY':
                kw = True
                continue
            cls_fields.append(_get_field(cls, name, a_type, kw))
        for f in cls_fields:
            fields[f.name] = f
            if isinstance(cls.__dict__.get(f.name, None), Field):
                if f.default is MISSING:
                    delattr(cls, f.name)
                else:
                    setattr(cls, f.name, f.default)
        for name, value in cls.__dict__.items():
            if isinstance(value, Field) and name not in ann:
                raise TypeError(f'{name!r} is a field but has no type annotation')
        if has_dataclass_bases:
            if any_frozen_base and not frozen:
                raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
            if not any_frozen_base and frozen:
                raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        cls.__dataclass_fields__ = fields
        cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq,
                                    'order': order, 'unsafe_hash': unsafe_hash,
                                    'frozen': frozen}
        class_hash = cls.__dict__.get('__hash__', MISSING)
        has_explicit_hash = not (class_hash is MISSING or
                                 (class_hash is None and '__eq__' in cls.__dict__))
        all_fields = list(fields.values())
        real = [f for f in all_fields if f._field_type == '_FIELD']
        if init:
            init_fields = [f for f in all_fields
                           if f._field_type in ('_FIELD', '_FIELD_INITVAR') and f.init]
            std = [f for f in init_fields if not f.kw_only]
            kwf = [f for f in init_fields if f.kw_only]
            seen_default = False
            for f in std:
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} '
                                    'follows default argument')
            has_post_init = hasattr(cls, '__post_init__')
            cls.__init__ = _make_init(cls, std, kwf, all_fields, frozen, has_post_init)
        if repr and '__repr__' not in cls.__dict__:
            rfields = [f for f in real if f.repr]

            def __repr__(self):
                parts = [f'{f.name}={getattr(self, f.name)!r}' for f in rfields]
                return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
            __repr__._pycps_generated = True  # pprint formats these field by field
            cls.__repr__ = __repr__
        cmp_fields = [f for f in real if f.compare]
        if eq and '__eq__' not in cls.__dict__:
            def __eq__(self, other):
                if other.__class__ is self.__class__:
                    return _cmp(self, other, cmp_fields, '==')
                return NotImplemented
            cls.__eq__ = __eq__
        if order:
            if not eq:
                raise ValueError('eq must be true if order is true')

            def __lt__(self, other):
                if other.__class__ is self.__class__:
                    return _cmp(self, other, cmp_fields, '<')
                return NotImplemented

            def __le__(self, other):
                if other.__class__ is self.__class__:
                    return _cmp(self, other, cmp_fields, '<=')
                return NotImplemented

            def __gt__(self, other):
                if other.__class__ is self.__class__:
                    return _cmp(self, other, cmp_fields, '>')
                return NotImplemented

            def __ge__(self, other):
                if other.__class__ is self.__class__:
                    return _cmp(self, other, cmp_fields, '>=')
                return NotImplemented
            for name, fn in (('__lt__', __lt__), ('__le__', __le__),
                             ('__gt__', __gt__), ('__ge__', __ge__)):
                if name in cls.__dict__:
                    raise TypeError(f'Cannot overwrite attribute {name} in class '
                                    f'{cls.__name__}. Consider using '
                                    'functools.total_ordering')
                setattr(cls, name, fn)
        if frozen:
            fnames = tuple([f.name for f in real])

            def __setattr__(self, name, value):
                if type(self) is cls or name in fnames:
                    raise FrozenInstanceError(f'cannot assign to field {name!r}')
                super(cls, self).__setattr__(name, value)

            def __delattr__(self, name):
                if type(self) is cls or name in fnames:
                    raise FrozenInstanceError(f'cannot delete field {name!r}')
                super(cls, self).__delattr__(name)
            for name, fn in (('__setattr__', __setattr__), ('__delattr__', __delattr__)):
                if name in cls.__dict__:
                    raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
                setattr(cls, name, fn)
        hash_fields = [f for f in real if (f.compare if f.hash is None else f.hash)]

        def __hash__(self):
            return hash(_tuple(self, hash_fields))
        if unsafe_hash:
            if has_explicit_hash:
                raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
            cls.__hash__ = __hash__
        elif eq and frozen:
            if not has_explicit_hash:
                cls.__hash__ = __hash__
        elif eq:
            if not has_explicit_hash:
                cls.__hash__ = None
        if match_args and '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple([f.name for f in all_fields
                                        if f._field_type in ('_FIELD', '_FIELD_INITVAR')
                                        and f.init and not f.kw_only])
        return cls

    def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
                  unsafe_hash=False, frozen=False, match_args=True,
                  kw_only=False, slots=False, weakref_slot=False):
        def wrap(cls):
            return _process_class(cls, init, repr, eq, order, unsafe_hash,
                                  frozen, match_args, kw_only)
        if cls is None:
            return wrap
        return wrap(cls)

    def _is_dataclass_instance(obj):
        return hasattr(type(obj), '__dataclass_fields__')

    def is_dataclass(obj):
        cls = obj if isinstance(obj, type) else type(obj)
        return hasattr(cls, '__dataclass_fields__')

    def fields(class_or_instance):
        try:
            fs = class_or_instance.__dataclass_fields__
        except AttributeError:
            raise TypeError('must be called with a dataclass type or instance') from None
        return tuple([f for f in fs.values() if f._field_type == '_FIELD'])

    def _asdict_inner(obj, dict_factory):
        if _is_dataclass_instance(obj):
            result = []
            for f in fields(obj):
                value = _asdict_inner(getattr(obj, f.name), dict_factory)
                result.append((f.name, value))
            return dict_factory(result)
        elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
            return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
        elif isinstance(obj, (list, tuple)):
            return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
        elif isinstance(obj, dict):
            return type(obj)([(_asdict_inner(k, dict_factory),
                               _asdict_inner(v, dict_factory))
                              for k, v in obj.items()])
        elif isinstance(obj, set):
            return set([_asdict_inner(v, dict_factory) for v in obj])
        return obj

    def asdict(obj, *, dict_factory=dict):
        if not _is_dataclass_instance(obj):
            raise TypeError('asdict() should be called on dataclass instances')
        return _asdict_inner(obj, dict_factory)

    def _astuple_inner(obj, tuple_factory):
        if _is_dataclass_instance(obj):
            result = []
            for f in fields(obj):
                result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
            return tuple_factory(result)
        elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
            return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
        elif isinstance(obj, (list, tuple)):
            return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
        elif isinstance(obj, dict):
            return type(obj)([(_astuple_inner(k, tuple_factory),
                               _astuple_inner(v, tuple_factory))
                              for k, v in obj.items()])
        elif isinstance(obj, set):
            return set([_astuple_inner(v, tuple_factory) for v in obj])
        return obj

    def astuple(obj, *, tuple_factory=tuple):
        if not _is_dataclass_instance(obj):
            raise TypeError('astuple() should be called on dataclass instances')
        return _astuple_inner(obj, tuple_factory)

    def replace(obj, /, **changes):
        if not _is_dataclass_instance(obj):
            raise TypeError('replace() should be called on dataclass instances')
        for f in obj.__dataclass_fields__.values():
            if f._field_type == '_FIELD_CLASSVAR':
                continue
            if not f.init:
                if f.name in changes:
                    raise ValueError(f'field {f.name} is declared with '
                                     'init=False, it cannot be specified with '
                                     'replace()')
                continue
            if f.name not in changes:
                if f._field_type == '_FIELD_INITVAR' and f.default is MISSING:
                    raise ValueError(f"InitVar {f.name!r} "
                                     'must be specified with replace()')
                changes[f.name] = getattr(obj, f.name)
        return obj.__class__(**changes)

    def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kw):
        raise NotImplementedError('pycps does not support make_dataclass()')

    return {
        'dataclass': dataclass, 'field': field, 'Field': Field,
        'fields': fields, 'asdict': asdict, 'astuple': astuple,
        'replace': replace, 'is_dataclass': is_dataclass,
        'FrozenInstanceError': FrozenInstanceError, 'MISSING': MISSING,
        'KW_ONLY': KW_ONLY, 'InitVar': InitVar,
        'make_dataclass': make_dataclass,
    }
