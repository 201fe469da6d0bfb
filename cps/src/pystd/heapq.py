def __pycps_std_heapq():
    # `heapq`, after CPython 3.11's Lib/heapq.py (the pure-Python versions
    # of the functions `_heapq` implements in C, with the C versions' error
    # messages: `heappop` from an empty list raises
    # `IndexError: index out of range`). Invariant: `heap[k] <= heap[2*k+1]`
    # and `heap[k] <= heap[2*k+2]` for a min-heap; `_max` helpers keep the
    # reverse order.

    def _check(name, heap):
        if type(heap) is not list:
            arg = 'argument' if name in ('heappop', 'heapify') else 'argument 1'
            raise TypeError(f"{name}() {arg} must be list, not {type(heap).__name__}")

    def heappush(heap, item):
        _check('heappush', heap)
        heap.append(item)
        _siftdown(heap, 0, len(heap) - 1)

    def heappop(heap):
        _check('heappop', heap)
        if not heap:
            raise IndexError('index out of range')
        lastelt = heap.pop()
        if heap:
            returnitem = heap[0]
            heap[0] = lastelt
            _siftup(heap, 0)
            return returnitem
        return lastelt

    def heapreplace(heap, item):
        _check('heapreplace', heap)
        if not heap:
            raise IndexError('index out of range')
        returnitem = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return returnitem

    def heappushpop(heap, item):
        _check('heappushpop', heap)
        if heap and heap[0] < item:
            item, heap[0] = heap[0], item
            _siftup(heap, 0)
        return item

    def heapify(x):
        _check('heapify', x)
        n = len(x)
        for i in reversed(range(n // 2)):
            _siftup(x, i)

    def _heappop_max(heap):
        lastelt = heap.pop()
        if heap:
            returnitem = heap[0]
            heap[0] = lastelt
            _siftup_max(heap, 0)
            return returnitem
        return lastelt

    def _heapreplace_max(heap, item):
        returnitem = heap[0]
        heap[0] = item
        _siftup_max(heap, 0)
        return returnitem

    def _heapify_max(x):
        n = len(x)
        for i in reversed(range(n // 2)):
            _siftup_max(x, i)

    def _siftdown(heap, startpos, pos):
        newitem = heap[pos]
        while pos > startpos:
            parentpos = (pos - 1) >> 1
            parent = heap[parentpos]
            if newitem < parent:
                heap[pos] = parent
                pos = parentpos
                continue
            break
        heap[pos] = newitem

    def _siftup(heap, pos):
        endpos = len(heap)
        startpos = pos
        newitem = heap[pos]
        childpos = 2 * pos + 1
        while childpos < endpos:
            rightpos = childpos + 1
            if rightpos < endpos and not heap[childpos] < heap[rightpos]:
                childpos = rightpos
            heap[pos] = heap[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        heap[pos] = newitem
        _siftdown(heap, startpos, pos)

    def _siftdown_max(heap, startpos, pos):
        newitem = heap[pos]
        while pos > startpos:
            parentpos = (pos - 1) >> 1
            parent = heap[parentpos]
            if parent < newitem:
                heap[pos] = parent
                pos = parentpos
                continue
            break
        heap[pos] = newitem

    def _siftup_max(heap, pos):
        endpos = len(heap)
        startpos = pos
        newitem = heap[pos]
        childpos = 2 * pos + 1
        while childpos < endpos:
            rightpos = childpos + 1
            if rightpos < endpos and not heap[rightpos] < heap[childpos]:
                childpos = rightpos
            heap[pos] = heap[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        heap[pos] = newitem
        _siftdown_max(heap, startpos, pos)

    def merge(*iterables, key=None, reverse=False):
        h = []
        h_append = h.append
        if reverse:
            _heapify = _heapify_max
            _heappop = _heappop_max
            _heapreplace = _heapreplace_max
            direction = -1
        else:
            _heapify = heapify
            _heappop = heappop
            _heapreplace = heapreplace
            direction = 1
        if key is None:
            for order, it in enumerate(map(iter, iterables)):
                try:
                    h_append([next(it), order * direction, it])
                except StopIteration:
                    pass
            _heapify(h)
            while len(h) > 1:
                try:
                    while True:
                        value, order, it = s = h[0]
                        yield value
                        s[0] = next(it)
                        _heapreplace(h, s)
                except StopIteration:
                    _heappop(h)
            if h:
                value, order, it = h[0]
                yield value
                yield from it
            return
        for order, it in enumerate(map(iter, iterables)):
            try:
                value = next(it)
                h_append([key(value), order * direction, value, it])
            except StopIteration:
                pass
        _heapify(h)
        while len(h) > 1:
            try:
                while True:
                    key_value, order, value, it = s = h[0]
                    yield value
                    value = next(it)
                    s[0] = key(value)
                    s[2] = value
                    _heapreplace(h, s)
            except StopIteration:
                _heappop(h)
        if h:
            key_value, order, value, it = h[0]
            yield value
            yield from it

    def nsmallest(n, iterable, key=None):
        if n == 1:
            it = iter(iterable)
            sentinel = object()
            if key is None:
                result = min(it, default=sentinel)
            else:
                result = min(it, default=sentinel, key=key)
            return [] if result is sentinel else [result]
        try:
            size = len(iterable)
        except (TypeError, AttributeError):
            pass
        else:
            if n >= size:
                return sorted(iterable, key=key)[:n]
        if key is None:
            it = iter(iterable)
            result = [(elem, i) for i, elem in zip(range(n), it)]
            if not result:
                return result
            _heapify_max(result)
            top = result[0][0]
            order = n
            for elem in it:
                if elem < top:
                    _heapreplace_max(result, (elem, order))
                    top, _order = result[0]
                    order += 1
            result.sort()
            return [elem for (elem, order) in result]
        it = iter(iterable)
        result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            k = key(elem)
            if k < top:
                _heapreplace_max(result, (k, order, elem))
                top, _order, _elem = result[0]
                order += 1
        result.sort()
        return [elem for (k, order, elem) in result]

    def nlargest(n, iterable, key=None):
        if n == 1:
            it = iter(iterable)
            sentinel = object()
            if key is None:
                result = max(it, default=sentinel)
            else:
                result = max(it, default=sentinel, key=key)
            return [] if result is sentinel else [result]
        try:
            size = len(iterable)
        except (TypeError, AttributeError):
            pass
        else:
            if n >= size:
                return sorted(iterable, key=key, reverse=True)[:n]
        if key is None:
            it = iter(iterable)
            result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
            if not result:
                return result
            heapify(result)
            top = result[0][0]
            order = -n
            for elem in it:
                if top < elem:
                    heapreplace(result, (elem, order))
                    top, _order = result[0]
                    order -= 1
            result.sort(reverse=True)
            return [elem for (elem, order) in result]
        it = iter(iterable)
        result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            k = key(elem)
            if top < k:
                heapreplace(result, (k, order, elem))
                top, _order, _elem = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (k, order, elem) in result]

    return {
        'heappush': heappush, 'heappop': heappop, 'heapify': heapify,
        'heapreplace': heapreplace, 'heappushpop': heappushpop,
        'merge': merge, 'nlargest': nlargest, 'nsmallest': nsmallest,
        '__all__': ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
                    'nlargest', 'nsmallest', 'heappushpop'],
    }
