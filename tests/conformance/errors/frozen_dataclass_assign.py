# assigning to a frozen dataclass
from dataclasses import dataclass
@dataclass(frozen=True)
class Config:
    debug: bool = False
c = Config()
print(c)
c.debug = True
