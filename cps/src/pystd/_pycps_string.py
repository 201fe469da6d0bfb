def __pycps_std__pycps_string():
    # The Python half of `string`: Template (after CPython 3.11's
    # Lib/string.py). Placeholders are scanned by hand rather than by
    # CPython's regular expression, with the same alternatives in the same
    # order: `$$`, `$identifier`, `${identifier}`, and any other `$` as an
    # invalid placeholder. A subclass may change `delimiter`; a subclass's
    # `idpattern` / `braceidpattern` is matched with `re`.

    _DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'

    def _id_start(c):
        return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'

    def _id_len(t, j, pattern):
        # Length of the identifier at t[j:] (0 if none).
        if pattern == _DEFAULT_IDPATTERN:
            n = len(t)
            if j >= n or not _id_start(t[j]):
                return 0
            k = j + 1
            while k < n and (_id_start(t[k]) or '0' <= t[k] <= '9'):
                k += 1
            return k - j
        import re
        m = re.match(pattern, t[j:], re.IGNORECASE)
        return len(m.group()) if m else 0

    class _Missing:
        pass

    _missing = _Missing()

    class Template:
        """A string class for supporting $-substitutions."""
        __module__ = 'string'

        delimiter = '$'
        idpattern = _DEFAULT_IDPATTERN
        braceidpattern = None

        def __init__(self, template):
            self.template = template

        def _placeholders(self):
            # (start, end, kind, name) of every placeholder, left to right.
            t = self.template
            d = self.delimiter
            dl = len(d)
            idp = self.idpattern
            bidp = self.braceidpattern or idp
            out = []
            i = t.find(d) if dl else -1
            while i >= 0:
                j = i + dl
                k = _id_len(t, j, idp)
                if t.startswith(d, j):
                    out.append((i, j + dl, 'escaped', None))
                    nxt = j + dl
                elif k:
                    out.append((i, j + k, 'named', t[j:j + k]))
                    nxt = j + k
                elif t.startswith('{', j):
                    k = _id_len(t, j + 1, bidp)
                    if k and t.startswith('}', j + 1 + k):
                        out.append((i, j + k + 2, 'braced', t[j + 1:j + 1 + k]))
                        nxt = j + k + 2
                    else:
                        out.append((i, j, 'invalid', None))
                        nxt = j
                else:
                    out.append((i, j, 'invalid', None))
                    nxt = j
                i = t.find(d, nxt)
            return out

        def _invalid(self, i):
            # `i`: just after the delimiter (CPython's empty `invalid` group).
            lines = self.template[:i].splitlines(keepends=True)
            if not lines:
                colno = 1
                lineno = 1
            else:
                colno = i - len(''.join(lines[:-1]))
                lineno = len(lines)
            raise ValueError('Invalid placeholder in string: line %d, col %d' %
                             (lineno, colno))

        def _mapping(self, method, args, kws):
            if len(args) > 1:
                raise TypeError('Template.%s() takes from 1 to 2 positional '
                                'arguments but %d were given'
                                % (method, len(args) + 1))
            mapping = args[0] if args else _missing
            if mapping is _missing:
                return kws
            if kws:
                return _Chain(kws, mapping)
            return mapping

        def substitute(self, *args, **kws):
            mapping = self._mapping('substitute', args, kws)
            t = self.template
            out = []
            pos = 0
            for start, end, kind, name in self._placeholders():
                out.append(t[pos:start])
                if kind == 'escaped':
                    out.append(self.delimiter)
                elif kind == 'invalid':
                    self._invalid(end)
                else:
                    out.append('%s' % (mapping[name],))
                pos = end
            out.append(t[pos:])
            return ''.join(out)

        def safe_substitute(self, *args, **kws):
            mapping = self._mapping('safe_substitute', args, kws)
            t = self.template
            out = []
            pos = 0
            for start, end, kind, name in self._placeholders():
                out.append(t[pos:start])
                if kind == 'escaped':
                    out.append(self.delimiter)
                elif kind == 'invalid':
                    out.append(t[start:end])
                else:
                    try:
                        out.append('%s' % (mapping[name],))
                    except KeyError:
                        out.append(t[start:end])
                pos = end
            out.append(t[pos:])
            return ''.join(out)

        def is_valid(self):
            for start, end, kind, name in self._placeholders():
                if kind == 'invalid':
                    return False
            return True

        def get_identifiers(self):
            ids = []
            for start, end, kind, name in self._placeholders():
                if kind == 'invalid':
                    self._invalid(end)
                if name is not None and name not in ids:
                    ids.append(name)
            return ids

    class _Chain:
        # The keywords first, then the mapping (CPython uses ChainMap).
        def __init__(self, first, second):
            self.first = first
            self.second = second

        def __getitem__(self, key):
            if key in self.first:
                return self.first[key]
            return self.second[key]

    return {'Template': Template}
