# Chained exceptions: each traceback draws its own caret lines.
import json


def parse(s):
    try:
        return json.loads(s)["value"]
    except KeyError as e:
        raise ValueError(f"bad record: {s}") from e


def totals(rows):
    return {r: parse(r) * 2 for r in rows}


try:
    print(totals(['{"value": 1}', '{"other": 2}']))
except ValueError as e:
    print("caught", e)
    prices = {"a": 1.5}
    print(prices["a"] + prices["b"])
