def __pycps_std_csv():
    # `csv`, after CPython 3.11's `_csv.c` (the reader's state machine and
    # the writer's quoting rules) and Lib/csv.py (`DictReader`,
    # `DictWriter`, the dialect classes). `Sniffer` is not provided.
    # Invariant: a reader consumes its input one line at a time; a record
    # spanning lines (a quoted newline) is finished before it is returned.

    QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

    class Error(Exception):
        __module__ = '_csv'

    class Dialect:
        __module__ = 'csv'
        _name = ''
        _valid = False
        delimiter = None
        quotechar = None
        escapechar = None
        doublequote = None
        skipinitialspace = None
        lineterminator = None
        quoting = None
        strict = False

    class excel(Dialect):
        delimiter = ','
        quotechar = '"'
        doublequote = True
        skipinitialspace = False
        lineterminator = '\r\n'
        quoting = QUOTE_MINIMAL

    class excel_tab(excel):
        delimiter = '\t'

    class unix_dialect(Dialect):
        delimiter = ','
        quotechar = '"'
        doublequote = True
        skipinitialspace = False
        lineterminator = '\n'
        quoting = QUOTE_ALL

    _dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}
    _limit = [131072]

    def _char(name, v, allow_none):
        if v is None and allow_none:
            return None
        if not isinstance(v, str):
            if allow_none:
                raise TypeError(f'"{name}" must be string or None, not {type(v).__name__}')
            raise TypeError(f'"{name}" must be string, not {type(v).__name__}')
        if len(v) != 1:
            raise TypeError(f'"{name}" must be a 1-character string')
        return v

    class _Params:
        # The resolved dialect of one reader or writer.
        def __init__(self, dialect, kw):
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            names = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                     'skipinitialspace', 'lineterminator', 'quoting', 'strict')
            for k in kw:
                if k not in names:
                    raise TypeError(f"'{k}' is an invalid keyword argument for this function")
            vals = {}
            for n in names:
                vals[n] = kw[n] if n in kw else getattr(dialect, n, None)
            self.quoting = QUOTE_MINIMAL if vals['quoting'] is None else vals['quoting']
            if self.quoting not in (0, 1, 2, 3):
                raise TypeError('bad "quoting" value')
            self.delimiter = _char('delimiter', ',' if vals['delimiter'] is None else vals['delimiter'], False)
            self.quotechar = _char('quotechar', vals['quotechar'], True)
            if self.quotechar is None and self.quoting != QUOTE_NONE:
                raise TypeError('quotechar must be set if quoting enabled')
            self.escapechar = _char('escapechar', vals['escapechar'], True)
            self.doublequote = True if vals['doublequote'] is None else bool(vals['doublequote'])
            self.skipinitialspace = bool(vals['skipinitialspace'])
            lt = '\r\n' if vals['lineterminator'] is None else vals['lineterminator']
            if not isinstance(lt, str):
                raise TypeError(f'"lineterminator" must be a string, not {type(lt).__name__}')
            self.lineterminator = lt
            self.strict = bool(vals['strict'])

    def register_dialect(name, dialect=None, **fmtparams):
        if not isinstance(name, str):
            raise TypeError('dialect name must be a string')
        base = dialect if dialect is not None else excel
        p = _Params(base, fmtparams)
        attrs = {k: getattr(p, k) for k in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                                            'skipinitialspace', 'lineterminator', 'quoting', 'strict')}
        d = Dialect()
        for k, v in attrs.items():
            setattr(d, k, v)
        _dialects[name] = d

    def unregister_dialect(name):
        if name not in _dialects:
            raise Error('unknown dialect')
        del _dialects[name]

    def get_dialect(name):
        if not isinstance(name, str):
            return name
        try:
            return _dialects[name]
        except KeyError:
            raise Error('unknown dialect') from None

    def list_dialects():
        return list(_dialects)

    def field_size_limit(*args):
        old = _limit[0]
        if args:
            if not isinstance(args[0], int):
                raise TypeError('limit must be an integer')
            _limit[0] = args[0]
        return old

    _SR, _SF, _EC, _IF, _IQ, _EQ, _QQ, _CR, _AE = range(9)

    class _Reader:
        def __init__(self, f, dialect, kw):
            self._input = iter(f)
            self.dialect = _Params(dialect, kw)
            self.line_num = 0

        def __iter__(self):
            return self

        def _save(self):
            field = ''.join(self._field)
            self._field = []
            if self._numeric:
                self._numeric = False
                field = float(field)
            self._fields.append(field)

        def _add(self, c):
            if len(self._field) >= _limit[0]:
                raise Error(f'field larger than field limit ({_limit[0]})')
            self._field.append(c)

        def __next__(self):
            self._fields = []
            self._field = []
            self._numeric = False
            self._state = _SR
            while True:
                try:
                    line = next(self._input)
                except StopIteration:
                    if self._field or self._state == _IQ:
                        if self.dialect.strict:
                            raise Error('unexpected end of data')
                        self._save()
                        break
                    raise
                if not isinstance(line, str):
                    raise Error('iterator should return strings, not %.200s '
                                '(the file should be opened in text mode)' % type(line).__name__)
                self.line_num += 1
                for c in line:
                    self._step(c)
                self._step(None)
                if self._state == _SR:
                    break
            fields = self._fields
            self._fields = []
            return fields

        def _step(self, c):
            d = self.dialect
            st = self._state
            if st == _SR:
                if c is None:
                    return
                if c == '\n' or c == '\r':
                    self._state = _CR
                    return
                st = self._state = _SF
            if st == _SF:
                if c is None or c == '\n' or c == '\r':
                    self._save()
                    self._state = _SR if c is None else _CR
                elif c == d.quotechar and d.quoting != QUOTE_NONE:
                    self._state = _IQ
                elif c == d.escapechar:
                    self._state = _EC
                elif c == ' ' and d.skipinitialspace:
                    pass
                elif c == d.delimiter:
                    self._save()
                else:
                    if d.quoting == QUOTE_NONNUMERIC:
                        self._numeric = True
                    self._add(c)
                    self._state = _IF
            elif st == _EC:
                if c == '\n' or c == '\r':
                    self._add(c)
                    self._state = _AE
                    return
                self._add('\n' if c is None else c)
                self._state = _IF
            elif st == _AE and c is None:
                return
            elif st == _IF or st == _AE:
                if c is None or c == '\n' or c == '\r':
                    self._save()
                    self._state = _SR if c is None else _CR
                elif c == d.escapechar:
                    self._state = _EC
                elif c == d.delimiter:
                    self._save()
                    self._state = _SF
                else:
                    self._add(c)
                    self._state = _IF
            elif st == _IQ:
                if c is None:
                    pass
                elif c == d.escapechar:
                    self._state = _EQ
                elif c == d.quotechar and d.quoting != QUOTE_NONE:
                    self._state = _QQ if d.doublequote else _IF
                else:
                    self._add(c)
            elif st == _EQ:
                self._add('\n' if c is None else c)
                self._state = _IQ
            elif st == _QQ:
                if d.quoting != QUOTE_NONE and c == d.quotechar:
                    self._add(c)
                    self._state = _IQ
                elif c == d.delimiter:
                    self._save()
                    self._state = _SF
                elif c is None or c == '\n' or c == '\r':
                    self._save()
                    self._state = _SR if c is None else _CR
                elif not d.strict:
                    self._add(c)
                    self._state = _IF
                else:
                    raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
            elif st == _CR:
                if c == '\n' or c == '\r':
                    pass
                elif c is None:
                    self._state = _SR
                else:
                    raise Error('new-line character seen in unquoted field - '
                            'do you need to open the file in universal-newline mode?')

    class _Writer:
        def __init__(self, f, dialect, kw):
            self._write = getattr(f, 'write', None)
            if self._write is None:
                raise TypeError('argument 1 must have a "write" method')
            self.dialect = _Params(dialect, kw)

        def _field(self, field, only):
            d = self.dialect
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                s = ''
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            out = []
            for c in s:
                want_escape = False
                if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                        or c in d.lineterminator or c == '\n' or c == '\r'):
                    if d.quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == d.quotechar:
                            if d.doublequote:
                                out.append(c)
                            else:
                                want_escape = True
                        elif c == d.escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if d.escapechar is None:
                            raise Error('need to escape, but no escapechar set')
                        out.append(d.escapechar)
                out.append(c)
            if only and not s:
                if d.quoting == QUOTE_NONE:
                    raise Error('single empty field record must be quoted')
                quoted = True
            s = ''.join(out)
            if quoted:
                s = d.quotechar + s + d.quotechar
            return s

        def writerow(self, row):
            try:
                items = list(row)
            except TypeError:
                raise Error(f'iterable expected, not {type(row).__name__}') from None
            one = len(items) == 1
            line = self.dialect.delimiter.join([self._field(f, one) for f in items])
            return self._write(line + self.dialect.lineterminator)

        def writerows(self, rows):
            for row in rows:
                self.writerow(row)

    def reader(csvfile, dialect='excel', **fmtparams):
        return _Reader(csvfile, dialect, fmtparams)

    def writer(csvfile, dialect='excel', **fmtparams):
        return _Writer(csvfile, dialect, fmtparams)

    class DictReader:
        __module__ = 'csv'

        def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                     dialect='excel', *args, **kwds):
            if fieldnames is not None and iter(fieldnames) is fieldnames:
                fieldnames = list(fieldnames)
            self._fieldnames = fieldnames
            self.restkey = restkey
            self.restval = restval
            self.reader = reader(f, dialect, *args, **kwds)
            self.dialect = dialect
            self.line_num = 0

        def __iter__(self):
            return self

        @property
        def fieldnames(self):
            if self._fieldnames is None:
                try:
                    self._fieldnames = next(self.reader)
                except StopIteration:
                    pass
            self.line_num = self.reader.line_num
            return self._fieldnames

        @fieldnames.setter
        def fieldnames(self, value):
            self._fieldnames = value

        def __next__(self):
            if self.line_num == 0:
                self.fieldnames
            row = next(self.reader)
            self.line_num = self.reader.line_num
            while row == []:
                row = next(self.reader)
            d = dict(zip(self.fieldnames, row))
            lf = len(self.fieldnames)
            lr = len(row)
            if lf < lr:
                d[self.restkey] = row[lf:]
            elif lf > lr:
                for key in self.fieldnames[lr:]:
                    d[key] = self.restval
            return d

    class DictWriter:
        __module__ = 'csv'

        def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                     dialect='excel', *args, **kwds):
            if fieldnames is not None and iter(fieldnames) is fieldnames:
                fieldnames = list(fieldnames)
            self.fieldnames = fieldnames
            self.restval = restval
            if extrasaction.lower() not in ('raise', 'ignore'):
                raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
            self.extrasaction = extrasaction
            self.writer = writer(f, dialect, *args, **kwds)

        def writeheader(self):
            header = dict(zip(self.fieldnames, self.fieldnames))
            return self.writerow(header)

        def _dict_to_list(self, rowdict):
            if self.extrasaction == 'raise':
                wrong_fields = rowdict.keys() - self.fieldnames
                if wrong_fields:
                    raise ValueError('dict contains fields not in fieldnames: '
                                     + ', '.join([repr(x) for x in wrong_fields]))
            return [rowdict.get(key, self.restval) for key in self.fieldnames]

        def writerow(self, rowdict):
            return self.writer.writerow(self._dict_to_list(rowdict))

        def writerows(self, rowdicts):
            return self.writer.writerows(map(self._dict_to_list, rowdicts))

    return {
        'QUOTE_MINIMAL': QUOTE_MINIMAL, 'QUOTE_ALL': QUOTE_ALL,
        'QUOTE_NONNUMERIC': QUOTE_NONNUMERIC, 'QUOTE_NONE': QUOTE_NONE,
        'Error': Error, 'Dialect': Dialect, 'excel': excel,
        'excel_tab': excel_tab, 'unix_dialect': unix_dialect,
        'register_dialect': register_dialect,
        'unregister_dialect': unregister_dialect, 'get_dialect': get_dialect,
        'list_dialects': list_dialects, 'field_size_limit': field_size_limit,
        'reader': reader, 'writer': writer, 'DictReader': DictReader,
        'DictWriter': DictWriter, '__version__': '1.0',
    }
