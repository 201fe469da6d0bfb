def __pycps_std_bisect():
    # `bisect`, after CPython 3.11's Lib/bisect.py (with `_bisect`'s
    # argument checks: `lo` must be non-negative, `hi=None` means `len(a)`).
    # `key` is applied to the elements of `a`, never to `x`, as in 3.11.

    def insort_right(a, x, lo=0, hi=None, *, key=None):
        if key is None:
            lo = bisect_right(a, x, lo, hi)
        else:
            lo = bisect_right(a, key(x), lo, hi, key=key)
        a.insert(lo, x)

    def bisect_right(a, x, lo=0, hi=None, *, key=None):
        if lo < 0:
            raise ValueError('lo must be non-negative')
        if hi is None:
            hi = len(a)
        if key is None:
            while lo < hi:
                mid = (lo + hi) // 2
                if x < a[mid]:
                    hi = mid
                else:
                    lo = mid + 1
        else:
            while lo < hi:
                mid = (lo + hi) // 2
                if x < key(a[mid]):
                    hi = mid
                else:
                    lo = mid + 1
        return lo

    def insort_left(a, x, lo=0, hi=None, *, key=None):
        if key is None:
            lo = bisect_left(a, x, lo, hi)
        else:
            lo = bisect_left(a, key(x), lo, hi, key=key)
        a.insert(lo, x)

    def bisect_left(a, x, lo=0, hi=None, *, key=None):
        if lo < 0:
            raise ValueError('lo must be non-negative')
        if hi is None:
            hi = len(a)
        if key is None:
            while lo < hi:
                mid = (lo + hi) // 2
                if a[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid
        else:
            while lo < hi:
                mid = (lo + hi) // 2
                if key(a[mid]) < x:
                    lo = mid + 1
                else:
                    hi = mid
        return lo

    return {
        'bisect_right': bisect_right, 'bisect_left': bisect_left,
        'bisect': bisect_right, 'insort_right': insort_right,
        'insort_left': insort_left, 'insort': insort_right,
    }
