def __pycps_std_urllib_parse():
    # `urllib.parse`, after CPython 3.11's Lib/urllib/parse.py, for str
    # arguments (bytes URLs are not supported): quoting, query strings,
    # `urlsplit`/`urlparse` (results are small tuple-like classes with the
    # fields, `geturl`, `_replace`, `username`/`password`/`hostname`/`port`;
    # they are not `tuple` instances), `urlunsplit`/`urlunparse`, `urljoin`,
    # `urldefrag`.

    uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                     'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtspu', 'sftp',
                     'svn', 'svn+ssh', 'ws', 'wss']
    uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
                   'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
                   'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git',
                   'git+ssh', 'ws', 'wss']
    uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
                   'rtsp', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
    scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                    '0123456789'
                    '+-.')
    _ALWAYS_SAFE = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                             'abcdefghijklmnopqrstuvwxyz'
                             '0123456789' '_.-~')
    _WHATWG_C0_CONTROL_OR_SPACE = ''.join(chr(i) for i in range(33))

    def _make_result(name, fields):
        class Result:
            __module__ = 'urllib.parse'
            _fields = fields

            def __init__(self, *args):
                self._t = tuple(args)

            def __iter__(self):
                return iter(self._t)

            def __len__(self):
                return len(self._t)

            def __getitem__(self, i):
                return self._t[i]

            def __eq__(self, other):
                if isinstance(other, Result):
                    return self._t == other._t
                if isinstance(other, tuple):
                    return self._t == other
                return NotImplemented

            def __hash__(self):
                return hash(self._t)

            def __repr__(self):
                parts = ', '.join(f'{f}={v!r}' for f, v in zip(fields, self._t))
                return f'{name}({parts})'

            def _replace(self, **kw):
                vals = [kw.pop(f, v) for f, v in zip(fields, self._t)]
                if kw:
                    raise ValueError(f'Got unexpected field names: {list(kw)!r}')
                return type(self)(*vals)

            def _asdict(self):
                return dict(zip(fields, self._t))

        for i, f in enumerate(fields):
            setattr(Result, f, property(lambda self, i=i: self._t[i]))
        return Result

    class _NetlocMixin:
        @property
        def username(self):
            return self._userinfo[0]

        @property
        def password(self):
            return self._userinfo[1]

        @property
        def hostname(self):
            hostname = self._hostinfo[0]
            if not hostname:
                return None
            hostname, percent, zone = hostname.partition('%')
            return hostname.lower() + percent + zone

        @property
        def port(self):
            port = self._hostinfo[1]
            if port is not None:
                if port.isdigit() and port.isascii():
                    port = int(port)
                else:
                    raise ValueError(f'Port could not be cast to integer value as {port!r}')
                if not (0 <= port <= 65535):
                    raise ValueError('Port out of range 0-65535')
            return port

        @property
        def _userinfo(self):
            userinfo, have_info, hostinfo = self.netloc.rpartition('@')
            if have_info:
                username, have_password, password = userinfo.partition(':')
                if not have_password:
                    password = None
            else:
                username = password = None
            return username, password

        @property
        def _hostinfo(self):
            _, _, hostinfo = self.netloc.rpartition('@')
            _, have_open_br, bracketed = hostinfo.partition('[')
            if have_open_br:
                hostname, _, port = bracketed.partition(']')
                _, _, port = port.partition(':')
            else:
                hostname, _, port = hostinfo.partition(':')
            if not port:
                port = None
            return hostname, port

    _Split = _make_result('SplitResult', ('scheme', 'netloc', 'path', 'query', 'fragment'))
    _Parse = _make_result('ParseResult', ('scheme', 'netloc', 'path', 'params', 'query', 'fragment'))
    _Defrag = _make_result('DefragResult', ('url', 'fragment'))

    class SplitResult(_Split, _NetlocMixin):
        __module__ = 'urllib.parse'

        def geturl(self):
            return urlunsplit(self)

    class ParseResult(_Parse, _NetlocMixin):
        __module__ = 'urllib.parse'

        def geturl(self):
            return urlunparse(self)

    class DefragResult(_Defrag):
        __module__ = 'urllib.parse'

        def geturl(self):
            if self.fragment:
                return self.url + '#' + self.fragment
            return self.url

    def _splitnetloc(url, start=0):
        delim = len(url)
        for c in '/?#':
            wdelim = url.find(c, start)
            if wdelim >= 0:
                delim = min(delim, wdelim)
        return url[start:delim], url[delim:]

    def _check_str(*args):
        for a in args:
            if not isinstance(a, str):
                raise TypeError('pycps: urllib.parse supports str arguments only, not '
                                + type(a).__name__)

    def urlsplit(url, scheme='', allow_fragments=True):
        _check_str(url, scheme)
        url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
        scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
        for b in ('\t', '\r', '\n'):
            url = url.replace(b, '')
            scheme = scheme.replace(b, '')
        netloc = query = fragment = ''
        i = url.find(':')
        if i > 0 and url[0].isascii() and url[0].isalpha():
            for c in url[:i]:
                if c not in scheme_chars:
                    break
            else:
                scheme, url = url[:i].lower(), url[i + 1:]
        if url[:2] == '//':
            netloc, url = _splitnetloc(url, 2)
            if (('[' in netloc and ']' not in netloc) or
                    (']' in netloc and '[' not in netloc)):
                raise ValueError('Invalid IPv6 URL')
        if allow_fragments and '#' in url:
            url, fragment = url.split('#', 1)
        if '?' in url:
            url, query = url.split('?', 1)
        return SplitResult(scheme, netloc, url, query, fragment)

    def _splitparams(url):
        if '/' in url:
            i = url.find(';', url.rfind('/'))
            if i < 0:
                return url, ''
        else:
            i = url.find(';')
        return url[:i], url[i + 1:]

    def urlparse(url, scheme='', allow_fragments=True):
        scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
        if scheme in uses_params and ';' in url:
            url, params = _splitparams(url)
        else:
            params = ''
        return ParseResult(scheme, netloc, url, params, query, fragment)

    def urlunsplit(components):
        scheme, netloc, url, query, fragment = components
        if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
            if url and url[:1] != '/':
                url = '/' + url
            url = '//' + (netloc or '') + url
        if scheme:
            url = scheme + ':' + url
        if query:
            url = url + '?' + query
        if fragment:
            url = url + '#' + fragment
        return url

    def urlunparse(components):
        scheme, netloc, url, params, query, fragment = components
        if params:
            url = '%s;%s' % (url, params)
        return urlunsplit((scheme, netloc, url, query, fragment))

    def urljoin(base, url, allow_fragments=True):
        if not base:
            return url
        if not url:
            return base
        bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
        scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
        if scheme != bscheme or scheme not in uses_relative:
            return url
        if scheme in uses_netloc:
            if netloc:
                return urlunparse((scheme, netloc, path, params, query, fragment))
            netloc = bnetloc
        if not path and not params:
            path = bpath
            params = bparams
            if not query:
                query = bquery
            return urlunparse((scheme, netloc, path, params, query, fragment))
        base_parts = bpath.split('/')
        if base_parts[-1] != '':
            del base_parts[-1]
        if path[:1] == '/':
            segments = path.split('/')
        else:
            segments = base_parts + path.split('/')
            segments[1:-1] = list(filter(None, segments[1:-1]))
        resolved_path = []
        for seg in segments:
            if seg == '..':
                if resolved_path:
                    resolved_path.pop()
            elif seg == '.':
                continue
            else:
                resolved_path.append(seg)
        if segments[-1] in ('.', '..'):
            resolved_path.append('')
        return urlunparse((scheme, netloc, '/'.join(resolved_path) or '/',
                           params, query, fragment))

    def urldefrag(url):
        if '#' in url:
            s, n, p, a, q, frag = urlparse(url)
            defrag = urlunparse((s, n, p, a, q, ''))
        else:
            frag = ''
            defrag = url
        return DefragResult(defrag, frag)

    def quote(string, safe='/', encoding=None, errors=None):
        if isinstance(string, (bytes, bytearray)):
            return quote_from_bytes(string, safe)
        if not isinstance(string, str):
            raise TypeError('quote_from_bytes() expected bytes')
        if not string:
            return string
        if isinstance(safe, (bytes, bytearray)):
            safe = safe.decode('ascii', 'ignore')
        out = []
        for c in string:
            if c in _ALWAYS_SAFE or (c in safe and ord(c) < 128):
                out.append(c)
            else:
                for b in c.encode(encoding or 'utf-8', errors or 'strict'):
                    out.append('%%%02X' % b)
        return ''.join(out)

    def quote_from_bytes(bs, safe='/'):
        if not isinstance(bs, (bytes, bytearray)):
            raise TypeError('quote_from_bytes() expected bytes')
        if isinstance(safe, (bytes, bytearray)):
            safe = safe.decode('ascii', 'ignore')
        out = []
        for b in bs:
            c = chr(b)
            if b < 128 and (c in _ALWAYS_SAFE or c in safe):
                out.append(c)
            else:
                out.append('%%%02X' % b)
        return ''.join(out)

    def quote_plus(string, safe='', encoding=None, errors=None):
        if isinstance(string, str) and ' ' not in string:
            return quote(string, safe, encoding, errors)
        string = quote(string, safe + ' ', encoding, errors)
        return string.replace(' ', '+')

    _HEX = '0123456789abcdefABCDEF'

    def unquote(string, encoding='utf-8', errors='replace'):
        if isinstance(string, (bytes, bytearray)):
            return unquote_to_bytes(string).decode(encoding, errors)
        if '%' not in string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'replace'
        out = []
        pending = bytearray()
        i = 0
        n = len(string)
        while i < n:
            c = string[i]
            if c == '%' and i + 2 < n and string[i + 1] in _HEX and string[i + 2] in _HEX:
                pending.append(int(string[i + 1:i + 3], 16))
                i += 3
                continue
            if pending:
                out.append(bytes(pending).decode(encoding, errors))
                pending = bytearray()
            out.append(c)
            i += 1
        if pending:
            out.append(bytes(pending).decode(encoding, errors))
        return ''.join(out)

    def unquote_to_bytes(string):
        if isinstance(string, str):
            string = string.encode('utf-8')
        out = bytearray()
        i = 0
        n = len(string)
        while i < n:
            b = string[i]
            if (b == 37 and i + 2 < n and chr(string[i + 1]) in _HEX
                    and chr(string[i + 2]) in _HEX):
                out.append(int(bytes(string[i + 1:i + 3]).decode('ascii'), 16))
                i += 3
            else:
                out.append(b)
                i += 1
        return bytes(out)

    def unquote_plus(string, encoding='utf-8', errors='replace'):
        string = string.replace('+', ' ')
        return unquote(string, encoding, errors)

    def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
                  quote_via=quote_plus):
        if hasattr(query, 'items'):
            query = query.items()
        else:
            try:
                if len(query) and not isinstance(query[0], tuple):
                    raise TypeError
            except TypeError:
                raise TypeError('not a valid non-string sequence '
                                'or mapping object') from None
        lst = []

        def q(v):
            if isinstance(v, (bytes, bytearray)):
                return quote_via(v, safe)
            return quote_via(str(v), safe, encoding, errors)
        if not doseq:
            for k, v in query:
                lst.append(q(k) + '=' + q(v))
        else:
            for k, v in query:
                k = q(k)
                if isinstance(v, (str, bytes, bytearray)):
                    lst.append(k + '=' + q(v))
                else:
                    try:
                        len(v)
                    except TypeError:
                        lst.append(k + '=' + q(v))
                    else:
                        for elt in v:
                            lst.append(k + '=' + q(elt))
        return '&'.join(lst)

    def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
                  encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
        if not separator or not isinstance(separator, (str, bytes)):
            raise ValueError('Separator must be of type string or bytes.')
        if max_num_fields is not None:
            num_fields = 1 + qs.count(separator) if qs else 0
            if max_num_fields < num_fields:
                raise ValueError('Max number of fields exceeded')
        r = []
        query_args = qs.split(separator) if qs else []
        for name_value in query_args:
            if not name_value and not strict_parsing:
                continue
            nv = name_value.split('=', 1)
            if len(nv) != 2:
                if strict_parsing:
                    raise ValueError('bad query field: %r' % (name_value,))
                if keep_blank_values:
                    nv.append('')
                else:
                    continue
            if len(nv[1]) or keep_blank_values:
                name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
                value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
                r.append((name, value))
        return r

    def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
                 encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
        parsed_result = {}
        pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                          errors=errors, max_num_fields=max_num_fields, separator=separator)
        for name, value in pairs:
            if name in parsed_result:
                parsed_result[name].append(value)
            else:
                parsed_result[name] = [value]
        return parsed_result

    return {
        'urlparse': urlparse, 'urlsplit': urlsplit, 'urlunparse': urlunparse,
        'urlunsplit': urlunsplit, 'urljoin': urljoin, 'urldefrag': urldefrag,
        'quote': quote, 'quote_plus': quote_plus, 'quote_from_bytes': quote_from_bytes,
        'unquote': unquote, 'unquote_plus': unquote_plus,
        'unquote_to_bytes': unquote_to_bytes, 'urlencode': urlencode,
        'parse_qs': parse_qs, 'parse_qsl': parse_qsl,
        'SplitResult': SplitResult, 'ParseResult': ParseResult,
        'DefragResult': DefragResult, 'uses_relative': uses_relative,
        'uses_netloc': uses_netloc, 'uses_params': uses_params,
        'scheme_chars': scheme_chars,
    }
