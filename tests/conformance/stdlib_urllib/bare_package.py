# `import urllib` alone: CPython has loaded `urllib.parse` at startup, so the attribute works.
import urllib

print(urllib.__name__)
print(urllib.parse.quote("x y"))
