# a chat bot that parses commands with shlex-like quoting, keeps per-user state
def split_args(text):
    args, cur, quote, has = [], "", None, False
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
            else:
                cur += ch
        elif ch in "\"'":
            quote, has = ch, True
        elif ch.isspace():
            if cur or has:
                args.append(cur)
            cur, has = "", False
        else:
            cur += ch
    if quote:
        raise ValueError("unterminated quote")
    if cur or has:
        args.append(cur)
    return args

class Bot:
    def __init__(self):
        self.notes = {}
        self.karma = {}

    def handle(self, user, message):
        if not message.startswith("!"):
            for word in message.split():
                if word.endswith("++") and len(word) > 2:
                    self.karma[word[:-2]] = self.karma.get(word[:-2], 0) + 1
            return None
        try:
            cmd, *args = split_args(message[1:])
        except ValueError as e:
            return f"error: {e}"
        method = getattr(self, f"cmd_{cmd}", None)
        if method is None:
            return f"unknown command {cmd!r}; try !help"
        try:
            return method(user, *args)
        except TypeError:
            return f"usage error for !{cmd}"

    def cmd_help(self, user):
        return "commands: " + ", ".join(sorted(n[4:] for n in dir(self) if n.startswith("cmd_")))

    def cmd_note(self, user, text):
        self.notes.setdefault(user, []).append(text)
        return f"noted ({len(self.notes[user])})"

    def cmd_notes(self, user):
        return "; ".join(f"{i}. {n}" for i, n in enumerate(self.notes.get(user, []), 1)) or "no notes"

    def cmd_karma(self, user, who):
        return f"{who} has {self.karma.get(who, 0)} karma"

    def cmd_calc(self, user, a, op, b):
        x, y = float(a), float(b)
        ops = {"+": x + y, "-": x - y, "*": x * y}
        if op == "/":
            return "division by zero" if y == 0 else f"{x / y:g}"
        return f"{ops[op]:g}" if op in ops else f"bad operator {op!r}"

bot = Bot()
chat = [
    ("ann", "!help"), ("ann", '!note "buy milk"'), ("ann", "!note 'call bob back'"), ("bob", "!notes"),
    ("ann", "!notes"), ("bob", "thanks ann++ and pycps++"), ("cat", "ann++ is great"), ("bob", "!karma ann"),
    ("bob", "!calc 3 * 4.5"), ("bob", "!calc 1 / 0"), ("cat", "!calc 1 +"), ("cat", '!note "oops'), ("cat", "!dance"),
]
for user, msg in chat:
    reply = bot.handle(user, msg)
    if reply is not None:
        print(f"<{user}> {msg}\n  bot: {reply}")
print(bot.karma)
