#!/usr/bin/env python3
"""Regenerate float_repr.txt: `<f64 bits hex> <repr>` lines from CPython 3.11."""
import random, struct
random.seed(1234)
vals = []
for _ in range(150):
    vals.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0])
for _ in range(50):
    vals.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
for _ in range(50):
    vals.append(random.uniform(0, 1) * 10.0 ** random.randint(-25, 25))
vals += [0.0, -0.0, float('inf'), -float('inf'), 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
         1e16, 1e15, 9999999999999998.0, 123456789012345680.0, 0.0001, 0.00001, 1e-5, 1.5e-5, 0.1 + 0.2, 1/3, 2/3, 100.0, 1e22, 1e23]
with open('float_repr.txt', 'w') as f:
    for v in vals:
        if v != v: continue
        f.write('%016x %s\n' % (struct.unpack('<Q', struct.pack('<d', v))[0], repr(v)))
