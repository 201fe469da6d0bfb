# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)
    def __len__(self):
        return len(self._songs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Playlist(*self._songs[i])
        return self._songs[i]
    def __setitem__(self, i, v):
        self._songs[i] = v
    def __delitem__(self, i):
        del self._songs[i]
    def __contains__(self, s):
        return s.lower() in (x.lower() for x in self._songs)
    def __iter__(self):
        return iter(self._songs)
    def __repr__(self):
        return f"Playlist{tuple(self._songs)}"
p = Playlist("Intro", "Song A", "Song B", "Outro")
print(len(p), p[0], p[-1], p[1:3], "song a" in p, "x" in p)
p[0] = "New Intro"
del p[-1]
print(p, list(p), [s.upper() for s in p], bool(p), bool(Playlist()))
for i, s in enumerate(p):
    print(i, s)
print(sorted(p, key=len), "-".join(p))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares())
