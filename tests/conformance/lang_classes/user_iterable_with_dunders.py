# A user-defined collection whose items are user objects with rich
# comparison and hashing: built-ins that drain the collection and then call
# back into Python (sorted, min, max, set, dict, sum with __add__) must see
# every item exactly once.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)

    def __add__(self, other):
        return Version(".".join(str(a + b) for a, b in zip(self.parts, other.parts)))

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Releases:
    def __init__(self, *versions):
        self._by_name = {v: Version(v) for v in versions}

    def __iter__(self):
        return iter(self._by_name.values())

    def __len__(self):
        return len(self._by_name)


class Changelog:
    def __init__(self, versions):
        self.versions = versions

    def __iter__(self):
        for v in self.versions:
            yield Version(v)


r = Releases("1.10.0", "1.2.3", "1.2.10", "0.9.9", "1.2.3")
print(len(r), sorted(r), sorted(r, reverse=True))
print(min(r), max(r), sorted(r, key=lambda v: v.parts[-1]))
print(len(set(r)), sum(r), list(reversed(sorted(r))))
log = Changelog(["2.0.0", "1.0.0", "1.5.0", "1.0.0"])
print(sorted(log), max(log), len(set(log)), sorted(set(log)))
print({v: i for i, v in enumerate(sorted(log))})
print(sorted(zip(sorted(r), sorted(log))), any(v == Version("1.5.0") for v in log))
