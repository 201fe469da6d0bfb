def __pycps_std_io():
    # `io`: in-memory text and byte streams (`StringIO`, `BytesIO`) with
    # CPython's behaviour for write/read/readline/readlines/seek/tell/
    # truncate/iteration/close and its error messages. There is no file
    # system: `open` and the file classes are not provided.
    # Invariant: the buffer is `''.join(self._chunks)` (kept as one chunk
    # except while appending at the end); `0 <= self._pos`.

    SEEK_SET = 0
    SEEK_CUR = 1
    SEEK_END = 2

    class UnsupportedOperation(OSError):
        __module__ = 'io'

    class _Memory:
        _empty = ''
        _what = 'string'

        def __init__(self, initial_value=None):
            self._chunks = []
            self._len = 0
            self._pos = 0
            self._closed = False
            if initial_value is not None:
                self._check_type(initial_value, True)
                if initial_value:
                    self._chunks.append(initial_value)
                    self._len = len(initial_value)

        def _check_open(self):
            if self._closed:
                raise ValueError(self._closed_msg)

        def _value(self):
            if len(self._chunks) > 1:
                self._chunks = [self._empty.join(self._chunks)]
            return self._chunks[0] if self._chunks else self._empty

        @property
        def closed(self):
            return self._closed

        def close(self):
            self._closed = True

        def readable(self):
            self._check_open()
            return True

        def writable(self):
            self._check_open()
            return True

        def seekable(self):
            self._check_open()
            return True

        def isatty(self):
            self._check_open()
            return False

        def flush(self):
            self._check_open()

        def getvalue(self):
            self._check_open()
            return self._value()

        def tell(self):
            self._check_open()
            return self._pos

        def write(self, s):
            self._check_open()
            self._check_type(s, False)
            s = self._translate(s)
            n = len(s)
            if not n:
                return 0
            if self._pos == self._len:
                self._chunks.append(s)
                self._len += n
            else:
                v = self._value()
                if self._pos > self._len:
                    v = v + self._pad * (self._pos - self._len)
                v = v[:self._pos] + s + v[self._pos + n:]
                self._chunks = [v]
                self._len = len(v)
            self._pos += n
            return n

        def _translate(self, s):
            return s

        def writelines(self, lines):
            for line in lines:
                self.write(line)

        def read(self, size=-1):
            self._check_open()
            v = self._value()
            start = min(self._pos, self._len)
            end = self._len if size is None or size < 0 else min(self._len, start + size)
            self._pos = max(self._pos, end)
            return v[start:end]

        def readline(self, size=-1):
            self._check_open()
            v = self._value()
            start = min(self._pos, self._len)
            end = v.find(self._nl, start)
            end = self._len if end < 0 else end + 1
            if size is not None and size >= 0:
                end = min(end, start + size)
            self._pos = max(self._pos, end)
            return v[start:end]

        def readlines(self, hint=-1):
            lines = []
            total = 0
            while True:
                line = self.readline()
                if not line:
                    break
                lines.append(line)
                total += len(line)
                if hint is not None and 0 < hint <= total:
                    break
            return lines

        def seek(self, pos, whence=0):
            self._check_open()
            if whence == 0:
                if pos < 0:
                    raise ValueError(f'Negative seek position {pos}')
                self._pos = pos
            elif whence == 1:
                if pos != 0 and self._nonzero_rel:
                    raise OSError("Can't do nonzero cur-relative seeks")
                self._pos = max(0, self._pos + pos)
            elif whence == 2:
                if pos != 0 and self._nonzero_rel:
                    raise OSError("Can't do nonzero end-relative seeks")
                self._pos = max(0, self._len + pos)
            else:
                raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
            return self._pos

        def truncate(self, size=None):
            self._check_open()
            if size is None:
                size = self._pos
            if size < 0:
                raise ValueError(f'Negative size value {size}')
            if size < self._len:
                self._chunks = [self._value()[:size]]
                self._len = size
            return size

        def __iter__(self):
            self._check_open()
            return self

        def __next__(self):
            line = self.readline()
            if not line:
                raise StopIteration
            return line

        def __enter__(self):
            self._check_open()
            return self

        def __exit__(self, *exc):
            self.close()

    class StringIO(_Memory):
        __module__ = '_io'
        _empty = ''
        _pad = '\0'
        _nl = '\n'
        _nonzero_rel = True
        _closed_msg = 'I/O operation on closed file'

        def __init__(self, initial_value='', newline='\n'):
            if newline is not None and not isinstance(newline, str):
                raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f'illegal newline value: {newline!r}')
            self._newline = newline
            _Memory.__init__(self, initial_value)
            if self._chunks:
                v = self._translate(self._chunks[0])
                self._chunks = [v]
                self._len = len(v)

        def _check_type(self, s, initial):
            if not isinstance(s, str):
                if initial:
                    raise TypeError(f'initial_value must be str or None, not {type(s).__name__}')
                raise TypeError(f'string argument expected, got {type(s).__name__!r}')

        def _translate(self, s):
            nl = self._newline
            if nl is None:
                return s.replace('\r\n', '\n').replace('\r', '\n')
            if nl in ('\r', '\r\n'):
                return s.replace('\n', nl)
            return s

        def __repr__(self):
            return '<_io.StringIO object>'

    class BytesIO(_Memory):
        __module__ = '_io'
        _empty = b''
        _pad = b'\0'
        _nl = b'\n'
        _nonzero_rel = False
        _closed_msg = 'I/O operation on closed file.'

        def _check_type(self, s, initial):
            if not isinstance(s, (bytes, bytearray)):
                raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")

        def getbuffer(self):
            return self.getvalue()

        def read1(self, size=-1):
            return self.read(size)

    return {
        'StringIO': StringIO, 'BytesIO': BytesIO,
        'UnsupportedOperation': UnsupportedOperation,
        'SEEK_SET': SEEK_SET, 'SEEK_CUR': SEEK_CUR, 'SEEK_END': SEEK_END,
        'DEFAULT_BUFFER_SIZE': 8192,
    }
