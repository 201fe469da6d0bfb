# a tiny text adventure: rooms, inventory, command parsing
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "say something"
        verb, *rest = words
        verb = ALIASES.get(verb, verb)
        if verb in ("north", "south", "east", "west", "up", "down"):
            rest, verb = [verb], "go"
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}"
        self.moves += 1
        return handler(*rest)

    def cmd_look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"{r['desc']}; exits: {', '.join(sorted(r['exits']))}; you see {items}"

    def cmd_go(self, direction=None):
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return f"you can't go {direction}"
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "the way is locked"
            ROOMS[target]["locked"] = False
        self.room = target
        return f"you enter the {target}"

    def cmd_take(self, *names):
        taken = []
        for name in names:
            if name in ROOMS[self.room]["items"]:
                ROOMS[self.room]["items"].remove(name)
                self.inventory.append(name)
                taken.append(name)
        return f"taken: {taken}" if taken else "nothing to take"

    def cmd_inventory(self):
        return f"carrying {sorted(self.inventory)}"

game = Game()
script = ["look", "take lamp", "e", "d", "w", "n", "take book key sword", "s", "east", "down", "look",
          "take treasure", "inventory", "dance", "", "go sideways"]
for cmd in script:
    print(f"> {cmd:<22} {game.do(cmd)}")
print("moves:", game.moves, "room:", game.room, "won:", "treasure" in game.inventory)
