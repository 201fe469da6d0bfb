# an exception raised inside a generator propagates to the consumer
def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key, int(value)
for k, v in parse(["a=1", "b=2", "c=x"]):
    print(k, v)
