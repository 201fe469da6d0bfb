# iterating over dicts via keys(), values(), items() and the dict itself
prices = {"tea": 3.5, "coffee": 4.25, "juice": 5.0, "water": 1.0}
for k in prices:
    print("item", k)
for k in prices.keys():
    print(k, prices[k])
print(sum(prices.values()))
cheap = []
for name, price in prices.items():
    if price < 4:
        cheap.append(name)
print("cheap:", cheap)
for v in prices.values():
    print(f"{v:.2f}", end=" ")
print()
doubled = {}
for k, v in prices.items():
    doubled[k] = v * 2
print(doubled)
keys = list(prices.keys())
for k in keys:
    if prices[k] > 4:
        prices.pop(k)
print(prices)
empty = {}
for k in empty:
    print("never")
print("done", len(empty))
