# a class pattern with more positional sub-patterns than __match_args__ allows
class Token:
    __match_args__ = ("kind",)

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def show(tok):
    match tok:
        case Token("word"):
            return "a word"
        case Token("num", text):
            return f"number {text}"
    return "?"


print(show(Token("word", "hi")))
print(show(Token("num", "42")))
