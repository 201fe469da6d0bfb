def __pycps_std_html():
    # `html`: `escape` as CPython 3.11, and `unescape` with CPython's rules
    # for numeric references (the cp1252 remapping of 0x80-0x9f, U+FFFD for
    # surrogates and out-of-range code points, dropped invalid code points)
    # and, of HTML5's 2231 named references, the HTML 4 set (the Latin-1
    # names also without their `;`, as browsers accept them) plus `&apos;`.
    # An unknown name is left as it is.
    import re

    def escape(s, quote=True):
        s = s.replace('&', '&amp;')
        s = s.replace('<', '&lt;')
        s = s.replace('>', '&gt;')
        if quote:
            s = s.replace('"', '&quot;')
            s = s.replace('\'', '&#x27;')
        return s

    _invalid_charrefs = {
        0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
        0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
        0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
        0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
        0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
        0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
        0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
    }

    _invalid_codepoints = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | \
        set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | \
        {(p << 16) | 0xfffe for p in range(17)} | {(p << 16) | 0xffff for p in range(17)}

    _latin1 = ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo '
               'not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil '
               'sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc '
               'Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave '
               'Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times '
               'Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute '
               'acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave '
               'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide '
               'oslash ugrave uacute ucirc uuml yacute thorn yuml').split()
    _semi_only = {
        'apos': 0x27, 'OElig': 0x152, 'oelig': 0x153, 'Scaron': 0x160,
        'scaron': 0x161, 'Yuml': 0x178, 'fnof': 0x192, 'circ': 0x2c6,
        'tilde': 0x2dc, 'ensp': 0x2002, 'emsp': 0x2003, 'thinsp': 0x2009,
        'zwnj': 0x200c, 'zwj': 0x200d, 'lrm': 0x200e, 'rlm': 0x200f,
        'ndash': 0x2013, 'mdash': 0x2014, 'lsquo': 0x2018, 'rsquo': 0x2019,
        'sbquo': 0x201a, 'ldquo': 0x201c, 'rdquo': 0x201d, 'bdquo': 0x201e,
        'dagger': 0x2020, 'Dagger': 0x2021, 'bull': 0x2022, 'hellip': 0x2026,
        'permil': 0x2030, 'prime': 0x2032, 'Prime': 0x2033, 'lsaquo': 0x2039,
        'rsaquo': 0x203a, 'oline': 0x203e, 'frasl': 0x2044, 'euro': 0x20ac,
        'image': 0x2111, 'weierp': 0x2118, 'real': 0x211c, 'trade': 0x2122,
        'alefsym': 0x2135, 'larr': 0x2190, 'uarr': 0x2191, 'rarr': 0x2192,
        'darr': 0x2193, 'harr': 0x2194, 'crarr': 0x21b5, 'lArr': 0x21d0,
        'uArr': 0x21d1, 'rArr': 0x21d2, 'dArr': 0x21d3, 'hArr': 0x21d4,
        'forall': 0x2200, 'part': 0x2202, 'exist': 0x2203, 'empty': 0x2205,
        'nabla': 0x2207, 'isin': 0x2208, 'notin': 0x2209, 'ni': 0x220b,
        'prod': 0x220f, 'sum': 0x2211, 'minus': 0x2212, 'lowast': 0x2217,
        'radic': 0x221a, 'prop': 0x221d, 'infin': 0x221e, 'ang': 0x2220,
        'and': 0x2227, 'or': 0x2228, 'cap': 0x2229, 'cup': 0x222a, 'int': 0x222b,
        'there4': 0x2234, 'sim': 0x223c, 'cong': 0x2245, 'asymp': 0x2248,
        'ne': 0x2260, 'equiv': 0x2261, 'le': 0x2264, 'ge': 0x2265, 'sub': 0x2282,
        'sup': 0x2283, 'nsub': 0x2284, 'sube': 0x2286, 'supe': 0x2287,
        'oplus': 0x2295, 'otimes': 0x2297, 'perp': 0x22a5, 'sdot': 0x22c5,
        'lceil': 0x2308, 'rceil': 0x2309, 'lfloor': 0x230a, 'rfloor': 0x230b,
        'lang': 0x27e8, 'rang': 0x27e9, 'loz': 0x25ca, 'spades': 0x2660,
        'clubs': 0x2663, 'hearts': 0x2665, 'diams': 0x2666, 'check': 0x2713,
        'Tab': 0x9, 'NewLine': 0xa, 'sigmaf': 0x3c2, 'thetasym': 0x3d1,
        'upsih': 0x3d2, 'piv': 0x3d6,
    }
    _greek = ('Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu '
              'Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega').split()

    html5 = {}
    for name, ch in (('amp', '&'), ('lt', '<'), ('gt', '>'), ('quot', '"'),
                     ('AMP', '&'), ('LT', '<'), ('GT', '>'), ('QUOT', '"'),
                     ('COPY', '\xa9'), ('REG', '\xae')):
        html5[name] = ch
        html5[name + ';'] = ch
    for i, name in enumerate(_latin1):
        html5[name] = chr(0xa0 + i)
        html5[name + ';'] = chr(0xa0 + i)
    for name, cp in _semi_only.items():
        html5[name + ';'] = chr(cp)
    for i, name in enumerate(_greek):
        if name != '-':
            html5[name + ';'] = chr(0x391 + i)
            html5[name.lower() + ';'] = chr(0x3b1 + i)

    def _replace_charref(m):
        s = m.group(1)
        if s[0] == '#':
            if s[1] in 'xX':
                num = int(s[2:].rstrip(';'), 16)
            else:
                num = int(s[1:].rstrip(';'))
            if num in _invalid_charrefs:
                return _invalid_charrefs[num]
            if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
                return '\uFFFD'
            if num in _invalid_codepoints:
                return ''
            return chr(num)
        if s in html5:
            return html5[s]
        for x in range(len(s) - 1, 1, -1):
            if s[:x] in html5:
                return html5[s[:x]] + s[x:]
        return '&' + s

    _charref = re.compile(r'&(#[0-9]+;?'
                          r'|#[xX][0-9a-fA-F]+;?'
                          r'|[^\t\n\f <&#;]{1,32};?)')

    def unescape(s):
        if '&' not in s:
            return s
        return _charref.sub(_replace_charref, s)

    return {'escape': escape, 'unescape': unescape}
