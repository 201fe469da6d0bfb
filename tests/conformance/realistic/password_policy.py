# validating passwords and usernames against a configurable policy
import re
from dataclasses import dataclass, field

@dataclass
class Policy:
    min_length: int = 8
    require: dict = field(default_factory=lambda: {"upper": r"[A-Z]", "lower": r"[a-z]", "digit": r"\d", "symbol": r"[^\w\s]"})
    banned: list = field(default_factory=lambda: ["password", "qwerty", "letmein"])
    max_repeat: int = 2

    def check(self, username, pw):
        problems = []
        if len(pw) < self.min_length:
            problems.append(f"too short ({len(pw)} < {self.min_length})")
        for name, pattern in self.require.items():
            if not re.search(pattern, pw):
                problems.append(f"missing {name}")
        lowered = pw.lower()
        for word in self.banned:
            if word in lowered:
                problems.append(f"contains banned word {word!r}")
        if username and username.lower() in lowered:
            problems.append("contains username")
        run = re.search(r"(.)\1{%d,}" % self.max_repeat, pw)
        if run:
            problems.append(f"repeats {run.group(1)!r} {len(run.group(0))} times")
        return problems

    def strength(self, pw):
        classes = sum(bool(re.search(p, pw)) for p in self.require.values())
        score = min(len(pw), 20) * 2 + classes * 10 - 15 * len(self.check("", pw))
        return max(0, min(100, score))

policy = Policy()
for user, pw in [("ann", "Tr0ub4dor&3"), ("bob", "password123"), ("cat", "Cat$Cat$1"), ("dan", "aaaBBB111!!!"), ("eve", "short"), ("fay", "correct horse battery staple")]:
    problems = policy.check(user, pw)
    status = "OK" if not problems else "; ".join(problems)
    print(f"{user:<4} {pw!r:<32} strength={policy.strength(pw):>3} {status}")
lenient = Policy(min_length=4, require={"digit": r"\d"}, banned=[], max_repeat=5)
print(lenient.check("x", "abc1"), lenient.check("x", "abcd"), lenient)
