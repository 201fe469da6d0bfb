def __pycps_std_shlex():
    # `shlex`: `split` (CPython's POSIX-mode `shlex` tokenizer with
    # `whitespace_split=True`: quotes, backslash escapes, `comments=`),
    # `quote` and `join`. The `shlex` class itself is not provided.
    import re

    _whitespace = ' \t\r\n'
    _quotes = '\'"'
    _escape = '\\'
    _escapedquotes = '"'

    def split(s, comments=False, posix=True):
        if s is None:
            raise ValueError('s argument must not be None')
        if not posix:
            raise NotImplementedError('pycps: shlex.split(posix=False) is not supported')
        commenters = '#' if comments else ''
        tokens = []
        token = ''
        quoted = False
        state = ' '
        escapedstate = 'a'
        i = 0
        n = len(s)
        while True:
            c = s[i] if i < n else ''
            i += 1
            if state == ' ' or state == 'a':
                if not c:
                    break
                if c in _whitespace:
                    if token or quoted:
                        tokens.append(token)
                        token = ''
                        quoted = False
                    state = ' '
                elif c in commenters:
                    j = s.find('\n', i)
                    i = n if j < 0 else j + 1
                    if state == 'a':
                        state = ' '
                        if token or quoted:
                            tokens.append(token)
                            token = ''
                            quoted = False
                elif c in _quotes:
                    state = c
                elif c in _escape:
                    escapedstate = 'a'
                    state = c
                else:
                    token += c
                    state = 'a'
            elif state in _quotes:
                quoted = True
                if not c:
                    raise ValueError('No closing quotation')
                if c == state:
                    state = 'a'
                elif c in _escape and state in _escapedquotes:
                    escapedstate = state
                    state = c
                else:
                    token += c
            else:
                if not c:
                    raise ValueError('No escaped character')
                if escapedstate in _quotes and c != state and c != escapedstate:
                    token += state
                token += c
                state = escapedstate
        if token or quoted:
            tokens.append(token)
        return tokens

    _unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII)

    def quote(s):
        if not s:
            return "''"
        if _unsafe.search(s) is None:
            return s
        return "'" + s.replace("'", "'\"'\"'") + "'"

    def join(split_command):
        return ' '.join(quote(arg) for arg in split_command)

    return {'split': split, 'quote': quote, 'join': join}
