# an LRU cache implemented with a dict + doubly linked list
class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __repr__(self):
        return f"LRUCache({self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"

cache = LRUCache(3)
ops = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("put", "c", 3), ("put", "d", 4),
       ("get", "b"), ("get", "c"), ("put", "a", 10), ("put", "e", 5), ("get", "d"), ("get", "a")]
for op in ops:
    if op[0] == "put":
        cache.put(op[1], op[2])
        print(f"put {op[1]}={op[2]:<3} -> {cache.keys()}")
    else:
        print(f"get {op[1]}      -> {cache.get(op[1], 'MISS')!r:6} {cache.keys()}")
print(cache, len(cache))

def cached(capacity):
    def deco(fn):
        store = LRUCache(capacity)
        def wrapper(n):
            hit = store.get(n)
            if hit is None:
                hit = fn(n)
                store.put(n, hit)
            return hit
        wrapper.store = store
        return wrapper
    return deco

@cached(capacity=50)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)

print(stairs(40), stairs.store)
