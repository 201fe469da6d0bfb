# an org chart: tree building, recursive totals, paths and formatting
EMPLOYEES = [
    ("ceo", None, "Ada", 300),
    ("cto", "ceo", "Brian", 250),
    ("cfo", "ceo", "Chen", 240),
    ("eng1", "cto", "Dana", 150),
    ("eng2", "cto", "Eli", 145),
    ("eng3", "eng1", "Finn", 120),
    ("acct", "cfo", "Gia", 110),
    ("intern", "eng3", "Hal", 40),
]

class Employee:
    def __init__(self, key, name, salary):
        self.key, self.name, self.salary = key, name, salary
        self.reports = []
        self.manager = None

    def team_size(self):
        return sum(1 + r.team_size() for r in self.reports)

    def team_cost(self):
        return self.salary + sum(r.team_cost() for r in self.reports)

    def chain(self):
        node, out = self, []
        while node:
            out.append(node.name)
            node = node.manager
        return out

    def walk(self, depth=0):
        yield depth, self
        for r in sorted(self.reports, key=lambda e: e.name):
            yield from r.walk(depth + 1)

    def __repr__(self):
        return f"Employee({self.name})"

people = {k: Employee(k, n, s) for k, _, n, s in EMPLOYEES}
root = None
for key, boss, _, _ in EMPLOYEES:
    if boss is None:
        root = people[key]
    else:
        people[key].manager = people[boss]
        people[boss].reports.append(people[key])

for depth, e in root.walk():
    print(f"{'    ' * depth}{e.name} ({e.key}) salary={e.salary} team={e.team_size()} cost={e.team_cost()}")
print(" <- ".join(people["intern"].chain()))
managers = [e for e in people.values() if e.reports]
print(sorted(managers, key=lambda e: -e.team_cost()))
depths = {e.name: d for d, e in root.walk()}
print(max(depths.items(), key=lambda kv: kv[1]), sum(e.salary for e in people.values()))
def common_manager(a, b):
    chain_a = people[a].chain()
    for name in people[b].chain():
        if name in chain_a:
            return name
print(common_manager("intern", "eng2"), common_manager("acct", "intern"), common_manager("eng3", "intern"))
