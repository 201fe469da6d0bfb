# ZeroDivisionError messages differ by operation
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("5.5 % 0", lambda: 5.5 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
]
for label, fn in cases:
    try:
        fn()
        print(label, "no error")
    except ZeroDivisionError as e:
        print(f"{label:<12} -> ZeroDivisionError: {e}")
print(0 ** 0, 0.0 ** 0, 0 * -1.0)
