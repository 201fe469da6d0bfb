# literal, singleton and dotted value patterns versus captures
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Limits:
    MAX = 100
    MIN = -100


RED = "not used: a bare name always captures"


def kind(value):
    match value:
        case None:
            return "None"
        case True:
            return "True (by identity)"
        case False:
            return "False (by identity)"
        case 0:
            return "zero"
        case -1 | -2:
            return "small negative"
        case 1.5:
            return "one and a half"
        case Limits.MAX | Limits.MIN:
            return "at a limit"
        case "" | b"":
            return "empty str or bytes"
        case "multi" "part":
            return "implicitly concatenated literal"
        case Color.RED:
            return "the colour red"
        case Color.GREEN | Color.BLUE as c:
            return f"cool colour {c}"
        case 0x10 | 0o20 | 0b10000:
            return "sixteen, however it is spelled"
        case 1_000_000:
            return "a million"
        case RED:
            return f"captured {RED!r}"


for v in [None, True, False, 0, 0.0, 1, -1, -2.0, 1.5, 100, -100, "", b"",
          "multipart", "red", "blue", 16, 16.0, 10**6, "purple", 7]:
    print(f"{v!r:12} {kind(v)}")

print("RED is now", RED)
