# CPython 3.11 refuses to convert ints of more than 4300 decimal digits to
# text (str, repr, f-strings, %-format, format(), inside containers).
x = 10**100000
for f in (str, repr, lambda v: f'{v}', lambda v: f'{v:d}', lambda v: '%d' % v, lambda v: str([v]), lambda v: format(v, ','), lambda v: '{}'.format(v)):
    try:
        print(len(f(x)))
    except ValueError as e:
        print(e)
