# an exception inside a with block still runs __exit__ and propagates
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        return False
with Managed():
    print("inside")
    raise OSError("disk full")
