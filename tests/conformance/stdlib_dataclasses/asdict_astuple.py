# asdict/astuple recurse into nested dataclasses and containers
from dataclasses import dataclass, asdict, astuple, field, fields, replace
import json
@dataclass
class Address:
    city: str
    zip: str
@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
p = Person("ann", 33, Address("Oslo", "0150"), ["123", "456"])
print(asdict(p))
print(astuple(p))
print(json.dumps(asdict(p), indent=2))
print([f.name for f in fields(Person)], [f.type for f in fields(Address)])
older = replace(p, age=34)
print(older, p.age, older.address is p.address)
