def __pycps_std_fractions():
    # `fractions.Fraction`, after CPython 3.11's Lib/fractions.py: exact
    # rationals from ints, (numerator, denominator), strings ('3/4', '1.5',
    # '2e-3'; 3.11's pattern, its `d*` typo included) and floats (exact binary value); arithmetic with ints
    # (exact), floats (float results); comparisons, hashing equal to equal
    # ints/floats, rounding, `limit_denominator`. Invariant: the
    # denominator is positive and gcd(numerator, denominator) == 1.
    import math
    import re

    _PyHASH_MODULUS = 2 ** 61 - 1
    _PyHASH_INF = 314159

    _RATIONAL_FORMAT = re.compile(
        r'\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>\d*|\d+(_\d+)*)'
        r'(?:(?:/(?P<denom>\d+(_\d+)*))?|(?:\.(?P<decimal>d*|\d+(_\d+)*))?'
        r'(?:E(?P<exp>[-+]?\d+(_\d+)*))?)\s*\Z', re.IGNORECASE)

    def _is_rational(x):
        return isinstance(x, (int, Fraction))

    class Fraction:
        __module__ = 'fractions'
        __slots__ = ('_numerator', '_denominator')

        def __init__(self, numerator=0, denominator=None, *, _normalize=True):
            if denominator is None:
                if type(numerator) is int or type(numerator) is bool:
                    self._numerator = int(numerator)
                    self._denominator = 1
                    return
                elif isinstance(numerator, Fraction):
                    self._numerator = numerator._numerator
                    self._denominator = numerator._denominator
                    return
                elif isinstance(numerator, float):
                    n, d = numerator.as_integer_ratio()
                    self._numerator = n
                    self._denominator = d
                    return
                elif isinstance(numerator, str):
                    m = _RATIONAL_FORMAT.match(numerator)
                    if m is None:
                        raise ValueError('Invalid literal for Fraction: %r' % numerator)
                    numerator = int(m.group('num') or '0')
                    denom = m.group('denom')
                    if denom:
                        denominator = int(denom)
                    else:
                        denominator = 1
                        decimal = m.group('decimal')
                        if decimal:
                            decimal = decimal.replace('_', '')
                            scale = 10 ** len(decimal)
                            numerator = numerator * scale + int(decimal)
                            denominator *= scale
                        exp = m.group('exp')
                        if exp:
                            exp = int(exp)
                            if exp >= 0:
                                numerator *= 10 ** exp
                            else:
                                denominator *= 10 ** -exp
                    if m.group('sign') == '-':
                        numerator = -numerator
                else:
                    raise TypeError('argument should be a string or a Rational instance')
            elif _is_rational(numerator) and _is_rational(denominator):
                if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                    a = Fraction(numerator)
                    b = Fraction(denominator)
                    numerator = a._numerator * b._denominator
                    denominator = b._numerator * a._denominator
                else:
                    numerator = int(numerator)
                    denominator = int(denominator)
            else:
                raise TypeError('both arguments should be Rational instances')
            if denominator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
            if _normalize:
                g = math.gcd(numerator, denominator)
                if denominator < 0:
                    g = -g
                numerator //= g
                denominator //= g
            self._numerator = numerator
            self._denominator = denominator

        @classmethod
        def from_float(cls, f):
            if isinstance(f, int):
                return cls(f)
            if not isinstance(f, float):
                raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                                (cls.__name__, f, type(f).__name__))
            return cls(*f.as_integer_ratio())

        def as_integer_ratio(self):
            return (self._numerator, self._denominator)

        def limit_denominator(self, max_denominator=1000000):
            if max_denominator < 1:
                raise ValueError('max_denominator should be at least 1')
            if self._denominator <= max_denominator:
                return Fraction(self)
            p0, q0, p1, q1 = 0, 1, 1, 0
            n, d = self._numerator, self._denominator
            while True:
                a = n // d
                q2 = q0 + a * q1
                if q2 > max_denominator:
                    break
                p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
                n, d = d, n - a * d
            k = (max_denominator - q0) // q1
            if 2 * d * (q0 + k * q1) <= self._denominator:
                return Fraction(p1, q1, _normalize=False)
            return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

        @property
        def numerator(a):
            return a._numerator

        @property
        def denominator(a):
            return a._denominator

        def __repr__(self):
            return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

        def __str__(self):
            if self._denominator == 1:
                return str(self._numerator)
            return '%s/%s' % (self._numerator, self._denominator)

        def _op(self, other, fop, ffloat):
            if isinstance(other, (int, Fraction)):
                return fop(self, Fraction(other))
            if isinstance(other, float):
                return ffloat(float(self), other)
            return NotImplemented

        def _rop(self, other, fop, ffloat):
            if isinstance(other, (int, Fraction)):
                return fop(Fraction(other), self)
            if isinstance(other, float):
                return ffloat(other, float(self))
            return NotImplemented

        def __add__(a, b):
            return a._op(b, _add, lambda x, y: x + y)

        def __radd__(b, a):
            return b._rop(a, _add, lambda x, y: x + y)

        def __sub__(a, b):
            return a._op(b, _sub, lambda x, y: x - y)

        def __rsub__(b, a):
            return b._rop(a, _sub, lambda x, y: x - y)

        def __mul__(a, b):
            return a._op(b, _mul, lambda x, y: x * y)

        def __rmul__(b, a):
            return b._rop(a, _mul, lambda x, y: x * y)

        def __truediv__(a, b):
            return a._op(b, _div, lambda x, y: x / y)

        def __rtruediv__(b, a):
            return b._rop(a, _div, lambda x, y: x / y)

        def __floordiv__(a, b):
            return a._op(b, _floordiv, lambda x, y: x // y)

        def __rfloordiv__(b, a):
            return b._rop(a, _floordiv, lambda x, y: x // y)

        def __mod__(a, b):
            return a._op(b, _mod, lambda x, y: x % y)

        def __rmod__(b, a):
            return b._rop(a, _mod, lambda x, y: x % y)

        def __divmod__(a, b):
            return a._op(b, _divmod, divmod)

        def __rdivmod__(b, a):
            return b._rop(a, _divmod, divmod)

        def __pow__(a, b):
            if isinstance(b, (int, Fraction)):
                b = Fraction(b)
                if b._denominator == 1:
                    power = b._numerator
                    if power >= 0:
                        return Fraction(a._numerator ** power, a._denominator ** power,
                                        _normalize=False)
                    elif a._numerator >= 0:
                        return Fraction(a._denominator ** -power, a._numerator ** -power,
                                        _normalize=False)
                    else:
                        return Fraction((-a._denominator) ** -power,
                                        (-a._numerator) ** -power, _normalize=False)
                return float(a) ** float(b)
            if isinstance(b, float):
                return float(a) ** b
            return NotImplemented

        def __rpow__(b, a):
            if b._denominator == 1 and b._numerator >= 0:
                return a ** b._numerator
            if isinstance(a, (int, Fraction)):
                return Fraction(a) ** b
            if isinstance(a, float):
                return a ** float(b)
            return NotImplemented

        def __pos__(a):
            return Fraction(a._numerator, a._denominator, _normalize=False)

        def __neg__(a):
            return Fraction(-a._numerator, a._denominator, _normalize=False)

        def __abs__(a):
            return Fraction(abs(a._numerator), a._denominator, _normalize=False)

        def __int__(a):
            if a._numerator < 0:
                return -(-a._numerator // a._denominator)
            return a._numerator // a._denominator

        def __trunc__(a):
            return a.__int__()

        def __float__(a):
            return a._numerator / a._denominator

        def __floor__(a):
            return a._numerator // a._denominator

        def __ceil__(a):
            return -(-a._numerator // a._denominator)

        def __round__(self, ndigits=None):
            if ndigits is None:
                floor, remainder = divmod(self._numerator, self._denominator)
                if remainder * 2 < self._denominator:
                    return floor
                elif remainder * 2 > self._denominator:
                    return floor + 1
                elif floor % 2 == 0:
                    return floor
                else:
                    return floor + 1
            shift = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * shift), shift)
            return Fraction(round(self / shift) * shift)

        def __hash__(self):
            dinv = pow(self._denominator, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
            if not dinv:
                hash_ = _PyHASH_INF
            else:
                hash_ = hash(hash(abs(self._numerator)) * dinv)
            result = hash_ if self._numerator >= 0 else -hash_
            return -2 if result == -1 else result

        def __eq__(a, b):
            if type(b) is int or type(b) is bool:
                return a._numerator == b and a._denominator == 1
            if isinstance(b, Fraction):
                return a._numerator == b._numerator and a._denominator == b._denominator
            if isinstance(b, float):
                if math.isnan(b) or math.isinf(b):
                    return 0.0 == b
                return a == a.from_float(b)
            return NotImplemented

        def _richcmp(self, other, op):
            if isinstance(other, (int, Fraction)):
                other = Fraction(other)
                return op(self._numerator * other._denominator,
                          self._denominator * other._numerator)
            if isinstance(other, float):
                if math.isnan(other) or math.isinf(other):
                    return op(0.0, other)
                return op(self, self.from_float(other))
            return NotImplemented

        def __lt__(a, b):
            return a._richcmp(b, lambda x, y: x < y)

        def __gt__(a, b):
            return a._richcmp(b, lambda x, y: x > y)

        def __le__(a, b):
            return a._richcmp(b, lambda x, y: x <= y)

        def __ge__(a, b):
            return a._richcmp(b, lambda x, y: x >= y)

        def __bool__(a):
            return bool(a._numerator)

        def __copy__(self):
            return self

        def __deepcopy__(self, memo):
            return self

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    return {'Fraction': Fraction}
