# json.JSONDecodeError messages and positions
import json
bad_docs = ['{"a": 1,}', "[1, 2", "", "{'a': 1}", '{"a" 1}', "tru", "[1] x", '"unterminated', "01", '{"a": NaNx}']
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?!")
    except json.JSONDecodeError as e:
        print(f"{doc!r:18} -> {e.msg} | pos={e.pos} line={e.lineno} col={e.colno}")
try:
    json.loads("[1,\n  2,\n  oops]")
except ValueError as e:
    print(type(e).__name__, "is ValueError:", isinstance(e, ValueError), "|", e)
