# a table-driven state machine for an order workflow, with guards and history
TRANSITIONS = {
    "cart": {"checkout": "pending_payment", "abandon": "cancelled"},
    "pending_payment": {"pay": "paid", "fail": "payment_failed", "cancel": "cancelled"},
    "payment_failed": {"retry": "pending_payment", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered", "lose": "lost"},
    "lost": {"refund": "refunded"},
}
TERMINAL = {"cancelled", "delivered", "refunded"}

class InvalidTransition(Exception):
    pass

class Workflow:
    def __init__(self, order_id):
        self.order_id = order_id
        self.state = "cart"
        self.history = ["cart"]
        self.retries = 0

    def fire(self, event):
        if self.state in TERMINAL:
            raise InvalidTransition(f"{self.order_id}: {self.state} is terminal")
        options = TRANSITIONS.get(self.state, {})
        if event not in options:
            raise InvalidTransition(f"{self.order_id}: no '{event}' from {self.state} (allowed: {', '.join(sorted(options))})")
        if event == "retry":
            self.retries += 1
            if self.retries > 2:
                raise InvalidTransition(f"{self.order_id}: too many retries")
        self.state = options[event]
        self.history.append(self.state)
        return self.state

scripts = {
    "o1": ["checkout", "pay", "ship", "deliver"],
    "o2": ["checkout", "fail", "retry", "fail", "retry", "fail", "retry", "cancel"],
    "o3": ["checkout", "pay", "ship", "lose", "refund", "ship"],
    "o4": ["pay"],
}
summary = {}
for oid, events in scripts.items():
    wf = Workflow(oid)
    for ev in events:
        try:
            wf.fire(ev)
        except InvalidTransition as e:
            print("  rejected:", e)
    print(oid, " -> ".join(wf.history))
    summary.setdefault(wf.state, []).append(oid)
print(summary)
reachable = set()
frontier = ["cart"]
while frontier:
    s = frontier.pop()
    if s in reachable:
        continue
    reachable.add(s)
    frontier.extend(TRANSITIONS.get(s, {}).values())
print(sorted(reachable))
