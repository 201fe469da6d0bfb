# user-defined exception hierarchies with extra data
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, key):
        super().__init__(f"{what} {key!r} not found")
        self.what = what
        self.key = key
class RateLimited(AppError):
    def __init__(self, retry_after):
        self.retry_after = retry_after
        super().__init__("rate limited", retry_after)
def fetch(key):
    if key.startswith("x"):
        raise NotFound("user", key)
    if key == "slow":
        raise RateLimited(30)
    return key.upper()
for k in ["ann", "xavier", "slow"]:
    try:
        print(fetch(k))
    except NotFound as e:
        print("NotFound:", e, e.what, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, e, e.args, getattr(e, "retry_after", None))
print(issubclass(NotFound, AppError), isinstance(RateLimited(1), Exception))
print(repr(NotFound("file", "a.txt")), str(AppError()), repr(AppError("m", 2)))
