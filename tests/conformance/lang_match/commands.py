# text-adventure command parser: sequence patterns, or-patterns, as, guards, stars
DIRECTIONS = ("north", "south", "east", "west")


def parse(line):
    match line.lower().split():
        case []:
            return "say something"
        case ["look"] | ["l"]:
            return "you see a dusty room"
        case ["go", direction] if direction in DIRECTIONS:
            return f"you walk {direction}"
        case ["go", direction]:
            return f"you cannot go {direction!r}"
        case [("n" | "s" | "e" | "w") as short]:
            full = [d for d in DIRECTIONS if d.startswith(short)][0]
            return f"you walk {full}"
        case ["take" | "get", *things] if things:
            return "taken: " + ", ".join(things)
        case ["take" | "get"]:
            return "take what?"
        case ["drop", *_, last]:
            return f"dropped {last}"
        case ["say", *words]:
            return "you say: " + " ".join(words).capitalize()
        case [verb, *rest]:
            return f"unknown verb {verb!r} ({len(rest)} args)"


script = [
    "", "LOOK", "l", "go north", "go up", "N", "w", "take lamp key",
    "get", "drop lamp sword shield", "say hello there", "dance wildly now",
]
for line in script:
    print(f"{line!r:28} -> {parse(line)}")

inventory = []
for line in ["take apple", "take pear plum", "look"]:
    match line.split():
        case ["take", *items]:
            inventory.extend(items)
        case other:
            print("ignored", other)
print("inventory:", inventory, "last items:", items)
