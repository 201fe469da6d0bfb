# an exception raised while handling another
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    {}["missing"]
except KeyError:
    print("handling KeyError")
    cleanup()
