# set displays with starred items: a set operand is merged as CPython merges
# tables (BUILD_SET / SET_UPDATE), which decides the iteration order
a = set(range(40))
for i in range(5, 38):
    a.discard(i)
s = {*a, 100}
print(s)
s = {*s, 3, *[7, 1]}
print(s, {*"ab"} == {"a", "b"}, {*(), *[]})
async def f(): return [9, 8]
import asyncio
async def main():
    print({*await f(), 0})
asyncio.run(main())
