# NotImplementedError-based abstract methods and template methods
class Exporter:
    def export(self, rows):
        lines = [self.header()]
        lines += [self.row(r) for r in rows]
        return "\n".join(lines)
    def header(self):
        raise NotImplementedError("subclasses must define header")
    def row(self, r):
        raise NotImplementedError
class CSV(Exporter):
    def header(self):
        return "name,qty"
    def row(self, r):
        return f"{r[0]},{r[1]}"
class Markdown(Exporter):
    def header(self):
        return "| name | qty |\n|---|---|"
    def row(self, r):
        return f"| {r[0]} | {r[1]} |"
rows = [("apple", 3), ("pear", 10)]
for ex in [CSV(), Markdown()]:
    print(ex.export(rows))
try:
    Exporter().export(rows)
except NotImplementedError as e:
    print("NotImplementedError:", e)
