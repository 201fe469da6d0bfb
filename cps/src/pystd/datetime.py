def __pycps_std_datetime():
    # `datetime`, after CPython 3.11's Lib/datetime.py (a subset: naive
    # date/time/datetime/timedelta, no tzinfo arithmetic).

    MINYEAR = 1
    MAXYEAR = 9999
    _DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    _DAYS_BEFORE_MONTH = [-1]
    dbm = 0
    for dim in _DAYS_IN_MONTH[1:]:
        _DAYS_BEFORE_MONTH.append(dbm)
        dbm += dim
    _MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    _DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    _FULLMONTHS = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
    _FULLDAYS = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday"]

    def _is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def _days_before_year(year):
        y = year - 1
        return y * 365 + y // 4 - y // 100 + y // 400

    def _days_in_month(year, month):
        if month == 2 and _is_leap(year):
            return 29
        return _DAYS_IN_MONTH[month]

    def _days_before_month(year, month):
        return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))

    def _ymd2ord(year, month, day):
        return _days_before_year(year) + _days_before_month(year, month) + day

    _DI400Y = _days_before_year(401)
    _DI100Y = _days_before_year(101)
    _DI4Y = _days_before_year(5)

    def _ord2ymd(n):
        n -= 1
        n400, n = divmod(n, _DI400Y)
        year = n400 * 400 + 1
        n100, n = divmod(n, _DI100Y)
        n4, n = divmod(n, _DI4Y)
        n1, n = divmod(n, 365)
        year += n100 * 100 + n4 * 4 + n1
        if n1 == 4 or n100 == 4:
            return year - 1, 12, 31
        leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
        month = (n + 50) >> 5
        preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
        if preceding > n:
            month -= 1
            preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
        n -= preceding
        return year, month, n + 1

    def _check_int(value):
        if isinstance(value, int):
            return value
        raise TypeError('integer argument expected, got ' + type(value).__name__)

    def _check_date_fields(year, month, day):
        year = _check_int(year)
        month = _check_int(month)
        day = _check_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('year %d is out of range' % year)
        if not 1 <= month <= 12:
            raise ValueError('month must be in 1..12')
        dim = _days_in_month(year, month)
        if not 1 <= day <= dim:
            raise ValueError('day is out of range for month')
        return year, month, day

    def _check_time_fields(hour, minute, second, microsecond):
        hour = _check_int(hour)
        minute = _check_int(minute)
        second = _check_int(second)
        microsecond = _check_int(microsecond)
        if not 0 <= hour <= 23:
            raise ValueError('hour must be in 0..23')
        if not 0 <= minute <= 59:
            raise ValueError('minute must be in 0..59')
        if not 0 <= second <= 59:
            raise ValueError('second must be in 0..59')
        if not 0 <= microsecond <= 999999:
            raise ValueError('microsecond must be in 0..999999')
        return hour, minute, second, microsecond

    def _format_time(hh, mm, ss, us, timespec='auto'):
        if timespec == 'auto':
            timespec = 'microseconds' if us else 'seconds'
        if timespec == 'hours':
            return '%02d' % hh
        if timespec == 'minutes':
            return '%02d:%02d' % (hh, mm)
        if timespec == 'seconds':
            return '%02d:%02d:%02d' % (hh, mm, ss)
        if timespec == 'milliseconds':
            return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
        if timespec == 'microseconds':
            return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
        raise ValueError('Unknown timespec value')

    def _strftime(fmt, y, mo, d, hh, mm, ss, us):
        out = []
        i = 0
        n = len(fmt)
        wd = (_ymd2ord(y, mo, d) + 6) % 7
        while i < n:
            ch = fmt[i]
            i += 1
            if ch != '%' or i >= n:
                out.append(ch)
                continue
            c = fmt[i]
            i += 1
            if c == 'Y':
                out.append('%d' % y if y >= 1000 else '%04d' % y)
            elif c == 'm':
                out.append('%02d' % mo)
            elif c == 'd':
                out.append('%02d' % d)
            elif c == 'H':
                out.append('%02d' % hh)
            elif c == 'M':
                out.append('%02d' % mm)
            elif c == 'S':
                out.append('%02d' % ss)
            elif c == 'f':
                out.append('%06d' % us)
            elif c == 'A':
                out.append(_FULLDAYS[wd + 1])
            elif c == 'a':
                out.append(_DAYNAMES[wd + 1])
            elif c == 'B':
                out.append(_FULLMONTHS[mo])
            elif c == 'b' or c == 'h':
                out.append(_MONTHNAMES[mo])
            elif c == 'j':
                out.append('%03d' % (_days_before_month(y, mo) + d))
            elif c == 'y':
                out.append('%02d' % (y % 100))
            elif c == 'p':
                out.append('AM' if hh < 12 else 'PM')
            elif c == 'I':
                out.append('%02d' % ((hh + 11) % 12 + 1))
            elif c == 'w':
                out.append('%d' % ((wd + 1) % 7))
            elif c == 'u':
                out.append('%d' % (wd + 1))
            elif c == 'e':
                out.append('%2d' % d)
            elif c == 'F':
                out.append('%04d-%02d-%02d' % (y, mo, d))
            elif c == 'T':
                out.append('%02d:%02d:%02d' % (hh, mm, ss))
            elif c == 'c':
                out.append('%s %s %2d %02d:%02d:%02d %d' % (
                    _DAYNAMES[wd + 1], _MONTHNAMES[mo], d, hh, mm, ss, y))
            elif c == 'x':
                out.append('%02d/%02d/%02d' % (mo, d, y % 100))
            elif c == 'X':
                out.append('%02d:%02d:%02d' % (hh, mm, ss))
            elif c == 'z' or c == 'Z':
                pass
            elif c == '%':
                out.append('%')
            else:
                out.append('%' + c)
        return ''.join(out)

    def _cmp(x, y):
        return 0 if x == y else (1 if x > y else -1)

    class timedelta:
        __module__ = 'datetime'

        def __init__(self, days=0, seconds=0, microseconds=0,
                     milliseconds=0, minutes=0, hours=0, weeks=0):
            # Exact for ints; floats go through one rounding of the total
            # microseconds (CPython rounds half-even the same way).
            d = days + weeks * 7
            s = seconds + minutes * 60 + hours * 3600
            us = microseconds + milliseconds * 1000
            if isinstance(d, float) or isinstance(s, float) or isinstance(us, float):
                di = int(d)
                dfrac = d - di
                si = int(s)
                sfrac = s - si
                total = round((dfrac * 86400.0 + sfrac) * 1000000.0 + us)
                total = int(total) + (di * 86400 + si) * 1000000
            else:
                total = (d * 86400 + s) * 1000000 + us
            s, us = divmod(total, 1000000)
            d, s = divmod(s, 86400)
            if abs(d) > 999999999:
                raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
            self._days = d
            self._seconds = s
            self._microseconds = us
            self._hashcode = -1

        @property
        def days(self):
            return self._days

        @property
        def seconds(self):
            return self._seconds

        @property
        def microseconds(self):
            return self._microseconds

        def _to_us(self):
            return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

        def total_seconds(self):
            return self._to_us() / 10 ** 6

        def __repr__(self):
            args = []
            if self._days:
                args.append('days=%d' % self._days)
            if self._seconds:
                args.append('seconds=%d' % self._seconds)
            if self._microseconds:
                args.append('microseconds=%d' % self._microseconds)
            if not args:
                args.append('0')
            return 'datetime.timedelta(%s)' % ', '.join(args)

        def __str__(self):
            mm, ss = divmod(self._seconds, 60)
            hh, mm = divmod(mm, 60)
            s = '%d:%02d:%02d' % (hh, mm, ss)
            if self._days:
                plural = 's' if abs(self._days) != 1 else ''
                s = ('%d day%s, ' % (self._days, plural)) + s
            if self._microseconds:
                s = s + '.%06d' % self._microseconds
            return s

        def __add__(self, other):
            if isinstance(other, timedelta):
                return timedelta(microseconds=self._to_us() + other._to_us())
            return NotImplemented

        __radd__ = __add__

        def __sub__(self, other):
            if isinstance(other, timedelta):
                return timedelta(microseconds=self._to_us() - other._to_us())
            return NotImplemented

        def __rsub__(self, other):
            if isinstance(other, timedelta):
                return -self + other
            return NotImplemented

        def __neg__(self):
            return timedelta(microseconds=-self._to_us())

        def __pos__(self):
            return self

        def __abs__(self):
            if self._days < 0:
                return -self
            return self

        def __mul__(self, other):
            if isinstance(other, bool) or isinstance(other, int):
                return timedelta(microseconds=self._to_us() * other)
            if isinstance(other, float):
                # CPython is exact (as_integer_ratio); one float rounding
                # agrees for ordinary magnitudes.
                return timedelta(microseconds=round(self._to_us() * other))
            return NotImplemented

        __rmul__ = __mul__

        def __floordiv__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() // other._to_us()
            if isinstance(other, int):
                return timedelta(microseconds=self._to_us() // other)
            return NotImplemented

        def __truediv__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() / other._to_us()
            if isinstance(other, int):
                return timedelta(microseconds=_divide_and_round(self._to_us(), other))
            if isinstance(other, float):
                return timedelta(microseconds=round(self._to_us() / other))
            return NotImplemented

        def __mod__(self, other):
            if isinstance(other, timedelta):
                return timedelta(microseconds=self._to_us() % other._to_us())
            return NotImplemented

        def __divmod__(self, other):
            if isinstance(other, timedelta):
                q, r = divmod(self._to_us(), other._to_us())
                return q, timedelta(microseconds=r)
            return NotImplemented

        def __eq__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() == other._to_us()
            return NotImplemented

        def __ne__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() != other._to_us()
            return NotImplemented

        def __lt__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() < other._to_us()
            return NotImplemented

        def __le__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() <= other._to_us()
            return NotImplemented

        def __gt__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() > other._to_us()
            return NotImplemented

        def __ge__(self, other):
            if isinstance(other, timedelta):
                return self._to_us() >= other._to_us()
            return NotImplemented

        def __hash__(self):
            return hash((self._days, self._seconds, self._microseconds))

        def __bool__(self):
            return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def _divide_and_round(a, b):
        q, r = divmod(a, b)
        r *= 2
        greater_than_half = r > b if b > 0 else r < b
        if greater_than_half or r == b and q % 2 == 1:
            q += 1
        return q

    timedelta.min = timedelta(-999999999)
    timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                              microseconds=999999)
    timedelta.resolution = timedelta(microseconds=1)

    class date:
        __module__ = 'datetime'

        def __init__(self, year, month, day):
            year, month, day = _check_date_fields(year, month, day)
            self._year = year
            self._month = month
            self._day = day

        @property
        def year(self):
            return self._year

        @property
        def month(self):
            return self._month

        @property
        def day(self):
            return self._day

        @classmethod
        def today(cls):
            n = datetime.now()
            return cls(n.year, n.month, n.day)

        @classmethod
        def fromordinal(cls, n):
            y, m, d = _ord2ymd(n)
            return cls(y, m, d)

        @classmethod
        def fromisoformat(cls, s):
            if not isinstance(s, str):
                raise TypeError('fromisoformat: argument must be str')
            try:
                if len(s) == 10 and s[4] == '-' and s[7] == '-':
                    return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
                if len(s) == 8 and s.isdigit():
                    return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
            except ValueError:
                pass
            raise ValueError('Invalid isoformat string: %r' % s)

        def toordinal(self):
            return _ymd2ord(self._year, self._month, self._day)

        def weekday(self):
            return (self.toordinal() + 6) % 7

        def isoweekday(self):
            return self.toordinal() % 7 or 7

        def isocalendar(self):
            year = self._year
            week1monday = _isoweek1monday(year)
            today = _ymd2ord(self._year, self._month, self._day)
            week, day = divmod(today - week1monday, 7)
            if week < 0:
                year -= 1
                week1monday = _isoweek1monday(year)
                week, day = divmod(today - week1monday, 7)
            elif week >= 52:
                if today >= _isoweek1monday(year + 1):
                    year += 1
                    week = 0
            return _IsoCalendarDate(year, week + 1, day + 1)

        def timetuple(self):
            return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                    _days_before_month(self._year, self._month) + self._day, -1)

        def replace(self, year=None, month=None, day=None):
            if year is None:
                year = self._year
            if month is None:
                month = self._month
            if day is None:
                day = self._day
            return type(self)(year, month, day)

        def isoformat(self):
            return '%04d-%02d-%02d' % (self._year, self._month, self._day)

        def __str__(self):
            return self.isoformat()

        def __repr__(self):
            return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

        def ctime(self):
            weekday = self.toordinal() % 7 or 7
            return '%s %s %2d 00:00:00 %04d' % (
                _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

        def strftime(self, fmt):
            return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0)

        def __format__(self, fmt):
            if not isinstance(fmt, str):
                raise TypeError('must be str, not %s' % type(fmt).__name__)
            if len(fmt) != 0:
                return self.strftime(fmt)
            return str(self)

        def _key(self):
            return (self._year, self._month, self._day)

        def __eq__(self, other):
            if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
                return self._key() == other._key()
            return NotImplemented

        def __ne__(self, other):
            r = self.__eq__(other)
            if r is NotImplemented:
                return r
            return not r

        def _cmperr(self, other):
            if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
                return False
            return True

        def __lt__(self, other):
            if self._cmperr(other):
                return NotImplemented
            return self._key() < other._key()

        def __le__(self, other):
            if self._cmperr(other):
                return NotImplemented
            return self._key() <= other._key()

        def __gt__(self, other):
            if self._cmperr(other):
                return NotImplemented
            return self._key() > other._key()

        def __ge__(self, other):
            if self._cmperr(other):
                return NotImplemented
            return self._key() >= other._key()

        def __hash__(self):
            return hash(self._key())

        def __add__(self, other):
            if isinstance(other, timedelta):
                o = self.toordinal() + other.days
                if 0 < o <= _MAXORDINAL:
                    return type(self).fromordinal(o)
                raise OverflowError('result out of range')
            return NotImplemented

        __radd__ = __add__

        def __sub__(self, other):
            if isinstance(other, timedelta):
                return self + timedelta(-other.days)
            if isinstance(other, date) and not isinstance(other, datetime):
                return timedelta(self.toordinal() - other.toordinal())
            return NotImplemented

    _MAXORDINAL = 3652059

    def _isoweek1monday(year):
        THURSDAY = 3
        firstday = _ymd2ord(year, 1, 1)
        firstweekday = (firstday + 6) % 7
        week1monday = firstday - firstweekday
        if firstweekday > THURSDAY:
            week1monday += 7
        return week1monday

    class IsoCalendarDate:
        __module__ = 'datetime'

        def __init__(self, year, week, weekday):
            self._t = (year, week, weekday)

        @property
        def year(self):
            return self._t[0]

        @property
        def week(self):
            return self._t[1]

        @property
        def weekday(self):
            return self._t[2]

        def __getitem__(self, i):
            return self._t[i]

        def __len__(self):
            return 3

        def __iter__(self):
            return iter(self._t)

        def __eq__(self, other):
            if isinstance(other, IsoCalendarDate):
                return self._t == other._t
            if isinstance(other, tuple):
                return self._t == other
            return NotImplemented

        def __hash__(self):
            return hash(self._t)

        def __repr__(self):
            return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self._t

    def _IsoCalendarDate(y, w, d):
        return IsoCalendarDate(y, w, d)

    date.min = date(1, 1, 1)
    date.max = date(9999, 12, 31)
    date.resolution = timedelta(days=1)

    class timezone:
        __module__ = 'datetime'

        def __repr__(self):
            return 'datetime.timezone.utc'

        def __str__(self):
            return 'UTC'

    timezone.utc = timezone()

    class time:
        __module__ = 'datetime'

        def __init__(self, hour=0, minute=0, second=0, microsecond=0):
            hour, minute, second, microsecond = _check_time_fields(
                hour, minute, second, microsecond)
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond

        @property
        def hour(self):
            return self._hour

        @property
        def minute(self):
            return self._minute

        @property
        def second(self):
            return self._second

        @property
        def microsecond(self):
            return self._microsecond

        def _key(self):
            return (self._hour, self._minute, self._second, self._microsecond)

        def __eq__(self, other):
            if isinstance(other, time):
                return self._key() == other._key()
            return NotImplemented

        def __lt__(self, other):
            if isinstance(other, time):
                return self._key() < other._key()
            return NotImplemented

        def __le__(self, other):
            if isinstance(other, time):
                return self._key() <= other._key()
            return NotImplemented

        def __gt__(self, other):
            if isinstance(other, time):
                return self._key() > other._key()
            return NotImplemented

        def __ge__(self, other):
            if isinstance(other, time):
                return self._key() >= other._key()
            return NotImplemented

        def __hash__(self):
            return hash(self._key())

        def isoformat(self, timespec='auto'):
            return _format_time(self._hour, self._minute, self._second,
                                self._microsecond, timespec)

        def __str__(self):
            return self.isoformat()

        def __repr__(self):
            if self._microsecond != 0:
                s = ', %d, %d' % (self._second, self._microsecond)
            elif self._second != 0:
                s = ', %d' % self._second
            else:
                s = ''
            return 'datetime.time(%d, %d%s)' % (self._hour, self._minute, s)

        def strftime(self, fmt):
            return _strftime(fmt, 1900, 1, 1, self._hour, self._minute,
                             self._second, self._microsecond)

        def __format__(self, fmt):
            if len(fmt) != 0:
                return self.strftime(fmt)
            return str(self)

        def replace(self, hour=None, minute=None, second=None, microsecond=None):
            if hour is None:
                hour = self._hour
            if minute is None:
                minute = self._minute
            if second is None:
                second = self._second
            if microsecond is None:
                microsecond = self._microsecond
            return time(hour, minute, second, microsecond)

    time.min = time(0, 0, 0)
    time.max = time(23, 59, 59, 999999)

    def _parse_time(s):
        # HH[:MM[:SS[.ffffff]]]
        parts = s.split(':')
        if len(parts) > 3 or len(parts[0]) != 2:
            raise ValueError
        hh = int(parts[0])
        mm = ss = us = 0
        if len(parts) > 1:
            if len(parts[1]) != 2:
                raise ValueError
            mm = int(parts[1])
        if len(parts) > 2:
            sec = parts[2]
            if '.' in sec or ',' in sec:
                sec = sec.replace(',', '.')
                a, frac = sec.split('.')
                if len(a) != 2 or not frac.isdigit() or len(frac) not in (3, 6):
                    raise ValueError
                ss = int(a)
                us = int(frac) * (1000 if len(frac) == 3 else 1)
            else:
                if len(sec) != 2:
                    raise ValueError
                ss = int(sec)
        return hh, mm, ss, us

    class datetime(date):
        __module__ = 'datetime'

        def __init__(self, year, month, day, hour=0, minute=0, second=0,
                     microsecond=0):
            year, month, day = _check_date_fields(year, month, day)
            hour, minute, second, microsecond = _check_time_fields(
                hour, minute, second, microsecond)
            self._year = year
            self._month = month
            self._day = day
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond

        @property
        def hour(self):
            return self._hour

        @property
        def minute(self):
            return self._minute

        @property
        def second(self):
            return self._second

        @property
        def microsecond(self):
            return self._microsecond

        @property
        def tzinfo(self):
            return None

        @classmethod
        def now(cls, tz=None):
            # pycps's `time` has no `localtime`: the clock is read as UTC.
            import time as _time
            us = int(_time.time() * 1000000)
            secs, us = divmod(us, 1000000)
            days, secs = divmod(secs, 86400)
            y, m, d = _ord2ymd(days + 719163)
            hh, secs = divmod(secs, 3600)
            mm, ss = divmod(secs, 60)
            return cls(y, m, d, hh, mm, ss, us)

        @classmethod
        def today(cls):
            return cls.now()

        @classmethod
        def fromordinal(cls, n):
            y, m, d = _ord2ymd(n)
            return cls(y, m, d)

        @classmethod
        def combine(cls, date, time):
            return cls(date.year, date.month, date.day, time.hour, time.minute,
                       time.second, time.microsecond)

        @classmethod
        def fromisoformat(cls, s):
            if not isinstance(s, str):
                raise TypeError('fromisoformat: argument must be str')
            try:
                d = date.fromisoformat(s[0:10])
                if len(s) == 10:
                    return cls(d.year, d.month, d.day)
                if len(s) > 11:
                    hh, mm, ss, us = _parse_time(s[11:])
                    return cls(d.year, d.month, d.day, hh, mm, ss, us)
            except ValueError:
                pass
            raise ValueError('Invalid isoformat string: %r' % s)

        @classmethod
        def strptime(cls, s, fmt):
            return _strptime(cls, s, fmt)

        def timetuple(self):
            return (self._year, self._month, self._day, self._hour, self._minute,
                    self._second, self.weekday(),
                    _days_before_month(self._year, self._month) + self._day, -1)

        def timestamp(self):
            # Naive datetimes are taken as UTC (no local time zone data).
            return (self._us() - 719163 * 86400 * 1000000) / 1e6

        def replace(self, year=None, month=None, day=None, hour=None,
                    minute=None, second=None, microsecond=None):
            if year is None:
                year = self._year
            if month is None:
                month = self._month
            if day is None:
                day = self._day
            if hour is None:
                hour = self._hour
            if minute is None:
                minute = self._minute
            if second is None:
                second = self._second
            if microsecond is None:
                microsecond = self._microsecond
            return type(self)(year, month, day, hour, minute, second, microsecond)

        def isoformat(self, sep='T', timespec='auto'):
            return '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
                _format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec)

        def __str__(self):
            return self.isoformat(sep=' ')

        def __repr__(self):
            L = [self._year, self._month, self._day,
                 self._hour, self._minute, self._second, self._microsecond]
            if L[-1] == 0:
                del L[-1]
            if L[-1] == 0:
                del L[-1]
            return 'datetime.datetime(%s)' % ', '.join([str(x) for x in L])

        def ctime(self):
            weekday = self.toordinal() % 7 or 7
            return '%s %s %2d %02d:%02d:%02d %04d' % (
                _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                self._hour, self._minute, self._second, self._year)

        def strftime(self, fmt):
            return _strftime(fmt, self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond)

        def _key(self):
            return (self._year, self._month, self._day, self._hour,
                    self._minute, self._second, self._microsecond)

        def __eq__(self, other):
            if isinstance(other, datetime):
                return self._key() == other._key()
            if isinstance(other, date):
                return False
            return NotImplemented

        def __ne__(self, other):
            r = self.__eq__(other)
            if r is NotImplemented:
                return r
            return not r

        def _cmperr(self, other):
            return not isinstance(other, datetime)

        def __hash__(self):
            return hash(self._key())

        def _us(self):
            return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                     + self._second) * 1000000 + self._microsecond)

        def __add__(self, other):
            if not isinstance(other, timedelta):
                return NotImplemented
            delta = timedelta(self.toordinal(), hours=self._hour,
                              minutes=self._minute, seconds=self._second,
                              microseconds=self._microsecond)
            delta = delta + other
            hour, rem = divmod(delta.seconds, 3600)
            minute, second = divmod(rem, 60)
            if 0 < delta.days <= _MAXORDINAL:
                y, m, d = _ord2ymd(delta.days)
                return type(self)(y, m, d, hour, minute, second, delta.microseconds)
            raise OverflowError('result out of range')

        __radd__ = __add__

        def __sub__(self, other):
            if isinstance(other, timedelta):
                return self + -other
            if isinstance(other, datetime):
                return timedelta(microseconds=self._us() - other._us())
            return NotImplemented

    # Set after the class body: a method named `date` in the class body
    # would shadow the module's `date` class in pycps.
    def _dt_date(self):
        return date(self._year, self._month, self._day)

    def _dt_time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    datetime.date = _dt_date
    datetime.time = _dt_time
    datetime.min = datetime(1, 1, 1)
    datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
    datetime.resolution = timedelta(microseconds=1)

    def _strptime(cls, s, fmt):
        y, mo, d, hh, mm, ss, us = 1900, 1, 1, 0, 0, 0, 0
        pm = None
        i = 0
        j = 0
        n = len(fmt)

        def bad():
            raise ValueError("time data %r does not match format %r" % (s, fmt))

        def digits(pos, maxlen):
            k = pos
            while k < len(s) and k - pos < maxlen and s[k].isdigit():
                k += 1
            if k == pos:
                bad()
            return int(s[pos:k]), k

        def word(pos, names):
            for idx in range(1, len(names)):
                nm = names[idx]
                if s[pos:pos + len(nm)].lower() == nm.lower():
                    return idx, pos + len(nm)
            bad()

        while i < n:
            c = fmt[i]
            if c == '%' and i + 1 < n:
                code = fmt[i + 1]
                i += 2
                if code == 'Y':
                    y, j = digits(j, 4)
                elif code == 'm':
                    mo, j = digits(j, 2)
                elif code == 'd':
                    d, j = digits(j, 2)
                elif code == 'H':
                    hh, j = digits(j, 2)
                elif code == 'I':
                    hh, j = digits(j, 2)
                    if pm is None:
                        pm = False
                elif code == 'M':
                    mm, j = digits(j, 2)
                elif code == 'S':
                    ss, j = digits(j, 2)
                elif code == 'f':
                    start = j
                    v, j = digits(j, 6)
                    us = v * 10 ** (6 - (j - start))
                elif code == 'y':
                    v, j = digits(j, 2)
                    y = v + (2000 if v < 69 else 1900)
                elif code == 'j':
                    v, j = digits(j, 3)
                elif code == 'B':
                    mo, j = word(j, _FULLMONTHS)
                elif code == 'b':
                    mo, j = word(j, _MONTHNAMES)
                elif code == 'A':
                    v, j = word(j, _FULLDAYS)
                elif code == 'a':
                    v, j = word(j, _DAYNAMES)
                elif code == 'p':
                    tok = s[j:j + 2].upper()
                    if tok == 'AM':
                        pm = False
                    elif tok == 'PM':
                        pm = True
                    else:
                        bad()
                    j += 2
                elif code == '%':
                    if j >= len(s) or s[j] != '%':
                        bad()
                    j += 1
                else:
                    raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
            elif c.isspace():
                i += 1
                while j < len(s) and s[j].isspace():
                    j += 1
            else:
                i += 1
                if j >= len(s) or s[j] != c:
                    bad()
                j += 1
        if j != len(s):
            raise ValueError('unconverted data remains: %s' % s[j:])
        if '%I' in fmt:
            if pm:
                if hh != 12:
                    hh += 12
            elif hh == 12:
                hh = 0
        return cls(y, mo, d, hh, mm, ss, us)

    return {
        'MINYEAR': MINYEAR, 'MAXYEAR': MAXYEAR, 'timedelta': timedelta,
        'date': date, 'datetime': datetime, 'time': time,
        'timezone': timezone, 'IsoCalendarDate': IsoCalendarDate,
    }
