class Item:
    def __init__(self, name):
        self.name = name


groups = [[Item("a"), Item("b")], [Item("c"), None]]
names = [[i.name.upper() for i in g] for g in groups]
