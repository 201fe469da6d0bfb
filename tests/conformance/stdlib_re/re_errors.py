# re.error for bad patterns, caught
import re
for pat in ["(unclosed", "[a-", "*start", "a{2,1}", "(?P<n>x)(?P<n>y)", "\\"]:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(f"{pat!r:22} -> re.error: {e}")
print(issubclass(re.error, Exception))
