# An export job as an agent would write it: validate records, give each a
# stable uuid5 id, sign the batch with HMAC, emit base64url tokens, log
# problems to stderr through a small logger class, and exit with status 2
# when any record was rejected (after a summary on stdout).
import asyncio
import base64
import hashlib
import hmac
import json
import sys
import uuid

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://crm.example.com/customers")
KEY = hashlib.sha256(b"export-signing-key").digest()

class Log:
    def __init__(self, stream):
        self.stream = stream
        self.count = 0
    def warn(self, msg):
        self.count += 1
        print(f"[warn {self.count}] {msg}", file=self.stream)

RAW = [
    {"email": "ana@example.com", "plan": "pro", "seats": 5},
    {"email": "bo@example.com", "plan": "free", "seats": 1},
    {"email": "not-an-email", "plan": "pro", "seats": 2},
    {"email": "cy@example.com", "plan": "enterprise", "seats": 0},
    {"email": "di@example.com", "plan": "pro", "seats": 12},
]

async def enrich(rec):
    await asyncio.sleep(0)
    rid = uuid.uuid5(NS, rec["email"])
    return {**rec, "id": str(rid), "short": rid.hex[:8]}

def token(obj):
    body = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
    sig = hmac.new(KEY, body, hashlib.sha256).digest()[:12]
    return (base64.urlsafe_b64encode(body).rstrip(b"=") + b"." +
            base64.urlsafe_b64encode(sig).rstrip(b"=")).decode()

def check_token(tok):
    body_b64, sig_b64 = tok.split(".")
    pad = lambda s: s + "=" * (-len(s) % 4)
    body = base64.urlsafe_b64decode(pad(body_b64))
    sig = base64.urlsafe_b64decode(pad(sig_b64))
    good = hmac.compare_digest(sig, hmac.new(KEY, body, "sha256").digest()[:12])
    return good, json.loads(body)

async def main(log):
    valid = []
    for rec in RAW:
        if "@" not in rec["email"]:
            log.warn(f"rejecting {rec['email']!r}: bad email")
            continue
        if rec["seats"] < 1:
            log.warn(f"rejecting {rec['email']!r}: no seats")
            continue
        valid.append(rec)
    enriched = await asyncio.gather(*(enrich(r) for r in valid))
    tokens = []
    for e in enriched:
        t = token(e)
        tokens.append(t)
        print(f"{e['short']} {e['plan']:<6} {e['seats']:>3} {len(t)} chars")
    digest = hashlib.sha1("\n".join(tokens).encode()).hexdigest()
    print("batch digest:", digest)
    ok, first = check_token(tokens[0])
    print("first token verifies:", ok, first["email"])
    forged = tokens[1][:-2] + ("AA" if not tokens[1].endswith("AA") else "BB")
    print("forged token verifies:", check_token(forged)[0])
    return len(RAW) - len(valid)

log = Log(sys.stderr)
rejected = asyncio.run(main(log))
print(f"exported {len(RAW) - rejected}, rejected {rejected}, warnings {log.count}")
if rejected:
    sys.exit(2)
