# assert with and without messages
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0
    return x
for v in [5, "5", -1]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e)
