# a bare raise re-raises the active exception
def process(x):
    try:
        return int(x)
    except ValueError:
        print("logging failure for", repr(x))
        raise
print(process("7"))
process("seven")
