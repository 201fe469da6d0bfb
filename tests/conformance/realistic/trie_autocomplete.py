# a trie with insert, prefix search, ranked autocomplete and deletion
class TrieNode:
    __slots__ = ("children", "count", "end")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = False

class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0

    def insert(self, word, times=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if not node.end:
            self.size += 1
        node.end = True
        node.count += times

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def words(self, prefix=""):
        start = self._find(prefix)
        if start is None:
            return
        stack = [(start, prefix)]
        while stack:
            node, word = stack.pop()
            if node.end:
                yield word, node.count
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], word + ch))

    def complete(self, prefix, k=3):
        return [w for w, _ in sorted(self.words(prefix), key=lambda wc: (-wc[1], wc[0]))[:k]]

    def delete(self, word):
        node = self._find(word)
        if node is None or not node.end:
            return False
        node.end, node.count = False, 0
        self.size -= 1
        return True

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.end

    def __len__(self):
        return self.size

t = Trie()
for word, freq in [("car", 5), ("card", 2), ("care", 7), ("careful", 1), ("cart", 3), ("cat", 9), ("dog", 4), ("do", 6), ("dot", 1)]:
    t.insert(word, freq)
t.insert("car", 2)
print(len(t), list(t.words("car")))
for prefix in ["ca", "car", "d", "x", ""]:
    print(repr(prefix), t.complete(prefix), t.complete(prefix, k=10) if prefix == "d" else "")
print("card" in t, "ca" in t, t.delete("card"), t.delete("card"), "card" in t, len(t))
print([w for w, _ in t.words()])
