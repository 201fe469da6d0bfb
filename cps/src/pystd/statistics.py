def __pycps_std_statistics():
    # `statistics`, after CPython 3.11's Lib/statistics.py. Exact sums use
    # rationals as (numerator, denominator) int pairs instead of `Fraction`;
    # results are converted back with CPython's rules (int data whose mean
    # is not whole gives a float, correctly rounded), so outputs match.
    import math

    class StatisticsError(ValueError):
        __module__ = 'statistics'

    def _ratio(x):
        # x.as_integer_ratio(), exactly.
        if isinstance(x, bool):
            return (int(x), 1)
        if isinstance(x, int):
            return (x, 1)
        if isinstance(x, float):
            if math.isinf(x) or math.isnan(x):
                return (x, None)
            m, e = math.frexp(x)
            n = int(m * 9007199254740992.0)
            e -= 53
            if e >= 0:
                return (n << e, 1)
            d = 1 << -e
            g = math.gcd(n, d)
            return (n // g, d // g)
        if isinstance(x, tuple) and len(x) == 2:
            return x
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")

    def _norm(n, d):
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        return (n, d)

    def _add(a, b):
        return _norm(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

    def _mul(a, b):
        return _norm(a[0] * b[0], a[1] * b[1])

    def _div(a, b):
        return _norm(a[0] * b[1], a[1] * b[0])

    def _coerce(T, S):
        if T is S:
            return T
        if S is int or S is bool:
            return T
        if T is int:
            return S
        if T is bool:
            return S
        if (T is int or T is float) and (S is int or S is float):
            return float
        raise TypeError(f"can't convert type '{T.__name__}' to '{S.__name__}'")

    def _types(data):
        T = int
        for x in data:
            T = _coerce(T, type(x))
        return T

    def _sum(data):
        # (type, exact total, count); total is (n, d) or a non-finite float.
        partials = {}
        special = None
        for x in data:
            n, d = _ratio(x)
            if d is None:
                special = n if special is None else special + n
                continue
            partials[d] = partials.get(d, 0) + n
        T = _types(data)
        if special is not None:
            return (T, special, len(data))
        total = (0, 1)
        for d, n in partials.items():
            total = _add(total, (n, d))
        return (T, total, len(data))

    def _convert(value, T):
        if not isinstance(value, tuple):
            return value
        n, d = value
        if T is bool:
            T = int
        if T is int and d != 1:
            T = float
        if T is int:
            return n
        return _fdiv(n, d)

    def _fdiv(n, d):
        # n / d correctly rounded to a float (round half to even).
        if n == 0:
            return 0.0
        neg = n < 0
        n = -n if neg else n
        shift = n.bit_length() - d.bit_length() - 56
        if shift >= 0:
            q, r = divmod(n, d << shift)
        else:
            q, r = divmod(n << -shift, d)
        extra = q.bit_length() - 53
        keep = q >> extra
        rest = q - (keep << extra)
        half = 1 << (extra - 1)
        if rest > half or (rest == half and (r or keep & 1)):
            keep += 1
        x = math.ldexp(float(keep), shift + extra)
        return -x if neg else x

    def _ss(data, c=None):
        T = _types(data)
        if c is not None:
            cr = _ratio(c)
            total = (0, 1)
            for x in data:
                r = _ratio(x)
                if r[1] is None or cr[1] is None:
                    return (T, float('nan'), c, len(data))
                dlt = _add(r, (-cr[0], cr[1]))
                total = _add(total, _mul(dlt, dlt))
            return (T, total, c, len(data))
        count = 0
        sx = {}
        sxx = {}
        for x in data:
            n, d = _ratio(x)
            if d is None:
                return (T, float('nan'), float('nan'), len(data))
            count += 1
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
        if not count:
            return (T, (0, 1), (0, 1), 0)
        tsx = (0, 1)
        for d, n in sx.items():
            tsx = _add(tsx, (n, d))
        tsxx = (0, 1)
        for d, n in sxx.items():
            tsxx = _add(tsxx, (n, d * d))
        ssd = _div(_add(_mul((count, 1), tsxx), _mul((-tsx[0], tsx[1]), tsx)), (count, 1))
        c = _div(tsx, (count, 1))
        return (T, ssd, c, count)

    def _isqrt_rto(n, m):
        a = math.isqrt(n // m)
        return a | (a * a * m != n)

    def _float_sqrt_of_frac(n, m):
        q = (n.bit_length() - m.bit_length() - 109) // 2
        if q >= 0:
            numerator = _isqrt_rto(n, m << 2 * q) << q
            denominator = 1
        else:
            numerator = _isqrt_rto(n << -2 * q, m)
            denominator = 1 << -q
        return _fdiv(numerator, denominator)

    def mean(data):
        data = list(data)
        T, total, n = _sum(data)
        if n < 1:
            raise StatisticsError('mean requires at least one data point')
        if not isinstance(total, tuple):
            return total / n
        return _convert(_div(total, (n, 1)), T)

    def fmean(data, weights=None):
        data = list(data)
        if weights is None:
            n = len(data)
            if n == 0:
                raise StatisticsError('fmean requires at least one data point')
            return math.fsum(data) / n
        weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError('data and weights must be the same length')
        num = math.fsum([x * w for x, w in zip(data, weights)])
        den = math.fsum(weights)
        if not den:
            raise StatisticsError('sum of weights must be non-zero')
        return num / den

    def geometric_mean(data):
        try:
            return math.exp(fmean([math.log(x) for x in data]))
        except ValueError:
            raise StatisticsError('geometric mean requires a non-empty dataset '
                                  'containing positive numbers') from None

    def harmonic_mean(data, weights=None):
        data = list(data)
        errmsg = 'harmonic mean does not support negative values'
        n = len(data)
        if n < 1:
            raise StatisticsError('harmonic_mean requires at least one data point')
        elif n == 1 and weights is None:
            x = data[0]
            if isinstance(x, (int, float)):
                if x < 0:
                    raise StatisticsError(errmsg)
                return x
            raise TypeError('unsupported type')
        if weights is None:
            weights = [1] * n
            sum_weights = n
        else:
            weights = list(weights)
            if len(weights) != n:
                raise StatisticsError('Number of weights does not match data size')
            sum_weights = 0
            for w in weights:
                sum_weights += w
        for x in data:
            if x < 0:
                raise StatisticsError(errmsg)
        terms = []
        for w, x in zip(weights, data):
            if not w:
                terms.append(0)
                continue
            if x == 0:
                return 0
            terms.append(w / x)
        T, total, count = _sum(terms)
        if total[0] <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(_div(_ratio(sum_weights), total), T)

    def median(data):
        data = sorted(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('no median for empty data')
        if n % 2 == 1:
            return data[n // 2]
        i = n // 2
        return (data[i - 1] + data[i]) / 2

    def median_low(data):
        data = sorted(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('no median for empty data')
        if n % 2 == 1:
            return data[n // 2]
        return data[n // 2 - 1]

    def median_high(data):
        data = sorted(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('no median for empty data')
        return data[n // 2]

    def median_grouped(data, interval=1):
        data = sorted(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('no median for empty data')
        elif n == 1:
            return data[0]
        x = data[n // 2]
        L = x - interval / 2
        cf = 0
        while cf < n and data[cf] < x:
            cf += 1
        f = 0
        while cf + f < n and data[cf + f] == x:
            f += 1
        return L + interval * (n / 2 - cf) / f

    def _counts(data):
        counts = {}
        for x in data:
            counts[x] = counts.get(x, 0) + 1
        return counts

    def mode(data):
        counts = _counts(data)
        best = None
        best_n = 0
        for x, c in counts.items():
            if c > best_n:
                best = x
                best_n = c
        if best_n == 0:
            raise StatisticsError('no mode for empty data')
        return best

    def multimode(data):
        counts = _counts(data)
        if not counts:
            return []
        maxcount = max(counts.values())
        return [value for value, count in counts.items() if count == maxcount]

    def variance(data, xbar=None):
        data = list(data)
        T, ss, c, n = _ss(data, xbar)
        if n < 2:
            raise StatisticsError('variance requires at least two data points')
        if not isinstance(ss, tuple):
            return ss
        return _convert(_div(ss, (n - 1, 1)), T)

    def pvariance(data, mu=None):
        data = list(data)
        T, ss, c, n = _ss(data, mu)
        if n < 1:
            raise StatisticsError('pvariance requires at least one data point')
        if not isinstance(ss, tuple):
            return ss
        return _convert(_div(ss, (n, 1)), T)

    def stdev(data, xbar=None):
        data = list(data)
        T, ss, c, n = _ss(data, xbar)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        if not isinstance(ss, tuple):
            return ss
        mss = _div(ss, (n - 1, 1))
        return _float_sqrt_of_frac(mss[0], mss[1])

    def pstdev(data, mu=None):
        data = list(data)
        T, ss, c, n = _ss(data, mu)
        if n < 1:
            raise StatisticsError('pstdev requires at least one data point')
        if not isinstance(ss, tuple):
            return ss
        mss = _div(ss, (n, 1))
        return _float_sqrt_of_frac(mss[0], mss[1])

    def quantiles(data, *, n=4, method='exclusive'):
        if n < 1:
            raise StatisticsError('n must be at least 1')
        data = sorted(data)
        ld = len(data)
        if ld < 2:
            raise StatisticsError('must have at least two data points')
        if method == 'inclusive':
            m = ld - 1
            result = []
            for i in range(1, n):
                j, delta = divmod(i * m, n)
                interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
                result.append(interpolated)
            return result
        if method == 'exclusive':
            m = ld + 1
            result = []
            for i in range(1, n):
                j = i * m // n
                j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
                delta = i * m - j * n
                interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
                result.append(interpolated)
            return result
        raise ValueError(f'Unknown method: {method!r}')

    def covariance(x, y):
        n = len(x)
        if len(y) != n:
            raise StatisticsError('covariance requires that both inputs have same number of data points')
        if n < 2:
            raise StatisticsError('covariance requires at least two data points')
        xbar = fmean(x)
        ybar = fmean(y)
        sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        return sxy / (n - 1)

    def correlation(x, y):
        n = len(x)
        if len(y) != n:
            raise StatisticsError('correlation requires that both inputs have same number of data points')
        if n < 2:
            raise StatisticsError('correlation requires at least two data points')
        xbar = fmean(x)
        ybar = fmean(y)
        sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = math.fsum([(d := xi - xbar) * d for xi in x])
        syy = math.fsum([(d := yi - ybar) * d for yi in y])
        try:
            return sxy / math.sqrt(sxx * syy)
        except ZeroDivisionError:
            raise StatisticsError('at least one of the inputs is constant')

    def linear_regression(x, y, /, *, proportional=False):
        n = len(x)
        if len(y) != n:
            raise StatisticsError('linear regression requires that both inputs have same number of data points')
        if n < 2:
            raise StatisticsError('linear regression requires at least two data points')
        if proportional:
            sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
            sxx = math.fsum([xi * xi for xi in x])
        else:
            xbar = fmean(x)
            ybar = fmean(y)
            sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
            sxx = math.fsum([(d := xi - xbar) * d for xi in x])
        try:
            slope = sxy / sxx
        except ZeroDivisionError:
            raise StatisticsError('x is constant')
        intercept = 0.0 if proportional else ybar - slope * xbar
        return _LR(slope, intercept)

    class _LR:
        def __init__(self, slope, intercept):
            self.slope = slope
            self.intercept = intercept

        def __iter__(self):
            return iter([self.slope, self.intercept])

        def __repr__(self):
            return f'LinearRegression(slope={self.slope!r}, intercept={self.intercept!r})'

    return {
        'StatisticsError': StatisticsError, 'mean': mean, 'fmean': fmean,
        'geometric_mean': geometric_mean, 'harmonic_mean': harmonic_mean,
        'median': median, 'median_low': median_low, 'median_high': median_high,
        'median_grouped': median_grouped, 'mode': mode, 'multimode': multimode,
        'variance': variance, 'pvariance': pvariance, 'stdev': stdev,
        'pstdev': pstdev, 'quantiles': quantiles, 'covariance': covariance,
        'correlation': correlation, 'linear_regression': linear_regression,
    }
