def __pycps_std_random():
    # `random`, after CPython 3.11's Lib/random.py and Modules/_randommodule.c:
    # the same Mersenne Twister (init_by_array seeding), so a given int seed
    # gives CPython's numbers bit for bit. A str/bytes seed is hashed with
    # SHA-512 as CPython's version 2 seeding does.
    import math

    _N = 624
    _M = 397
    _MATRIX_A = 0x9908b0df
    _UPPER = 0x80000000
    _LOWER = 0x7fffffff
    _MASK = 0xffffffff
    NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
    TWOPI = 2.0 * math.pi
    LOG4 = math.log(4.0)
    SG_MAGICCONST = 1.0 + math.log(4.5)
    BPF = 53
    RECIP_BPF = 2 ** -BPF

    _K = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
        0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
        0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
        0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
        0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
        0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
        0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
        0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
        0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
        0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
        0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]
    _M64 = 0xffffffffffffffff

    def _rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & _M64

    def _sha512(data):
        h = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
             0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
             0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
        msg = list(data)
        length = len(msg) * 8
        msg.append(0x80)
        while len(msg) % 128 != 112:
            msg.append(0)
        msg.extend([(length >> (8 * (15 - i))) & 0xff for i in range(16)])
        for off in range(0, len(msg), 128):
            w = []
            for t in range(16):
                v = 0
                for b in msg[off + 8 * t: off + 8 * t + 8]:
                    v = (v << 8) | b
                w.append(v)
            for t in range(16, 80):
                s0 = _rotr(w[t - 15], 1) ^ _rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
                s1 = _rotr(w[t - 2], 19) ^ _rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
                w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M64)
            a, b, c, d, e, f, g, hh = h
            for t in range(80):
                S1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
                ch = (e & f) ^ ((~e) & g)
                t1 = (hh + S1 + ch + _K[t] + w[t]) & _M64
                S0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
                maj = (a & b) ^ (a & c) ^ (b & c)
                t2 = (S0 + maj) & _M64
                hh = g
                g = f
                f = e
                e = (d + t1) & _M64
                d = c
                c = b
                b = a
                a = (t1 + t2) & _M64
            h = [(x + y) & _M64 for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
        out = []
        for x in h:
            out.extend([(x >> (8 * (7 - i))) & 0xff for i in range(8)])
        return out

    def _bisect_right(a, x, lo, hi):
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
        return lo

    class Random:
        __module__ = 'random'
        VERSION = 3

        def __init__(self, x=None):
            self._mt = [0] * _N
            self._mti = _N + 1
            self.gauss_next = None
            self.seed(x)

        def _init_genrand(self, s):
            mt = self._mt
            mt[0] = s & _MASK
            for i in range(1, _N):
                prev = mt[i - 1]
                mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
            self._mti = _N

        def _init_by_array(self, key):
            self._init_genrand(19650218)
            mt = self._mt
            i = 1
            j = 0
            klen = len(key)
            for _ in range(max(_N, klen)):
                prev = mt[i - 1]
                mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK
                i += 1
                j += 1
                if i >= _N:
                    mt[0] = mt[_N - 1]
                    i = 1
                if j >= klen:
                    j = 0
            for _ in range(_N - 1):
                prev = mt[i - 1]
                mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK
                i += 1
                if i >= _N:
                    mt[0] = mt[_N - 1]
                    i = 1
            mt[0] = 0x80000000
            self._mti = _N

        def _genrand(self):
            mt = self._mt
            if self._mti >= _N:
                for kk in range(_N - _M):
                    y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
                    mt[kk] = mt[kk + _M] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
                for kk in range(_N - _M, _N - 1):
                    y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
                    mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
                y = (mt[_N - 1] & _UPPER) | (mt[0] & _LOWER)
                mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ (_MATRIX_A if y & 1 else 0)
                self._mti = 0
            y = mt[self._mti]
            self._mti += 1
            y ^= y >> 11
            y ^= (y << 7) & 0x9d2c5680
            y ^= (y << 15) & 0xefc60000
            y ^= y >> 18
            return y

        def seed(self, a=None, version=2):
            if version == 1 and isinstance(a, (str, bytes)):
                x = ord(a[0]) << 7 if a else 0
                for c in a:
                    x = ((1000003 * x) ^ ord(c)) & 0xFFFFFFFFFFFFFFFF
                x ^= len(a)
                a = -2 if x == -1 else x
            elif version == 2 and isinstance(a, (str, bytes)):
                if isinstance(a, str):
                    a = a.encode()
                v = 0
                for byte in list(a) + _sha512(a):
                    v = (v << 8) | byte
                a = v
            elif a is not None and not isinstance(a, (int, float)):
                raise TypeError('The only supported seed types are: None,\n'
                                'int, float, str, bytes, and bytearray.')
            if a is None:
                import time
                a = int(time.time() * 1000000)
            elif isinstance(a, float):
                a = hash(a)
            a = abs(a)
            key = []
            while a:
                key.append(a & _MASK)
                a >>= 32
            if not key:
                key = [0]
            self._init_by_array(key)
            self.gauss_next = None

        def getstate(self):
            return (self.VERSION, tuple(self._mt) + (self._mti,), self.gauss_next)

        def setstate(self, state):
            version, internal, self.gauss_next = state
            self._mt = list(internal[:_N])
            self._mti = internal[_N]

        def random(self):
            a = self._genrand() >> 5
            b = self._genrand() >> 6
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

        def getrandbits(self, k):
            if k < 0:
                raise ValueError('number of bits must be non-negative')
            if k == 0:
                return 0
            if k <= 32:
                return self._genrand() >> (32 - k)
            result = 0
            shift = 0
            while k > 0:
                r = self._genrand()
                if k < 32:
                    r >>= (32 - k)
                result |= r << shift
                shift += 32
                k -= 32
            return result

        def _randbelow(self, n):
            k = n.bit_length()
            r = self.getrandbits(k)
            while r >= n:
                r = self.getrandbits(k)
            return r

        def randrange(self, start, stop=None, step=1):
            istart = _index(start)
            if stop is None:
                if step != 1:
                    raise TypeError('Missing a non-None stop argument')
                if istart > 0:
                    return self._randbelow(istart)
                raise ValueError('empty range for randrange()')
            istop = _index(stop)
            width = istop - istart
            istep = _index(step)
            if istep == 1:
                if width > 0:
                    return istart + self._randbelow(width)
                raise ValueError('empty range for randrange() (%d, %d, %d)'
                                 % (istart, istop, width))
            if istep > 0:
                n = (width + istep - 1) // istep
            elif istep < 0:
                n = (width + istep + 1) // istep
            else:
                raise ValueError('zero step for randrange()')
            if n <= 0:
                raise ValueError('empty range for randrange()')
            return istart + istep * self._randbelow(n)

        def randint(self, a, b):
            return self.randrange(a, b + 1)

        def choice(self, seq):
            if not len(seq):
                raise IndexError('Cannot choose from an empty sequence')
            return seq[self._randbelow(len(seq))]

        def shuffle(self, x):
            randbelow = self._randbelow
            for i in range(len(x) - 1, 0, -1):
                j = randbelow(i + 1)
                x[i], x[j] = x[j], x[i]

        def sample(self, population, k, *, counts=None):
            if isinstance(population, (set, frozenset, dict)):
                raise TypeError('Population must be a sequence.  '
                                'For dicts or sets, use sorted(d).')
            n = len(population)
            if counts is not None:
                cum_counts = []
                total = 0
                for c in counts:
                    total += c
                    cum_counts.append(total)
                if len(cum_counts) != n:
                    raise ValueError('The number of counts does not match the population')
                if not isinstance(total, int):
                    raise TypeError('Counts must be integers')
                if total <= 0:
                    raise ValueError('Total of counts must be greater than zero')
                selections = self.sample(range(total), k=k)
                return [population[_bisect_right(cum_counts, s, 0, n)] for s in selections]
            randbelow = self._randbelow
            if not 0 <= k <= n:
                raise ValueError('Sample larger than population or is negative')
            result = [None] * k
            setsize = 21
            if k > 5:
                setsize += 4 ** math.ceil(math.log(k * 3) / LOG4)
            if n <= setsize:
                pool = list(population)
                for i in range(k):
                    j = randbelow(n - i)
                    result[i] = pool[j]
                    pool[j] = pool[n - i - 1]
            else:
                selected = set()
                for i in range(k):
                    j = randbelow(n)
                    while j in selected:
                        j = randbelow(n)
                    selected.add(j)
                    result[i] = population[j]
            return result

        def choices(self, population, weights=None, *, cum_weights=None, k=1):
            random = self.random
            n = len(population)
            if cum_weights is None:
                if weights is None:
                    n += 0.0
                    return [population[math.floor(random() * n)] for i in range(k)]
                cum_weights = []
                total = 0
                for w in weights:
                    total += w
                    cum_weights.append(total)
            elif weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
            if len(cum_weights) != n:
                raise ValueError('The number of weights does not match the population')
            total = cum_weights[-1] + 0.0
            if total <= 0.0:
                raise ValueError('Total of weights must be greater than zero')
            if not math.isfinite(total):
                raise ValueError('Total of weights must be finite')
            hi = n - 1
            return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                    for i in range(k)]

        def uniform(self, a, b):
            return a + (b - a) * self.random()

        def triangular(self, low=0.0, high=1.0, mode=None):
            u = self.random()
            try:
                c = 0.5 if mode is None else (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
            if u > c:
                u = 1.0 - u
                c = 1.0 - c
                low, high = high, low
            return low + (high - low) * math.sqrt(u * c)

        def normalvariate(self, mu=0.0, sigma=1.0):
            random = self.random
            while True:
                u1 = random()
                u2 = 1.0 - random()
                z = NV_MAGICCONST * (u1 - 0.5) / u2
                zz = z * z / 4.0
                if zz <= -math.log(u2):
                    break
            return mu + z * sigma

        def gauss(self, mu=0.0, sigma=1.0):
            random = self.random
            z = self.gauss_next
            self.gauss_next = None
            if z is None:
                x2pi = random() * TWOPI
                g2rad = math.sqrt(-2.0 * math.log(1.0 - random()))
                z = math.cos(x2pi) * g2rad
                self.gauss_next = math.sin(x2pi) * g2rad
            return mu + z * sigma

        def lognormvariate(self, mu, sigma):
            return math.exp(self.normalvariate(mu, sigma))

        def expovariate(self, lambd=1.0):
            return -math.log(1.0 - self.random()) / lambd

        def paretovariate(self, alpha):
            u = 1.0 - self.random()
            return u ** (-1.0 / alpha)

        def weibullvariate(self, alpha, beta):
            u = 1.0 - self.random()
            return alpha * (-math.log(u)) ** (1.0 / beta)

        def randbytes(self, n):
            v = self.getrandbits(n * 8)
            return bytes([(v >> (8 * i)) & 0xff for i in range(n)])

    def _index(x):
        if isinstance(x, int):
            return x
        if isinstance(x, float) and x == int(x):
            raise TypeError("'float' object cannot be interpreted as an integer")
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")

    _inst = Random()
    ns = {'Random': Random, 'SystemRandom': Random}
    for name in ('seed', 'random', 'getrandbits', 'randrange', 'randint',
                 'choice', 'shuffle', 'sample', 'choices', 'uniform',
                 'triangular', 'normalvariate', 'gauss', 'lognormvariate',
                 'expovariate', 'paretovariate', 'weibullvariate', 'getstate',
                 'setstate', 'randbytes'):
        ns[name] = getattr(_inst, name)
    return ns
