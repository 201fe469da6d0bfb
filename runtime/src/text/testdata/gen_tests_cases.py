# Test-case definitions, exec'd by gen_tests.py (shares its helpers).
E = "Result<&str, (&str, &str)>"

# ---------------------------------------------------------------- floats
def rand_floats(n):
    out = []
    for _ in range(n):
        k = random.randrange(4)
        if k == 0: out.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
        elif k == 1: out.append(round(random.uniform(-1e4, 1e4), random.randint(0, 8)))
        elif k == 2: out.append(random.uniform(-1, 1) * 10.0 ** random.randint(-30, 30))
        else: out.append(random.randint(-10**6, 10**6) / random.choice([1, 2, 4, 8, 10, 100, 1000, 3]))
    return [x for x in out if x == x]

special = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1.005, 0.1, 0.2, 0.3, 0.1 + 0.2, 1e16, 1e15, 123.456,
           1e-5, 1.5e-5, 0.0001, 1e-4, 9.995, 5e-324, 1.7976931348623157e308, float('inf'), -float('inf'), 1e22, 1e100,
           12345678.9, 0.000123456, 100.0, 1234567.891, 3.14159, 0.25, 1e-7, -1e-7, 2**53, 2**63, 2**64 + 0.0, 1/3, 2/3,
           999999.9999, 9.5, 10.5, 0.05, 0.15, 0.35, 1e300, -1.5e-10]
special = [float(x) for x in special]
floats = special + rand_floats(150)

rounds = []
for x in special + rand_floats(10):
    for n in [0, 1, 2, 3, -1, -2, 5, 17, 300, 400, -308, -20]:
        rounds.append('(%s, %d, %s)' % (fbits(x), n, res(lambda: round(x, n), fbits)))
for x in [1.7e308, -1.7e308]:
    rounds.append('(%s, %d, %s)' % (fbits(x), -308, res(lambda: round(x, -308), fbits)))
round_int = ['(%s, %s)' % (fbits(x), res(lambda: round(x), lambda v: rs(str(v)))) for x in special + [float('nan'), 0.5, -0.5, 1.5, 2.5, 3.5, -3.5, 1e20] + rand_floats(30)]

pi_cases = ["0", "-0", "+12", " 12 ", "\t-7\n", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0b101", "0b", "0x",
            "0x_1f", "0x__1f", "010", "00", "0_0", "000", "1 2", "- 1", "", "  ", "abc", "12a", "١٢٣", "\u00a012\u2003",
            "9" * 30, "-" + "9" * 40, "z", "Z", "zz", "0b1_0", "1e5", "1.0", "+", "-", "0x1g", "\x1c1", "٣x", "1" * 4300,
            "1" * 4301, "1" * 4400 + "x", "x" * 300, "'", "\"'", "12\x00"]
parse_int = []
for s in pi_cases:
    for base in [10, 0, 16, 2, 8, 36, 1, 37]:
        if base not in (10, 0) and random.random() < 0.5 and s not in ("0x1f", "0b101", "0o17", "z", "zz", "1_000"): continue
        if len(s) > 100 and base != 10: continue
        parse_int.append('(%s, %d, %s)' % (rs(s), base, res(lambda: int(s, base), lambda v: rs(str(v)) if len(str(v)) < 5000 else rs(str(v)))))

pf_cases = ["1", "1.5", " -2.5 ", "+.5", "5.", ".", "e5", "1e5", "1E-5", "1e", "1e+", "inf", "-inf", "+INF", "Infinity",
            "-infinity", "nan", "-NaN", "+nan", "infinit", "nana", "1_000.5", "1_000_000", "1__0", "_1", "1_", "1_.5",
            "1._5", "1e1_0", "1e_10", "0x10", "", " ", "abc", "١.٥", "\u20031.25\u2003", "1e400", "-1e400", "1e-400",
            "0.1", "123456789012345678901234567890", "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308",
            "00012", "1 2", "--1", "+-1", "1e5.5", "'quoted'", "\"'", "1.5\x00"]
parse_float = ['(%s, %s)' % (rs(s), res(lambda: float(s), lambda v: rs(repr(v)))) for s in pf_cases]

gen("gen_floats", "Float repr/round and int/float parsing expectations.", [
    table("FLOAT_REPR", "(u64, &str)", ['(%s, %s)' % (fbits(x), rs(repr(x))) for x in floats]),
    table("FLOAT_ROUND", "(u64, i64, Result<u64, (&str, &str)>)", rounds),
    table("ROUND_INT", "(u64, %s)" % E, round_int),
    table("PARSE_INT", "(&str, u32, %s)" % E, parse_int),
    table("PARSE_FLOAT", "(&str, %s)" % E, parse_float),
])

# ---------------------------------------------------------------- reprs
repr_cases = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there\nnew\rret", "\x00\x01\x1f\x7f",
              "\x80\x9f\xa0\xa1\xad\xff", "é", "日本語", "\u200b\u200e\u2028\u2029\u3000", "\ud7ff\ue000\uf8ff\ufeff\ufffd\uffff",
              "\U0001f600\U000e0001\U0010ffff\U000f0000", "\u0378\u0530\u0590", "\u0300x\u0301", "a'b\"c", "\x85\u180e", "\U0001d400"]
repr_cases += [''.join(chr(random.choice([random.randrange(0x20), random.randrange(0x7f, 0x400), random.randrange(0x2000, 0x3100),
                                            random.randrange(0x10000, 0x30000), random.randrange(0xe0000, 0xe0200), ord(random.choice("'\"\\ab"))]))
                       for _ in range(12)) for _ in range(40)]
repr_cases = [s for s in repr_cases if not any(0xd800 <= ord(c) < 0xe000 for c in s)]
bytes_cases = [b"", b"abc", b"it's", b'"', b"'\"", b"\x00\x7f\x80\xff", b"\t\n\r\\", bytes(range(256))]
gen("gen_repr", "str/bytes repr expectations.", [
    table("STR_REPR", "(&str, &str, &str)", ['(%s, %s, %s)' % (rs(s), rs(repr(s)), rs(ascii(s))) for s in repr_cases]),
    table("BYTES_REPR", "(&[u8], &str)", ['(%s, %s)' % (rbytes(b), rs(repr(b))) for b in bytes_cases]),
])

# ---------------------------------------------------------------- slices and int ops
def opt(v): return 'None' if v is None else 'Some(%d)' % v
sl = []
vals = [None, 0, 1, 2, 3, 5, 10, -1, -2, -3, -10, 2**62, -2**62]
for _ in range(400):
    a, b, c = random.choice(vals), random.choice(vals), random.choice(vals + [None, 1, -1, 0])
    n = random.choice([0, 1, 3, 5, 10])
    def f():
        idx = slice(a, b, c).indices(n)
        return (*idx, len(range(*idx)))
    sl.append('(%s, %s, %s, %d, %s)' % (opt(a), opt(b), opt(c), n, res(f, lambda t: '(%d, %d, %d, %d)' % t)))

ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**63 - 1, -2**63, 2**64, -2**64, 10**20 + 7, -(10**20 + 7), 3**100, -(5**80),
        2**53 + 1, 2**54 + 1, 2**1023, 2**1024, 2**1030 - 1, 12345678901234567890123]
binops = []
for a in ints:
    for b in ints:
        if random.random() < 0.55: continue
        binops.append('(%s, %s, %s, %s, %s)' % (rs(str(a)), rs(str(b)), res(lambda: a // b, lambda v: rs(str(v))),
                      res(lambda: a % b, lambda v: rs(str(v))), res(lambda: a / b, lambda v: rs(repr(v)))))
# correctly rounded true division on random big operands (hex to stay small)
truediv = []
for _ in range(250):
    a = random.getrandbits(random.randint(1, 1150)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 1150)) or 1
    truediv.append('(%s, %s, %s)' % (rs(hex(a)), rs(hex(b)), res(lambda: a / b, lambda v: rs(repr(v)))))
binops.append('(%s, %s, %s, %s, %s)' % (rs(str(10**400)), rs("3"), res(lambda: 10**400 // 3, lambda v: rs(str(v))),
              res(lambda: 10**400 % 3, lambda v: rs(str(v))), res(lambda: 10**400 / 3, lambda v: rs(repr(v)))))
i2f = ['(%s, %s)' % (rs(hex(a)), res(lambda: float(a), lambda v: rs(repr(v)))) for a in ints + [2**53 + 1, 2**54 + 3, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1] + [random.getrandbits(random.randint(50, 1100)) for _ in range(60)]]
pows = []
for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**40, 7**30]:
    for b in [0, 1, 2, 3, 5, 63, 64, 100, -1, -2, -3]:
        pows.append('(%s, %s, %s)' % (rs(str(a)), rs(str(b)), res(lambda: a ** b, lambda v: rs(repr(v)))))
pows.append('(%s, %s, %s)' % (rs(str(10**400)), rs("-1"), res(lambda: (10**400) ** -1, lambda v: rs(repr(v)))))
powmod = []
for a in [0, 1, 2, 3, -3, 10, 12345678901234567890]:
    for b in [0, 1, 5, -1, -2, 100]:
        for m in [0, 1, -1, 7, -7, 12, 10**30 + 3]:
            powmod.append('(%s, %s, %s, %s)' % (rs(str(a)), rs(str(b)), rs(str(m)), res(lambda: pow(a, b, m), lambda v: rs(str(v)))))
fl = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 7.5, -7.5, 0.5, 3.0, 1e300, -1e300, 1e-300, float('inf'), -float('inf'), float('nan'), 0.1, 2.5, -3.7]
fbin = []
for a in fl:
    for b in fl:
        fbin.append('(%s, %s, %s, %s, %s, %s)' % (fbits(a), fbits(b), res(lambda: a // b, lambda v: rs(repr(v))), res(lambda: a % b, lambda v: rs(repr(v))),
                    res(lambda: divmod(a, b), lambda v: rs(repr(v))), res(lambda: 'complex' if (a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b)) else a ** b, lambda v: rs(v if isinstance(v, str) else repr(v)))))
f2i = ['(%s, %s)' % (fbits(x), res(lambda: int(x), lambda v: rs(str(v)))) for x in fl + [1e20, -1e20, 1.7976931348623157e308, 2.0**63, -2.0**63, 9.3e18, -9.99, 123456.789]]
gen("gen_ints", "Slice and int/float arithmetic expectations.", [
    table("SLICES", "(Option<i64>, Option<i64>, Option<i64>, usize, Result<(isize, isize, isize, usize), (&str, &str)>)", sl),
    table("INT_BINOPS", "(&str, &str, %s, %s, %s)" % (E, E, E), binops),
    table("INT_TRUEDIV", "(&str, &str, %s)" % E, truediv),
    table("INT_TO_FLOAT", "(&str, %s)" % E, i2f),
    table("INT_POW", "(&str, &str, %s)" % E, pows),
    table("INT_POW_MOD", "(&str, &str, &str, %s)" % E, powmod),
    table("FLOAT_BINOPS", "(u64, u64, %s, %s, %s, %s)" % (E, E, E, E), fbin),
    table("FLOAT_TO_INT", "(u64, %s)" % E, f2i),
])

# ---------------------------------------------------------------- format specs
def rand_spec(types):
    p = ''
    r = random.random
    if r() < 0.3: p += random.choice(['', '*', '0', 'x', 'é']) + random.choice('<>^=')
    if r() < 0.3: p += random.choice('+- ')
    if r() < 0.1: p += 'z'
    if r() < 0.2: p += '#'
    if r() < 0.25: p += '0'
    if r() < 0.5: p += str(random.choice([1, 2, 5, 8, 10, 12, 15, 20]))
    if r() < 0.2: p += random.choice([',', '_'])
    if r() < 0.4: p += '.' + str(random.choice([0, 1, 2, 3, 6, 10, 17, 25]))
    if r() < 0.85: p += random.choice(types)
    return p

fixed_specs = ['', 'd', '03d', '+d', '-d', ' d', '#x', '#X', '#o', '#b', 'x', 'X', ',', '_', '_x', '_b', ',d', '010,', '010_x',
               '>10', '<10', '^10', '=10', '*^11', '0=10', '+010', ' 010', 'c', 'n', ',n', '.2', '.2f', ',.2f', '>10.3f', '%', '.1%',
               'e', 'E', '.3e', 'g', 'G', '.3g', '#g', '#.3g', '#.0f', '.0f', '.0e', 'z.1f', 'z', 'f', 'F', '.10g', '.17g', '.1g',
               's', 'r', 'abc', '..2', '.', ',_', '_,', '010.3', '<05', '05', '#', '+', ' ', 'z', '=', '=5', '^', 'q', '\u00e9', '\x01',
               ',s', '_s', ',c', '_n', '99999999999', '.99999999999', 'x<5', '\u00e9^9', '#010x', '#010b', '-#10o', '012,.3f',
               '020,.2e', '10.3%', '+.0%', '  ', '0', '00', '0>5', '5,', '10_']
int_vals = [0, 1, -1, 5, -5, 42, 255, -255, 1234567, -1234567, 10**20, -(2**70), 65, 0x1F600, 0x110000, -1, 2**63, 10**400]
float_vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 2.675, 0.1 + 0.2, 1234567.891, 3.14159, 0.25, 1e-7, 1e16, 1e15, 123456789.0,
              1.5e300, -1.5e-300, float('inf'), -float('inf'), float('nan'), 100.0, 99.99, 0.0001, 0.00001234, -0.00001, 5e-324,
              123.456, 1e22, 9.999999, -9.5]
str_vals = ['', 'a', 'abc', 'hello world', 'é日本', 'tab\t']
fmt_rows = []
def add(v, spec, kind):
    def f():
        return format(v, spec)
    fmt_rows.append('(%s, %s, %s, %s)' % (rs(kind), rs(repr(v) if kind != 'float' else fbits(v)), rs(spec), res(f, rs)))
# brief examples
for v, spec in [(1.0, ''), (1e16, ''), (0.1 + 0.2, '.2f'), (1234567.891, ',.2f'), (3.14159, '>10.3f'), (0.25, '%'), (1e-7, 'g'),
                (2.675, '.2f'), (0.5, '.0f'), (1.5, '.0f'), (123.0, '.3'), (1e20, '.3'), (1.0, '.3'), (0.0001, '.3'), (-0.0, 'z.2f')]:
    add(v, spec, 'float')
for v, spec in [(5, '03d'), (255, '#x'), (-5, '+d'), (True, 'd')]:
    add(int(v), spec, 'int')
for spec in fixed_specs:
    for v in int_vals[:12] + [10**400]:
        if spec == '' or random.random() < 0.4: add(v, spec, 'int')
    for v in float_vals:
        if random.random() < 0.3: add(v, spec, 'float')
    for v in str_vals:
        if random.random() < 0.3: add(v, spec, 'str')
for _ in range(500):
    k = random.choice(['int', 'float', 'float', 'str'])
    if k == 'int': add(random.choice(int_vals), rand_spec('bcdoxXnefg%s'), k)
    elif k == 'float': add(random.choice(float_vals + rand_floats(5)), rand_spec('eEfFgGn%d'), k)
    else: add(random.choice(str_vals), rand_spec('s'), k)
fmt_rows = fmt_rows[:1400]
gen("gen_format", "format(value, spec) expectations.", [
    table("FORMAT_SPEC_A", "(&str, &str, &str, %s)" % E, fmt_rows[:700]),
    table("FORMAT_SPEC_B", "(&str, &str, &str, %s)" % E, fmt_rows[700:]),
])

# ---------------------------------------------------------------- percent formatting
def targ(v):
    if isinstance(v, bool): return 'A::B(%s)' % ('true' if v else 'false')
    if isinstance(v, int): return 'A::I(%s)' % rs(str(v))
    if isinstance(v, float): return 'A::F(%s)' % fbits(v)
    if isinstance(v, str): return 'A::S(%s)' % rs(v)
    return 'A::O(%s, %s, %s)' % (rs(type(v).__name__), rs(str(v)), rs(repr(v)))
pct_rows = []
def padd(fmt, args):
    tup = isinstance(args, tuple)
    items = list(args) if tup else [args]
    pct_rows.append('(%s, &[%s], %s, %s)' % (rs(fmt), ', '.join(targ(a) for a in items), 'true' if tup else 'false', res(lambda: fmt % args, rs)))
pvals = [0, 1, -1, 42, -42, 255, 3.14159, -2.5, 0.0, -0.0, 1e20, 1.5e-7, float('inf'), float('nan'), True, 'abc', 'é', '', [1, 'x'], None, 65, 10**25, -(10**25), 2.675]
convs = 'sradiuoxXeEfFgGc'
for _ in range(700):
    flags = ''.join(random.sample('-+ #0', random.randint(0, 2)))
    width = random.choice(['', '', '5', '10', '1', '*'])
    prec = random.choice(['', '', '.0', '.2', '.5', '.*', '.12'])
    conv = random.choice(convs)
    fmt = random.choice(['', 'x=', '[']) + '%' + flags + width + prec + random.choice(['', '', 'l']) + conv + random.choice(['', ']', ' end'])
    args = []
    if width == '*': args.append(random.choice([3, -6, 8, 0]))
    if prec == '.*': args.append(random.choice([0, 2, -1, 4]))
    args.append(random.choice(pvals))
    padd(fmt, tuple(args) if len(args) > 1 or random.random() < 0.5 else args[0])
for fmt, args in [('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5), ('abc', ()), ('%', ()), ('%5', (1,)), ('%y', 1), ('%5%', ()),
                  ('%5%', (1,)), ('%%', ()), ('100%%', ()), ('%*d', ('a', 1)), ('%.*f', ('a', 1.0)), ('%d', 'a'), ('%x', 1.5), ('%f', 'a'),
                  ('%c', 'ab'), ('%c', 1114112), ('%c', -1), ('%c', 97), ('%c', 'é'), ('%c', 2.0), ('%d', 3.99), ('%d', -3.99), ('%d', float('nan')),
                  ('%d', float('inf')), ('%(a)s', 5), ('%s %s', ('a', 'b')), ('%-05d|', 3), ('%05s', 'ab'), ('%+s', 'ab'), ('%#o', 8), ('%#X', 255),
                  ('%#10x', -255), ('%#010x', -255), ('%-#10x|', 255), ('% d', 5), ('%+05d', 5), ('%010.3f', -3.14159), ('%.3s', 'abcdef'),
                  ('%.0s|', 'abc'), ('%10.2r', 'abc'), ('%a', 'é'), ('%r', 'it\'s'), ('%.20d', -5), ('%#.5x', 255), ('%i', True), ('%s', True),
                  ('%\u00e9', 1), ('%\x01', 1), ('%ld', 5), ('%hd', 5), ('%Lf', 1.5), ('%3$d', 1), ('%s', 10**25), ('%e', 10**400), ('%c', True)]:
    padd(fmt, args)
dict_rows = []
for fmt, d in [('%(a)s-%(b)d', {'a': 'x', 'b': 5}), ('%(a)s', {}), ('%(a', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}),
               ('abc', {'a': 1}), ('%(a)*d', {'a': 5}), ('%(x(y))s', {'x(y)': 'nested'}), ('%(a)05.1f|%(a)-8r|', {'a': 2.25}),
               ('%(a)%', {'a': 1}), ('%()s', {'': 'empty'})]:
    items = ', '.join('(%s, %s)' % (rs(k), targ(v)) for k, v in d.items())
    dict_rows.append('(%s, &[%s], %s, %s)' % (rs(fmt), items, targ(d), res(lambda: fmt % d, rs)))
gen("gen_percent", "printf-style % formatting expectations.", [
    table("PERCENT", "(&str, &[A], bool, %s)" % E, pct_rows),
    table("PERCENT_DICT", "(&str, &[(&str, A)], A, %s)" % E, dict_rows),
])

# ---------------------------------------------------------------- str methods
def rlist(xs): return '&[%s]' % ', '.join(rs(x) for x in xs)
def ropt(x): return 'None' if x is None else 'Some(%s)' % (rs(x) if isinstance(x, str) else str(x))
texts = ['', 'a', 'abc', 'hello world', '  hello  world  ', 'aaa', 'abcabcabc', 'é日本語é', 'a,b,,c,', ',', '\tx\ny\r\nz\rw\x0bq\x0cr\x1cs\x85t\u2028u\u2029',
         'line1\nline2\n', '\n\n', 'x\u3000y\u00a0z\x1fw', 'ΣΑΣ ΣΑΣ.', 'ǆemal ǅ ǈ', 'ß straße ﬁ', 'İstanbul', 'hello_World-2nd 3rd', "they're bill's",
         '+12', '-0042', '42', 'a\tb\tc', '12\t345\t6789\n\tx', 'ABC def GHI', '🐍py🐍', 'ﬀ ŉ ǰ ΐ', '١٢٣', '½⅓', '²³', 'Ⅻ', 'abc123', '_id', '1id', 'ℌ', 'ᾈᾀ ῼ']
find_rows, split_rows, strip_rows, repl_rows, pad_rows, part_rows, case_rows, pred_rows, lines_rows, tab_rows = ([] for _ in range(10))
subs = ['', 'a', 'b', 'abc', 'é', 'l', 'o w', 'ab', 'x', '日本', 'aa', ',', 'ΣΑ']
bounds = [None, 0, 1, 2, -1, -2, 3, 5, 100, -100]
for _ in range(600):
    s = random.choice(texts); sub = random.choice(subs)
    st = random.choice(bounds); en = random.choice(bounds + [None, None])
    if st is None and en is not None: st = 0
    a = (st, en) if st is not None else ()
    a = a if en is not None else (a[:1] if a else ())
    find_rows.append('(%s, %s, %s, %s, %d, %d, %d, %s, %s)' % (rs(s), rs(sub), ropt(st), ropt(en) if len(a) == 2 else 'None',
                     s.find(sub, *a), s.rfind(sub, *a), s.count(sub, *a), str(s.startswith(sub, *a)).lower(), str(s.endswith(sub, *a)).lower()))
for s in texts:
    for sep in [None, ',', 'a', 'b', ' ', 'abc', '', 'é']:
        for m in [-1, 0, 1, 2]:
            if random.random() < 0.5 and sep not in (None, ','): continue
            split_rows.append('(%s, %s, %d, %s, %s)' % (rs(s), ropt(sep), m, res(lambda: s.split(sep, m), rlist), res(lambda: s.rsplit(sep, m), rlist)))
    lines_rows.append('(%s, %s, %s)' % (rs(s), rlist(s.splitlines()), rlist(s.splitlines(True))))
    for ch in [None, '', ' ', 'a', 'ab', 'éa', ' \t\n']:
        strip_rows.append('(%s, %s, %s, %s, %s)' % (rs(s), ropt(ch), rs(s.strip(ch)), rs(s.lstrip(ch)), rs(s.rstrip(ch))))
    for old, new in [('a', 'X'), ('', '-'), ('abc', ''), (' ', '__'), ('é', 'e'), ('l', 'L')]:
        for c in random.sample([-1, 0, 1, 2], 2):
            repl_rows.append('(%s, %s, %s, %d, %s)' % (rs(s), rs(old), rs(new), c, rs(s.replace(old, new, c))))
    for w in [-1, 0, 3, 6, 7, 10, 11]:
        fill = random.choice([' ', '*', 'é'])
        pad_rows.append('(%s, %d, %s, %s, %s, %s, %s)' % (rs(s), w, "'\\u{%x}'" % ord(fill), rs(s.center(w, fill)), rs(s.ljust(w, fill)), rs(s.rjust(w, fill)), rs(s.zfill(w))))
    for sep in ['a', ',', ' ', 'abc', '', 'é', 'zz']:
        part_rows.append('(%s, %s, %s, %s)' % (rs(s), rs(sep), res(lambda: s.partition(sep), lambda t: '(%s, %s, %s)' % tuple(map(rs, t))),
                         res(lambda: s.rpartition(sep), lambda t: '(%s, %s, %s)' % tuple(map(rs, t)))))
    for ts in [8, 4, 1, 0, -1]:
        tab_rows.append('(%s, %d, %s)' % (rs(s), ts, rs(s.expandtabs(ts))))
assigned = [c for c in range(0x20, 0x20000) if unicodedata.category(chr(c)) not in ('Cn', 'Cs', 'Co')]
case_texts = texts + [''.join(chr(random.choice(assigned)) for _ in range(random.randint(1, 8))) for _ in range(150)]
case_texts += [chr(c) for c in assigned if chr(c).casefold() != chr(c).lower() or chr(c).title() != chr(c).upper()][:150]
for s in case_texts:
    case_rows.append('(%s, %s, %s, %s, %s, %s, %s)' % tuple(rs(x) for x in (s, s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())))
    bits = ''.join('1' if f(s) else '0' for f in (str.isdigit, str.isalpha, str.isalnum, str.isspace, str.isupper, str.islower, str.isnumeric,
                                                   str.isdecimal, str.istitle, str.isidentifier, str.isprintable, str.isascii))
    pred_rows.append('(%s, %s)' % (rs(s), rs(bits)))
for c in range(0, 0x30000, 7):
    ch = chr(c)
    if 0xd800 <= c < 0xe000: continue
    if not (ch.isalpha() or ch.isdigit() or ch.isnumeric() or ch.isspace() or not ch.isprintable() or ch.isidentifier()): continue
    if random.random() < 0.985: continue
    bits = ''.join('1' if f(ch) else '0' for f in (str.isdigit, str.isalpha, str.isalnum, str.isspace, str.isupper, str.islower, str.isnumeric,
                                                    str.isdecimal, str.istitle, str.isidentifier, str.isprintable, str.isascii))
    pred_rows.append('(%s, %s)' % (rs(ch), rs(bits)))
gen("gen_strs", "str method expectations.", [
    table("STR_FIND", "(&str, &str, Option<i64>, Option<i64>, i64, i64, usize, bool, bool)", find_rows),
    table("STR_SPLIT", "(&str, Option<&str>, i64, Result<&[&str], (&str, &str)>, Result<&[&str], (&str, &str)>)", split_rows),
    table("STR_SPLITLINES", "(&str, &[&str], &[&str])", lines_rows),
    table("STR_STRIP", "(&str, Option<&str>, &str, &str, &str)", strip_rows),
    table("STR_REPLACE", "(&str, &str, &str, i64, &str)", repl_rows),
    table("STR_PAD", "(&str, i64, char, &str, &str, &str, &str)", pad_rows),
    table("STR_PARTITION", "(&str, &str, Result<(&str, &str, &str), (&str, &str)>, Result<(&str, &str, &str), (&str, &str)>)", part_rows),
    table("STR_EXPANDTABS", "(&str, i64, &str)", tab_rows),
    table("STR_CASE", "(&str, &str, &str, &str, &str, &str, &str)", case_rows),
    table("STR_PREDICATES", "(&str, &str)", pred_rows),
])

# ---------------------------------------------------------------- str.format
def targ2(v):
    if isinstance(v, list): return 'A::L(&[%s])' % ', '.join(targ2(x) for x in v)
    if isinstance(v, dict): return 'A::D(&[%s])' % ', '.join('(%s, %s)' % (rs(k), targ2(x)) for k, x in v.items())
    return targ(v)
F_POS = [42, 3.14159, 'str', [10, 'b', [7]], {'key': 'val', '0': 'zero'}, -7, True]
F_KW = {'name': 'Ann', 'n': 5, 'x': 2.5, 'lst': [1, 2, 3], 'd': {'a': 'A', 'k': 99}, 'w': 8, 'p': 2}
templates = ['', 'plain', '{}', '{} {}', '{0} {1} {0}', '{2!r:>8}|', '{name!r:>5}', '{name:^9}', '{x:.{p}f}', '{x:{w}.{p}f}|', '{0:{1}}',
             '{:{}}', '{:{:{}}}', '{{}}', '{{{0}}}', '}}{{', '{', '}', '{0', '{0!', '{0!r', '{0!x}', '{0!}', '{0!rx}', '{0!r:}', '{a.}', '{lst[}',
             '{lst[0]x}', '{}{0}', '{0}{}', '{9}', '{nokey}', '{lst[1]}', '{lst[1]:>4}', '{d[a]}', '{d[k]:05d}', '{3[2][0]}', '{4[key]}',
             '{4[0]}', '{0:,}', '{1:.2%}', '{5:+d}', '{6}', '{6:d}', '{6!s}', '{2!a}', '{name!a}', '{:x} {:o} {:b}', '{0:{w}}',
             '{0:{}}', '{:{0}}', '{0[}', '{0]}', '{0.x[}', '{ 0}', '{00}', '{0:}}', '{0:{{}}}', '{!r}', '{:}', '{:d}', '{0:d}{0:x}', '{x:e}',
             'a{0}b{1}c{2}d', '{name}{name}', '{٠}', '{0:>{w}}|{1:<{w}}|', '{0!r:^{w}}', '{:%}', '{99999999999999999999}', '{0:{w}{p}}',
             '{2:.1}', '{2:x}', '{0:s}', '{1:d}', '{3}', '{3:>5}', '{0:{w}.{p}{x}}', '{9}{', '{nokey.}', '{0[0]x}', '{3[9]}', '{lst[0].}', '{0:{}}{', '{}{:{:{}}}', '{0!x:{9}}', '{9!x}', '{0:{9!x}}']
fmt_rows2 = []
for t in templates:
    fmt_rows2.append('(%s, %s)' % (rs(t), res(lambda: t.format(*F_POS, **F_KW), rs)))
gen("gen_strformat", "str.format expectations.", [
    table("STR_FORMAT", "(&str, %s)" % E, fmt_rows2) +
    "\n#[rustfmt::skip]\npub(crate) const POS: &[A] = &[%s];\n\n#[rustfmt::skip]\npub(crate) const KW: &[(&str, A)] = &[%s];\n" % (
        ', '.join(targ2(v) for v in F_POS), ', '.join('(%s, %s)' % (rs(k), targ2(v)) for k, v in F_KW.items())),
])
